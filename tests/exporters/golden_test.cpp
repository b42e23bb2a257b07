#include <catch2/catch.hpp>

#include <cstdlib>
#include <fstream>
#include <sstream>

#include "core/graph.hpp"
#include "exporters/export_fixture.hpp"
#include "exporters/exporter.hpp"
#include "test_support.hpp"

using namespace corpkg;

namespace {

std::string export_fixture(const std::string& format, const exporters::FormatOptions& options) {
    core::Store store(":memory:");
    testing::fill_fixture(store);
    core::EdgeFilter filter;
    filter.include_negated = true; // the golden files show how a negated edge is written
    auto view = core::GraphView::load(store, filter);
    exporters::ExportContext context;
    context.store = &store;
    context.filter = filter;
    context.graph_attributes = {{"corpkg_version", "golden"}, {"filters", "include_negated"}};
    std::ostringstream out;
    exporters::make_exporter(format, options)->write(view, context, out);
    return out.str();
}

std::string read_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

/// Compares with tests/data/golden/NAME; CORPKG_UPDATE_GOLDEN=1 rewrites the file instead.
void check_golden(const std::string& name, const std::string& actual) {
    std::string path = testing::source_dir() + "/tests/data/golden/" + name;
    if (std::getenv("CORPKG_UPDATE_GOLDEN") != nullptr) {
        std::ofstream(path, std::ios::binary) << actual;
        WARN("rewrote " << path);
        return;
    }
    std::string expected = read_file(path);
    REQUIRE_FALSE(expected.empty());
    CHECK(actual == expected);
}

} // namespace

TEST_CASE("every format writes the fixture graph exactly as its golden file",
          "[exporters][golden]") {
    exporters::FormatOptions plain;
    exporters::FormatOptions gephi;
    gephi.gephi = true;
    exporters::FormatOptions links;
    links.links = true;
    exporters::FormatOptions nodes;
    nodes.nodes = true;
    check_golden("fixture.graphml", export_fixture("graphml", plain));
    check_golden("fixture.gephi.graphml", export_fixture("graphml", gephi));
    check_golden("fixture.gexf", export_fixture("gexf", plain));
    check_golden("fixture.json", export_fixture("json", plain));
    check_golden("fixture.links.json", export_fixture("json", links));
    check_golden("fixture.edges.jsonl", export_fixture("jsonl", plain));
    check_golden("fixture.nodes.jsonl", export_fixture("jsonl", nodes));
    check_golden("fixture.edges.csv", export_fixture("csv", plain));
    check_golden("fixture.nodes.csv", export_fixture("csv", nodes));
    check_golden("fixture.dot", export_fixture("dot", plain));
}

TEST_CASE("exports of the same store are byte-identical run after run", "[exporters][golden]") {
    for (const char* format : {"graphml", "gexf", "json", "jsonl", "csv", "dot"}) {
        CHECK(export_fixture(format, {}) == export_fixture(format, {}));
    }
}
