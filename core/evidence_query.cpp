#include "core/evidence_query.hpp"

#include <algorithm>

namespace corpkg::core {

bool statement_passes(const EdgeFilter& filter, const EvidenceRecord& evidence) {
    if (filter.min_certainty && evidence.certainty < *filter.min_certainty) {
        return false;
    }
    if (!filter.since.empty() || !filter.until.empty()) {
        if (evidence.date.empty()) return false;
        // ISO dates compare as text; a date bound of a year or month compares by prefix.
        if (!filter.since.empty() && evidence.date < filter.since) return false;
        if (!filter.until.empty() && evidence.date.substr(0, filter.until.size()) > filter.until)
            return false;
    }
    return true;
}

std::vector<EdgeEvidence> evidence_of(const Store& store,
                                      std::int64_t a,
                                      std::optional<std::int64_t> b,
                                      const EdgeFilter& filter) {
    std::vector<EdgeEvidence> out;
    for (const auto& edge : store.edges_of(a, filter, Direction::Both)) {
        if (b && !((edge.subject == a && edge.object == *b) ||
                   (edge.object == a && edge.subject == *b))) {
            continue;
        }
        for (auto& ev : store.evidence(edge.id)) {
            if (statement_passes(filter, ev)) {
                out.push_back(EdgeEvidence{edge, std::move(ev)});
            }
        }
    }
    std::stable_sort(out.begin(), out.end(), [](const EdgeEvidence& x, const EdgeEvidence& y) {
        const auto& dx = x.evidence.date;
        const auto& dy = y.evidence.date;
        if (dx.empty() != dy.empty()) return dy.empty();
        if (dx != dy) return dx > dy;
        return x.evidence.statement_id < y.evidence.statement_id;
    });
    return out;
}

std::optional<EvidenceRecord> strongest_evidence(const Store& store, std::int64_t edge_id) {
    auto all = store.evidence(edge_id);
    if (all.empty()) return std::nullopt;
    auto it = std::max_element(all.begin(), all.end(), [](const auto& x, const auto& y) {
        return x.certainty < y.certainty; // first of the most certain wins: newest
    });
    return *it;
}

} // namespace corpkg::core
