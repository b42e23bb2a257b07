#pragma once

#include <cstdint>
#include <optional>
#include <vector>

#include "core/edge_filter.hpp"
#include "core/graph.hpp"
#include "core/store.hpp"

namespace corpkg::core {

/// The bare structure of the graph for algorithms: nodes as positions with their store
/// keys, and one arc per stored edge (subject → object). Much leaner than GraphView (no
/// names, dates or topics), so rank, components and communities over a million edges load
/// in a fraction of a second; names are looked up afterwards only for what is printed.
struct Topology {
    /// 16 bytes, so a million arcs take 16 MB; what else an edge holds stays in the store.
    struct Arc {
        std::uint32_t source = 0; ///< position of the subject
        std::uint32_t target = 0; ///< position of the object
        Relation relation = Relation::PartnersWith;
        std::uint32_t mentions = 0; ///< statements
    };

    std::vector<std::int64_t> keys; ///< position → entity key, ascending
    std::vector<Arc> arcs;          ///< in edge id order

    std::size_t node_count() const noexcept { return keys.size(); }

    /// The position of an entity key; std::nullopt when the entity has no edge here.
    std::optional<std::uint32_t> find_key(std::int64_t key) const;

    /// Loads the edges passing `filter` and the entities they touch. O(V + E). `columns`
    /// leaves out what the caller never reads (components need no relation): arcs then
    /// carry the default value in that field.
    static Topology load(const Store& store, const EdgeFilter& filter, ArcColumns columns = {});
    /// The same structure from a GraphView (tests, graphs not in a store); positions follow
    /// ascending store key, like load().
    static Topology from_view(const GraphView& view);
};

} // namespace corpkg::core
