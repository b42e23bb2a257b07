#include <catch2/catch.hpp>

#include <random>
#include <string>
#include <utf8proc.h>

#include "importers/byte_runs.hpp"
#include "importers/utf8.hpp"

using namespace corpkg;

namespace {

/// What the fast paths must agree with: utf8proc decoding one sequence at a time.
std::optional<std::size_t> reference_invalid(std::string_view text, bool reject_nul) {
    const auto* bytes = reinterpret_cast<const utf8proc_uint8_t*>(text.data());
    std::size_t i = 0;
    while (i < text.size()) {
        if (bytes[i] == 0) {
            if (reject_nul) return i;
            ++i;
            continue;
        }
        utf8proc_int32_t cp = 0;
        auto n = utf8proc_iterate(bytes + i, static_cast<utf8proc_ssize_t>(text.size() - i), &cp);
        if (n <= 0) return i;
        i += static_cast<std::size_t>(n);
    }
    return std::nullopt;
}

std::size_t reference_code_points(std::string_view text) {
    std::size_t n = 0;
    for (char c : text) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    return n;
}

/// Text built from pieces: long ASCII runs, Hangul, other scripts, and now and then a
/// NUL or a broken sequence, at every alignment.
std::string random_text(std::mt19937& rng, bool break_it) {
    static const char* const pieces[] = {"Samsung Electronics supplies ", "삼성전자는 ", "é", "中",
                                         "😀", " ", "LG", ".", "\t", "메타의 "};
    std::string s;
    auto count = rng() % 40;
    for (unsigned i = 0; i < count; ++i) s += pieces[rng() % std::size(pieces)];
    if (break_it && !s.empty()) {
        static const std::string bad[] = {std::string(1, '\0'), "\xC3", "\xED\xA0\x80", "\xFF",
                                          "\xE0\x80\xAF", "\x80"};
        s.insert(rng() % s.size(), bad[rng() % std::size(bad)]);
    }
    return s;
}

} // namespace

TEST_CASE("the UTF-8 check finds the first bad byte wherever it falls", "[importers][utf8]") {
    std::mt19937 rng(5);
    for (int round = 0; round < 3000; ++round) {
        std::string s = random_text(rng, round % 2 == 1);
        INFO("round " << round << ", " << s.size() << " bytes");
        CHECK(importers::find_invalid_utf8(s, true) == reference_invalid(s, true));
        CHECK(importers::find_invalid_utf8(s, false) == reference_invalid(s, false));
    }
    // A NUL after a long ASCII run, at the last byte, and in the first block.
    std::string ascii(100, 'a');
    CHECK_FALSE(importers::find_invalid_utf8(ascii).has_value());
    ascii[99] = '\0';
    CHECK(importers::find_invalid_utf8(ascii) == std::optional<std::size_t>(99));
    CHECK_FALSE(importers::find_invalid_utf8(ascii, false).has_value());
    ascii[3] = '\xC0';
    CHECK(importers::find_invalid_utf8(ascii, false) == std::optional<std::size_t>(3));
}

TEST_CASE("code points are counted alike at every length and alignment", "[importers][utf8]") {
    std::mt19937 rng(9);
    for (int round = 0; round < 2000; ++round) {
        std::string s = random_text(rng, false);
        for (std::size_t from : {std::size_t{0}, std::size_t{1}, std::size_t{7}}) {
            if (from > s.size()) continue;
            std::string_view v = std::string_view(s).substr(from);
            CHECK(importers::count_code_points(v) == reference_code_points(v));
        }
    }
    CHECK(importers::count_code_points("삼성전자 Samsung 😀") == 14);
    // Longer than the vector loop's 255-block rounds, so its partial sums are added up.
    std::string hangul;
    for (int i = 0; i < 20000; ++i) hangul += i % 3 == 0 ? "전자 " : "삼성";
    CHECK(importers::count_code_points(hangul) == reference_code_points(hangul));
}

TEST_CASE("block scans stop where a byte-by-byte scan stops", "[importers][utf8]") {
    namespace bytes = importers::bytes;
    std::mt19937 rng(13);
    for (int round = 0; round < 2000; ++round) {
        std::string s = random_text(rng, round % 2 == 1);
        if (round % 5 == 0) s += "(note) [tag]";
        const auto* p = reinterpret_cast<const unsigned char*>(s.data());
        for (std::size_t from : {std::size_t{0}, std::size_t{1}, std::size_t{17}}) {
            if (from > s.size()) continue;
            INFO("round " << round << ", from " << from);
            std::size_t ascii = from, printable = from;
            while (ascii < s.size() && p[ascii] < 0x80) ++ascii;
            while (printable < s.size() && p[printable] >= 0x20 && p[printable] < 0x80) ++printable;
            CHECK(bytes::ascii_run(p, from, s.size()) == ascii);
            CHECK(bytes::printable_ascii_run(p, from, s.size()) == printable);
            std::size_t nul_or_other = from;
            while (nul_or_other < s.size() && p[nul_or_other] < 0x80 && p[nul_or_other] != 0) ++nul_or_other;
            CHECK(bytes::ascii_run(p, from, s.size(), true) == nul_or_other);
            CHECK(bytes::find_any<'[', '('>(s, from) == s.find_first_of("[(", from));
            CHECK(bytes::find_any<'.', '\xE3'>(s, from) == s.find_first_of(".\xE3", from));
            for (std::string_view needle : {"Samsung", "\xEB\x8A\x94 ", " '", "LG", ". ", "x", ""}) {
                CHECK(bytes::find(s, needle, from) == std::string_view(s).find(needle, from));
            }
        }
    }
    CHECK(bytes::find_any<'x'>("", 0) == std::string_view::npos);
}
