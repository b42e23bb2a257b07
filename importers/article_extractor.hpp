#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/model.hpp"
#include "importers/lexicon.hpp"

namespace corpkg::importers {

/// The statements of one article and every entity they name.
struct Extraction {
    std::vector<core::Statement> statements;
    std::vector<core::Entity> entities;
};

/// `ko` when Hangul syllables make up at least a fifth of the letters, else `en`.
std::string detect_language(std::string_view text);

/// Runs the extraction pipeline over one normalized article (see TextNormalizer): one
/// automaton pass for names and cues, sentence splitting, entity discovery, document-level
/// resolution (group short forms, persons by surname and title, appositions), then the
/// relation rules sentence by sentence. Deterministic; holds only this article in memory.
Extraction extract_article(std::string_view text, std::string_view lang, const Lexicon& lexicon);

} // namespace corpkg::importers
