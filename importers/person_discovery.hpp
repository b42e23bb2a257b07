#pragma once

#include <string_view>

#include "importers/document_context.hpp"
#include "importers/mention_finder.hpp"

namespace corpkg::importers {

/// Finds English names of persons the lexicon does not know where a title stands right
/// before them (Chief Executive Jane Roe, founder and chairman John Doe) or where a
/// founding verb's agent names them (founded in 2019 by Jane Roe and John Doe): two or
/// three capitalized words. Each becomes a `discovered` person of the context, and every
/// occurrence of the full name a mention (callers add short forms and re-sort).
/// One pass over the title and cue hits of the scan.
void discover_persons(std::string_view text, const MentionFinder& finder, DocumentContext& context,
                      ScanResult& scan);

} // namespace corpkg::importers
