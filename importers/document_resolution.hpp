#pragma once

#include <string_view>
#include <vector>

#include "importers/document_context.hpp"
#include "importers/lexicon.hpp"
#include "importers/mention_finder.hpp"

namespace corpkg::importers {

/// Resolves group short forms: the member the article names most (first on ties), else
/// the group's default. `mentions` sorted by start.
void resolve_groups(const std::vector<Mention>& mentions, const Lexicon& lexicon,
                    DocumentContext& ctx);

/// Short forms of the persons an article names: the surname of a foreign name written in
/// Korean (저커버그), the family name of a Korean name before a title (이 회장), the last
/// word of an English name (Zuckerberg). Appends mentions to `scan` (callers re-sort).
void add_person_short_forms(std::string_view s, const MentionFinder& finder, ScanResult& scan);

} // namespace corpkg::importers
