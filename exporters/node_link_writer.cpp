#include "exporters/node_link_writer.hpp"

#include <rapidjson/ostreamwrapper.h>
#include <rapidjson/writer.h>

namespace corpkg::exporters {
namespace {

using Writer = rapidjson::Writer<rapidjson::OStreamWrapper>;

void key(Writer& w, std::string_view k) { w.Key(k.data(), static_cast<unsigned>(k.size())); }
void str(Writer& w, std::string_view s) { w.String(s.data(), static_cast<unsigned>(s.size())); }

void string_list(Writer& w, const std::vector<std::string>& items) {
    w.StartArray();
    for (const auto& s : items) {
        str(w, s);
    }
    w.EndArray();
}

} // namespace

void NodeLinkWriter::write(const core::GraphView& graph,
                           const ExportContext& context,
                           std::ostream& out) const {
    rapidjson::OStreamWrapper os(out);
    Writer w(os);
    w.StartObject();
    key(w, "directed");
    w.Bool(true);
    key(w, "multigraph");
    w.Bool(true);
    key(w, "graph");
    w.StartObject();
    for (const auto& [name, value] : context.graph_attributes) {
        key(w, name);
        str(w, value);
    }
    w.EndObject();
    key(w, "nodes");
    w.StartArray();
    for (const auto& n : graph.nodes()) {
        const auto& e = n.entity;
        w.StartObject();
        key(w, "id");
        str(w, e.id);
        key(w, "label");
        str(w, e.name);
        key(w, "type");
        str(w, core::to_string(e.type));
        key(w, "aliases");
        std::vector<std::string> aliases;
        for (const auto& a : e.aliases) {
            aliases.push_back(a.text);
        }
        string_list(w, aliases);
        key(w, "parent");
        str(w, e.parent);
        key(w, "discovered");
        w.Bool(e.discovered);
        w.EndObject();
    }
    w.EndArray();
    key(w, links_key_ ? "links" : "edges");
    w.StartArray();
    const auto& nodes = graph.nodes();
    for (const auto& edge : graph.edges()) {
        const auto& r = edge.record;
        w.StartObject();
        key(w, "source");
        str(w, nodes[edge.source].entity.id);
        key(w, "target");
        str(w, nodes[edge.target].entity.id);
        key(w, "key");
        str(w, "e" + std::to_string(r.id));
        key(w, "relation");
        str(w, core::to_string(r.relation));
        key(w, "certainty");
        str(w, core::to_string(r.certainty));
        key(w, "negated");
        w.Bool(r.negated);
        key(w, "weight");
        w.Int64(r.weight);
        key(w, "mentions");
        w.Int64(r.mentions);
        key(w, "first_seen");
        str(w, r.first_seen);
        key(w, "last_seen");
        str(w, r.last_seen);
        key(w, "topics");
        string_list(w, r.topics);
        w.EndObject();
    }
    w.EndArray();
    w.EndObject();
    os.Put('\n');
    os.Flush();
}

} // namespace corpkg::exporters
