#include "importers/text_normalizer.hpp"

#include "core/utf8_encode.hpp"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include <cstdint>
#include <string_view>
#include <vector>

#include "importers/byte_runs.hpp"
#include "importers/utf8.hpp"

namespace corpkg::importers {
namespace {

/// Decodes the code point at `i` of valid UTF-8 and advances `i`.
char32_t decode(std::string_view s, std::size_t& i) {
    auto b = static_cast<unsigned char>(s[i]);
    if (b < 0x80) {
        ++i;
        return b;
    }
    int len = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2;
    char32_t cp = b & (len == 4 ? 0x07 : len == 3 ? 0x0F : 0x1F);
    for (int k = 1; k < len && i + k < s.size(); ++k) {
        cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
    }
    i += len;
    return cp;
}

bool is_space(char32_t cp) {
    return cp == ' ' || cp == '\t' || cp == '\r' || cp == 0xA0 || cp == 0x3000 ||
           (cp >= 0x2000 && cp <= 0x200A) || cp == 0x202F || cp == 0x205F || cp == 0x1680;
}

bool is_invisible(char32_t cp) {
    return cp == 0x200B || cp == 0x200C || cp == 0x200D || cp == 0x2060 || cp == 0xFEFF ||
           cp == 0xAD;
}

/// Maps the many quote marks of scraped text to ' and ".
char32_t unify(char32_t cp) {
    switch (cp) {
    case 0x2018: case 0x2019: case 0x201A: case 0x201B: case 0x2032: case 0xFF07:
        return '\'';
    case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0x2033: case 0x00AB: case 0x00BB:
    case 0x300C: case 0x300D: case 0x300E: case 0x300F: case 0xFF02:
        return '"';
    default:
        break;
    }
    if (cp >= 0xFF01 && cp <= 0xFF5E) {
        return cp - 0xFF01 + 0x21; // full-width ASCII
    }
    return cp;
}

bool contains(std::string_view hay, std::string_view needle) {
    return hay.find(needle) != std::string_view::npos;
}

std::size_t code_points(std::string_view s) { return count_code_points(s); }

bool is_email_char(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
           c == '.' || c == '_' || c == '-' || c == '+';
}

/// Removes e-mail addresses (ASCII local@domain.tld).
void drop_emails(std::string& s) {
    std::size_t at;
    std::size_t from = 0;
    while ((at = s.find('@', from)) != std::string::npos) {
        std::size_t b = at, e = at + 1;
        while (b > 0 && is_email_char(s[b - 1])) --b;
        while (e < s.size() && is_email_char(s[e])) ++e;
        std::string_view domain(s.data() + at + 1, e - at - 1);
        if (b < at && domain.find('.') != std::string_view::npos) {
            s.erase(b, e - b);
            from = b;
        } else {
            from = at + 1;
        }
    }
}

/// Drops leading and trailing spaces and squeezes runs of spaces to one, in place.
/// True when `s` has nothing for collapse() to do: no space at either end, no two in a
/// row (nearly every cleaned line). Sixteen byte pairs at a time.
bool collapsed(std::string_view s) {
    if (s.empty()) return true;
    if (s.front() == ' ' || s.back() == ' ') return false;
    std::size_t i = 0;
#if defined(__SSE2__)
    const __m128i space = _mm_set1_epi8(' ');
    for (; i + 17 <= s.size(); i += 16) {
        __m128i a = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s.data() + i));
        __m128i b = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s.data() + i + 1));
        __m128i both = _mm_and_si128(_mm_cmpeq_epi8(a, space), _mm_cmpeq_epi8(b, space));
        if (_mm_movemask_epi8(both) != 0) return false;
    }
#endif
    for (; i + 1 < s.size(); ++i) {
        if (s[i] == ' ' && s[i + 1] == ' ') return false;
    }
    return true;
}

void collapse(std::string& s) {
    if (collapsed(s)) return;
    std::size_t w = 0;
    bool space = false;
    for (char c : s) {
        if (c == ' ') {
            space = w > 0;
            continue;
        }
        if (space) s[w++] = ' ';
        space = false;
        s[w++] = c;
    }
    s.resize(w);
}

