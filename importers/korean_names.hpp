#pragma once

#include <string>
#include <string_view>

namespace corpkg::importers {

/// The romanized form of a three-syllable Korean personal name (한지우 → Han Ji-woo), in
/// the spelling Korean people most often use for themselves in English (Kim, Lee, Park;
/// -woo, -sung, -hyun), which is what English-language news and analysts write. Empty when
/// `hangul` is not three Hangul syllables opening with a common family name.
std::string romanize_korean_name(std::string_view hangul);

} // namespace corpkg::importers
