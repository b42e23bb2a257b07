#include <catch2/catch.hpp>
#include <algorithm>
#include <tuple>

#include "importers/aho_corasick.hpp"
#include "importers/lexicon.hpp"
#include "importers/mention_finder.hpp"

using namespace corpkg;

namespace {
const importers::Lexicon& lexicon() {
    static const auto lex = importers::Lexicon::load_default();
    return lex;
}

std::vector<std::string> names(std::string_view text) {
    std::vector<std::string> out;
    for (const auto& m : lexicon().finder().scan(text).mentions) {
        out.push_back(m.entity ? m.entity->name : "#" + std::string(text.substr(m.start, m.end - m.start)));
    }
    return out;
}
} // namespace

TEST_CASE("the automaton reports overlapping patterns, ignoring ASCII case",
          "[importers][mentions]") {
    importers::AhoCorasick ac;
    ac.add("he", 1);
    ac.add("she", 2);
    ac.add("hers", 3);
    ac.build();
    std::vector<importers::AhoCorasick::Match> out;
    ac.scan("uSHErs", out);
    REQUIRE(out.size() == 3);
    CHECK(out[0].id == 2);
    CHECK(out[1].id == 1);
    CHECK(out[2].id == 3);
    out.clear();
    ac.scan("", out);
    CHECK(out.empty());
}

TEST_CASE("the automaton finds what a naive search finds, shallow and deep states alike",
          "[importers][mentions]") {
    // Patterns sharing prefixes and suffixes, short (dense rows) and long (sparse states),
    // ASCII and Hangul, so failure links cross between the two kinds of state.
    const std::vector<std::string> patterns{
        "a", "ab", "abcab", "bcabc", "cab", "abcabcabd", "Samsung", "sung", "samsung electronics",
        "\xEC\x82\xBC\xEC\x84\xB1",                         // 삼성
        "\xEC\x82\xBC\xEC\x84\xB1\xEC\xA0\x84\xEC\x9E\x90", // 삼성전자
        "\xEC\x84\xB1\xEC\xA0\x84"};                        // 성전
    importers::AhoCorasick ac;
    for (std::uint32_t i = 0; i < patterns.size(); ++i) ac.add(patterns[i], i);
    ac.build();
    auto lower = [](std::string s) {
        for (char& c : s) c = c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c;
        return s;
    };
    const std::string text = "xabcabcabcabdabcab SAMSUNG Electronics' samsung electronicsung "
                             "\xEC\x82\xBC\xEC\x84\xB1\xEC\xA0\x84\xEC\x9E\x90\xEC\x82\xBC"
                             "\xEC\x84\xB1\xEC\x84\xB1\xEC\xA0\x84 bcabcab";
    std::vector<importers::AhoCorasick::Match> got;
    ac.scan(text, got);
    std::vector<std::tuple<std::uint32_t, std::uint32_t, std::uint32_t>> expected, found;
    const std::string folded = lower(text);
    for (std::uint32_t i = 0; i < patterns.size(); ++i) {
        const std::string p = lower(patterns[i]);
        for (auto at = folded.find(p); at != std::string::npos; at = folded.find(p, at + 1)) {
            expected.emplace_back(static_cast<std::uint32_t>(at + p.size()),
                                  static_cast<std::uint32_t>(at), i);
        }
    }
    for (std::size_t k = 0; k < got.size(); ++k) {
        if (k > 0) CHECK(got[k - 1].end <= got[k].end); // ordered by end
        found.emplace_back(got[k].end, got[k].start, got[k].id);
    }
    std::sort(expected.begin(), expected.end());
    std::sort(found.begin(), found.end());
    CHECK(found == expected);
    CHECK(expected.size() > 20);
}

TEST_CASE("Korean aliases match at an eojeol start followed by particles or quotes",
          "[importers][mentions]") {
    CHECK(names("메타의 계획") == std::vector<std::string>{"Meta Platforms"});
    CHECK(names("삼성전자와 LG전자는") ==
          std::vector<std::string>{"Samsung Electronics", "LG Electronics"});
    CHECK(names("'퀘스트3'를 출시") == std::vector<std::string>{"Meta Quest 3"});
    // Not at an eojeol start, or followed by more than particles.
    CHECK(names("LG트윈타워를 찾아").empty());
    CHECK(names("반메타적 시각").empty());
}

TEST_CASE("English aliases match on word boundaries with possessives and need capitals",
          "[importers][mentions]") {
    CHECK(names("Nvidia's chips") == std::vector<std::string>{"Nvidia"});
    CHECK(names("an apple a day").empty());
    CHECK(names("Nvidiaesque").empty());
    auto scan = lexicon().finder().scan("Nvidia's chips");
    REQUIRE(scan.mentions.size() == 1);
    CHECK(scan.mentions[0].particle == "'s");
}

TEST_CASE("group short forms are found as groups", "[importers][mentions]") {
    auto scan = lexicon().finder().scan("삼성과 LG는");
    REQUIRE(scan.mentions.size() == 2);
    CHECK(scan.mentions[0].kind == importers::MentionKind::Group);
    CHECK(scan.mentions[1].kind == importers::MentionKind::Group);
}
