#pragma once

#include <cstdint>
#include <optional>
#include <vector>

#include "core/edge_filter.hpp"
#include "core/store.hpp"

namespace corpkg::core {

/// One statement behind an edge, with the edge it supports.
struct EdgeEvidence {
    EdgeRecord edge;
    EvidenceRecord evidence;
};

/// True when a statement itself passes the filter's statement-level parts: its own
/// certainty at least the minimum, its date inside [since, until] (an undated statement
/// passes only when no date bound is set). Edge-level parts are applied by the store.
bool statement_passes(const EdgeFilter& filter, const EvidenceRecord& evidence);

/// Every statement behind the edges of `a` passing `filter` (only edges joining `a` and
/// `b`, in either direction, when `b` is given), newest first (undated last), then by
/// statement id. Statements that do not pass statement_passes() are left out.
std::vector<EdgeEvidence> evidence_of(const Store& store,
                                      std::int64_t a,
                                      std::optional<std::int64_t> b,
                                      const EdgeFilter& filter);

/// The statement that best supports an edge: the most certain, newest among equals
/// (evidence is stored newest first). std::nullopt for an edge without statements.
std::optional<EvidenceRecord> strongest_evidence(const Store& store, std::int64_t edge_id);

} // namespace corpkg::core
