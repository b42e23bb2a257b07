#include "exporters/graphml_writer.hpp"

#include "core/json_text.hpp"
#include "exporters/edge_evidence.hpp"
#include "exporters/export_values.hpp"
#include "exporters/out_buffer.hpp"
#include "exporters/xml_text.hpp"

namespace corpkg::exporters {
namespace {

struct Key {
    const char* id;
    const char* domain;
    const char* name;
    const char* type;
};

// The importer (importers/graph_importer.cpp) reads these by attr.name, not by id.
constexpr Key kKeys[] = {
    {"n0", "node", "label", "string"},          {"n1", "node", "type", "string"},
    {"n2", "node", "aliases", "string"},        {"n3", "node", "parent", "string"},
    {"n4", "node", "discovered", "boolean"},    {"e0", "edge", "label", "string"},
    {"e1", "edge", "relation", "string"},       {"e2", "edge", "certainty", "string"},
    {"e3", "edge", "negated", "boolean"},       {"e4", "edge", "weight", "double"},
    {"e5", "edge", "mentions", "long"},         {"e6", "edge", "first_seen", "string"},
    {"e7", "edge", "last_seen", "string"},      {"e8", "edge", "topics", "string"},
    {"e9", "edge", "evidence_count", "long"},   {"e10", "edge", "evidence", "string"},
    {"e11", "edge", "source_urls", "string"},
};

void data_open(OutBuffer& b, std::string_view key) {
    b << "<data key=\"" << key << "\">";
}

void data(OutBuffer& b, std::string_view key, std::string_view value) {
    data_open(b, key);
    append_xml_escaped(b.text(), value);
    b << "</data>";
}

void data(OutBuffer& b, std::string_view key, std::int64_t value) {
    data_open(b, key);
    b << value << "</data>";
}

} // namespace

void GraphmlWriter::write(const core::GraphView& graph,
                          const ExportContext& context,
                          std::ostream& out) const {
    OutBuffer b(out);
    b << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
         "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" "
         "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
         "xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
         "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n";
    for (std::size_t i = 0; i < context.graph_attributes.size(); ++i) {
        b << "  <key id=\"g" << static_cast<std::int64_t>(i) << "\" for=\"graph\" attr.name=\"";
        append_xml_escaped(b.text(), context.graph_attributes[i].first);
        b << "\" attr.type=\"string\"/>\n";
    }
    for (const auto& k : kKeys) {
        b << "  <key id=\"" << k.id << "\" for=\"" << k.domain << "\" attr.name=\"" << k.name
          << "\" attr.type=\"" << k.type << "\"/>\n";
    }
    b << "  <graph id=\"corpkg\" edgedefault=\"directed\">\n";
    for (std::size_t i = 0; i < context.graph_attributes.size(); ++i) {
        b << "    ";
        std::string key = "g";
        key += std::to_string(i);
        data(b, key, context.graph_attributes[i].second);
        b << "\n";
    }
    for (const auto& n : graph.nodes()) {
        const auto& e = n.entity;
        b << "    <node id=\"";
        append_xml_escaped(b.text(), e.id);
        b << "\">";
        data(b, "n0", e.name);
        data(b, "n1", core::to_string(e.type));
        data(b, "n2", core::json_string_list(alias_texts(e)));
        data(b, "n3", e.parent);
        data(b, "n4", e.discovered ? "true" : "false");
        b << "</node>\n";
        b.maybe_flush();
    }
    const auto& nodes = graph.nodes();
    for_each_edge_with_evidence(graph, context, [&](const core::GraphEdge& e,
                                                    const EvidenceSummary& ev) {
        const auto& r = e.record;
        auto relation = core::to_string(r.relation);
        b << "    <edge id=\"e" << r.id << "\" source=\"";
        append_xml_escaped(b.text(), nodes[e.source].entity.id);
        b << "\" target=\"";
        append_xml_escaped(b.text(), nodes[e.target].entity.id);
        if (gephi_) {
            b << "\" label=\"" << relation;
        }
        b << "\">";
        data(b, "e0", relation);
        data(b, "e1", relation);
        data(b, "e2", core::to_string(r.certainty));
        data(b, "e3", r.negated ? "true" : "false");
        data_open(b, "e4");
        b.append_double(static_cast<double>(r.weight));
        b << "</data>";
        data(b, "e5", r.mentions);
        data(b, "e6", r.first_seen);
        data(b, "e7", r.last_seen);
        data(b, "e8", core::json_string_list(r.topics));
        data(b, "e9", ev.count);
        data(b, "e10", ev.top_sentence);
        data(b, "e11", core::json_string_list(ev.urls));
        b << "</edge>\n";
        b.maybe_flush();
    });
    b << "  </graph>\n</graphml>\n";
    b.flush();
}

} // namespace corpkg::exporters
