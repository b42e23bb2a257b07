#include <catch2/catch.hpp>
#include <sstream>

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

} // namespace

TEST_CASE("XML escaping drops characters XML 1.0 cannot hold", "[exporters][xml]") {
    CHECK(exporters::xml_escape("a<b>&\"'") == "a&lt;b&gt;&amp;&quot;&apos;");
    CHECK(exporters::xml_escape(std::string("x\x01y\x1Fz", 5)) == "xyz");
    CHECK(exporters::xml_escape("\xEF\xBF\xBF") == "");
    CHECK(exporters::xml_escape("\xFF" "ok") == "ok");
    CHECK(exporters::xml_escape("한글") == "한글");
}

TEST_CASE("graphml declares keys before the graph and escapes every string",
          "[exporters][graphml]") {
    std::ostringstream out;
    exporters::make_exporter("graphml")->write(tiny_graph(), {}, out);
    std::string xml = out.str();
    CHECK(xml.find("<key id=") < xml.find("<graph "));
    CHECK(xml.find("edgedefault=\"directed\"") != std::string::npos);
    CHECK(xml.find("A &lt;&amp;&gt; &quot;B&quot;") != std::string::npos);
    CHECK(xml.find('\x01') == std::string::npos);
    CHECK(xml.find("<edge id=\"e7\" source=\"a\" target=\"한빛\">") != std::string::npos);
}

TEST_CASE("node-link json uses the networkx 3.6 keys", "[exporters][json]") {
    std::ostringstream out;
    exporters::make_exporter("json")->write(tiny_graph(), {}, out);
    std::string json = out.str();
    CHECK(json.find("\"directed\":true") != std::string::npos);
    CHECK(json.find("\"multigraph\":true") != std::string::npos);
    CHECK(json.find("\"edges\":[") != std::string::npos);
    CHECK(json.find("\"key\":\"e7\"") != std::string::npos);
}

TEST_CASE("an unknown export format is a usage error listing the formats", "[exporters]") {
    CHECK_THROWS_WITH(exporters::make_exporter("pdf"), Catch::Contains("graphml"));
}
