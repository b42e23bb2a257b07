#include <catch2/catch.hpp>

#include <filesystem>

#include "exporters/exporter.hpp"
#include "exporters/export_fixture.hpp"
#include "test_support.hpp"

using namespace corpkg;
using testing::run_corpkg;
using testing::ScratchDir;

namespace {

std::size_t count(const std::string& text, const std::string& what) {
    std::size_t n = 0;
    for (auto p = text.find(what); p != std::string::npos; p = text.find(what, p + 1)) ++n;
    return n;
}

} // namespace

TEST_CASE("export filters select the subgraph and record themselves", "[exporters][cli]") {
    ScratchDir dir;
    std::string db = testing::make_fixture_db(dir.file("x.db"));
    auto all = run_corpkg({"--db", db, "export", "--format", "jsonl"});
    REQUIRE(all.exit_code == 0);
    CHECK(count(all.out, "\n") == 5); // the negated edge is left out by default
    auto negated = run_corpkg({"--db", db, "export", "--format", "jsonl", "--include-negated"});
    CHECK(count(negated.out, "\n") == 6);
    auto supplies = run_corpkg({"--db", db, "export", "--format", "json", "--relation",
                                "supplies"});
    REQUIRE(supplies.exit_code == 0);
    CHECK(count(supplies.out, "\"relation\":") == 1);
    CHECK(supplies.out.find("\"filters\":\"relation=supplies\"") != std::string::npos);
    CHECK(supplies.out.find("\"corpkg_version\":") != std::string::npos);
    auto since = run_corpkg({"--db", db, "export", "--format", "csv", "--since", "2025-02-01"});
    CHECK(count(since.out, "\r\n") == 2); // header and the supplies edge seen in March
    auto topic = run_corpkg({"--db", db, "export", "--format", "csv", "--topic", "ai"});
    CHECK(count(topic.out, "\r\n") == 2);
    auto types = run_corpkg({"--db", db, "export", "--format", "csv", "--type", "person",
                             "--type", "company"});
    CHECK(count(types.out, ",leads,") == 2); // the Label and relation columns
    auto ego = run_corpkg({"--db", db, "export", "--format", "jsonl", "--ego", "Jane Doe"});
    CHECK(count(ego.out, "\n") == 1);
}

TEST_CASE("export -o writes the file atomically and reports what it wrote", "[exporters][cli]") {
    ScratchDir dir;
    std::string db = testing::make_fixture_db(dir.file("x.db"));
    auto r = run_corpkg({"--db", db, "export", "--format", "gexf", "-o", dir.file("g.gexf")});
    CHECK(r.exit_code == 0);
    CHECK(r.out.empty());
    CHECK(r.err.find("5 edges") != std::string::npos);
    CHECK(std::filesystem::file_size(dir.file("g.gexf")) > 0);
    CHECK_FALSE(std::filesystem::exists(dir.file("g.gexf.tmp")));
    auto bad = run_corpkg({"--db", db, "export", "--format", "pdf"});
    CHECK(bad.exit_code == 2);
    CHECK(bad.err.find("gexf") != std::string::npos);
}

TEST_CASE("svg and png come from Graphviz, and a large graph asks for a filter",
          "[exporters][cli][graphviz]") {
    ScratchDir dir;
    std::string db = testing::make_fixture_db(dir.file("x.db"));
    if (!exporters::has_graphviz()) {
        auto r = run_corpkg({"--db", db, "export", "--format", "svg"});
        CHECK(r.exit_code != 0);
        CHECK(r.err.find("Graphviz") != std::string::npos);
        WARN("skipped drawing: this build has no Graphviz");
        return;
    }
    auto svg = run_corpkg({"--db", db, "export", "--format", "svg"});
    INFO(svg.err);
    REQUIRE(svg.exit_code == 0);
    CHECK(svg.out.find("<svg") != std::string::npos);
    CHECK(svg.out.find("한빛모빌리티") != std::string::npos);
    CHECK(svg.out.find("supplies") != std::string::npos);
    CHECK(svg.out.find("stroke-dasharray") != std::string::npos); // planned / speculative
    auto png = run_corpkg({"--db", db, "export", "--format", "png", "-o", dir.file("g.png")});
    INFO(png.err);
    REQUIRE(png.exit_code == 0);
    auto bytes = testing::run_shell("head -c 8 '" + dir.file("g.png") + "' | od -An -c").out;
    CHECK(bytes.find("P   N   G") != std::string::npos);

    // A graph past the readable size: an error that names the filters, unless --force.
    std::string many;
    for (int i = 0; i < 320; ++i) {
        many += R"({"subject": "Hub Co", "relation": "supplies", "object": "Client )" +
                std::to_string(i) + R"("})" + "\n";
    }
    std::string big = dir.file("big.db");
    REQUIRE(run_corpkg({"--db", big, "import", dir.write("many.jsonl", many)}).exit_code == 0);
    auto refused = run_corpkg({"--db", big, "export", "--format", "dot"});
    CHECK(refused.exit_code == 2);
    CHECK(refused.err.find("--ego") != std::string::npos);
    CHECK(refused.err.find("321 nodes") != std::string::npos);
    CHECK(run_corpkg({"--db", big, "export", "--format", "dot", "--force"}).exit_code == 0);
}
