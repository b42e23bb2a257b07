#include "exporters/edge_evidence.hpp"

namespace corpkg::exporters {
namespace {

bool ordered_by_id(const std::vector<core::GraphEdge>& edges) {
    for (std::size_t i = 1; i < edges.size(); ++i) {
        if (edges[i - 1].record.id >= edges[i].record.id) {
            return false;
        }
    }
    return true;
}

} // namespace

void for_each_edge_with_evidence(
    const core::GraphView& graph,
    const ExportContext& context,
    const std::function<void(const core::GraphEdge&, const EvidenceSummary&)>& fn) {
    const auto& edges = graph.edges();
    EvidenceSummary summary;
    if (context.store == nullptr || edges.empty()) {
        for (const auto& e : edges) {
            fn(e, summary);
        }
        return;
    }
    // Both streams below come newest first, which the accumulator keeps as it is.
    core::EvidenceAccumulator acc;
    if (!ordered_by_id(edges)) {
        for (const auto& e : edges) {
            for (const auto& r : context.store->evidence(e.record.id)) {
                acc.add(r.date, r.sentence, r.url);
            }
            acc.finish(summary);
            fn(e, summary);
        }
        return;
    }
    // Merge walk: the evidence stream covers every edge passing the filter (a superset of
    // an ego view's edges), both sides ordered by edge id.
    std::size_t next = 0;
    auto emit = [&] {
        acc.finish(summary);
        fn(edges[next], summary);
        ++next;
    };
    context.store->for_each_evidence(context.filter, [&](const core::EvidenceRecord& r) {
        while (next < edges.size() && edges[next].record.id < r.edge_id) {
            emit();
        }
        if (next < edges.size() && edges[next].record.id == r.edge_id) {
            acc.add(r.date, r.sentence, r.url);
        }
    });
    while (next < edges.size()) {
        emit();
    }
}

} // namespace corpkg::exporters
