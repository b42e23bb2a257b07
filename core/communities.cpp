#include "core/communities.hpp"

#include <algorithm>
#include <numeric>
#include <unordered_map>

namespace corpkg::core {
namespace {

/// An undirected weighted graph in adjacency-array form. A self-loop appears once in its
/// node's list; every other edge once in each end's list.
struct WeightedGraph {
    std::vector<std::uint32_t> offset; ///< size n + 1
    std::vector<std::uint32_t> neighbor;
    std::vector<double> weight;
    std::vector<double> degree; ///< weighted degree, a self-loop counted twice
    double total = 0;           ///< sum of degrees (2m)

    std::size_t size() const { return degree.size(); }
};

struct WeightedEdge {
    std::uint32_t a, b;
    double w;
};

WeightedGraph build(std::size_t n, std::vector<WeightedEdge> edges) {
    // Merge parallel edges so every neighbor appears once per list.
    for (auto& e : edges) {
        if (e.a > e.b) std::swap(e.a, e.b);
    }
    std::sort(edges.begin(), edges.end(),
              [](const auto& x, const auto& y) { return x.a != y.a ? x.a < y.a : x.b < y.b; });
    std::vector<WeightedEdge> merged;
    for (const auto& e : edges) {
        if (!merged.empty() && merged.back().a == e.a && merged.back().b == e.b) {
            merged.back().w += e.w;
        } else {
            merged.push_back(e);
        }
    }
    WeightedGraph g;
    g.degree.assign(n, 0.0);
    std::vector<std::uint32_t> count(n + 1, 0);
    for (const auto& e : merged) {
        ++count[e.a];
        if (e.a != e.b) ++count[e.b];
    }
    g.offset.assign(n + 1, 0);
    for (std::size_t i = 0; i < n; ++i) g.offset[i + 1] = g.offset[i] + count[i];
    g.neighbor.resize(g.offset[n]);
    g.weight.resize(g.offset[n]);
    std::vector<std::uint32_t> fill(g.offset.begin(), g.offset.end() - 1);
    for (const auto& e : merged) {
        g.neighbor[fill[e.a]] = e.b;
        g.weight[fill[e.a]++] = e.w;
        if (e.a != e.b) {
            g.neighbor[fill[e.b]] = e.a;
            g.weight[fill[e.b]++] = e.w;
        }
        g.degree[e.a] += e.w;
        g.degree[e.b] += e.w; // twice for a self-loop
    }
    g.total = std::accumulate(g.degree.begin(), g.degree.end(), 0.0);
    return g;
}

WeightedGraph from_topology(const Topology& t) {
    std::vector<WeightedEdge> edges;
    edges.reserve(t.arcs.size());
    for (const auto& a : t.arcs) {
        edges.push_back({a.source, a.target, static_cast<double>(std::max<std::uint32_t>(1, a.mentions))});
    }
    return build(t.node_count(), std::move(edges));
}

double modularity_of(const WeightedGraph& g, const std::vector<std::uint32_t>& community) {
    if (g.total <= 0) return 0.0;
    std::size_t k = 0;
    for (auto c : community) k = std::max<std::size_t>(k, c + 1);
    std::vector<double> inside(k, 0.0), tot(k, 0.0);
    for (std::uint32_t v = 0; v < g.size(); ++v) {
        tot[community[v]] += g.degree[v];
        for (auto i = g.offset[v]; i < g.offset[v + 1]; ++i) {
            auto u = g.neighbor[i];
            if (community[u] == community[v]) {
                // A non-loop edge is seen from both ends; a self-loop once but counts twice.
                inside[community[v]] += u == v ? 2 * g.weight[i] : g.weight[i];
            }
        }
    }
    double q = 0;
    for (std::size_t c = 0; c < k; ++c) {
        q += inside[c] / g.total - (tot[c] / g.total) * (tot[c] / g.total);
    }
    return q;
}

/// One level of local moves; returns true when any node changed community.
bool move_nodes(const WeightedGraph& g, std::vector<std::uint32_t>& community) {
    std::size_t n = g.size();
    std::vector<double> tot(n, 0.0);
    for (std::uint32_t v = 0; v < n; ++v) tot[community[v]] += g.degree[v];
    std::vector<double> link(n, 0.0); // weight from the current node to each community
    std::vector<char> listed(n, 0); // community already in `touched`
    std::vector<std::uint32_t> touched;
    bool any = false;
    for (int pass = 0; pass < 100; ++pass) {
        bool moved = false;
        for (std::uint32_t v = 0; v < n; ++v) {
            std::uint32_t own = community[v];
            touched.clear();
            listed[own] = 1;
            touched.push_back(own);
            for (auto i = g.offset[v]; i < g.offset[v + 1]; ++i) {
                auto u = g.neighbor[i];
                if (u == v) continue;
                auto c = community[u];
                if (!listed[c]) {
                    listed[c] = 1;
                    touched.push_back(c);
                }
                link[c] += g.weight[i];
            }
            tot[own] -= g.degree[v];
            // Gain of joining c, up to a constant factor: link(v, c) - tot(c) k(v) / 2m.
            auto gain = [&](std::uint32_t c) { return link[c] - tot[c] * g.degree[v] / g.total; };
            std::uint32_t best = own;
            double best_gain = gain(own);
            for (auto c : touched) {
                double x = gain(c);
                if (x > best_gain + 1e-12) {
                    best = c;
                    best_gain = x;
                }
            }
            tot[best] += g.degree[v];
            community[v] = best;
            if (best != own) moved = true;
            for (auto c : touched) {
                link[c] = 0;
                listed[c] = 0;
            }
        }
        if (!moved) break;
        any = true;
    }
    return any;
}

} // namespace

double modularity(const Topology& g, const std::vector<std::uint32_t>& community_of) {
    return modularity_of(from_topology(g), community_of);
}

Communities louvain(const Topology& t) {
    std::size_t n = t.node_count();
    WeightedGraph g = from_topology(t);
    // member_of[original] = node of the current level that holds it.
    std::vector<std::uint32_t> member_of(n);
    std::iota(member_of.begin(), member_of.end(), 0);
    while (g.total > 0) {
        std::vector<std::uint32_t> community(g.size());
        std::iota(community.begin(), community.end(), 0);
        if (!move_nodes(g, community)) break;
        // Renumber the level's communities densely and fold each into one node.
        std::vector<std::uint32_t> dense(g.size(), UINT32_MAX);
        std::uint32_t k = 0;
        for (auto& c : community) {
            if (dense[c] == UINT32_MAX) dense[c] = k++;
            c = dense[c];
        }
        if (k == g.size()) break;
        for (auto& m : member_of) m = community[m];
        std::vector<WeightedEdge> edges;
        for (std::uint32_t v = 0; v < g.size(); ++v) {
            for (auto i = g.offset[v]; i < g.offset[v + 1]; ++i) {
                auto u = g.neighbor[i];
                // Keep each undirected edge once (from its smaller end; loops as they are).
                if (u < v) continue;
                edges.push_back({community[v], community[u], g.weight[i]});
            }
        }
        g = build(k, std::move(edges));
    }
    // Number final communities by decreasing size, ties by first member.
    std::vector<std::uint32_t> size(g.size() + 1, 0), first(g.size() + 1, UINT32_MAX), order;
    for (std::uint32_t v = 0; v < n; ++v) {
        auto c = member_of[v];
        if (first[c] == UINT32_MAX) {
            first[c] = v;
            order.push_back(c);
        }
        ++size[c];
    }
    std::stable_sort(order.begin(), order.end(), [&](auto a, auto b) { return size[a] > size[b]; });
    std::vector<std::uint32_t> number(g.size() + 1, 0);
    Communities out;
    for (std::uint32_t i = 0; i < order.size(); ++i) {
        number[order[i]] = i;
        out.sizes.push_back(size[order[i]]);
    }
    out.community_of.resize(n);
    for (std::uint32_t v = 0; v < n; ++v) out.community_of[v] = number[member_of[v]];
    out.modularity = modularity(t, out.community_of);
    return out;
}

} // namespace corpkg::core
