#include <catch2/catch.hpp>
#include <sstream>

#include "core/graph.hpp"
#include "exporters/dot_writer.hpp"
#include "exporters/edge_evidence.hpp"
#include "exporters/export_fixture.hpp"
#include "exporters/exporter.hpp"
#include "exporters/xml_text.hpp"

using namespace corpkg;

namespace {

core::GraphView tiny_graph() {
    std::vector<core::GraphNode> nodes(2);
    nodes[0].key = 1;
    nodes[0].entity.id = "a";
    nodes[0].entity.name = "A <&> \"B\"\x01";
    nodes[1].key = 2;
    nodes[1].entity.id = "한빛";
    nodes[1].entity.name = "한빛모빌리티";
    core::GraphEdge e;
    e.record.id = 7;
    e.record.relation = core::Relation::Supplies;
    e.record.weight = 3;
    e.source = 0;
    e.target = 1;
    return core::GraphView::from_parts(std::move(nodes), {e});
}

std::string write(const std::string& format, const core::GraphView& view,
                  const exporters::ExportContext& context = {},
                  const exporters::FormatOptions& options = {}) {
    std::ostringstream out;
    exporters::make_exporter(format, options)->write(view, context, out);
    return out.str();
}

std::size_t count(const std::string& text, const std::string& what) {
    std::size_t n = 0;
    for (auto p = text.find(what); p != std::string::npos; p = text.find(what, p + 1)) ++n;
    return n;
}

} // namespace

TEST_CASE("XML escaping drops characters XML 1.0 cannot hold", "[exporters][xml]") {
    CHECK(exporters::xml_escape("a<b>&\"'") == "a&lt;b&gt;&amp;&quot;&apos;");
    CHECK(exporters::xml_escape(std::string("x\x01y\x1Fz", 5)) == "xyz");
    CHECK(exporters::xml_escape("\xEF\xBF\xBF") == "");
    CHECK(exporters::xml_escape("\xFF" "ok") == "ok");
    CHECK(exporters::xml_escape("한글") == "한글");
    CHECK(exporters::xml_escape("\xF0\x9F\x9A\x80") == "\xF0\x9F\x9A\x80");
    CHECK(exporters::xml_escape("a\tb\nc") == "a&#9;b&#10;c");
}

TEST_CASE("graphml declares keys before the graph and escapes every string",
          "[exporters][graphml]") {
    std::string xml = write("graphml", tiny_graph());
    CHECK(xml.find("<key id=") < xml.find("<graph "));
    CHECK(xml.find("edgedefault=\"directed\"") != std::string::npos);
    CHECK(xml.find("A &lt;&amp;&gt; &quot;B&quot;") != std::string::npos);
    CHECK(xml.find('\x01') == std::string::npos);
    CHECK(xml.find("<edge id=\"e7\" source=\"a\" target=\"한빛\">") != std::string::npos);
    CHECK(xml.find("attr.name=\"weight\" attr.type=\"double\"") != std::string::npos);
    CHECK(xml.find("<data key=\"e4\">3.0</data>") != std::string::npos);
}

TEST_CASE("graphml --gephi puts the relation on each edge as its label", "[exporters][graphml]") {
    exporters::FormatOptions gephi;
    gephi.gephi = true;
    CHECK(write("graphml", tiny_graph()).find("label=\"supplies\"") == std::string::npos);
    CHECK(write("graphml", tiny_graph(), {}, gephi)
              .find("<edge id=\"e7\" source=\"a\" target=\"한빛\" label=\"supplies\">") !=
          std::string::npos);
}

TEST_CASE("writers attach each edge's evidence count, newest sentence and source urls",
          "[exporters][evidence]") {
    core::Store store(":memory:");
    testing::fill_fixture(store);
    auto view = core::GraphView::load(store, {});
    exporters::ExportContext context;
    context.store = &store;
    std::size_t edges = 0;
    exporters::for_each_edge_with_evidence(
        view, context, [&](const core::GraphEdge& e, const exporters::EvidenceSummary& s) {
            auto records = store.evidence(e.record.id);
            CHECK(s.count == static_cast<std::int64_t>(records.size()));
            CHECK(s.top_sentence == (records.empty() ? "" : records.front().sentence));
            if (e.record.relation == core::Relation::Supplies) {
                // Two articles: the newer one's url first, each url once.
                REQUIRE(s.urls.size() == 2);
                CHECK(s.urls[0] == "https://news.example/b?x=1&y=2");
                CHECK(s.urls[1] == "https://news.example/a");
                CHECK(s.count == 3);
            }
            ++edges;
        });
    CHECK(edges == view.edges().size());
    std::string xml = write("graphml", view, context);
    CHECK(xml.find("https://news.example/b?x=1&amp;y=2") != std::string::npos);
    CHECK(xml.find("앵글이 한빛에 공급한다.") != std::string::npos);
}

