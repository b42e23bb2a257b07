#include <catch2/catch.hpp>

#include "test_support.hpp"

using corpkg::testing::run_corpkg;
using corpkg::testing::ScratchDir;

namespace {

const char* kStatements =
    R"({"subject": "Meta Platforms", "relation": "co_develops_with", "object": "LG Electronics", "certainty": "planned", "date": "2025-02-01"})"
    "\n"
    R"({"subject": "Meta Platforms", "relation": "reduces_dependency_on", "object": "Nvidia", "certainty": "planned", "date": "2025-02-02"})"
    "\n"
    R"({"subject": "Samsung Electronics", "relation": "manufactures_for", "object": "Meta Platforms", "certainty": "speculative"})"
    "\n";

} // namespace

TEST_CASE("corpkg --version and --help succeed", "[cli]") {
    auto v = run_corpkg({"--version"});
    CHECK(v.exit_code == 0);
    CHECK(v.out.find("corpkg") != std::string::npos);
    for (const char* sub : {"import", "neighbors", "entities", "stats", "export"}) {
        auto h = run_corpkg({sub, "--help"});
        CHECK(h.exit_code == 0);
        CHECK(h.out.find("Usage") != std::string::npos);
    }
}

TEST_CASE("a usage error exits with status 2", "[cli]") {
    CHECK(run_corpkg({"no-such-command"}).exit_code == 2);
    CHECK(run_corpkg({"neighbors"}).exit_code == 2);
    ScratchDir dir;
    CHECK(run_corpkg({"--db", dir.file("x.db"), "neighbors", "A", "--certainty", "sure"})
              .exit_code != 0);
}

TEST_CASE("importing twice leaves the same counts as once", "[cli]") {
    ScratchDir dir;
    std::string file = dir.write("s.jsonl", kStatements);
    std::string db = dir.file("x.db");
    REQUIRE(run_corpkg({"--db", db, "import", file}).exit_code == 0);
    auto once = run_corpkg({"--db", db, "stats", "--format", "json"});
    REQUIRE(run_corpkg({"--db", db, "import", file}).exit_code == 0);
    auto twice = run_corpkg({"--db", db, "stats", "--format", "json"});
    CHECK(once.exit_code == 0);
    CHECK(once.out == twice.out);
    CHECK(once.out.find("\"edges\": 3") != std::string::npos);
    CHECK(once.out.find("\"articles\": 1") != std::string::npos);
}

TEST_CASE("neighbors answer the same for a Korean alias and the English name", "[cli]") {
    ScratchDir dir;
    std::string file = dir.write("s.jsonl", kStatements);
    std::string db = dir.file("x.db");
    REQUIRE(run_corpkg({"--db", db, "import", file}).exit_code == 0);
    auto en = run_corpkg({"--db", db, "neighbors", "Meta Platforms", "--format", "json"});
    auto ko = run_corpkg({"--db", db, "neighbors", "메타", "--format", "json"});
    CHECK(en.exit_code == 0);
    CHECK(en.out == ko.out);
    CHECK(en.out.find("LG Electronics") != std::string::npos);
    CHECK(en.out.find("Nvidia") != std::string::npos);
    CHECK(en.out.find("\"relation\": \"manufactures_for\"") != std::string::npos);
}

TEST_CASE("an unknown name exits 1 with suggestions", "[cli]") {
    ScratchDir dir;
    std::string file = dir.write("s.jsonl", kStatements);
    std::string db = dir.file("x.db");
    REQUIRE(run_corpkg({"--db", db, "import", file}).exit_code == 0);
    auto r = run_corpkg({"--db", db, "neighbors", "Meta Platfrms"});
    CHECK(r.exit_code == 1);
    CHECK(r.err.find("did you mean: Meta Platforms") != std::string::npos);
}

TEST_CASE("a statement file with one bad line stores nothing and names the line", "[cli]") {
    ScratchDir dir;
    std::string good = dir.write("good.jsonl", kStatements);
    std::string bad = dir.write("bad.jsonl", std::string(kStatements) +
                                                 R"({"subject": "A", "relation": "likes", "object": "B"})" "\n");
    std::string db = dir.file("x.db");
    auto r = run_corpkg({"--db", db, "import", bad, good});
    CHECK(r.exit_code == 1);
    CHECK(r.err.find("bad.jsonl:4: unknown relation 'likes'") != std::string::npos);
    auto stats = run_corpkg({"--db", db, "stats", "--format", "json"});
    CHECK(stats.out.find("\"articles\": 1") != std::string::npos); // only good.jsonl
}

TEST_CASE("a strict import stores nothing when any input is rejected", "[cli]") {
    ScratchDir dir;
    std::string good = dir.write("good.jsonl", kStatements);
    std::string bad = dir.write("bad.jsonl", "{\"subject\": \"A\"}\n");
    std::string db = dir.file("x.db");
    auto r = run_corpkg({"--db", db, "import", "--strict", good, bad});
    CHECK(r.exit_code == 1);
    auto stats = run_corpkg({"--db", db, "stats", "--format", "json"});
    CHECK(stats.out.find("\"articles\": 0") != std::string::npos);
}

TEST_CASE("statements import from standard input", "[cli]") {
    ScratchDir dir;
    std::string db = dir.file("x.db");
    auto r = run_corpkg({"--db", db, "import", "-"}, kStatements);
    CHECK(r.exit_code == 0);
    auto stats = run_corpkg({"--db", db, "stats", "--format", "json"});
    CHECK(stats.out.find("\"statements\": 3") != std::string::npos);
}

TEST_CASE("export writes graphml and json files", "[cli]") {
    ScratchDir dir;
    std::string file = dir.write("s.jsonl", kStatements);
    std::string db = dir.file("x.db");
    REQUIRE(run_corpkg({"--db", db, "import", file}).exit_code == 0);
    auto g = run_corpkg({"--db", db, "export", "--format", "graphml", "-o", dir.file("g.graphml")});
    CHECK(g.exit_code == 0);
    auto j = run_corpkg({"--db", db, "export", "--format", "json"});
    CHECK(j.exit_code == 0);
    CHECK(j.out.find("\"nodes\"") != std::string::npos);
    CHECK(run_corpkg({"--db", db, "export", "--format", "pdf"}).exit_code == 2);
}

TEST_CASE("queries on a missing database fail with a clear message", "[cli]") {
    ScratchDir dir;
    auto r = run_corpkg({"--db", dir.file("none.db"), "stats"});
    CHECK(r.exit_code == 1);
    CHECK(r.err.find("none.db") != std::string::npos);
}
