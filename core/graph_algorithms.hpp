#pragma once

#include <cstdint>
#include <vector>

#include "core/topology.hpp"

namespace corpkg::core {

/// Edge counts of one node. Symmetric relations count toward both `in` and `out`, since
/// they read the same from both ends; `degree` counts each edge once.
struct DegreeScore {
    std::int64_t in = 0;
    std::int64_t out = 0;
    std::int64_t degree = 0;   ///< edges touching the node (a self-edge once)
    std::int64_t mentions = 0; ///< statements behind those edges (the weighted degree)
};

/// Degree of every node, by position. O(V + E).
std::vector<DegreeScore> degrees(const Topology& g);

struct PageRankOptions {
    double damping = 0.85;
    double tolerance = 1e-6; ///< stop when the L1 change is below node_count × tolerance
    int max_iterations = 100;
};

/// PageRank of every node, by position, summing to 1 (empty graph: empty result).
///
/// Arcs follow the stored direction (supplier → customer, investor → investee, person →
/// company), symmetric relations count in both directions, and parallel edges count once
/// each. Power iteration pulling along in-arcs (the order and arithmetic of
/// boost::page_rank on a bidirectional CSR graph, without its second copy of the arcs);
/// the rank of nodes without out-arcs is spread evenly over all nodes after each step, so
/// the result is the textbook definition and equals networkx's `pagerank` of the same
/// multigraph. O(iterations × (V + E)).
std::vector<double> pagerank(const Topology& g, const PageRankOptions& options = {});

/// Betweenness centrality of every node, by position, on the undirected simple graph of
/// the edges (parallel edges and directions merged, self-edges ignored): for each node,
/// the sum over unordered pairs (s, t) of the share of shortest s–t paths through it.
/// With `normalized`, divided by (n-1)(n-2)/2 as networkx does.
///
/// `samples` = 0: exact, by boost::brandes_betweenness_centrality; O(V × E) time, so meant
/// for graphs of up to some tens of thousands of edges. `samples` = k > 0: the estimate
/// from k pivot sources drawn with a fixed seed, scaled by n / k (networkx's
/// betweenness_centrality(k=...)); O(k × E), and exact again when k ≥ n.
std::vector<double> betweenness(const Topology& g, bool normalized = false,
                                std::size_t samples = 0);

/// Weakly connected components: `component_of[position]`, numbered 0.. by decreasing size
/// (ties by smallest member position), and `sizes` per component.
struct Components {
    std::vector<std::uint32_t> component_of;
    std::vector<std::uint32_t> sizes;
};

/// Connected components ignoring direction, by union–find over the arcs (Boost's
/// disjoint_sets with rank and path compression). O(E α(V)).
Components connected_components(const Topology& g);

} // namespace corpkg::core
