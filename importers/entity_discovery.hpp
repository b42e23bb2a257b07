#pragma once

#include <string_view>
#include <vector>

#include "importers/document_context.hpp"
#include "importers/mention_finder.hpp"

namespace corpkg::importers {

/// Finds names that are not in the lexicon but look like companies: Korean eojeols ending
/// in a company suffix (한빛모빌리티는, 대성반도체와), English capitalized names ending in one
/// (Tarnwick Memory Ltd., Acme Technologies). Each becomes a `discovered` entity of the
/// context (legal suffixes such as Inc. and Ltd. dropped from the canonical name, kept as
/// an alias), and every occurrence of its name in the text a mention. New mentions are
/// appended to `scan.mentions` (callers re-sort). O(text length × distinct discovered names).
void discover_entities(std::string_view text,
                       const MentionFinder& finder,
                       DocumentContext& context,
                       ScanResult& scan);

} // namespace corpkg::importers
