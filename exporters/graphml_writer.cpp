#include "exporters/graphml_writer.hpp"

#include <charconv>

#include "core/json_text.hpp"
#include "exporters/xml_text.hpp"

namespace corpkg::exporters {
namespace {

struct Key {
    const char* id;
    const char* domain;
    const char* name;
    const char* type;
};

constexpr Key kKeys[] = {
    {"d0", "graph", "corpkg_version", "string"}, {"d1", "graph", "filters", "string"},
    {"n0", "node", "label", "string"},          {"n1", "node", "type", "string"},
    {"n2", "node", "aliases", "string"},        {"n3", "node", "parent", "string"},
    {"n4", "node", "discovered", "boolean"},    {"e0", "edge", "label", "string"},
    {"e1", "edge", "relation", "string"},       {"e2", "edge", "certainty", "string"},
    {"e3", "edge", "negated", "boolean"},       {"e4", "edge", "weight", "double"},
    {"e5", "edge", "mentions", "long"},         {"e6", "edge", "first_seen", "string"},
    {"e7", "edge", "last_seen", "string"},      {"e8", "edge", "topics", "string"},
};

void data(std::string& buf, const char* key, std::string_view value) {
    buf += "<data key=\"";
    buf += key;
    buf += "\">";
    append_xml_escaped(buf, value);
    buf += "</data>";
}

std::string number(std::int64_t v) {
    char tmp[32];
    auto [end, ec] = std::to_chars(tmp, tmp + sizeof tmp, v);
    return std::string(tmp, end);
}

std::string aliases_json(const core::Entity& e) {
    std::vector<std::string> texts;
    for (const auto& a : e.aliases) {
        texts.push_back(a.text);
    }
    return core::json_string_list(texts);
}

} // namespace

void GraphmlWriter::write(const core::GraphView& graph,
                          const ExportContext& context,
                          std::ostream& out) const {
    std::string buf;
    buf.reserve(1 << 16);
    auto flush = [&](bool force) {
        if (force || buf.size() > (1 << 15)) {
            out.write(buf.data(), static_cast<std::streamsize>(buf.size()));
            buf.clear();
        }
    };
    buf += "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
           "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" "
           "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
           "xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
           "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n";
    for (const auto& k : kKeys) {
        buf += "  <key id=\"";
        buf += k.id;
        buf += "\" for=\"";
        buf += k.domain;
        buf += "\" attr.name=\"";
        buf += k.name;
        buf += "\" attr.type=\"";
        buf += k.type;
        buf += "\"/>\n";
    }
    buf += "  <graph id=\"corpkg\" edgedefault=\"directed\">\n";
    std::string version, filters;
    for (const auto& [name, value] : context.graph_attributes) {
        if (name == "corpkg_version") version = value;
        if (name == "filters") filters = value;
    }
    buf += "    ";
    data(buf, "d0", version);
    buf += "\n    ";
    data(buf, "d1", filters);
    buf += "\n";
    for (const auto& n : graph.nodes()) {
        buf += "    <node id=\"";
        append_xml_escaped(buf, n.entity.id);
        buf += "\">";
        data(buf, "n0", n.entity.name);
        data(buf, "n1", core::to_string(n.entity.type));
        data(buf, "n2", aliases_json(n.entity));
        data(buf, "n3", n.entity.parent);
        data(buf, "n4", n.entity.discovered ? "true" : "false");
        buf += "</node>\n";
        flush(false);
    }
    const auto& nodes = graph.nodes();
    for (const auto& e : graph.edges()) {
        const auto& r = e.record;
        buf += "    <edge id=\"e" + number(r.id) + "\" source=\"";
        append_xml_escaped(buf, nodes[e.source].entity.id);
        buf += "\" target=\"";
        append_xml_escaped(buf, nodes[e.target].entity.id);
        buf += "\">";
        data(buf, "e0", core::to_string(r.relation));
        data(buf, "e1", core::to_string(r.relation));
        data(buf, "e2", core::to_string(r.certainty));
        data(buf, "e3", r.negated ? "true" : "false");
        data(buf, "e4", number(r.weight));
        data(buf, "e5", number(r.mentions));
        data(buf, "e6", r.first_seen);
        data(buf, "e7", r.last_seen);
        data(buf, "e8", core::json_string_list(r.topics));
        buf += "</edge>\n";
        flush(false);
    }
    buf += "  </graph>\n</graphml>\n";
    flush(true);
}

} // namespace corpkg::exporters
