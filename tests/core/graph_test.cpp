#include <catch2/catch.hpp>

#include "core/graph.hpp"
#include "core/neighborhood.hpp"
#include "test_support.hpp"

using namespace corpkg;
using corpkg::testing::make_document;

TEST_CASE("the graph view holds one edge per aggregated relation", "[core][graph]") {
    corpkg::testing::ScratchDir dir;
    core::Store store(dir.file("g.db"));
    store.add(make_document("1", "Alpha", core::Relation::Supplies, "Beta"));
    store.add(make_document("2", "Alpha", core::Relation::Supplies, "Beta"));
    store.add(make_document("3", "Beta", core::Relation::Supplies, "Gamma"));
    store.add(make_document("4", "Delta", core::Relation::Sues, "Epsilon"));
    auto view = core::GraphView::load(store, {});
    CHECK(view.nodes().size() == 5);
    REQUIRE(view.edges().size() == 3);
    CHECK(view.edges()[0].record.weight == 2);
    auto alpha = view.find_id("alpha");
    REQUIRE(alpha);
    auto ego = view.ego(*alpha, 1);
    CHECK(ego.nodes().size() == 2);
    CHECK(view.ego(*alpha, 2).nodes().size() == 3);
}

TEST_CASE("neighbors reach two hops and report direction", "[core][graph]") {
    corpkg::testing::ScratchDir dir;
    core::Store store(dir.file("g.db"));
    store.add(make_document("1", "Alpha", core::Relation::Supplies, "Beta"));
    store.add(make_document("2", "Gamma", core::Relation::InvestsIn, "Beta"));
    auto beta = store.resolve("Beta").at(0);
    auto one = core::neighbors(store, beta.key, {}, 1);
    REQUIRE(one.size() == 2);
    for (const auto& n : one) {
        CHECK_FALSE(n.outgoing); // both edges point at Beta
    }
    auto alpha = store.resolve("Alpha").at(0);
    auto two = core::neighbors(store, alpha.key, {}, 2);
    REQUIRE(two.size() == 2);
    CHECK(two[1].entity.entity.name == "Gamma");
    CHECK(two[1].depth == 2);
    auto out_only = core::neighbors(store, alpha.key, {}, 1, core::Direction::In);
    CHECK(out_only.empty());
}
