#include "exporters/xml_text.hpp"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace corpkg::exporters {

namespace {

/// Printable ASCII that XML takes as it is: the common case, copied in runs.
struct PlainTable {
    bool plain[256] = {};
    constexpr PlainTable() {
        for (int c = 0x20; c < 0x7F; ++c) {
            plain[c] = c != '&' && c != '<' && c != '>' && c != '"' && c != '\'';
        }
    }
};
constexpr PlainTable kPlain;

/// Skips 16 bytes at a time while all of them are plain (most of every text).
std::size_t plain_run(const unsigned char* p, std::size_t i, std::size_t n) {
#if defined(__SSE2__)
    const __m128i low = _mm_set1_epi8(0x20);
    const __m128i del = _mm_set1_epi8(0x7F);
    const __m128i amp = _mm_set1_epi8('&');
    const __m128i lt = _mm_set1_epi8('<');
    const __m128i gt = _mm_set1_epi8('>');
    const __m128i quot = _mm_set1_epi8('"');
    const __m128i apos = _mm_set1_epi8('\'');
    while (i + 16 <= n) {
        __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + i));
        // Signed compare: bytes from 0x80 up are negative, so this also stops at UTF-8.
        __m128i bad = _mm_or_si128(_mm_cmplt_epi8(v, low), _mm_cmpeq_epi8(v, del));
        bad = _mm_or_si128(bad, _mm_or_si128(_mm_cmpeq_epi8(v, amp), _mm_cmpeq_epi8(v, lt)));
        bad = _mm_or_si128(bad, _mm_or_si128(_mm_cmpeq_epi8(v, gt), _mm_cmpeq_epi8(v, quot)));
        bad = _mm_or_si128(bad, _mm_cmpeq_epi8(v, apos));
        if (_mm_movemask_epi8(bad) != 0) {
            break;
        }
        i += 16;
    }
#endif
    return i;
}

template <class Out>
void escape(Out& out, std::string_view text) {
    const auto* p = reinterpret_cast<const unsigned char*>(text.data());
    const std::size_t n = text.size();
    std::size_t kept = 0; // text[kept, i) is copied as it is, in one piece
    auto keep_until = [&](std::size_t i) {
        if (i > kept) {
            out.append(text.data() + kept, i - kept);
        }
    };
    for (std::size_t i = 0; i < n;) {
        auto c = p[i];
        if (kPlain.plain[c]) {
            i = plain_run(p, i + 1, n);
            while (i < n && kPlain.plain[p[i]]) {
                ++i;
            }
            continue;
        }
        if (c < 0x80) {
            const char* entity = nullptr;
            std::size_t size = 0;
            switch (c) {
            case '&': entity = "&amp;", size = 5; break;
            case '<': entity = "&lt;", size = 4; break;
            case '>': entity = "&gt;", size = 4; break;
            case '"': entity = "&quot;", size = 6; break;
            case '\'': entity = "&apos;", size = 6; break;
            case '\t': entity = "&#9;", size = 4; break;
            case '\n': entity = "&#10;", size = 5; break;
            case '\r': entity = "&#13;", size = 5; break;
            default: break; // other controls and DEL: not XML characters, dropped
            }
            keep_until(i);
            if (entity != nullptr) {
                out.append(entity, size);
            }
            kept = ++i;
            continue;
        }
        std::size_t len = (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 0;
        bool valid = len > 0 && i + len <= n;
        for (std::size_t k = 1; valid && k < len; ++k) {
            valid = (p[i + k] & 0xC0) == 0x80;
        }
        // A stray byte, U+FFFE or U+FFFF (EF BF BE / EF BF BF) is not an XML character.
        bool drop = !valid || (len == 3 && c == 0xEF && p[i + 1] == 0xBF && p[i + 2] >= 0xBE);
        if (drop) {
            keep_until(i);
            i += valid ? len : 1;
            kept = i;
        } else {
            i += len;
        }
    }
    keep_until(n);
}

} // namespace

bool is_xml_plain(std::string_view text) noexcept {
    const auto* p = reinterpret_cast<const unsigned char*>(text.data());
    std::size_t i = plain_run(p, 0, text.size());
    while (i < text.size() && kPlain.plain[p[i]]) {
        ++i;
    }
    return i == text.size();
}

void append_xml_escaped(std::string& out, std::string_view text) { escape(out, text); }

void append_xml_escaped(OutBuffer& out, std::string_view text) { escape(out, text); }

std::string xml_escape(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    append_xml_escaped(out, text);
    return out;
}

} // namespace corpkg::exporters
