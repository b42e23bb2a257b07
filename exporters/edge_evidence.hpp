#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "exporters/exporter.hpp"

namespace corpkg::exporters {

/// At most this many source urls are listed per edge; a hub edge with thousands of
/// articles would otherwise carry an unbounded attribute.
inline constexpr std::size_t kMaxEvidenceUrls = 20;

/// What every format tells about the statements behind one edge.
struct EvidenceSummary {
    std::int64_t count = 0;        ///< statements behind the edge
    std::string top_sentence;      ///< the newest non-empty evidence sentence
    std::vector<std::string> urls; ///< distinct source urls, newest first, at most kMaxEvidenceUrls

    void clear() {
        count = 0;
        top_sentence.clear();
        urls.clear();
    }
};

/// Calls `fn` for every edge of `graph`, in the view's order, with its evidence summary.
///
/// The store's evidence stream (ordered by edge id, as the view's edges are) is walked
/// beside the edges, so only one edge's summary is in memory at a time. Without a store in
/// the context every summary is empty. A view whose edges are not ordered by id (built by
/// hand) falls back to one evidence query per edge.
void for_each_edge_with_evidence(
    const core::GraphView& graph,
    const ExportContext& context,
    const std::function<void(const core::GraphEdge&, const EvidenceSummary&)>& fn);

} // namespace corpkg::exporters
