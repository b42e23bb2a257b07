#include "core/graph_algorithms.hpp"

#include <algorithm>
#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/betweenness_centrality.hpp>
#include <boost/pending/disjoint_sets.hpp>
#include <boost/property_map/property_map.hpp>
#include <cmath>
#include <numeric>
#include <random>
#include <utility>

namespace corpkg::core {
namespace {

/// The arcs PageRank walks as a pull structure: for each node the sources of its
/// in-arcs (stored direction, plus the reverse of symmetric relations), ascending, and
/// each node's out-degree. 4 bytes per arc and per node; a bidirectional Boost CSR holds
/// both directions and edge indices besides.
struct InArcs {
    std::vector<std::uint32_t> start; ///< node → first index in `source`, size n + 1
    std::vector<std::uint32_t> source;
    std::vector<std::uint32_t> out_degree;
};

InArcs in_arcs(const Topology& g) {
    std::size_t n = g.node_count();
    InArcs in;
    in.out_degree.assign(n, 0);
    in.start.assign(n + 1, 0);
    auto walk = [&](auto&& fn) {
        for (const auto& a : g.arcs) {
            fn(a.source, a.target);
            if (is_symmetric(a.relation) && a.source != a.target) fn(a.target, a.source);
        }
    };
    walk([&](std::uint32_t u, std::uint32_t v) {
        ++in.out_degree[u];
        ++in.start[v + 1];
    });
    for (std::size_t v = 0; v < n; ++v) in.start[v + 1] += in.start[v];
    // Bucket by source first, then by target: each in-list ends up ordered by source, the
    // order Boost's CSR graph sums in, so ranks are the same to the last bit.
    std::vector<std::uint32_t> out_start(n + 1, 0);
    for (std::size_t u = 0; u < n; ++u) out_start[u + 1] = out_start[u] + in.out_degree[u];
    std::vector<std::uint32_t> target(out_start[n]);
    {
        std::vector<std::uint32_t> fill(out_start.begin(), out_start.end() - 1);
        walk([&](std::uint32_t u, std::uint32_t v) { target[fill[u]++] = v; });
    }
    in.source.resize(target.size());
    std::vector<std::uint32_t> fill(in.start.begin(), in.start.end() - 1);
    for (std::uint32_t u = 0; u < n; ++u) {
        for (std::uint32_t i = out_start[u]; i < out_start[u + 1]; ++i) {
            in.source[fill[target[i]]++] = u;
        }
    }
    return in;
}

/// The undirected simple graph of the arcs: each unordered pair once, no self-edges.
std::vector<std::pair<std::uint32_t, std::uint32_t>> simple_pairs(const Topology& g) {
    std::vector<std::pair<std::uint32_t, std::uint32_t>> pairs;
    pairs.reserve(g.arcs.size());
    for (const auto& a : g.arcs) {
        if (a.source != a.target) {
            pairs.emplace_back(std::min(a.source, a.target), std::max(a.source, a.target));
        }
    }
    std::sort(pairs.begin(), pairs.end());
    pairs.erase(std::unique(pairs.begin(), pairs.end()), pairs.end());
    return pairs;
}

/// Brandes' accumulation from `k` pivots drawn without replacement (a partial
/// Fisher–Yates shuffle under a fixed seed, so runs agree), scaled by n / k as networkx's
/// betweenness_centrality(k=...) does: an unbiased estimate of the exact value, and the
/// exact value itself when k = n.
std::vector<double> sampled_betweenness(const Topology& g, bool normalized, std::size_t k) {
    std::size_t n = g.node_count();
    std::vector<double> centrality(n, 0.0);
    if (n == 0 || k == 0) return centrality;
    auto pairs = simple_pairs(g);
    std::vector<std::uint32_t> start(n + 1, 0), adjacent(pairs.size() * 2);
    for (auto [u, v] : pairs) {
        ++start[u + 1];
        ++start[v + 1];
    }
    for (std::size_t v = 0; v < n; ++v) start[v + 1] += start[v];
    {
        std::vector<std::uint32_t> fill(start.begin(), start.end() - 1);
        for (auto [u, v] : pairs) {
            adjacent[fill[u]++] = v;
            adjacent[fill[v]++] = u;
        }
    }
    pairs = {};
    std::vector<std::uint32_t> pivots(n);
    std::iota(pivots.begin(), pivots.end(), 0);
    std::mt19937_64 random(0x636B6731); // fixed: the same pivots on every run
    for (std::size_t i = 0; i < k; ++i) {
        std::size_t j = i + static_cast<std::size_t>(random() % (n - i));
        std::swap(pivots[i], pivots[j]);
    }
    pivots.resize(k);
    std::vector<int> distance(n, -1);
    std::vector<double> paths(n, 0.0), dependency(n, 0.0);
    std::vector<std::uint32_t> order; // nodes in BFS order
    order.reserve(n);
    for (auto s : pivots) {
        order.clear();
        distance[s] = 0;
        paths[s] = 1.0;
        order.push_back(s);
        for (std::size_t head = 0; head < order.size(); ++head) {
            auto v = order[head];
            for (auto i = start[v]; i < start[v + 1]; ++i) {
                auto w = adjacent[i];
                if (distance[w] < 0) {
                    distance[w] = distance[v] + 1;
                    order.push_back(w);
                }
                if (distance[w] == distance[v] + 1) paths[w] += paths[v];
            }
        }
        for (auto it = order.rbegin(); it != order.rend(); ++it) {
            auto w = *it;
            for (auto i = start[w]; i < start[w + 1]; ++i) {
                auto v = adjacent[i];
                if (distance[v] == distance[w] - 1) {
                    dependency[v] += paths[v] / paths[w] * (1.0 + dependency[w]);
                }
            }
            if (w != s) centrality[w] += dependency[w];
        }
        for (auto v : order) {
            distance[v] = -1;
            paths[v] = 0.0;
            dependency[v] = 0.0;
        }
    }
    // Each unordered pair was counted from both ends: halve, or normalize over ordered
    // pairs; then extrapolate from k pivots to n.
    double scale = 0.5;
    if (normalized && n > 2) {
        scale = 1.0 / (static_cast<double>(n - 1) * static_cast<double>(n - 2));
    }
    scale *= static_cast<double>(n) / static_cast<double>(k);
    for (double& c : centrality) c *= scale;
    return centrality;
}

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
    InArcs in = in_arcs(g);
    // The textbook iteration at scale n (ranks sum to n while iterating): each step pulls
    // damping × rank/out-degree along in-arcs and adds 1 - damping; what a step loses to
    // nodes without out-arcs (damping × their rank) is spread evenly afterwards; stop when
    // the L1 change is below n × tolerance at scale 1, as networkx does.
    double count = static_cast<double>(n);
    double d = options.damping;
    std::vector<double> rank(n, 1.0), next(n), share(n);
    for (int iteration = 1;; ++iteration) {
        for (std::size_t u = 0; u < n; ++u) {
            share[u] = in.out_degree[u] ? rank[u] / static_cast<double>(in.out_degree[u]) : 0.0;
        }
        double sum = 0;
        for (std::size_t v = 0; v < n; ++v) {
            double pulled = 0;
            for (std::uint32_t i = in.start[v]; i < in.start[v + 1]; ++i) {
                pulled += share[in.source[i]];
            }
            next[v] = (1.0 - d) + d * pulled;
            sum += next[v];
        }
        double missing = (count - sum) / count;
        double change = 0;
        for (std::size_t v = 0; v < n; ++v) {
            next[v] += missing;
            change += std::abs(next[v] - rank[v]);
        }
        rank.swap(next);
        if (change / count < count * options.tolerance || iteration + 1 > options.max_iterations) {
            break;
        }
    }
    double total = std::accumulate(rank.begin(), rank.end(), 0.0);
    for (double& r : rank) {
        r /= total;
    }
    return rank;
}

std::vector<double> betweenness(const Topology& g, bool normalized, std::size_t samples) {
    std::size_t n = g.node_count();
    if (samples > 0) {
        return sampled_betweenness(g, normalized, std::min(samples, n));
    }
    auto pairs = simple_pairs(g);
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
