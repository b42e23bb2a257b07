#pragma once

#include <functional>

#include "core/edge_scan.hpp"
#include "exporters/exporter.hpp"

namespace corpkg::exporters {

using core::EvidenceSummary;
using core::kMaxEvidenceUrls;

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
