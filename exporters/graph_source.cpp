#include "exporters/graph_source.hpp"

#include "exporters/export_values.hpp"

namespace corpkg::exporters {

void ViewSource::for_each_node(const NodeFn& fn, bool with_first_seen) {
    const auto& nodes = graph_.nodes();
    std::vector<std::string> starts;
    if (with_first_seen) {
        starts = node_first_seen(graph_);
    }
    for (std::size_t i = 0; i < nodes.size(); ++i) {
        fn(nodes[i].entity, with_first_seen ? std::string_view(starts[i]) : std::string_view());
    }
}

void ViewSource::for_each_edge(const EdgeFn& fn) {
    const auto& nodes = graph_.nodes();
    for_each_edge_with_evidence(graph_, context_, [&](const core::GraphEdge& e,
                                                      const EvidenceSummary& ev) {
        fn(e.record, nodes[e.source].entity.id, nodes[e.target].entity.id, ev);
    });
}

} // namespace corpkg::exporters