TEST_CASE("the evidence walk keeps an ego view's edges apart from the skipped ones",
          "[exporters][evidence]") {
    core::Store store(":memory:");
    testing::fill_fixture(store);
    auto full = core::GraphView::load(store, {});
    auto person = full.find_id("jane-doe");
    REQUIRE(person);
    auto ego = full.ego(*person, 1);
    REQUIRE(ego.edges().size() < full.edges().size());
    exporters::ExportContext context;
    context.store = &store;
    exporters::for_each_edge_with_evidence(
        ego, context, [&](const core::GraphEdge& e, const exporters::EvidenceSummary& s) {
            CHECK(s.count == static_cast<std::int64_t>(store.evidence(e.record.id).size()));
        });
}

TEST_CASE("node-link json uses the networkx 3.6 keys, or links when asked", "[exporters][json]") {
    std::string json = write("json", tiny_graph());
    CHECK(json.find("\"directed\":true") != std::string::npos);
    CHECK(json.find("\"multigraph\":true") != std::string::npos);
    CHECK(json.find("\"edges\":[") != std::string::npos);
    CHECK(json.find("\"key\":\"e7\"") != std::string::npos);
    CHECK(json.find("\"weight\":3.0") != std::string::npos);
    exporters::FormatOptions links;
    links.links = true;
    std::string old = write("json", tiny_graph(), {}, links);
    CHECK(old.find("\"links\":[") != std::string::npos);
    CHECK(old.find("\"edges\":[") == std::string::npos);
}

TEST_CASE("csv quotes fields holding commas, quotes and line breaks", "[exporters][csv]") {
    auto view = tiny_graph();
    exporters::FormatOptions nodes;
    nodes.nodes = true;
    std::string csv = write("csv", view, {}, nodes);
    CHECK(csv.rfind("Id,Label,type,aliases,parent,discovered\r\n", 0) == 0);
    CHECK(csv.find("\"A <&> \"\"B\"\"\x01\"") != std::string::npos);
    std::string edges = write("csv", view);
    CHECK(edges.rfind("Id,Source,Target,Type,Label,Weight,", 0) == 0);
    CHECK(edges.find("e7,a,한빛,Directed,supplies,3.0,") != std::string::npos);
}

TEST_CASE("jsonl writes one object per edge, or per node", "[exporters][jsonl]") {
    core::Store store(":memory:");
    testing::fill_fixture(store);
    auto view = core::GraphView::load(store, {});
    exporters::ExportContext context;
    context.store = &store;
    std::string edges = write("jsonl", view, context);
    CHECK(count(edges, "\n") == view.edges().size());
    CHECK(count(edges, "{\"Id\":\"e") == view.edges().size());
    exporters::FormatOptions nodes;
    nodes.nodes = true;
    std::string rows = write("jsonl", view, context, nodes);
    CHECK(count(rows, "\n") == view.nodes().size());
    CHECK(rows.find("Ctrl\\u0001Tab\\tCo") != std::string::npos);
}

TEST_CASE("dot draws types as shapes and certainty as line style", "[exporters][dot]") {
    core::Store store(":memory:");
    testing::fill_fixture(store);
    core::EdgeFilter filter;
    filter.include_negated = true;
    auto view = core::GraphView::load(store, filter);
    std::string dot = write("dot", view);
    CHECK(dot.rfind("digraph corpkg {", 0) == 0);
    CHECK(dot.find("label=\"supplies\", style=solid") != std::string::npos);
    CHECK(dot.find("label=\"partners_with\", style=dashed") != std::string::npos);
    CHECK(dot.find("label=\"makes\", style=dotted") != std::string::npos);
    CHECK(dot.find("label=\"not acquires\"") != std::string::npos);
    CHECK(dot.find("shape=box") != std::string::npos);
    CHECK(dot.find("shape=ellipse") != std::string::npos);
    CHECK(dot.find('\x01') == std::string::npos);
    CHECK(exporters::dot_quote("a\"b\\c\nd\x02") == "\"a\\\"b\\\\c\\nd\"");
}

TEST_CASE("an unknown export format is a usage error listing the formats", "[exporters]") {
    CHECK_THROWS_WITH(exporters::make_exporter("pdf"), Catch::Contains("graphml"));
    CHECK_THROWS_WITH(exporters::make_exporter("pdf"), Catch::Contains("gexf"));
}

TEST_CASE("an empty graph still makes a valid document in every format", "[exporters]") {
    core::GraphView empty = core::GraphView::from_parts({}, {});
    CHECK(write("graphml", empty).find("</graphml>") != std::string::npos);
    CHECK(write("gexf", empty).find("<edges count=\"0\">") != std::string::npos);
    CHECK(write("json", empty).find("\"nodes\":[],\"edges\":[]") != std::string::npos);
    CHECK(write("jsonl", empty).empty());
    CHECK(write("csv", empty) == "Id,Source,Target,Type,Label,Weight,relation,certainty,negated,"
                                 "mentions,first_seen,last_seen,topics,evidence_count,evidence,"
                                 "source_urls\r\n");
}
