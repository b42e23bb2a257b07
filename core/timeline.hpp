#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/edge_filter.hpp"
#include "core/store.hpp"

namespace corpkg::core {

/// The statements of one edge of an entity in one month.
struct TimelineEntry {
    std::string month; ///< `YYYY-MM`, empty for undated statements
    EdgeRecord edge;
    std::int64_t other = 0; ///< key of the entity at the other end
    bool outgoing = true;   ///< the edge is stored from the entity to `other`
    std::int64_t statements = 0;
    Certainty certainty = Certainty::Speculative; ///< strongest that month
    std::vector<std::string> articles; ///< distinct titles (else urls, else files) that month
};

/// The relations of `key` by month, from the dates of the statements behind its edges
/// (a statement's own date, else its article's). Edges pass `filter`, statements
/// statement_passes(). Ordered by month (undated last), then relation, then edge id.
std::vector<TimelineEntry> timeline(const Store& store, std::int64_t key,
                                    const EdgeFilter& filter);

} // namespace corpkg::core
