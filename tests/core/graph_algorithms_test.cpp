#include <catch2/catch.hpp>

#include <algorithm>
#include <numeric>

#include "core/communities.hpp"
#include "core/graph_algorithms.hpp"
#include "core/topology.hpp"
#include "test_support.hpp"

using namespace corpkg;
using core::Relation;
using core::Topology;

namespace {

/// A topology over nodes 0..n-1 (keys 1..n) with one fact edge per pair.
Topology make_topology(std::uint32_t n,
                       const std::vector<std::pair<std::uint32_t, std::uint32_t>>& arcs,
                       Relation relation = Relation::Supplies) {
    Topology t;
    for (std::uint32_t i = 0; i < n; ++i) t.keys.push_back(i + 1);
    for (auto [s, o] : arcs) {
        t.arcs.push_back(Topology::Arc{s, o, relation, 1});
    }
    return t;
}

} // namespace

TEST_CASE("pagerank matches the hand-solved equations, dangling rank spread evenly",
          "[core][graph_algorithms]") {
    // A=0 → B, C, D;  B → C;  C → A;  D has no out-edge. With d = 0.85 and D's rank
    // spread over all four nodes, the fixed point solves
    //   x_v = 0.15/4 + 0.85·x_D/4 + 0.85·Σ_{u→v} x_u / out(u),  Σ x = 1,
    // whose solution is A = 63/184, B = D = 55/322, C = 407/1288.
    auto g = make_topology(4, {{0, 1}, {0, 2}, {1, 2}, {2, 0}, {0, 3}});
    core::PageRankOptions options;
    options.tolerance = 1e-12;
    options.max_iterations = 1000;
    auto pr = core::pagerank(g, options);
    REQUIRE(pr.size() == 4);
    CHECK(pr[0] == Approx(63.0 / 184).epsilon(1e-9));
    CHECK(pr[1] == Approx(55.0 / 322).epsilon(1e-9));
    CHECK(pr[2] == Approx(407.0 / 1288).epsilon(1e-9));
    CHECK(pr[3] == Approx(55.0 / 322).epsilon(1e-9));
    CHECK(std::accumulate(pr.begin(), pr.end(), 0.0) == Approx(1.0));
}

TEST_CASE("pagerank walks symmetric relations both ways", "[core][graph_algorithms]") {
    // A single symmetric edge is a two-node cycle: both ends rank 1/2. Stored once as a
    // directed supplies edge, the object would outrank the subject.
    auto sym = core::pagerank(make_topology(2, {{0, 1}}, Relation::PartnersWith));
    CHECK(sym[0] == Approx(0.5));
    CHECK(sym[1] == Approx(0.5));
    auto directed = core::pagerank(make_topology(2, {{0, 1}}, Relation::Supplies));
    CHECK(directed[1] > directed[0]);
    CHECK(core::pagerank(Topology{}).empty());
}

TEST_CASE("betweenness counts each unordered pair once and splits tied paths",
          "[core][graph_algorithms]") {
    // a-b, b-c, c-d, b-e: b lies on (a,c) (a,d) (a,e) (e,c) (e,d) = 5, c on (a,d) (b,d)
    // (e,d) = 3. The square w-x-z-y-w (nodes 5..8) has two w–z paths: x and y get 1/2,
    // and likewise w and z for the x–y pair.
    auto g = make_topology(9, {{0, 1}, {1, 2}, {2, 3}, {1, 4}, {5, 6}, {6, 7}, {5, 8}, {8, 7}});
    // A parallel edge of another relation and a self-edge change nothing.
    g.arcs.push_back(Topology::Arc{1, 0, Relation::Uses, 1});
    g.arcs.push_back(Topology::Arc{3, 3, Relation::Uses, 1});
    auto bc = core::betweenness(g);
    REQUIRE(bc.size() == 9);
    CHECK(bc[0] == Approx(0.0));
    CHECK(bc[1] == Approx(5.0));
    CHECK(bc[2] == Approx(3.0));
    CHECK(bc[3] == Approx(0.0));
    CHECK(bc[4] == Approx(0.0));
    for (int v : {5, 6, 7, 8}) CHECK(bc[v] == Approx(0.5));
    auto normalized = core::betweenness(g, true);
    CHECK(normalized[1] == Approx(5.0 * 2 / (8.0 * 7.0)));
}

TEST_CASE("sampled betweenness is exact with every node a pivot and repeatable with fewer",
          "[core][graph_algorithms]") {
    // Two hubs joined by a path, leaves on both, a cycle and an isolated pair.
    auto g = make_topology(14, {{0, 1}, {0, 2}, {0, 3}, {3, 4}, {4, 5}, {5, 6}, {5, 7}, {7, 8},
                                {8, 9}, {9, 4}, {6, 10}, {10, 5}, {12, 13}, {1, 2}});
    g.arcs[3].relation = Relation::PartnersWith;
    for (bool normalized : {false, true}) {
        auto exact = core::betweenness(g, normalized);
        auto all = core::betweenness(g, normalized, g.node_count());
        auto more = core::betweenness(g, normalized, 1000); // capped at n
        REQUIRE(all.size() == exact.size());
        for (std::size_t v = 0; v < exact.size(); ++v) {
            CHECK(all[v] == Approx(exact[v]).margin(1e-12));
            CHECK(more[v] == Approx(exact[v]).margin(1e-12));
        }
    }
    auto a = core::betweenness(g, false, 5);
    auto b = core::betweenness(g, false, 5);
    CHECK(a == b);
    CHECK(std::any_of(a.begin(), a.end(), [](double x) { return x > 0; }));
    CHECK(core::betweenness(Topology{}, false, 3).empty());
}

