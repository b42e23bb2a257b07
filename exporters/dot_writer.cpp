#include "exporters/dot_writer.hpp"

#include <cmath>

#include "exporters/entity_style.hpp"
#include "exporters/out_buffer.hpp"

namespace corpkg::exporters {

std::string dot_quote(std::string_view text) {
    std::string out = "\"";
    for (char ch : text) {
        auto c = static_cast<unsigned char>(ch);
        if (ch == '"' || ch == '\\') {
            out += '\\';
            out += ch;
        } else if (ch == '\n') {
            out += "\\n";
        } else if (c >= 0x20 && c != 0x7F) {
            out += ch;
        }
    }
    return out + "\"";
}

void DotWriter::write(const core::GraphView& graph,
                      const ExportContext& context,
                      std::ostream& out) const {
    OutBuffer b(out);
    b << "digraph corpkg {\n"
         "  graph [rankdir=LR, overlap=false, splines=true, nodesep=0.35, ranksep=0.9, "
         "fontname=\"Noto Sans CJK KR,Noto Sans,Helvetica\", fontsize=12, labelloc=t";
    std::string caption = "corpkg";
    if (auto version = graph_attribute(context, "corpkg_version"); !version.empty()) {
        caption += " " + version;
    }
    if (auto filters = graph_attribute(context, "filters"); !filters.empty()) {
        caption += " — " + filters;
    }
    b << ", label=" << dot_quote(caption) << "];\n"
      << "  node [style=filled, fontname=\"Noto Sans CJK KR,Noto Sans,Helvetica\", "
         "fontsize=11, fontcolor=\"#1a1a1a\", penwidth=0.8, margin=\"0.12,0.06\"];\n"
      << "  edge [fontname=\"Noto Sans CJK KR,Noto Sans,Helvetica\", fontsize=9, "
         "color=\"#555555\", fontcolor=\"#333333\", arrowsize=0.7];\n";
    for (const auto& n : graph.nodes()) {
        const auto& e = n.entity;
        const auto& style = entity_style(e.type);
        b << "  " << dot_quote(e.id) << " [label=" << dot_quote(e.name)
          << ", shape=" << style.shape << ", fillcolor=\"" << style.hex << "\"";
        if (style.light_text) {
            b << ", fontcolor=white";
        }
        if (e.type == core::EntityType::Person) {
            b << ", style=\"filled,rounded\"";
        }
        b << ", tooltip=" << dot_quote(std::string(core::to_string(e.type))) << "];\n";
        b.maybe_flush();
    }
    const auto& nodes = graph.nodes();
    for (const auto& edge : graph.edges()) {
        const auto& r = edge.record;
        std::string label(core::to_string(r.relation));
        if (r.negated) {
            label = "not " + label;
        }
        // Width grows with the number of articles, slowly, so one hub does not dominate.
        double width = 0.8 + std::log2(static_cast<double>(std::max<std::int64_t>(r.weight, 1)));
        width = std::min(width, 5.0);
        b << "  " << dot_quote(nodes[edge.source].entity.id) << " -> "
          << dot_quote(nodes[edge.target].entity.id) << " [id=\"e" << r.id
          << "\", label=" << dot_quote(label)
          << ", style=" << certainty_line_style(r.certainty) << ", penwidth=";
        b.append_double(std::round(width * 10) / 10);
        if (core::is_symmetric(r.relation)) {
            b << ", dir=both";
        }
        if (r.negated) {
            b << ", color=\"#bbbbbb\", fontcolor=\"#999999\"";
        }
        b << "];\n";
        b.maybe_flush();
    }
    b << "}\n";
    b.flush();
}

} // namespace corpkg::exporters