bool ends_sentence(std::string_view line) {
    while (!line.empty() && (line.back() == '"' || line.back() == '\'' || line.back() == ')')) {
        line.remove_suffix(1);
    }
    if (line.empty()) return false;
    char c = line.back();
    if (c == '.' || c == '!' || c == '?' || c == ':') return true;
    return line.size() >= 3 && (line.substr(line.size() - 3) == "\xE2\x80\xA6" || // …
                                line.substr(line.size() - 3) == "\xE3\x80\x82");   // 。
}

/// The end of the run from `i` of bytes that cleaning keeps as they are: ASCII other than
/// tabs and breaks, and the three-byte code points U+A000 to U+DFFF (Hangul syllables
/// among them), none of which is a space, an invisible mark or a quote to unify. Copying
/// such runs whole is most of every line.
std::size_t unchanged_run(std::string_view line, std::size_t i) {
    const auto* p = reinterpret_cast<const unsigned char*>(line.data());
    const std::size_t n = line.size();
    while (i < n) {
        unsigned char b = p[i];
        if (b >= 0x20 && b < 0x80) {
            i = bytes::printable_ascii_run(p, i, n);
        } else if (b < 0x80) {
            if (b == '\t' || b == '\r' || b == '\f' || b == '\v') break;
            ++i;
        } else if (b >= 0xEA && b <= 0xED && i + 3 <= n) {
            i += 3;
        } else {
            break;
        }
    }
    return i;
}

} // namespace

bool is_quick_nfc(std::string_view text) noexcept {
    const auto* p = reinterpret_cast<const unsigned char*>(text.data());
    std::size_t i = 0;
    while (i < text.size()) {
        auto b = p[i];
        if (b < 0x80) {
            i = bytes::ascii_run(p, i, text.size());
            continue;
        }
        // Lead bytes EB and EC hold U+B000 to U+CFFF, all Hangul syllables: the bulk of
        // Korean text, passed without decoding.
        if ((b == 0xEB || b == 0xEC) && i + 3 <= text.size()) {
            i += 3;
            continue;
        }
        char32_t cp = decode(text, i);
        // Blocks news text is made of, minus every code point NFC changes or that combines
        // with its neighbour (U+2000/2001 spaces, combining marks for symbols, the Ohm,
        // Kelvin and Angstrom signs, angle brackets U+2329/232A, U+2ADC, Hangul tone marks).
        bool safe = cp < 0x0300 || (cp >= 0xAC00 && cp <= 0xD7A3) ||
                    (cp >= 0x2002 && cp <= 0x20CF) || (cp >= 0x20F1 && cp <= 0x2125) ||
                    (cp >= 0x2127 && cp <= 0x2129) || (cp >= 0x212C && cp <= 0x2328) ||
                    (cp >= 0x232B && cp <= 0x2ADB) || (cp >= 0x2ADD && cp <= 0x2BFF) ||
                    (cp >= 0x3000 && cp <= 0x3029) || (cp >= 0x3030 && cp <= 0x303F) ||
                    (cp >= 0x3130 && cp <= 0x318F) || (cp >= 0x3200 && cp <= 0x32FF) ||
                    (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0xFF00 && cp <= 0xFFEF);
        if (!safe) return false;
    }
    return true;
}

std::string TextNormalizer::clean_line(std::string_view line) const {
    std::string s;
    clean_line_into(line, s);
    return s;
}

