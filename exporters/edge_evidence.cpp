#include "exporters/edge_evidence.hpp"

#include <algorithm>

namespace corpkg::exporters {
namespace {

void accumulate(EvidenceSummary& s, const core::EvidenceRecord& r) {
    ++s.count;
    if (s.top_sentence.empty() && !r.sentence.empty()) {
        s.top_sentence = r.sentence;
    }
    if (!r.url.empty() && s.urls.size() < kMaxEvidenceUrls &&
        std::find(s.urls.begin(), s.urls.end(), r.url) == s.urls.end()) {
        s.urls.push_back(r.url);
    }
}

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
    if (!ordered_by_id(edges)) {
        for (const auto& e : edges) {
            summary.clear();
            for (const auto& r : context.store->evidence(e.record.id)) {
                accumulate(summary, r);
            }
            fn(e, summary);
        }
        return;
    }
    // Merge walk: the evidence stream covers every edge passing the filter (a superset of
    // an ego view's edges), both sides ordered by edge id.
    std::size_t next = 0;
    context.store->for_each_evidence(context.filter, [&](const core::EvidenceRecord& r) {
        while (next < edges.size() && edges[next].record.id < r.edge_id) {
            fn(edges[next], summary);
            summary.clear();
            ++next;
        }
        if (next < edges.size() && edges[next].record.id == r.edge_id) {
            accumulate(summary, r);
        }
    });
    for (; next < edges.size(); ++next) {
        fn(edges[next], summary);
        summary.clear();
    }
}

} // namespace corpkg::exporters
