#pragma once

#include <cstdint>
#include <vector>

#include "core/edge_filter.hpp"
#include "core/store.hpp"

namespace corpkg::core {

/// One entity reached from the center, with the edge that reached it.
struct Neighbor {
    StoredEntity entity; ///< without aliases
    EdgeRecord edge;
    bool outgoing = true;   ///< the edge points from `via` to `entity`
    int depth = 1;          ///< hops from the center
    std::int64_t via = 0;   ///< key of the entity the edge leaves from (the center at depth 1)
};

/// The entities within `depth` hops of `center` through edges passing `filter`, found by
/// breadth-first search over the store's subject/object indexes (no graph is loaded, so a
/// lookup costs a few indexed queries per reached entity). Every edge between a reached
/// entity and a new one is listed, so an entity linked by two relations appears twice.
/// Ordered by depth, then weight (descending), then name. depth < 1 gives nothing.
std::vector<Neighbor> neighbors(const Store& store,
                                std::int64_t center,
                                const EdgeFilter& filter,
                                int depth = 1,
                                Direction direction = Direction::Both);

} // namespace corpkg::core
