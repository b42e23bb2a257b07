#include <catch2/catch.hpp>

#include <sstream>

#include "core/store.hpp"
#include "exporters/export_fixture.hpp"
#include "importers/graph_importer.hpp"
#include "test_support.hpp"

using namespace corpkg;
using testing::run_corpkg;
using testing::ScratchDir;

namespace {

std::string export_db(const std::string& db, const std::string& format) {
    auto r = run_corpkg({"--db", db, "export", "--format", format, "--include-negated"});
    INFO(r.err);
    REQUIRE(r.exit_code == 0);
    return r.out;
}

} // namespace

TEST_CASE("export, import into an empty database, export again gives the same bytes",
          "[exporters][round-trip]") {
    for (const char* format : {"graphml", "json"}) {
        ScratchDir dir;
        std::string db = testing::make_fixture_db(dir.file("a.db"));
        std::string first = export_db(db, format);
        std::string file = dir.write(std::string("g.") + (format == std::string("json")
                                                              ? "json" : "graphml"),
                                     first);
        auto imported = run_corpkg({"--db", dir.file("b.db"), "import", file});
        INFO(format << ": " << imported.err);
        REQUIRE(imported.exit_code == 0);
        std::string second = export_db(dir.file("b.db"), format);
        CHECK(second == first);
        // Every other format agrees too: the second store holds the same graph (through
        // GraphML without the control characters XML cannot hold, which only the JSON
        // and table formats keep).
        bool xml = format == std::string("graphml");
        for (const char* other : {"gexf", "dot", "csv", "jsonl"}) {
            if (xml && (other == std::string("csv") || other == std::string("jsonl"))) {
                continue;
            }
            CHECK(export_db(dir.file("b.db"), other) == export_db(db, other));
        }
        // A second import of the same file changes nothing.
        REQUIRE(run_corpkg({"--db", dir.file("b.db"), "import", file}).exit_code == 0);
        CHECK(export_db(dir.file("b.db"), format) == first);
    }
}

TEST_CASE("graphml and json exports import into each other's database alike",
          "[exporters][round-trip]") {
    ScratchDir dir;
    std::string db = testing::make_fixture_db(dir.file("a.db"));
    std::string graphml = dir.write("g.graphml", export_db(db, "graphml"));
    std::string json = dir.write("g.json", export_db(db, "json"));
    REQUIRE(run_corpkg({"--db", dir.file("from-graphml.db"), "import", graphml}).exit_code == 0);
    REQUIRE(run_corpkg({"--db", dir.file("from-json.db"), "import", json}).exit_code == 0);
    // The JSON keeps control characters that XML must drop, so compare through XML.
    CHECK(export_db(dir.file("from-json.db"), "graphml") ==
          export_db(dir.file("from-graphml.db"), "graphml"));
}

