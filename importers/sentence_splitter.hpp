#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

namespace corpkg::importers {

/// One sentence of a normalized text: bytes [start, end).
struct Sentence {
    std::size_t start = 0;
    std::size_t end = 0;
    bool headline = false; ///< a line without a sentence end (headline, sub-headline)
};

/// Splits normalized text (see TextNormalizer) into sentences, Korean and English alike:
/// every line ends a sentence; inside a line a sentence ends at . ! ? 。 (after any closing
/// quotes and brackets) followed by white space, except after abbreviations (Inc. Corp. Co.
/// Mr. U.S., single initials) and inside numbers. Empty input gives no sentences. O(n).
std::vector<Sentence> split_sentences(std::string_view text);

} // namespace corpkg::importers
