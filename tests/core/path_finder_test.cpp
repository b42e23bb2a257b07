#include <catch2/catch.hpp>

#include "core/path_finder.hpp"
#include "test_support.hpp"

using namespace corpkg;
using core::Relation;
using corpkg::testing::make_document;

namespace {

core::Document with_certainty(core::Document doc, core::Certainty c) {
    doc.statements.at(0).certainty = c;
    return doc;
}

std::int64_t key(const core::Store& store, const std::string& name) {
    return store.resolve(name).at(0).key;
}

std::vector<std::string> names(const core::Store& store, const core::Path& p) {
    std::vector<std::string> out;
    for (auto k : p.nodes) out.push_back(store.entity(k)->entity.name);
    return out;
}

} // namespace

TEST_CASE("a shortest path crosses edges against their stored direction",
          "[core][path_finder]") {
    testing::ScratchDir dir;
    core::Store store(dir.file("p.db"));
    // Hub reduces_dependency_on Start, Hub co_develops_with End: Start ← Hub — End.
    store.add(make_document("1", "Hub", Relation::ReducesDependencyOn, "Start"));
    store.add(make_document("2", "Hub", Relation::CoDevelopsWith, "End"));
    store.add(make_document("3", "Start", Relation::Supplies, "Far"));
    store.add(make_document("4", "Far", Relation::Supplies, "Farther"));
    store.add(make_document("5", "Farther", Relation::Supplies, "End"));
    auto paths = core::shortest_paths(store, key(store, "Start"), key(store, "End"), {});
    REQUIRE(paths.size() == 1);
    CHECK(names(store, paths[0]) == std::vector<std::string>{"Start", "Hub", "End"});
    REQUIRE(paths[0].edges.size() == 2);
    CHECK(paths[0].edges[0].relation == Relation::ReducesDependencyOn);
    CHECK(paths[0].edges[0].subject == key(store, "Hub")); // as stored, not as walked
    // Without the two-hop route, the four-hop one is the shortest.
    core::EdgeFilter supplies;
    supplies.relations = {Relation::Supplies};
    auto longer = core::shortest_paths(store, key(store, "Start"), key(store, "End"), supplies);
    REQUIRE(longer.size() == 1);
    CHECK(longer[0].edges.size() == 3);
    core::PathOptions short_hops;
    short_hops.max_hops = 2;
    CHECK(core::shortest_paths(store, key(store, "Start"), key(store, "End"), supplies,
                               short_hops)
              .empty());
}

TEST_CASE("all shortest paths are listed, strongest first", "[core][path_finder]") {
    testing::ScratchDir dir;
    core::Store store(dir.file("p.db"));
    // Two two-hop routes from A to D: through B (facts) and through C (one speculative).
    store.add(make_document("1", "A", Relation::Supplies, "B"));
    store.add(make_document("2", "B", Relation::Supplies, "D"));
    store.add(with_certainty(make_document("3", "A", Relation::Supplies, "C"),
                             core::Certainty::Speculative));
    store.add(make_document("4", "C", Relation::Supplies, "D"));
    core::PathOptions all;
    all.all = true;
    auto paths = core::shortest_paths(store, key(store, "A"), key(store, "D"), {}, all);
    REQUIRE(paths.size() == 2);
    CHECK(names(store, paths[0]) == std::vector<std::string>{"A", "B", "D"});
    CHECK(names(store, paths[1]) == std::vector<std::string>{"A", "C", "D"});
    auto one = core::shortest_paths(store, key(store, "A"), key(store, "D"), {});
    REQUIRE(one.size() == 1);
    CHECK(names(store, one[0]) == std::vector<std::string>{"A", "B", "D"});
    // Searched from the other end, the same chains reversed.
    auto back = core::shortest_paths(store, key(store, "D"), key(store, "A"), {}, all);
    REQUIRE(back.size() == 2);
    CHECK(names(store, back[0]) == std::vector<std::string>{"D", "B", "A"});
    all.limit = 1;
    CHECK(core::shortest_paths(store, key(store, "A"), key(store, "D"), {}, all).size() == 1);
}

TEST_CASE("a hop between entities with several edges shows the strongest",
          "[core][path_finder]") {
    testing::ScratchDir dir;
    core::Store store(dir.file("p.db"));
    store.add(with_certainty(make_document("1", "A", Relation::InvestsIn, "B"),
                             core::Certainty::Speculative));
    store.add(make_document("2", "B", Relation::PartnersWith, "A"));
    auto paths = core::shortest_paths(store, key(store, "A"), key(store, "B"), {});
    REQUIRE(paths.size() == 1);
    REQUIRE(paths[0].edges.size() == 1);
    CHECK(paths[0].edges[0].relation == Relation::PartnersWith);
}

TEST_CASE("no path, the same entity, and unreachable parts", "[core][path_finder]") {
    testing::ScratchDir dir;
    core::Store store(dir.file("p.db"));
    store.add(make_document("1", "A", Relation::Supplies, "B"));
    store.add(make_document("2", "C", Relation::Supplies, "D"));
    CHECK(core::shortest_paths(store, key(store, "A"), key(store, "D"), {}).empty());
    auto self = core::shortest_paths(store, key(store, "A"), key(store, "A"), {});
    REQUIRE(self.size() == 1);
    CHECK(self[0].nodes.size() == 1);
    CHECK(self[0].edges.empty());
    // A negated edge is no bridge unless asked for.
    auto negated = make_document("3", "B", Relation::Supplies, "C");
    negated.statements[0].negated = true;
    store.add(negated);
    CHECK(core::shortest_paths(store, key(store, "A"), key(store, "D"), {}).empty());
    core::EdgeFilter with_negated;
    with_negated.include_negated = true;
    auto through = core::shortest_paths(store, key(store, "A"), key(store, "D"), with_negated);
    REQUIRE(through.size() == 1);
    CHECK(through[0].edges.size() == 3);
}
