#pragma once

#include <cstdint>
#include <vector>

#include "core/topology.hpp"

namespace corpkg::core {

/// A partition of the nodes into communities: `community_of[position]`, numbered 0.. by
/// decreasing size (ties by smallest member position), with `sizes` per community and the
/// partition's modularity on the graph it was found on.
struct Communities {
    std::vector<std::uint32_t> community_of;
    std::vector<std::uint32_t> sizes;
    double modularity = 0.0;
};

/// Newman's modularity of a partition of the undirected graph of `g`, each edge weighted
/// by its mentions (parallel edges add up; a self-edge counts twice toward its node's
/// degree, as networkx counts it). 0 for a graph without edges.
double modularity(const Topology& g, const std::vector<std::uint32_t>& community_of);

/// Communities by the Louvain method (Blondel et al. 2008): local moves that raise
/// modularity, then aggregation of each community into one node, repeated until nothing
/// moves. Direction is ignored and edges weigh their mentions. Deterministic: nodes are
/// visited in position order. Roughly O(E) per pass; a few passes per level.
Communities louvain(const Topology& g);

} // namespace corpkg::core
