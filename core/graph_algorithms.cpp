#include "core/graph_algorithms.hpp"

#include <algorithm>
#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/betweenness_centrality.hpp>
#include <boost/graph/compressed_sparse_row_graph.hpp>
#include <boost/graph/page_rank.hpp>
#include <boost/pending/disjoint_sets.hpp>
#include <boost/property_map/property_map.hpp>
#include <cmath>
#include <numeric>
#include <utility>

namespace corpkg::core {
namespace {

// 32-bit vertex and edge indices halve the memory of a million-arc graph.
using CsrGraph = boost::compressed_sparse_row_graph<boost::bidirectionalS, boost::no_property,
                                                    boost::no_property, boost::no_property,
                                                    std::uint32_t, std::uint32_t>;

/// The arcs PageRank walks: stored direction, plus the reverse of symmetric relations.
std::vector<std::pair<std::uint32_t, std::uint32_t>> rank_arcs(const Topology& g) {
    std::vector<std::pair<std::uint32_t, std::uint32_t>> arcs;
    arcs.reserve(g.arcs.size() * 2);
    for (const auto& a : g.arcs) {
        arcs.emplace_back(a.source, a.target);
        if (is_symmetric(a.relation) && a.source != a.target) {
            arcs.emplace_back(a.target, a.source);
        }
    }
    return arcs;
}

/// Boost's page_rank step leaves out the rank of nodes without out-arcs and never
/// normalizes. Its `done` predicate sees the rank map after every step, so it restores the
/// missing mass there (spread evenly, as the textbook definition does) and tests the
/// networkx convergence rule. Ranks are kept at scale n (sum n) while iterating.
struct DanglingAwareDone {
    struct State {
        std::vector<double> previous;
        int iteration = 0;
    };
    State* state;
    std::size_t n;
    double tolerance;
    int max_iterations;

    template <typename RankMap, typename Graph>
    bool operator()(const RankMap& rank, const Graph& graph) const {
        auto& st = *state;
        double count = static_cast<double>(n);
        if (st.iteration++ == 0) {
            // page_rank starts every node at 1/n; move to scale n.
            for (auto v : boost::make_iterator_range(vertices(graph))) {
                put(rank, v, 1.0);
            }
            st.previous.assign(n, 1.0);
            return false;
        }
        double sum = 0;
        for (auto v : boost::make_iterator_range(vertices(graph))) {
            sum += get(rank, v);
        }
        // With the previous ranks summing to n, what a step loses is exactly damping × the
        // dangling nodes' rank.
        double missing = (count - sum) / count;
        double change = 0;
        for (auto v : boost::make_iterator_range(vertices(graph))) {
            double r = get(rank, v) + missing;
            put(rank, v, r);
            change += std::abs(r - st.previous[v]);
            st.previous[v] = r;
        }
        return change / count < count * tolerance || st.iteration > max_iterations;
    }
};

} // namespace

std::vector<DegreeScore> degrees(const Topology& g) {
    std::vector<DegreeScore> out(g.node_count());
    for (const auto& a : g.arcs) {
        bool symmetric = is_symmetric(a.relation);
        out[a.source].out += 1;
        out[a.target].in += 1;
        if (symmetric && a.source != a.target) {
            out[a.source].in += 1;
            out[a.target].out += 1;
        }
        out[a.source].degree += 1;
        out[a.source].mentions += a.mentions;
        if (a.target != a.source) {
            out[a.target].degree += 1;
            out[a.target].mentions += a.mentions;
        }
    }
    return out;
}

std::vector<double> pagerank(const Topology& g, const PageRankOptions& options) {
    std::size_t n = g.node_count();
    if (n == 0) {
        return {};
    }
    auto arcs = rank_arcs(g);
    CsrGraph graph(boost::edges_are_unsorted_multi_pass, arcs.begin(), arcs.end(),
                   static_cast<std::uint32_t>(n));
    arcs = {};
    std::vector<double> rank(n), scratch(n);
    auto index = get(boost::vertex_index, graph);
    DanglingAwareDone::State state;
    DanglingAwareDone done{&state, n, options.tolerance, options.max_iterations};
    boost::graph::page_rank(graph, boost::make_iterator_property_map(rank.begin(), index), done,
                            options.damping, static_cast<std::uint32_t>(n),
                            boost::make_iterator_property_map(scratch.begin(), index));
    double total = std::accumulate(rank.begin(), rank.end(), 0.0);
    for (double& r : rank) {
        r /= total;
    }
    return rank;
}

std::vector<double> betweenness(const Topology& g, bool normalized) {
    std::size_t n = g.node_count();
    std::vector<std::pair<std::uint32_t, std::uint32_t>> pairs;
    pairs.reserve(g.arcs.size());
    for (const auto& a : g.arcs) {
        if (a.source != a.target) {
            pairs.emplace_back(std::min(a.source, a.target), std::max(a.source, a.target));
        }
    }
    std::sort(pairs.begin(), pairs.end());
    pairs.erase(std::unique(pairs.begin(), pairs.end()), pairs.end());
    using Undirected = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS>;
    Undirected graph(pairs.begin(), pairs.end(), n);
    std::vector<double> centrality(n, 0.0);
    boost::brandes_betweenness_centrality(
        graph, boost::centrality_map(boost::make_iterator_property_map(
                   centrality.begin(), get(boost::vertex_index, graph))));
    // Boost already halves undirected scores, so each unordered pair counts once.
    if (normalized && n > 2) {
        double scale = 2.0 / (static_cast<double>(n - 1) * static_cast<double>(n - 2));
        for (double& c : centrality) {
            c *= scale;
        }
    }
    return centrality;
}

Components connected_components(const Topology& g) {
    std::size_t n = g.node_count();
    std::vector<std::uint32_t> rank(n, 0), parent(n);
    auto rank_map = boost::make_iterator_property_map(rank.begin(), boost::identity_property_map());
    auto parent_map =
        boost::make_iterator_property_map(parent.begin(), boost::identity_property_map());
    boost::disjoint_sets<decltype(rank_map), decltype(parent_map)> sets(rank_map, parent_map);
    for (std::uint32_t v = 0; v < n; ++v) {
        sets.make_set(v);
    }
    for (const auto& a : g.arcs) {
        sets.union_set(a.source, a.target);
    }
    std::vector<std::uint32_t> root(n), size(n, 0);
    for (std::uint32_t v = 0; v < n; ++v) {
        root[v] = sets.find_set(v);
        ++size[root[v]];
    }
    // Order components by decreasing size, then by their first member's position, so the
    // numbering is stable across runs.
    std::vector<std::uint32_t> first(n, UINT32_MAX), roots;
    for (std::uint32_t v = 0; v < n; ++v) {
        if (first[root[v]] == UINT32_MAX) {
            first[root[v]] = v;
            roots.push_back(root[v]);
        }
    }
    std::stable_sort(roots.begin(), roots.end(),
                     [&](auto a, auto b) { return size[a] > size[b]; });
    std::vector<std::uint32_t> number(n, 0);
    Components out;
    for (std::uint32_t i = 0; i < roots.size(); ++i) {
        number[roots[i]] = i;
        out.sizes.push_back(size[roots[i]]);
    }
    out.component_of.resize(n);
    for (std::uint32_t v = 0; v < n; ++v) {
        out.component_of[v] = number[root[v]];
    }
    return out;
}

} // namespace corpkg::core
