#include <catch2/catch.hpp>

#include <string>

#include "core/json_text.hpp"

using namespace corpkg;

TEST_CASE("JSON quoting escapes quotes, backslashes and control characters anywhere in a string",
          "[core][json]") {
    CHECK(core::json_quote("") == "\"\"");
    CHECK(core::json_quote("plain") == "\"plain\"");
    CHECK(core::json_quote("a\"b\\c") == "\"a\\\"b\\\\c\"");
    CHECK(core::json_quote("tab\there\nnew\rline\b\f") == "\"tab\\there\\nnew\\rline\\b\\f\"");
    CHECK(core::json_quote(std::string("nul\0x\x1f", 6)) == "\"nul\\u0000x\\u001f\"");
    // UTF-8 and DEL pass through unescaped.
    CHECK(core::json_quote("삼성전자 \x7f 😀") == "\"삼성전자 \x7f 😀\"");
    // Escapes at every position of a long run (the fast path copies 16 bytes at a time).
    for (std::size_t at = 0; at < 40; ++at) {
        std::string text(40, 'x');
        text[at] = '"';
        std::string want = "\"" + std::string(at, 'x') + "\\\"" + std::string(39 - at, 'x') + "\"";
        CHECK(core::json_quote(text) == want);
    }
}

TEST_CASE("append_json_quoted appends what json_quote returns", "[core][json]") {
    std::string out = "[";
    core::append_json_quoted(out, "Hyundai \"Ioniq\" 5\n");
    out += ']';
    CHECK(out == "[" + core::json_quote("Hyundai \"Ioniq\" 5\n") + "]");
}
