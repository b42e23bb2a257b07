#include "exporters/exporter.hpp"

#include "core/errors.hpp"
#include "exporters/dot_writer.hpp"
#include "exporters/gexf_writer.hpp"
#include "exporters/graph_source.hpp"
#include "exporters/graphml_writer.hpp"
#include "exporters/graphviz_renderer.hpp"
#include "exporters/node_link_writer.hpp"
#include "exporters/table_writer.hpp"

namespace corpkg::exporters {

void StreamingExporter::write(const core::GraphView& graph,
                              const ExportContext& context,
                              std::ostream& out) const {
    ViewSource source(graph, context);
    write_source(source, context, out);
}

std::vector<std::string> export_formats() {
    std::vector<std::string> formats{"graphml", "gexf", "json", "jsonl", "csv", "dot"};
    if (has_graphviz()) {
        formats.emplace_back("svg");
        formats.emplace_back("png");
    }
    return formats;
}

std::unique_ptr<Exporter> make_exporter(std::string_view format, const FormatOptions& options) {
    if (format == "graphml") {
        return std::make_unique<GraphmlWriter>(options.gephi);
    }
    if (format == "gexf") {
        return std::make_unique<GexfWriter>();
    }
    if (format == "json") {
        return std::make_unique<NodeLinkWriter>(options.links);
    }
    if (format == "jsonl") {
        return std::make_unique<TableWriter>(TableWriter::Syntax::Jsonl, options.nodes);
    }
    if (format == "csv") {
        return std::make_unique<TableWriter>(TableWriter::Syntax::Csv, options.nodes);
    }
    if (format == "dot") {
        return std::make_unique<DotWriter>();
    }
    if (format == "svg" || format == "png") {
        if (!has_graphviz()) {
            throw core::Error(std::string(format) +
                              " export needs Graphviz, which this corpkg was built without "
                              "(install libgraphviz-dev and rebuild, or export --format dot "
                              "and run `dot -T" + std::string(format) + "`)");
        }
        return std::make_unique<GraphvizRenderer>(std::string(format));
    }
    std::string known;
    for (const auto& f : export_formats()) {
        known += (known.empty() ? "" : ", ") + f;
    }
    throw core::UsageError("unknown export format '" + std::string(format) + "' (valid: " + known +
                           ")");
}

std::string graph_attribute(const ExportContext& context, std::string_view name) {
    for (const auto& [key, value] : context.graph_attributes) {
        if (key == name) {
            return value;
        }
    }
    return {};
}

} // namespace corpkg::exporters
