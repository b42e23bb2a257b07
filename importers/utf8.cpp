#include "importers/utf8.hpp"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include <cstdlib>
#include <utf8proc.h>

#include "importers/byte_runs.hpp"

namespace corpkg::importers {

std::optional<std::size_t> find_invalid_utf8(std::string_view text, bool reject_nul) {
    const auto* bytes = reinterpret_cast<const utf8proc_uint8_t*>(text.data());
    std::size_t i = 0;
    while (i < text.size()) {
        i = bytes::ascii_run(bytes, i, text.size(), reject_nul);
        if (i == text.size()) {
            break;
        }
        if (bytes[i] < 0x80) {
            if (bytes[i] == 0 && reject_nul) {
                return i;
            }
            ++i;
            continue;
        }
        // The common well-formed sequences are checked inline (Hangul is E1..EC); utf8proc
        // decides the rest (E0 and F0 overlongs, ED surrogates, F4 limits).
        auto continuation = [&](std::size_t k) {
            return i + k < text.size() && (bytes[i + k] & 0xC0) == 0x80;
        };
        if (bytes[i] >= 0xC2 && bytes[i] <= 0xDF && continuation(1)) {
            i += 2;
            continue;
        }
        if (bytes[i] >= 0xE1 && bytes[i] <= 0xEC && continuation(1) && continuation(2)) {
            i += 3;
            continue;
        }
        utf8proc_int32_t cp = 0;
        auto n = utf8proc_iterate(bytes + i, static_cast<utf8proc_ssize_t>(text.size() - i), &cp);
        if (n <= 0) {
            return i;
        }
        i += static_cast<std::size_t>(n);
    }
    return std::nullopt;
}

std::string to_nfc(std::string_view text) {
    // Fast path: ASCII is always NFC.
    bool ascii = true;
    for (char c : text) {
        if (static_cast<unsigned char>(c) >= 0x80) {
            ascii = false;
            break;
        }
    }
    if (ascii) {
        return std::string(text);
    }
    utf8proc_uint8_t* out = nullptr;
    auto n = utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(text.data()),
                          static_cast<utf8proc_ssize_t>(text.size()), &out,
                          static_cast<utf8proc_option_t>(UTF8PROC_STABLE | UTF8PROC_COMPOSE));
    if (n < 0) {
        return std::string(text);
    }
    std::string result(reinterpret_cast<char*>(out), static_cast<std::size_t>(n));
    std::free(out);
    return result;
}

std::size_t count_code_points(std::string_view text) noexcept {
    // Every byte but a continuation byte (10xxxxxx) starts a code point.
    std::size_t continuations = 0;
    std::size_t i = 0;
    const auto* bytes = reinterpret_cast<const unsigned char*>(text.data());
#if defined(__SSE2__)
    // Continuation bytes are 0x80..0xBF: as signed bytes, those below 0xC0 (-64). The
    // compare gives -1 per such byte; subtracting adds them up per lane, and the lanes
    // are summed (psadbw) before any could pass 255.
    const __m128i first_lead = _mm_set1_epi8(static_cast<char>(0xC0));
    while (i + 16 <= text.size()) {
        __m128i lanes = _mm_setzero_si128();
        for (int k = 0; k < 255 && i + 16 <= text.size(); ++k, i += 16) {
            __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(bytes + i));
            lanes = _mm_sub_epi8(lanes, _mm_cmpgt_epi8(first_lead, v));
        }
        __m128i sums = _mm_sad_epu8(lanes, _mm_setzero_si128());
        continuations += static_cast<std::size_t>(_mm_cvtsi128_si32(sums)) +
                         static_cast<std::size_t>(_mm_cvtsi128_si32(_mm_srli_si128(sums, 8)));
    }
#endif
    for (; i < text.size(); ++i) {
        continuations += (bytes[i] & 0xC0) == 0x80;
    }
    return text.size() - continuations;
}

} // namespace corpkg::importers
