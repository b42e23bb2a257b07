#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/edge_filter.hpp"
#include "core/model.hpp"
#include "core/store.hpp"

namespace corpkg::core {

/// A vertex of the graph view: an entity, addressed by its position in GraphView::nodes().
struct GraphNode {
    std::int64_t key = 0; ///< the store's entity key
    Entity entity;
};

/// An edge of the graph view: an EdgeRecord with its ends as node positions.
struct GraphEdge {
    EdgeRecord record;
    std::uint32_t source = 0; ///< position of the subject in nodes()
    std::uint32_t target = 0; ///< position of the object in nodes()
};

/// A read-only, in-memory multigraph of the store's aggregated edges: one edge per
/// (subject, relation, object, negated), nodes ordered by entity id and edges by edge id,
/// so every exporter writes the same order. Algorithms (core/graph_algorithms.hpp) build
/// their Boost.Graph structures from it; Boost descriptors never leave core's .cpp files.
class GraphView {
  public:
    struct LoadOptions {
        bool with_aliases = true;    ///< read entity aliases (exports need them, ranks do not)
        bool include_isolated = false; ///< keep entities with no edge passing the filter
    };

    /// Loads the edges passing `filter` and the entities they touch. O(V + E) time and
    /// memory; evidence stays in the store.
    static GraphView load(const Store& store, const EdgeFilter& filter, LoadOptions options);
    static GraphView load(const Store& store, const EdgeFilter& filter) {
        return load(store, filter, LoadOptions{});
    }

    /// Builds a view from explicit parts (tests, importers of graph files). Edges whose
    /// ends are out of range are dropped.
    static GraphView from_parts(std::vector<GraphNode> nodes, std::vector<GraphEdge> edges);

    const std::vector<GraphNode>& nodes() const noexcept { return nodes_; }
    const std::vector<GraphEdge>& edges() const noexcept { return edges_; }

    /// The node position of an entity id or store key; std::nullopt when not in the view.
    std::optional<std::uint32_t> find_id(std::string_view id) const;
    std::optional<std::uint32_t> find_key(std::int64_t key) const;

    /// Keeps only the nodes within `depth` hops of `center` (edges followed in either
    /// direction) and the edges among them: the ego network used by `--ego`.
    GraphView ego(std::uint32_t center, int depth) const;

  private:
    void index();

    std::vector<GraphNode> nodes_;
    std::vector<GraphEdge> edges_;
    std::unordered_map<std::int64_t, std::uint32_t> by_key_;
    std::unordered_map<std::string, std::uint32_t> by_id_;
};

} // namespace corpkg::core