TEST_CASE("degree counts edges once and symmetric ones both ways", "[core][graph_algorithms]") {
    auto g = make_topology(3, {{0, 1}, {0, 2}});
    g.arcs[1].relation = Relation::PartnersWith;
    g.arcs[1].mentions = 4;
    auto d = core::degrees(g);
    CHECK(d[0].degree == 2);
    CHECK(d[0].out == 2);
    CHECK(d[0].in == 1); // the partner edge reads inward too
    CHECK(d[0].mentions == 5);
    CHECK(d[1].in == 1);
    CHECK(d[1].out == 0);
    CHECK(d[2].in == 1);
    CHECK(d[2].out == 1);
}

TEST_CASE("components are found ignoring direction and numbered by size",
          "[core][graph_algorithms]") {
    // Chain 0-1-2-3-4 (with edges pointing both ways), square 5..8, pair 9-10.
    auto g = make_topology(11, {{0, 1}, {2, 1}, {2, 3}, {4, 3}, {5, 6}, {6, 7}, {8, 7}, {5, 8},
                                {10, 9}});
    auto c = core::connected_components(g);
    REQUIRE(c.sizes == std::vector<std::uint32_t>{5, 4, 2});
    for (int v = 0; v < 5; ++v) CHECK(c.component_of[v] == 0);
    for (int v = 5; v < 9; ++v) CHECK(c.component_of[v] == 1);
    CHECK(c.component_of[9] == 2);
    CHECK(c.component_of[10] == 2);
    CHECK(core::connected_components(Topology{}).sizes.empty());
}

TEST_CASE("louvain separates two cliques joined by one edge", "[core][communities]") {
    // Two 4-cliques (0..3, 4..7) and the bridge 3-4: 13 edges, each clique holds 6 and
    // has degree total 13, so Q = 2·(12/26 − (13/26)²) = 0.4230769…
    std::vector<std::pair<std::uint32_t, std::uint32_t>> arcs;
    for (std::uint32_t base : {0u, 4u}) {
        for (std::uint32_t i = 0; i < 4; ++i)
            for (std::uint32_t j = i + 1; j < 4; ++j) arcs.emplace_back(base + i, base + j);
    }
    arcs.emplace_back(3, 4);
    auto g = make_topology(8, arcs, Relation::PartnersWith);
    auto c = core::louvain(g);
    REQUIRE(c.sizes == std::vector<std::uint32_t>{4, 4});
    for (int v = 1; v < 4; ++v) CHECK(c.community_of[v] == c.community_of[0]);
    for (int v = 5; v < 8; ++v) CHECK(c.community_of[v] == c.community_of[4]);
    CHECK(c.community_of[0] != c.community_of[4]);
    CHECK(c.modularity == Approx(2 * (12.0 / 26 - 0.25)));
    // The whole graph as one community has modularity 0.
    CHECK(core::modularity(g, std::vector<std::uint32_t>(8, 0)) == Approx(0.0).margin(1e-12));
}

TEST_CASE("louvain weighs edges by mentions", "[core][communities]") {
    // A path 0-1-2-3 where 1-2 is mentioned far more than the ends: the heavy pair forms
    // the core of one community instead of being cut.
    auto g = make_topology(4, {{0, 1}, {1, 2}, {2, 3}}, Relation::PartnersWith);
    g.arcs[1].mentions = 50;
    auto c = core::louvain(g);
    CHECK(c.community_of[1] == c.community_of[2]);
    CHECK(c.modularity >= 0.0);
    auto empty = core::louvain(Topology{});
    CHECK(empty.sizes.empty());
}

TEST_CASE("a topology loads from the store with only the filtered edges",
          "[core][graph_algorithms]") {
    testing::ScratchDir dir;
    core::Store store(dir.file("t.db"));
    store.add(testing::make_document("1", "Alpha", Relation::Supplies, "Beta"));
    store.add(testing::make_document("2", "Beta", Relation::InvestsIn, "Gamma"));
    store.add(testing::make_document("3", "Delta", Relation::Supplies, "Alpha"));
    auto all = Topology::load(store, {});
    CHECK(all.node_count() == 4);
    CHECK(all.arcs.size() == 3);
    core::EdgeFilter supplies;
    supplies.relations = {Relation::Supplies};
    auto some = Topology::load(store, supplies);
    CHECK(some.node_count() == 3);
    REQUIRE(some.arcs.size() == 2);
    auto gamma = store.resolve("Gamma").at(0);
    CHECK_FALSE(some.find_key(gamma.key));
    auto alpha = store.resolve("Alpha").at(0);
    REQUIRE(some.find_key(alpha.key));
    // Same structure through the graph view.
    auto view = Topology::from_view(core::GraphView::load(store, supplies));
    CHECK(view.keys == some.keys);
    CHECK(view.arcs.size() == 2);
}
