#include "exporters/gexf_writer.hpp"

#include "core/json_text.hpp"
#include "exporters/edge_evidence.hpp"
#include "exporters/export_values.hpp"
#include "exporters/entity_style.hpp"
#include "exporters/out_buffer.hpp"
#include "exporters/xml_text.hpp"

namespace corpkg::exporters {
namespace {

struct Attribute {
    const char* id;
    const char* type;
};

constexpr Attribute kNodeAttributes[] = {
    {"type", "string"}, {"aliases", "string"}, {"parent", "string"}, {"discovered", "boolean"}};
constexpr Attribute kEdgeAttributes[] = {
    {"relation", "string"},      {"certainty", "string"},       {"negated", "boolean"},
    {"mentions", "long"},        {"first_seen", "string"},      {"last_seen", "string"},
    {"topics", "string"},        {"evidence_count", "long"},    {"evidence", "string"},
    {"source_urls", "string"},
};

void declare(OutBuffer& b, const char* cls, const Attribute* first, const Attribute* last) {
    b << "    <attributes class=\"" << cls << "\" mode=\"static\">\n";
    for (auto* a = first; a != last; ++a) {
        b << "      <attribute id=\"" << a->id << "\" title=\"" << a->id << "\" type=\""
          << a->type << "\"/>\n";
    }
    b << "    </attributes>\n";
}

void attvalue(OutBuffer& b, std::string_view id, std::string_view value) {
    b << "<attvalue for=\"" << id << "\" value=\"";
    append_xml_escaped(b.text(), value);
    b << "\"/>";
}

void attvalue(OutBuffer& b, std::string_view id, std::int64_t value) {
    b << "<attvalue for=\"" << id << "\" value=\"" << value << "\"/>";
}

} // namespace

void GexfWriter::write(const core::GraphView& graph,
                       const ExportContext& context,
                       std::ostream& out) const {
    OutBuffer b(out);
    b << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
         "<gexf xmlns=\"http://gexf.net/1.3\" xmlns:viz=\"http://gexf.net/1.3/viz\" "
         "version=\"1.3\">\n  <meta>\n    <creator>corpkg";
    if (auto version = graph_attribute(context, "corpkg_version"); !version.empty()) {
        b << ' ';
        append_xml_escaped(b.text(), version);
    }
    b << "</creator>\n";
    std::string description;
    for (const auto& [name, value] : context.graph_attributes) {
        if (name != "corpkg_version") {
            description += (description.empty() ? "" : "; ") + name + ": " + value;
        }
    }
    if (!description.empty()) {
        b << "    <description>";
        append_xml_escaped(b.text(), description);
        b << "</description>\n";
    }
    b << "  </meta>\n"
         "  <graph defaultedgetype=\"directed\" mode=\"dynamic\" timeformat=\"date\">\n";
    declare(b, "node", std::begin(kNodeAttributes), std::end(kNodeAttributes));
    declare(b, "edge", std::begin(kEdgeAttributes), std::end(kEdgeAttributes));

    const auto& nodes = graph.nodes();
    auto starts = node_first_seen(graph);
    b << "    <nodes count=\"" << static_cast<std::int64_t>(nodes.size()) << "\">\n";
    for (std::size_t i = 0; i < nodes.size(); ++i) {
        const auto& e = nodes[i].entity;
        b << "      <node id=\"";
        append_xml_escaped(b.text(), e.id);
        b << "\" label=\"";
        append_xml_escaped(b.text(), e.name);
        if (!starts[i].empty()) {
            b << "\" start=\"" << starts[i];
        }
        b << "\"><attvalues>";
        attvalue(b, "type", core::to_string(e.type));
        attvalue(b, "aliases", core::json_string_list(alias_texts(e)));
        attvalue(b, "parent", e.parent);
        attvalue(b, "discovered", e.discovered ? "true" : "false");
        const auto& style = entity_style(e.type);
        b << "</attvalues><viz:color r=\"" << static_cast<std::int64_t>(style.r) << "\" g=\""
          << static_cast<std::int64_t>(style.g) << "\" b=\"" << static_cast<std::int64_t>(style.b)
          << "\"/></node>\n";
        b.maybe_flush();
    }
    b << "    </nodes>\n    <edges count=\"" << static_cast<std::int64_t>(graph.edges().size())
      << "\">\n";
    for_each_edge_with_evidence(graph, context, [&](const core::GraphEdge& e,
                                                    const EvidenceSummary& ev) {
        const auto& r = e.record;
        auto relation = core::to_string(r.relation);
        b << "      <edge id=\"e" << r.id << "\" source=\"";
        append_xml_escaped(b.text(), nodes[e.source].entity.id);
        b << "\" target=\"";
        append_xml_escaped(b.text(), nodes[e.target].entity.id);
        b << "\" kind=\"" << relation << "\" label=\"" << relation << "\" weight=\"";
        b.append_double(static_cast<double>(r.weight));
        if (is_full_iso_date(r.first_seen)) {
            b << "\" start=\"" << r.first_seen;
        }
        if (is_full_iso_date(r.last_seen)) {
            b << "\" end=\"" << r.last_seen;
        }
        b << "\"><attvalues>";
        attvalue(b, "relation", relation);
        attvalue(b, "certainty", core::to_string(r.certainty));
        attvalue(b, "negated", r.negated ? "true" : "false");
        attvalue(b, "mentions", r.mentions);
        attvalue(b, "first_seen", r.first_seen);
        attvalue(b, "last_seen", r.last_seen);
        attvalue(b, "topics", core::json_string_list(r.topics));
        attvalue(b, "evidence_count", ev.count);
        attvalue(b, "evidence", ev.top_sentence);
        attvalue(b, "source_urls", core::json_string_list(ev.urls));
        b << "</attvalues></edge>\n";
        b.maybe_flush();
    });
    b << "    </edges>\n  </graph>\n</gexf>\n";
    b.flush();
}

} // namespace corpkg::exporters
