#pragma once

// Byte-class scans sixteen bytes at a time (SSE2 where the target has it): the passes over
// a whole article spend most of their bytes in long runs that need no decision, and these
// find where such a run ends.

#include <cstddef>
#include <string_view>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace corpkg::importers::bytes {

/// The end of the run from `i` of ASCII bytes (below 0x80), NUL excluded when `stop_at_nul`.
inline std::size_t ascii_run(const unsigned char* p, std::size_t i, std::size_t n,
                             bool stop_at_nul = false) {
#if defined(__SSE2__)
    const __m128i zero = _mm_setzero_si128();
    for (; i + 16 <= n; i += 16) {
        __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + i));
        int stop = _mm_movemask_epi8(v); // high bit set: not ASCII
        if (stop_at_nul) stop |= _mm_movemask_epi8(_mm_cmpeq_epi8(v, zero));
        if (stop != 0) {
            return i + static_cast<std::size_t>(__builtin_ctz(static_cast<unsigned>(stop)));
        }
    }
#endif
    while (i < n && p[i] < 0x80 && (p[i] != 0 || !stop_at_nul)) ++i;
    return i;
}

/// The end of the run from `i` of printable ASCII (0x20 to 0x7F): no control character,
/// nothing beyond ASCII.
inline std::size_t printable_ascii_run(const unsigned char* p, std::size_t i, std::size_t n) {
#if defined(__SSE2__)
    const __m128i space = _mm_set1_epi8(0x20);
    for (; i + 16 <= n; i += 16) {
        __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + i));
        // Signed compare: bytes from 0x80 up are negative, so below 0x20 as well.
        int stop = _mm_movemask_epi8(_mm_cmplt_epi8(v, space));
        if (stop != 0) {
            return i + static_cast<std::size_t>(__builtin_ctz(static_cast<unsigned>(stop)));
        }
    }
#endif
    while (i < n && p[i] >= 0x20 && p[i] < 0x80) ++i;
    return i;
}

/// The first byte from `from` that is one of `Bytes`, or npos.
template <char... Bytes>
inline std::size_t find_any(std::string_view s, std::size_t from) {
    const std::size_t n = s.size();
    std::size_t i = from;
#if defined(__SSE2__)
    const auto* p = reinterpret_cast<const unsigned char*>(s.data());
    for (; i + 16 <= n; i += 16) {
        __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + i));
        __m128i hits = _mm_setzero_si128();
        ((hits = _mm_or_si128(hits, _mm_cmpeq_epi8(v, _mm_set1_epi8(Bytes)))), ...);
        if (int hit = _mm_movemask_epi8(hits); hit != 0) {
            return i + static_cast<std::size_t>(__builtin_ctz(static_cast<unsigned>(hit)));
        }
    }
#endif
    for (; i < n; ++i) {
        if (((s[i] == Bytes) || ...)) return i;
    }
    return std::string_view::npos;
}

/// The first place from `from` where `needle` starts, or npos: what std::string_view::find
/// returns, found by its first and last bytes sixteen places at a time. The library's find
/// stops at every occurrence of the first byte, and the short needles of whole-article
/// scans (" '", ", ", "he ") start with bytes that are everywhere.
inline std::size_t find(std::string_view s, std::string_view needle, std::size_t from = 0) {
    const std::size_t n = needle.size();
    if (n < 2) return s.find(needle, from);
    if (from >= s.size() || s.size() - from < n) return std::string_view::npos;
    const std::size_t last = s.size() - n; // the last place it could start
    auto matches_at = [&](std::size_t i) { // the bytes between the first and the last
        for (std::size_t k = 1; k + 1 < n; ++k) {
            if (s[i + k] != needle[k]) return false;
        }
        return true;
    };
    std::size_t i = from;
#if defined(__SSE2__)
    const auto* p = reinterpret_cast<const unsigned char*>(s.data());
    const __m128i first = _mm_set1_epi8(needle[0]);
    const __m128i final = _mm_set1_epi8(needle[n - 1]);
    for (; i + 16 <= last + 1; i += 16) { // the second load ends at s[last + n + 15], in s
        __m128i a = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + i));
        __m128i b = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + i + n - 1));
        auto hits = static_cast<unsigned>(
            _mm_movemask_epi8(_mm_and_si128(_mm_cmpeq_epi8(a, first), _mm_cmpeq_epi8(b, final))));
        for (; hits != 0; hits &= hits - 1) {
            std::size_t at = i + static_cast<std::size_t>(__builtin_ctz(hits));
            if (matches_at(at)) return at;
        }
    }
#endif
    for (; i <= last; ++i) {
        if (s[i] == needle[0] && s[i + n - 1] == needle[n - 1] && matches_at(i)) return i;
    }
    return std::string_view::npos;
}

} // namespace corpkg::importers::bytes
