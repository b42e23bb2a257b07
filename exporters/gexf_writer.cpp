#include "exporters/gexf_writer.hpp"

#include "exporters/entity_style.hpp"
#include "exporters/export_values.hpp"
#include "exporters/graph_source.hpp"
#include "exporters/out_buffer.hpp"
#include "exporters/xml_attributes.hpp"
#include "exporters/xml_text.hpp"

namespace corpkg::exporters {

void GexfWriter::write_source(GraphSource& source,
                              const ExportContext& context,
                              std::ostream& out) const {
    OutBuffer b(out);
    b << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
         "<gexf xmlns=\"http://gexf.net/1.3\" xmlns:viz=\"http://gexf.net/1.3/viz\" "
         "version=\"1.3\">\n  <meta>\n    <creator>corpkg";
    if (auto version = graph_attribute(context, "corpkg_version"); !version.empty()) {
        b << ' ';
        append_xml_escaped(b, version);
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
        append_xml_escaped(b, description);
        b << "</description>\n";
    }
    b << "  </meta>\n"
         "  <graph defaultedgetype=\"directed\" mode=\"dynamic\" timeformat=\"date\">\n";
    declare_xml_attributes(b, XmlFormat::Gexf);

    b << "    <nodes count=\"" << static_cast<std::int64_t>(source.node_count()) << "\">\n";
    source.for_each_node(
        [&](const core::Entity& e, std::string_view start) {
            b << "      <node id=\"";
            append_xml_escaped(b, e.id);
            b << "\" label=\"";
            append_xml_escaped(b, e.name);
            if (!start.empty()) {
                b << "\" start=\"" << start;
            }
            b << "\"><attvalues>";
            write_node_values(b, XmlFormat::Gexf, e);
            const auto& style = entity_style(e.type);
            b << "</attvalues><viz:color r=\"" << static_cast<std::int64_t>(style.r)
              << "\" g=\"" << static_cast<std::int64_t>(style.g) << "\" b=\""
              << static_cast<std::int64_t>(style.b) << "\"/></node>\n";
            b.maybe_flush();
        },
        true);
    b << "    </nodes>\n    <edges count=\"" << static_cast<std::int64_t>(source.edge_count())
      << "\">\n";
    source.for_each_edge([&](const core::EdgeRecord& r, std::string_view from,
                             std::string_view to, const EvidenceSummary& ev) {
        auto relation = core::to_string(r.relation);
        b << "      <edge id=\"e" << r.id << "\" source=\"";
        append_xml_escaped(b, from);
        b << "\" target=\"";
        append_xml_escaped(b, to);
        b << "\" kind=\"" << relation << "\" label=\"" << relation << "\" weight=\"";
        b.append_double(static_cast<double>(r.weight));
        if (is_full_iso_date(r.first_seen)) {
            b << "\" start=\"" << r.first_seen;
        }
        if (is_full_iso_date(r.last_seen)) {
            b << "\" end=\"" << r.last_seen;
        }
        b << "\"><attvalues>";
        write_edge_values(b, XmlFormat::Gexf, r, ev);
        b << "</attvalues></edge>\n";
        b.maybe_flush();
    });
    b << "    </edges>\n  </graph>\n</gexf>\n";
    b.flush();
}

} // namespace corpkg::exporters
