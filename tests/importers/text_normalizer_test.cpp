#include <catch2/catch.hpp>

#include "importers/lexicon.hpp"
#include "importers/sentence_splitter.hpp"
#include "importers/text_normalizer.hpp"

using namespace corpkg;

namespace {
const importers::Lexicon& lexicon() {
    static const auto lex = importers::Lexicon::load_default();
    return lex;
}
} // namespace

TEST_CASE("normalizing empty text gives empty text", "[importers][normalizer]") {
    importers::TextNormalizer n(lexicon().rules());
    CHECK(n.normalize("").empty());
    CHECK(n.normalize("\n\n   \n").empty());
}

TEST_CASE("NFD Hangul and full-width letters normalize to the NFC ASCII form",
          "[importers][normalizer]") {
    importers::TextNormalizer n(lexicon().rules());
    // 삼성 in decomposed jamo (NFD) and ＬＧ in full-width letters.
    std::string nfd = "\xE1\x84\x89\xE1\x85\xA1\xE1\x86\xB7\xE1\x84\x89\xE1\x85\xA5\xE1\x86\xBC"
                      "전자와 ＬＧ전자가 협력한다.";
    std::string out = n.normalize(nfd);
    CHECK(out == "삼성전자와 LG전자가 협력한다.");
    CHECK_FALSE(importers::is_quick_nfc(nfd));
    CHECK(importers::is_quick_nfc(out));
}

TEST_CASE("signs with canonical equivalents normalize; symbols NFC keeps take the quick path",
          "[importers][normalizer]") {
    importers::TextNormalizer n(lexicon().rules());
    // U+212B ANGSTROM SIGN is canonically U+00C5, U+2126 OHM SIGN is U+03A9.
    std::string signs = "10 \xE2\x84\xAB and 5 \xE2\x84\xA6 parts.";
    CHECK_FALSE(importers::is_quick_nfc(signs));
    CHECK(n.normalize(signs) == "10 \xC3\x85 and 5 \xCE\xA9 parts.");
    // A combining enclosing circle (U+20DD) may compose or reorder: never the quick path.
    CHECK_FALSE(importers::is_quick_nfc("A\xE2\x83\x9D"));
    // ㈜, ™, ▶ and Hangul are left as they are by NFC.
    CHECK(importers::is_quick_nfc("\xE3\x88\x9C코리아 Widget\xE2\x84\xA2 \xE2\x96\xB6 안내"));
}

TEST_CASE("quotes are unified and white space collapsed", "[importers][normalizer]") {
    importers::TextNormalizer n(lexicon().rules());
    CHECK(n.normalize("메타는\t‘퀘스트3’를   “출시”했다.\xC2\xA0끝.") == "메타는 '퀘스트3'를 \"출시\"했다. 끝.");
}

TEST_CASE("bylines, photo credits, e-mail addresses and navigation lines are dropped",
          "[importers][normalizer]") {
    importers::TextNormalizer n(lexicon().rules());
    std::string raw = "실시간 뉴스\n"
                      "[가상일보=홍길동 기자] 한빛전자가 새 공장을 지었다. [연합]\n"
                      "reporter@example.co.kr\n"
                      "많이 본 정보\n"
                      "By Jane Roe\n"
                      "Acme said it would expand.\n";
    std::string out = n.normalize(raw);
    CHECK(out == "한빛전자가 새 공장을 지었다.\nAcme said it would expand.");
}

TEST_CASE("hard-wrapped lines of a paragraph are joined, headlines kept apart",
          "[importers][normalizer]") {
    importers::TextNormalizer n(lexicon().rules());
    std::string raw = "Acme to buy Widget Works\n"
                      "Acme Corporation said on Monday that it had agreed to buy the\n"
                      "privately held Widget Works for an undisclosed sum.\n";
    CHECK(n.normalize(raw) ==
          "Acme to buy Widget Works\nAcme Corporation said on Monday that it had agreed to buy "
          "the privately held Widget Works for an undisclosed sum.");
}

TEST_CASE("sentences split at Korean and English ends but not after abbreviations",
          "[importers][splitter]") {
    std::string text = "Apple Inc. said the U.S. deal is worth 2.5 billion dollars. Mr. Cook agreed.\n"
                       "제목 줄\n"
                       "삼성전자가 공급한다. \"좋다.\"고 말했다.";
    auto s = importers::split_sentences(text);
    REQUIRE(s.size() == 5);
    CHECK(text.substr(s[0].start, s[0].end - s[0].start) ==
          "Apple Inc. said the U.S. deal is worth 2.5 billion dollars.");
    CHECK(text.substr(s[1].start, s[1].end - s[1].start) == "Mr. Cook agreed.");
    CHECK(s[2].headline);
    CHECK(text.substr(s[3].start, s[3].end - s[3].start) == "삼성전자가 공급한다.");
    // A period inside a quotation followed by a particle does not end the sentence.
    CHECK(text.substr(s[4].start, s[4].end - s[4].start) == "\"좋다.\"고 말했다.");
    CHECK(importers::split_sentences("").empty());
}
