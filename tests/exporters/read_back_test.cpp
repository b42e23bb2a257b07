#include <catch2/catch.hpp>

#include <filesystem>

#include "core/store.hpp"
#include "exporters/export_fixture.hpp"
#include "test_support.hpp"

using namespace corpkg;
using testing::run_corpkg;
using testing::run_shell;
using testing::ScratchDir;

namespace {

std::string quote(const std::string& s) { return "'" + s + "'"; }

/// Exports the fixture in `args`'s format and reads it back with read_back.py READER.
void read_back(const std::string& reader, const std::vector<std::string>& export_args) {
    ScratchDir dir;
    std::string db = testing::make_fixture_db(dir.file("x.db"));
    {
        core::Store store(db, core::Store::Mode::Existing);
        dir.write("expected.json", testing::expected_graph_json(store));
    }
    std::vector<std::string> args{"--db", db, "export", "-o", dir.file("out")};
    args.insert(args.end(), export_args.begin(), export_args.end());
    auto exported = run_corpkg(args);
    INFO(exported.err);
    REQUIRE(exported.exit_code == 0);
    auto r = run_shell("python3 " + quote(testing::source_dir() + "/tests/exporters/read_back.py") +
                       " " + reader + " " + quote(dir.file("out")) + " " +
                       quote(dir.file("expected.json")));
    INFO(reader << ":\n" << r.out << r.err);
    CHECK(r.exit_code == 0);
}

bool networkx_or_skip() {
    if (!testing::tool_available("python3 -c 'import networkx'")) {
        WARN("skipped: python3 with networkx is not available (pip install networkx)");
        return false;
    }
    return true;
}

} // namespace

TEST_CASE("networkx reads the graphml export back with every node, edge and attribute",
          "[exporters][python][graphml]") {
    if (!networkx_or_skip()) return;
    read_back("graphml-networkx", {"--format", "graphml"});
    read_back("graphml-networkx", {"--format", "graphml", "--gephi"});
}

TEST_CASE("networkx node_link_graph rebuilds the json export, edges or links",
          "[exporters][python][json]") {
    if (!networkx_or_skip()) return;
    read_back("json-networkx", {"--format", "json"});
    read_back("json-links-networkx", {"--format", "json", "--links"});
}

TEST_CASE("igraph reads the graphml export with the store's edges", "[exporters][python][igraph]") {
    if (!testing::tool_available("python3 -c 'import sys; "
                                 "sys.path.append(\"/usr/lib/python3/dist-packages\"); "
                                 "import igraph'")) {
        WARN("skipped: python-igraph is not importable (apt-get install python3-igraph)");
        return;
    }
    read_back("graphml-igraph", {"--format", "graphml"});
}

TEST_CASE("csv and jsonl tables read back with python's csv and json modules",
          "[exporters][python][table]") {
    if (!testing::tool_available("python3 -c 'import csv, json'")) {
        WARN("skipped: python3 is not available");
        return;
    }
    read_back("csv-edges", {"--format", "csv"});
    read_back("csv-nodes", {"--format", "csv", "--nodes"});
    read_back("jsonl-edges", {"--format", "jsonl"});
    read_back("jsonl-nodes", {"--format", "jsonl", "--nodes"});
}

TEST_CASE("examples/notebook.py ranks companies and counts relations from the exports",
          "[exporters][python][examples]") {
    if (!networkx_or_skip()) return;
    ScratchDir dir;
    std::string db = testing::make_fixture_db(dir.file("x.db"));
    REQUIRE(run_corpkg({"--db", db, "export", "--format", "json", "-o", dir.file("g.json")})
                .exit_code == 0);
    REQUIRE(run_corpkg({"--db", db, "export", "--format", "jsonl", "-o", dir.file("e.jsonl")})
                .exit_code == 0);
    auto r = run_shell("python3 " + quote(testing::source_dir() + "/examples/notebook.py") + " " +
                       quote(dir.file("g.json")) + " " + quote(dir.file("e.jsonl")));
    INFO(r.out << r.err);
    CHECK(r.exit_code == 0);
    CHECK(r.out.find("6 entities, 5 relations") != std::string::npos);
    CHECK(r.out.find("Top companies by PageRank") != std::string::npos);
    CHECK(r.out.find("한빛모빌리티") != std::string::npos); // the most pointed-at company
    CHECK(r.out.find("supplies") != std::string::npos);
}
