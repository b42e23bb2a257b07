#pragma once

#include <cstddef>
#include <functional>
#include <string_view>

#include "core/graph.hpp"
#include "exporters/edge_evidence.hpp"
#include "exporters/exporter.hpp"

namespace corpkg::exporters {

/// What a streaming writer reads, in the order every format writes it: the nodes by id,
/// then the edges by id, each with the summary of its statements. Nodes are the ends of
/// the edges; an edge names its ends by entity id.
class GraphSource {
  public:
    /// `first_seen`: the earliest full ISO date among the node's edges' first_seen, empty
    /// when none has one (or when not asked for).
    using NodeFn = std::function<void(const core::Entity&, std::string_view first_seen)>;
    using EdgeFn = std::function<void(const core::EdgeRecord&, std::string_view source,
                                      std::string_view target, const EvidenceSummary&)>;

    virtual ~GraphSource() = default;
    virtual std::size_t node_count() = 0;
    virtual std::size_t edge_count() = 0;
    virtual void for_each_node(const NodeFn& fn, bool with_first_seen) = 0;
    virtual void for_each_edge(const EdgeFn& fn) = 0;
};

/// A GraphView as a GraphSource; evidence from the context's store (see
/// for_each_edge_with_evidence).
class ViewSource final : public GraphSource {
  public:
    ViewSource(const core::GraphView& graph, const ExportContext& context)
        : graph_(graph), context_(context) {}
    std::size_t node_count() override { return graph_.nodes().size(); }
    std::size_t edge_count() override { return graph_.edges().size(); }
    void for_each_node(const NodeFn& fn, bool with_first_seen) override;
    void for_each_edge(const EdgeFn& fn) override;

  private:
    const core::GraphView& graph_;
    const ExportContext& context_;
};

} // namespace corpkg::exporters