void TextNormalizer::clean_line_into(std::string_view line, std::string& s) const {
    s.clear();
    s.reserve(line.size());
    std::size_t i = 0;
    while (i < line.size()) {
        if (std::size_t run = unchanged_run(line, i); run > i) {
            s.append(line.data() + i, run - i);
            i = run;
            continue;
        }
        auto b = static_cast<unsigned char>(line[i]);
        if (b < 0x80) {
            s += b == '\t' || b == '\r' || b == '\f' || b == '\v' ? ' ' : static_cast<char>(b);
            ++i;
            continue;
        }
        std::size_t at = i;
        char32_t cp = decode(line, i);
        if (is_invisible(cp)) continue;
        if (is_space(cp)) {
            s += ' ';
            continue;
        }
        char32_t u = unify(cp);
        if (u == cp) s.append(line.data() + at, i - at); // valid UTF-8 re-encodes as it was
        else core::append_utf8(s, u);
    }
    drop_emails(s);
    // Bracketed bylines and credits: [헤럴드경제=기자 이름 기자], [연합], (서울=연합뉴스).
    for (std::size_t open = bytes::find_any<'[', '('>(s, 0); open != std::string::npos;
         open = bytes::find_any<'[', '('>(s, open)) {
        char close_char = s[open] == '[' ? ']' : ')';
        std::size_t close = s.find(close_char, open + 1);
        if (close == std::string::npos) break;
        std::string_view inner(s.data() + open + 1, close - open - 1);
        bool credit = contains(inner, "=");
        for (const auto& w : rules_.bracket_words) {
            credit = credit || contains(inner, w);
        }
        if (s[open] == '[' && code_points(inner) <= 12) credit = true;
        if (credit) {
            s.erase(open, close - open + 1);
        } else {
            open = open + 1;
        }
    }
    // Markdown and list markers at the start of a line.
    collapse(s);
    std::string_view v(s);
    for (bool again = true; again && !v.empty();) {
        again = false;
        for (std::string_view m : {"#", ">", "* ", "- ", "\xE2\x80\xA2", "\xC2\xB7 ", "\xE2\x96\xB6",
                                   "\xE2\x96\xB2", "\xE2\x96\xA0", "\xE2\x97\x86"}) {
            if (v.substr(0, m.size()) == m) {
                v.remove_prefix(m.size());
                while (!v.empty() && v.front() == ' ') v.remove_prefix(1);
                again = true;
            }
        }
    }
    s.erase(0, s.size() - v.size());
    bool emphasis = false;
    for (std::size_t p; (p = s.find("**")) != std::string::npos; emphasis = true) s.erase(p, 2);
    for (std::size_t p; (p = s.find("__")) != std::string::npos; emphasis = true) s.erase(p, 2);
    // Already collapsed unless emphasis marks came out (after a marker, spaces were skipped).
    if (emphasis) collapse(s);
}

bool TextNormalizer::is_furniture(std::string_view line) const {
    if (line.empty()) return true;
    // Furniture phrases count on lines of up to 40 code points (160 bytes at most).
    if (line.size() <= 160 && code_points(line) <= 40) {
        for (const auto& f : rules_.furniture_lines) {
            if (contains(line, f)) return true;
        }
    }
    // A line of one or two words without a sentence end is navigation (기후위기시계, 비즈 링크).
    // Counted up to 9, beyond every limit below.
    std::size_t words = 1;
    for (std::size_t sp = line.find(' '); sp != std::string_view::npos && words <= 8;
         sp = line.find(' ', sp + 1)) {
        ++words;
    }
    if (words <= 2 && !ends_sentence(line)) return true;
    // English bylines: "By Jane Doe", "By Jane Doe and John Roe, Reuters".
    if (line.substr(0, 3) == "By " && words <= 8 && !ends_sentence(line)) return true;
    return false;
}

std::string TextNormalizer::normalize(std::string_view text) const {
    std::string nfc;
    if (!is_quick_nfc(text)) {
        nfc = to_nfc(text);
        text = nfc;
    }
    std::string out;
    out.reserve(text.size());
    std::string line; // reused for every line
    std::size_t pos = 0;
    bool blank_before = true;
    bool first = true;
    bool previous_open = false; // the previous kept line is long and has no sentence end
    while (pos <= text.size()) {
        std::size_t nl = text.find('\n', pos);
        if (nl == std::string_view::npos) nl = text.size();
        clean_line_into(text.substr(pos, nl - pos), line);
        pos = nl + 1;
        if (line.empty()) {
            blank_before = true;
            continue;
        }
        if (is_furniture(line)) continue;
        if (!first) {
            // A long line without a sentence end continues in the next line of the same
            // paragraph (hard-wrapped text); short ones are headlines.
            out += !blank_before && previous_open ? ' ' : '\n';
        }
        out += line;
        previous_open = !ends_sentence(line) && code_points(line) >= 50;
        first = false;
        blank_before = false;
        if (nl == text.size()) break;
    }
    return out;
}

} // namespace corpkg::importers
