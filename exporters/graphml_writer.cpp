#include "exporters/graphml_writer.hpp"

#include "exporters/graph_source.hpp"
#include "exporters/out_buffer.hpp"
#include "exporters/xml_attributes.hpp"
#include "exporters/xml_text.hpp"

namespace corpkg::exporters {

void GraphmlWriter::write_source(GraphSource& source,
                                 const ExportContext& context,
                                 std::ostream& out) const {
    OutBuffer b(out);
    b << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
         "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" "
         "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
         "xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
         "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n";
    const auto& graph_attributes = context.graph_attributes;
    for (std::size_t i = 0; i < graph_attributes.size(); ++i) {
        b << "  <key id=\"g" << static_cast<std::int64_t>(i) << "\" for=\"graph\" attr.name=\"";
        append_xml_escaped(b, graph_attributes[i].first);
        b << "\" attr.type=\"string\"/>\n";
    }
    declare_xml_attributes(b, XmlFormat::Graphml);
    b << "  <graph id=\"corpkg\" edgedefault=\"directed\">\n";
    for (std::size_t i = 0; i < graph_attributes.size(); ++i) {
        b << "    <data key=\"g" << static_cast<std::int64_t>(i) << "\">";
        append_xml_escaped(b, graph_attributes[i].second);
        b << "</data>\n";
    }
    source.for_each_node(
        [&](const core::Entity& e, std::string_view) {
            b << "    <node id=\"";
            append_xml_escaped(b, e.id);
            b << "\">";
            write_node_values(b, XmlFormat::Graphml, e);
            b << "</node>\n";
            b.maybe_flush();
        },
        false);
    source.for_each_edge([&](const core::EdgeRecord& r, std::string_view from,
                             std::string_view to, const EvidenceSummary& ev) {
        b << "    <edge id=\"e" << r.id << "\" source=\"";
        append_xml_escaped(b, from);
        b << "\" target=\"";
        append_xml_escaped(b, to);
        if (gephi_) {
            b << "\" label=\"" << core::to_string(r.relation);
        }
        b << "\">";
        write_edge_values(b, XmlFormat::Graphml, r, ev);
        b << "</edge>\n";
        b.maybe_flush();
    });
    b << "  </graph>\n</graphml>\n";
    b.flush();
}

} // namespace corpkg::exporters
