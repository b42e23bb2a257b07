#include "exporters/node_link_writer.hpp"

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include "exporters/export_values.hpp"
#include "exporters/graph_source.hpp"

namespace corpkg::exporters {
namespace {

using Writer = rapidjson::Writer<rapidjson::StringBuffer>;

void key(Writer& w, std::string_view k) { w.Key(k.data(), static_cast<unsigned>(k.size())); }
void str(Writer& w, std::string_view s) { w.String(s.data(), static_cast<unsigned>(s.size())); }

void string_list(Writer& w, const std::vector<std::string>& items) {
    w.StartArray();
    for (const auto& s : items) {
        str(w, s);
    }
    w.EndArray();
}

/// Hands the JSON written so far to the stream once it fills a block.
void drain(rapidjson::StringBuffer& buf, std::ostream& out, bool force) {
    if (force || buf.GetSize() >= (1u << 16)) {
        out.write(buf.GetString(), static_cast<std::streamsize>(buf.GetSize()));
        buf.Clear();
    }
}

} // namespace

void NodeLinkWriter::write_source(GraphSource& source,
                                  const ExportContext& context,
                                  std::ostream& out) const {
    rapidjson::StringBuffer buf;
    Writer w(buf);
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
    source.for_each_node(
        [&](const core::Entity& e, std::string_view) {
            w.StartObject();
            key(w, "id");
            str(w, e.id);
            key(w, "label");
            str(w, e.name);
            key(w, "type");
            str(w, core::to_string(e.type));
            key(w, "aliases");
            string_list(w, alias_texts(e));
            key(w, "parent");
            str(w, e.parent);
            key(w, "discovered");
            w.Bool(e.discovered);
            w.EndObject();
            drain(buf, out, false);
        },
        false);
    w.EndArray();
    key(w, links_key_ ? "links" : "edges");
    w.StartArray();
    std::string edge_key;
    source.for_each_edge([&](const core::EdgeRecord& r, std::string_view from,
                             std::string_view to, const EvidenceSummary& ev) {
        w.StartObject();
        key(w, "source");
        str(w, from);
        key(w, "target");
        str(w, to);
        key(w, "key");
        edge_key = "e";
        edge_key += std::to_string(r.id);
        str(w, edge_key);
        key(w, "relation");
        str(w, core::to_string(r.relation));
        key(w, "certainty");
        str(w, core::to_string(r.certainty));
        key(w, "negated");
        w.Bool(r.negated);
        key(w, "weight");
        w.Double(static_cast<double>(r.weight));
        key(w, "mentions");
        w.Int64(r.mentions);
        key(w, "first_seen");
        str(w, r.first_seen);
        key(w, "last_seen");
        str(w, r.last_seen);
        key(w, "topics");
        string_list(w, r.topics);
        key(w, "evidence_count");
        w.Int64(ev.count);
        key(w, "evidence");
        str(w, ev.top_sentence);
        key(w, "source_urls");
        string_list(w, ev.urls);
        w.EndObject();
        drain(buf, out, false);
    });
    w.EndArray();
    w.EndObject();
    buf.Put('\n');
    drain(buf, out, true);
}

} // namespace corpkg::exporters