TEST_CASE("the graph importer restores each edge's aggregates and evidence",
          "[importers][graph]") {
    const std::string graphml = R"(<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
  <key id="a" for="node" attr.name="label" attr.type="string"/>
  <key id="b" for="node" attr.name="type" attr.type="string"/>
  <key id="r" for="edge" attr.name="relation" attr.type="string"/>
  <key id="w" for="edge" attr.name="weight" attr.type="double"/>
  <key id="m" for="edge" attr.name="mentions" attr.type="long"/>
  <key id="f" for="edge" attr.name="first_seen" attr.type="string"/>
  <key id="c" for="edge" attr.name="certainty" attr.type="string"/>
  <key id="t" for="edge" attr.name="topics" attr.type="string"/>
  <key id="n" for="edge" attr.name="evidence_count" attr.type="long"/>
  <key id="s" for="edge" attr.name="evidence" attr.type="string"/>
  <key id="u" for="edge" attr.name="source_urls" attr.type="string"/>
  <graph edgedefault="directed">
    <!-- a comment -->
    <node id="x"><data key="a">X &amp; Co &#54620;</data><data key="b">company</data></node>
    <node id="y"><data key="a"><![CDATA[Y <Corp>]]></data><data key="b">product</data></node>
    <edge id="e42" source="x" target="y"><data key="r">makes</data><data key="w">5.0</data>
      <data key="m">7</data><data key="f">2024-02-03</data><data key="c">planned</data>
      <data key="t">["AI","XR"]</data><data key="n">7</data><data key="s">X makes Y.</data>
      <data key="u">["https://u/1","https://u/2"]</data></edge>
  </graph>
</graphml>
)";
    std::istringstream in(graphml);
    std::vector<core::Document> docs;
    auto result = importers::GraphImporter().read(
        in, {"g.graphml", ""}, [&](core::Document&& d) { docs.push_back(std::move(d)); });
    REQUIRE(result.ok());
    REQUIRE(docs.size() == 1);
    CHECK(docs[0].article.kind == "graph");
    REQUIRE(docs[0].entities.size() == 2);
    CHECK(docs[0].entities[0].name == "X & Co 한");
    CHECK(docs[0].entities[1].name == "Y <Corp>");
    CHECK(docs[0].entities[1].type == core::EntityType::Product);

    core::Store store(":memory:");
    REQUIRE(store.add(docs[0]) == core::Store::AddResult::Added);
    std::vector<core::EdgeRecord> edges;
    store.for_each_edge({}, [&](const core::EdgeRecord& r) { edges.push_back(r); });
    REQUIRE(edges.size() == 1);
    CHECK(edges[0].id == 42);
    CHECK(edges[0].relation == core::Relation::Makes);
    CHECK(edges[0].weight == 5);
    CHECK(edges[0].mentions == 7);
    CHECK(edges[0].first_seen == "2024-02-03");
    CHECK(edges[0].last_seen.empty());
    CHECK(edges[0].certainty == core::Certainty::Planned);
    CHECK(edges[0].topics == std::vector<std::string>{"AI", "XR"});
    auto evidence = store.evidence(42);
    REQUIRE(evidence.size() == 7);
    CHECK(evidence[0].sentence == "X makes Y.");
    CHECK(evidence[0].url == "https://u/1");
    CHECK(evidence[1].url == "https://u/2");
    CHECK(store.add(docs[0]) == core::Store::AddResult::Duplicate);
}

TEST_CASE("a graph file with an unknown relation or node is rejected whole",
          "[importers][graph]") {
    auto read = [](const std::string& text, const std::string& name) {
        std::istringstream in(text);
        std::size_t documents = 0;
        auto r = importers::GraphImporter().read(in, {name, ""},
                                                 [&](core::Document&&) { ++documents; });
        CHECK(documents == 0);
        CHECK_FALSE(r.ok());
        REQUIRE_FALSE(r.diagnostics.empty());
        return r.diagnostics[0].format();
    };
    CHECK_THAT(read(R"({"directed":true,"multigraph":true,"graph":{},"nodes":[{"id":"a"},{"id":"b"}],)"
                    R"("edges":[{"source":"a","target":"b","key":"e1","relation":"befriends"}]})",
                    "g.json"),
               Catch::Contains("unknown relation 'befriends'"));
    CHECK_THAT(read(R"({"directed":true,"nodes":[{"id":"a"}],"edges":[{"source":"a","target":"zz",)"
                    R"("relation":"uses"}]})",
                    "g.json"),
               Catch::Contains("'zz'"));
    CHECK_THAT(read("<graphml><graph><node id=\"a\"></graph>", "g.graphml"),
               Catch::Contains("g.graphml"));
    CHECK_THAT(read(R"({"directed": true, "nodes": [)", "g.json"),
               Catch::Contains("invalid JSON"));
}

TEST_CASE("only corpkg's graph exports are routed to the graph importer", "[importers][graph]") {
    CHECK(importers::is_graph_input("x.graphml", ""));
    CHECK(importers::is_graph_input("-", "<?xml version=\"1.0\"?><graphml>"));
    CHECK(importers::is_graph_input("g.json", "{\"directed\":true,\"multigraph\":true}"));
    CHECK_FALSE(importers::is_graph_input("s.jsonl", "{\"directed\":true}"));
    CHECK(importers::is_graph_input("d3.json", "{\"nodes\": [], \"links\": []}"));
    CHECK_FALSE(importers::is_graph_input("s.json", "{\"subject\":\"A\",\"relation\":\"uses\"}"));
    CHECK_FALSE(importers::is_graph_input("a.txt", "Samsung supplies Apple."));
}
