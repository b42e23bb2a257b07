#include <catch2/catch.hpp>

#include "core/content_hash.hpp"
#include "core/json_text.hpp"
#include "core/name_keys.hpp"

using namespace corpkg::core;

TEST_CASE("slugs fold case and punctuation and keep Hangul", "[core][names]") {
    CHECK(slugify("LG Electronics") == "lg-electronics");
    CHECK(slugify("  AT&T Inc. ") == "at-t-inc");
    CHECK(slugify("한빛모빌리티") == "한빛모빌리티");
    CHECK(slugify("SK hynix") == "sk-hynix");
    // Nothing usable left: a hash-based id, never empty.
    std::string emoji = slugify("\xF0\x9F\x9A\x80\xF0\x9F\x9A\x80");
    CHECK(emoji.rfind("e-", 0) == 0);
    CHECK(emoji.size() > 2);
}

TEST_CASE("content hashes differ for different text and match for equal text", "[core][names]") {
    CHECK(content_hash("abc") == content_hash("abc"));
    CHECK(content_hash("abc") != content_hash("abd"));
    CHECK(content_hash("").size() == 32);
    ContentHasher h;
    h.update("ab");
    h.update("c");
    CHECK(h.hex() == content_hash("abc"));
}

TEST_CASE("JSON string lists round-trip metacharacters and Hangul", "[core][json]") {
    std::vector<std::string> items{"A\"B", "back\\slash", "탭\t", "\x01", ""};
    CHECK(parse_json_string_list(json_string_list(items)) == items);
    CHECK(parse_json_string_list("[]").empty());
    CHECK(parse_json_string_list("not json").empty());
    CHECK(parse_json_string_list("[\"\\ud83d\\ude80\"]") ==
          std::vector<std::string>{"\xF0\x9F\x9A\x80"});
}
