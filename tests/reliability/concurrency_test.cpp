// Queries and exports running while an import writes see one consistent snapshot, and two
// imports into one database at once both succeed without storing anything twice.

#include <catch2/catch.hpp>

#include <rapidjson/document.h>
#include <set>
#include <thread>

#include "reliability/reliability_support.hpp"
#include "test_support.hpp"

using namespace corpkg::testing;

namespace {

constexpr int kLines = 1000;

/// Sum of `mentions` over the edges of a node-link export, and whether every edge's ends
/// are among its nodes.
struct ExportFacts {
    long long mentions = 0;
    long long edges = 0;
    bool ends_known = true;
};

ExportFacts read_node_link(const std::string& text) {
    rapidjson::Document doc;
    doc.Parse(text.data(), text.size());
    REQUIRE_FALSE(doc.HasParseError());
    ExportFacts f;
    std::set<std::string> nodes;
    for (const auto& n : doc["nodes"].GetArray()) {
        nodes.insert(n["id"].GetString());
    }
    const char* key = doc.HasMember("edges") ? "edges" : "links";
    for (const auto& e : doc[key].GetArray()) {
        ++f.edges;
        if (e.HasMember("mentions") && e["mentions"].IsNumber()) {
            f.mentions += e["mentions"].GetInt64();
        }
        f.ends_known = f.ends_known && nodes.count(e["source"].GetString()) &&
                       nodes.count(e["target"].GetString());
    }
    return f;
}

} // namespace

TEST_CASE("queries and exports during an import see whole files only", "[reliability][concurrency]") {
    ScratchDir dir;
    write_statement_corpus(dir.file("corpus"), 40, kLines);
    std::string db = dir.file("kg.db");
    REQUIRE(run_corpkg({"--db", db, "import", dir.file("corpus/shard-000.jsonl")}).exit_code ==
            0);

    BackgroundCorpkg import({"--db", db, "import", dir.file("corpus")}, dir.path().string());
    int queries = 0, exports_seen = 0;
    long long deadline = now_ms() + 8000;
    while (import.running() && now_ms() < deadline) {
        auto stats = run_corpkg({"--db", db, "stats", "--format", "json"});
        REQUIRE(stats.exit_code == 0);
        ++queries;
        auto exported = run_corpkg({"--db", db, "export", "--format", "json"});
        REQUIRE(exported.exit_code == 0);
        INFO(exported.err);
        ExportFacts f = read_node_link(exported.out);
        // Each file adds exactly kLines statements: a snapshot taken between two
        // documents sees a multiple of kLines, one taken inside a document would not.
        REQUIRE(f.mentions % kLines == 0);
        REQUIRE(f.ends_known);
        ++exports_seen;
        auto neighbors = run_corpkg({"--db", db, "neighbors", "Company 1", "--format", "json"});
        REQUIRE(neighbors.exit_code == 0);
    }
    INFO(import.err());
    REQUIRE(import.wait() == 0);
    CHECK(exports_seen >= 1);
    StoreFacts f = read_store_facts(db);
    REQUIRE(f.integrity == "ok");
    REQUIRE(f.articles == 40);
    REQUIRE(f.statements == 40LL * kLines);
}

TEST_CASE("two imports into one database at once both succeed", "[reliability][concurrency]") {
    ScratchDir dir;
    auto files = write_statement_corpus(dir.file("all"), 30, kLines);
    // Overlapping halves: files 10..19 are in both runs and must be stored once.
    std::filesystem::create_directories(dir.file("a"));
    std::filesystem::create_directories(dir.file("b"));
    for (int i = 0; i < 30; ++i) {
        auto name = std::filesystem::path(files[i]).filename();
        if (i < 20) std::filesystem::copy_file(files[i], dir.path() / "a" / name);
        if (i >= 10) std::filesystem::copy_file(files[i], dir.path() / "b" / name);
    }
    std::string db = dir.file("kg.db");
    BackgroundCorpkg first({"--db", db, "import", "--format", "json", dir.file("a")},
                           dir.path().string());
    BackgroundCorpkg second({"--db", db, "import", "--format", "json", dir.file("b")},
                            dir.path().string());
    int first_rc = first.wait();
    int second_rc = second.wait();
    INFO(first.err() << second.err());
    REQUIRE(first_rc == 0);
    REQUIRE(second_rc == 0);
    StoreFacts f = read_store_facts(db);
    REQUIRE(f.integrity == "ok");
    REQUIRE(f.foreign_key_violations == 0);
    REQUIRE(f.duplicate_sources == 0);
    REQUIRE(f.edges_with_wrong_mentions == 0);
    REQUIRE(f.statements == 30LL * kLines);
    REQUIRE(f.articles == 30);
}

TEST_CASE("a second --strict import waits for the first and then succeeds",
          "[reliability][concurrency]") {
    ScratchDir dir;
    write_statement_corpus(dir.file("a"), 10, kLines, 500, 0);
    write_statement_corpus(dir.file("b"), 10, kLines, 500, 10);
    std::string db = dir.file("kg.db");
    REQUIRE(run_corpkg({"--db", db, "import", dir.file("a/shard-000.jsonl")}).exit_code == 0);
    BackgroundCorpkg first({"--db", db, "import", "--strict", dir.file("a")},
                           dir.path().string());
    BackgroundCorpkg second({"--db", db, "import", "--strict", dir.file("b")},
                            dir.path().string());
    REQUIRE(first.wait() == 0);
    REQUIRE(second.wait() == 0);
    StoreFacts f = read_store_facts(db);
    REQUIRE(f.integrity == "ok");
    REQUIRE(f.articles == 20);
    REQUIRE(f.statements == 20LL * kLines);
}
