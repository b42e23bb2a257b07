#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "test_support.hpp"

using corpkg::testing::run_corpkg;
using corpkg::testing::ScratchDir;

TEST_CASE("every query subcommand has help", "[cli][query]") {
    for (const char* sub :
         {"path", "evidence", "rank", "components", "communities", "timeline", "stats"}) {
        auto h = run_corpkg({sub, "--help"});
        INFO(sub);
        CHECK(h.exit_code == 0);
        CHECK(h.out.find("--format") != std::string::npos);
    }
    CHECK(run_corpkg({"path", "OnlyOne"}).exit_code == 2);
}

TEST_CASE("tables align Hangul names by display width, without colour off a terminal",
          "[cli][query]") {
    ScratchDir dir;
    std::string db = dir.file("k.db");
    std::string file = dir.write(
        "k.jsonl",
        R"({"subject": "한빛테스트모빌리티", "relation": "supplies", "object": "Zeta Motors", "date": "2025-01-02"})" "\n"
        R"({"subject": "Zeta Motors", "relation": "partners_with", "object": "Omega", "date": "2025-01-03"})" "\n");
    REQUIRE(run_corpkg({"--db", db, "import", file}).exit_code == 0);
    auto r = run_corpkg({"--db", db, "neighbors", "Zeta Motors"});
    REQUIRE(r.exit_code == 0);
    CHECK(r.out.find('\x1b') == std::string::npos);
    // Display column where the second column ("type") starts, counting a Hangul syllable
    // (U+AC00..U+D7A3, three UTF-8 bytes) as two columns.
    auto type_column = [](const std::string& line) {
        std::size_t col = 0, i = 0;
        while (i < line.size() && line.compare(i, 2, "  ") != 0) {
            auto c = static_cast<unsigned char>(line[i]);
            if (c == 0xEA || c == 0xEB || c == 0xEC || c == 0xED) { // Hangul syllable lead
                col += 2;
                i += 3;
            } else {
                col += (c & 0xC0) == 0x80 ? 0 : 1;
                ++i;
            }
        }
        while (i < line.size() && line[i] == ' ') {
            ++col;
            ++i;
        }
        return col;
    };
    std::vector<std::size_t> columns;
    std::size_t start = 0;
    while (start < r.out.size()) {
        auto end = r.out.find('\n', start);
        columns.push_back(type_column(r.out.substr(start, end - start)));
        start = end + 1;
    }
    REQUIRE(columns.size() == 3); // header and two neighbours
    CHECK(columns[0] == columns[1]);
    CHECK(columns[1] == columns[2]);
    CHECK(r.out.find("한빛테스트모빌리티") != std::string::npos);
}
