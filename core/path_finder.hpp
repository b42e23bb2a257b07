#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "core/edge_filter.hpp"
#include "core/store.hpp"

namespace corpkg::core {

/// A chain of entities: `nodes.front()` is where the search started, `nodes.back()` where
/// it ended, and `edges[i]` joins `nodes[i]` and `nodes[i + 1]` in whichever direction it
/// is stored (where two entities share several edges, the strongest: most certain, then
/// most articles, then most mentions, then oldest id).
struct Path {
    std::vector<std::int64_t> nodes; ///< entity keys
    std::vector<EdgeEnds> edges;
};

struct PathOptions {
    int max_hops = 6;         ///< longer chains are not searched for
    bool all = false;         ///< every shortest chain, not only the strongest
    std::size_t limit = 100;  ///< at most this many chains (with `all`)
};

/// The shortest chains from `from` to `to` through edges passing `filter`, followed in
/// either direction. Bidirectional breadth-first search over the store's subject/object
/// indexes, always expanding the smaller frontier (as networkx's bidirectional search
/// does), so no graph is loaded and a search touches only the entities near both ends.
///
/// Without `all`, one chain: the strongest of the shortest (highest weakest certainty,
/// then highest total weight). With `all`, up to `limit` shortest chains, strongest first.
/// Empty when no chain of at most `max_hops` edges exists; `from == to` gives one chain of
/// one node.
std::vector<Path> shortest_paths(const Store& store,
                                 std::int64_t from,
                                 std::int64_t to,
                                 const EdgeFilter& filter,
                                 const PathOptions& options = {});

/// True when `a` is a stronger edge than `b` by the order above.
bool stronger(const EdgeEnds& a, const EdgeEnds& b) noexcept;

} // namespace corpkg::core
