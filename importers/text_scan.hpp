#pragma once
// Small byte-level helpers shared by the extraction stages: code points around a position,
// Hangul tests and word boundaries in UTF-8 text that is already valid.

#include <cstddef>
#include <string_view>

namespace corpkg::importers::text {

/// The code point starting at byte `i` (valid UTF-8), and its length through `len`.
inline char32_t at(std::string_view s, std::size_t i, std::size_t* len = nullptr) {
    auto b = static_cast<unsigned char>(s[i]);
    std::size_t n = b < 0x80 ? 1 : b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2;
    if (n > s.size() - i) n = s.size() - i;
    char32_t cp = n == 1 ? b : b & (n == 4 ? 0x07 : n == 3 ? 0x0F : 0x1F);
    for (std::size_t k = 1; k < n; ++k) {
        cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
    }
    if (len) *len = n;
    return cp;
}

/// The code point ending just before byte `i`; 0 at the start of the text.
inline char32_t before(std::string_view s, std::size_t i) {
    if (i == 0) return 0;
    std::size_t j = i - 1;
    while (j > 0 && (static_cast<unsigned char>(s[j]) & 0xC0) == 0x80) --j;
    return at(s, j);
}

/// Byte offset of the code point that ends at `i`.
inline std::size_t previous(std::string_view s, std::size_t i) {
    if (i == 0) return 0;
    std::size_t j = i - 1;
    while (j > 0 && (static_cast<unsigned char>(s[j]) & 0xC0) == 0x80) --j;
    return j;
}

inline bool is_hangul(char32_t cp) { return cp >= 0xAC00 && cp <= 0xD7A3; }
inline bool is_ascii_alnum(char32_t cp) {
    return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9');
}
inline bool is_ascii_upper(char32_t cp) { return cp >= 'A' && cp <= 'Z'; }
/// Letters and digits that continue a word or an eojeol.
inline bool is_word(char32_t cp) {
    return is_ascii_alnum(cp) || is_hangul(cp) || (cp >= 0x4E00 && cp <= 0x9FFF) ||
           (cp >= 0xC0 && cp <= 0x24F && cp != 0xD7 && cp != 0xF7);
}
/// The final consonant index of a Hangul syllable (0 when none, 4 for ㄴ).
inline int jongseong(char32_t cp) { return is_hangul(cp) ? static_cast<int>((cp - 0xAC00) % 28) : -1; }

inline bool starts_with(std::string_view s, std::string_view p) {
    if (s.size() < p.size()) return false;
    // The first two bytes inline: rules try many words at one place, and a Hangul word's
    // first byte is one of four, so the library compare would run for most of them.
    if (p.size() >= 2 && (s[0] != p[0] || s[1] != p[1])) return false;
    return s.compare(0, p.size(), p) == 0;
}
inline bool ends_with(std::string_view s, std::string_view p) {
    return s.size() >= p.size() && s.compare(s.size() - p.size(), p.size(), p) == 0;
}

} // namespace corpkg::importers::text

namespace corpkg::importers::text {

/// Number of Hangul syllables and ASCII letters/digits in `s`.
inline std::size_t count_hangul_or_alnum(std::string_view s) {
    std::size_t n = 0, len = 0;
    for (std::size_t i = 0; i < s.size(); i += len) {
        char32_t cp = at(s, i, &len);
        n += is_hangul(cp) || is_ascii_alnum(cp);
    }
    return n;
}

} // namespace corpkg::importers::text
