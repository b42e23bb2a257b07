#include "core/json_text.hpp"

#include "core/utf8_encode.hpp"

#include <cstdio>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace corpkg::core {

namespace {

/// The end of the run from `i` of bytes JSON takes as they are (not a control character,
/// quote or backslash), 16 at a time while all 16 are.
std::size_t unescaped_run(const unsigned char* p, std::size_t i, std::size_t n) {
#if defined(__SSE2__)
    const __m128i space = _mm_set1_epi8(0x20);
    const __m128i minus_one = _mm_set1_epi8(-1);
    const __m128i quote = _mm_set1_epi8('"');
    const __m128i backslash = _mm_set1_epi8('\\');
    while (i + 16 <= n) {
        __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + i));
        // Signed compares: bytes from 0x80 up are negative, and UTF-8 passes unescaped.
        __m128i control = _mm_and_si128(_mm_cmplt_epi8(v, space), _mm_cmpgt_epi8(v, minus_one));
        __m128i bad = _mm_or_si128(control, _mm_or_si128(_mm_cmpeq_epi8(v, quote),
                                                         _mm_cmpeq_epi8(v, backslash)));
        if (_mm_movemask_epi8(bad) != 0) break;
        i += 16;
    }
#endif
    while (i < n && p[i] >= 0x20 && p[i] != '"' && p[i] != '\\') ++i;
    return i;
}

} // namespace

void append_json_quoted(std::string& out, std::string_view s) {
    const auto* p = reinterpret_cast<const unsigned char*>(s.data());
    const std::size_t n = s.size();
    out += '"';
    std::size_t i = 0;
    while (i < n) {
        std::size_t run = unescaped_run(p, i, n);
        out.append(s.data() + i, run - i);
        if (run == n) break;
        unsigned char c = p[run];
        switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        case '\b': out += "\\b"; break;
        case '\f': out += "\\f"; break;
        default: {
            static constexpr char kHex[] = "0123456789abcdef";
            out += "\\u00";
            out += kHex[c >> 4];
            out += kHex[c & 0xF];
        }
        }
        i = run + 1;
    }
    out += '"';
}

std::string json_quote(std::string_view s) {
    std::string out;
    out.reserve(s.size() + 2);
    append_json_quoted(out, s);
    return out;
}

std::string json_string_list(const std::vector<std::string>& items) {
    std::string out = "[";
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (i > 0) {
            out += ',';
        }
        out += json_quote(items[i]);
    }
    out += ']';
    return out;
}

namespace {

unsigned parse_hex4(std::string_view s, std::size_t i) {
    unsigned v = 0;
    for (std::size_t k = i; k < i + 4 && k < s.size(); ++k) {
        char c = s[k];
        v = v * 16 + (c >= '0' && c <= '9'   ? c - '0'
                      : c >= 'a' && c <= 'f' ? c - 'a' + 10
                      : c >= 'A' && c <= 'F' ? c - 'A' + 10
                                             : 0);
    }
    return v;
}

} // namespace

std::vector<std::string> parse_json_string_list(std::string_view text) {
    std::vector<std::string> out;
    std::size_t i = text.find('[');
    if (i == std::string_view::npos) {
        return out;
    }
    while (true) {
        i = text.find_first_of("\"]", i + 1);
        if (i == std::string_view::npos || text[i] == ']') {
            return out;
        }
        std::string item;
        for (++i; i < text.size() && text[i] != '"'; ++i) {
            if (text[i] != '\\' || i + 1 >= text.size()) {
                item += text[i];
                continue;
            }
            char e = text[++i];
            switch (e) {
            case 'n': item += '\n'; break;
            case 'r': item += '\r'; break;
            case 't': item += '\t'; break;
            case 'b': item += '\b'; break;
            case 'f': item += '\f'; break;
            case 'u': {
                unsigned cp = parse_hex4(text, i + 1);
                i += 4;
                if (cp >= 0xD800 && cp < 0xDC00 && i + 6 < text.size() && text[i + 1] == '\\' &&
                    text[i + 2] == 'u') {
                    unsigned lo = parse_hex4(text, i + 3);
                    cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
                    i += 6;
                }
                append_utf8(item, cp);
                break;
            }
            default: item += e;
            }
        }
        if (i >= text.size()) {
            return out;
        }
        out.push_back(std::move(item));
    }
}

} // namespace corpkg::core
