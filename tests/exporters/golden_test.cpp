#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <random>
#include <sstream>

#include "core/graph.hpp"
#include "exporters/export_fixture.hpp"
#include "core/edge_scan.hpp"
#include "exporters/exporter.hpp"
#include "exporters/store_source.hpp"
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

namespace {

struct Variant {
    const char* format;
    exporters::FormatOptions options;
};

std::vector<Variant> streamed_variants() {
    exporters::FormatOptions gephi;
    gephi.gephi = true;
    exporters::FormatOptions links;
    links.links = true;
    exporters::FormatOptions nodes;
    nodes.nodes = true;
    return {{"graphml", {}}, {"graphml", gephi}, {"gexf", {}},   {"json", {}},
            {"json", links}, {"jsonl", {}},      {"jsonl", nodes}, {"csv", {}},
            {"csv", nodes}};
}

/// The export of `store` through a GraphView (the ego and picture path) and straight from
/// the store (the whole-store path), for one format and filter.
std::pair<std::string, std::string> both_paths(const core::Store& store,
                                               const core::EdgeFilter& filter,
                                               const Variant& v) {
    exporters::ExportContext context;
    context.store = &store;
    context.filter = filter;
    context.graph_attributes = {{"corpkg_version", "test"}, {"filters", "x"}};
    auto exporter = exporters::make_exporter(v.format, v.options);
    auto view = core::GraphView::load(store, filter);
    std::ostringstream from_view;
    exporter->write(view, context, from_view);
    const auto* streaming = dynamic_cast<const exporters::StreamingExporter*>(exporter.get());
    REQUIRE(streaming != nullptr);
    exporters::StoreSource source(store, filter);
    std::ostringstream streamed;
    streaming->write_source(source, context, streamed);
    CHECK(source.node_count() == view.nodes().size());
    CHECK(source.edge_count() == view.edges().size());
    return {from_view.str(), streamed.str()};
}

/// One edge with many statements from many articles: more urls than are listed, dates
/// tied, missing and empty, statements naming their own url and date.
void add_hub_edge(core::Store& store) {
    auto a = testing::make_entity("Hub Maker");
    auto b = testing::make_entity("Hub Client");
    std::mt19937 rng(7);
    for (int i = 0; i < 40; ++i) {
        core::Document d;
        d.article.content_hash = "hub-" + std::to_string(i);
        d.article.source = "hub.txt";
        d.article.url = "https://hub.example/" + std::to_string(rng() % 25);
        if (rng() % 4 != 0) {
            d.article.published = "2024-0" + std::to_string(1 + rng() % 3) + "-01";
        }
        d.entities = {a, b};
        core::Statement st;
        st.subject = a.id;
        st.relation = core::Relation::Supplies;
        st.object = b.id;
        st.evidence.rule = "test";
        st.evidence.sentence = rng() % 3 == 0 ? "" : "Hub sentence " + std::to_string(i) + ".";
        if (rng() % 5 == 0) {
            st.evidence.url = "https://own.example/" + std::to_string(rng() % 5);
        }
        if (rng() % 5 == 0) {
            st.evidence.date = "2024-0" + std::to_string(1 + rng() % 3) + "-01";
        }
        d.statements = {st, st};
        d.statements[1].relation = core::Relation::PartnersWith;
        store.add(d);
    }
}

} // namespace

namespace {

/// Every streamed format under every kind of filter equals the GraphView path's output.
void check_streamed_equals_view(core::Store& store) {
    testing::fill_fixture(store);
    add_hub_edge(store);
    std::vector<core::EdgeFilter> filters(8);
    filters[1].include_negated = true;
    filters[2].relations = {core::Relation::Supplies};
    filters[3].since = "2025-02-01";
    filters[4].types = {core::EntityType::Person, core::EntityType::Company};
    filters[5].topic = "ai";
    filters[6].min_certainty = core::Certainty::Fact;
    filters[7].relations = {core::Relation::Sues}; // nothing passes
    for (std::size_t f = 0; f < filters.size(); ++f) {
        for (const auto& v : streamed_variants()) {
            INFO("filter " << f << ", format " << v.format);
            auto [from_view, streamed] = both_paths(store, filters[f], v);
            CHECK(streamed == from_view);
        }
    }
}

} // namespace

TEST_CASE("a whole store written as it is read equals its GraphView export",
          "[exporters][golden][stream]") {
    core::Store store(":memory:");
    check_streamed_equals_view(store);
}

TEST_CASE("a store in a file, its evidence read on a second connection, exports alike",
          "[exporters][golden][stream]") {
    testing::ScratchDir dir;
    core::Store store(dir.file("a.db"));
    REQUIRE(core::EdgeScan(store, {}).reads_evidence_in_parallel());
    check_streamed_equals_view(store);
}

TEST_CASE("the streamed export of the fixture is its golden file", "[exporters][golden][stream]") {
    core::Store store(":memory:");
    testing::fill_fixture(store);
    core::EdgeFilter filter;
    filter.include_negated = true;
    exporters::ExportContext context;
    context.graph_attributes = {{"corpkg_version", "golden"}, {"filters", "include_negated"}};
    for (const auto& [format, golden] :
         {std::pair<const char*, const char*>{"graphml", "fixture.graphml"},
          {"gexf", "fixture.gexf"},
          {"json", "fixture.json"},
          {"jsonl", "fixture.edges.jsonl"},
          {"csv", "fixture.edges.csv"}}) {
        auto exporter = exporters::make_exporter(format);
        exporters::StoreSource source(store, filter);
        std::ostringstream out;
        dynamic_cast<const exporters::StreamingExporter&>(*exporter).write_source(source, context,
                                                                                  out);
        INFO(format);
        check_golden(golden, out.str());
    }
}

TEST_CASE("the evidence summary keeps the newest sentence and the newest distinct urls",
          "[exporters][evidence]") {
    // Reference: every statement sorted newest first (ties by arrival), then walked.
    struct Row {
        std::string date, sentence, url;
    };
    std::mt19937 rng(11);
    core::EvidenceAccumulator acc;
    core::EvidenceSummary summary;
    for (int round = 0; round < 300; ++round) {
        std::vector<Row> rows(rng() % 60);
        for (auto& r : rows) {
            int d = static_cast<int>(rng() % 6);
            r.date = d == 0 ? "" : "2024-01-0" + std::to_string(d);
            r.sentence = rng() % 4 == 0 ? "" : "s" + std::to_string(rng() % 100);
            r.url = rng() % 5 == 0 ? "" : "u" + std::to_string(rng() % 40);
            acc.add(r.date, r.sentence, r.url);
        }
        acc.finish(summary);
        auto sorted = rows;
        std::stable_sort(sorted.begin(), sorted.end(),
                         [](const Row& a, const Row& b) { return a.date > b.date; });
        std::string top;
        std::vector<std::string> urls;
        for (const auto& r : sorted) {
            if (top.empty() && !r.sentence.empty()) top = r.sentence;
            if (!r.url.empty() && urls.size() < core::kMaxEvidenceUrls &&
                std::find(urls.begin(), urls.end(), r.url) == urls.end()) {
                urls.push_back(r.url);
            }
        }
        INFO("round " << round);
        CHECK(summary.count == static_cast<std::int64_t>(rows.size()));
        CHECK(summary.top_sentence == top);
        CHECK(summary.urls == urls);
    }
}
