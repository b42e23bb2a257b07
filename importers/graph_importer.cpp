#include "importers/graph_importer.hpp"

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <iterator>
#include <map>
#include <sstream>
#include <stdexcept>
#include <unordered_set>

#include "core/content_hash.hpp"
#include "core/json_text.hpp"
#include "importers/xml_pull_parser.hpp"

namespace corpkg::importers {
namespace {

/// A bad file: the message, and the line when known.
struct GraphError : std::runtime_error {
    GraphError(std::size_t l, const std::string& m) : std::runtime_error(m), line(l) {}
    std::size_t line;
};

bool ends_with(std::string_view s, std::string_view suffix) {
    return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

std::string_view trim_left(std::string_view s) {
    auto p = s.find_first_not_of(" \t\r\n\xEF\xBB\xBF");
    return p == std::string_view::npos ? std::string_view() : s.substr(p);
}

std::int64_t parse_integer(std::string_view text, std::size_t line, std::string_view what) {
    // Accepts `3`, and `3.0` as GraphML doubles are written.
    double value = 0;
    auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc() || end != text.data() + text.size() || !std::isfinite(value)) {
        throw GraphError(line, std::string(what) + ": not a number: '" + std::string(text) + "'");
    }
    return static_cast<std::int64_t>(std::llround(value));
}

bool parse_bool(std::string_view text) { return text == "true" || text == "1" || text == "True"; }

/// Edge fields gathered by attribute name, then checked and converted in one place.
using Fields = std::map<std::string, std::string, std::less<>>;

const std::string* field(const Fields& f, std::string_view name) {
    auto it = f.find(name);
    return it == f.end() ? nullptr : &it->second;
}

core::Entity make_entity(const std::string& id, const Fields& f) {
    core::Entity e;
    e.id = id;
    const std::string* label = field(f, "label");
    e.name = label && !label->empty() ? *label : id;
    if (const auto* type = field(f, "type")) {
        e.type = core::parse_entity_type(*type).value_or(core::EntityType::Other);
    }
    if (const auto* aliases = field(f, "aliases")) {
        for (auto& text : core::parse_json_string_list(*aliases)) {
            e.aliases.push_back(core::Alias{std::move(text), ""});
        }
    }
    if (const auto* parent = field(f, "parent")) e.parent = *parent;
    if (const auto* discovered = field(f, "discovered")) e.discovered = parse_bool(*discovered);
    return e;
}

core::EdgeAggregate make_aggregate(std::string_view id,
                                   const std::string& source,
                                   const std::string& target,
                                   const Fields& f,
                                   std::size_t line) {
    core::EdgeAggregate a;
    if (id.size() > 1 && id[0] == 'e') {
        std::int64_t n = 0;
        auto [end, ec] = std::from_chars(id.data() + 1, id.data() + id.size(), n);
        if (ec == std::errc() && end == id.data() + id.size() && n > 0) a.id = n;
    }
    a.subject = source;
    a.object = target;
    const std::string* relation = field(f, "relation");
    if (relation == nullptr) relation = field(f, "label");
    if (relation == nullptr) {
        throw GraphError(line, "edge " + std::string(id) + " has no relation attribute (not a "
                                                           "corpkg graph export?)");
    }
    auto r = core::parse_relation(*relation);
    if (!r) throw GraphError(line, "edge " + std::string(id) + ": unknown relation '" +
                                       *relation + "'");
    a.relation = *r;
    if (const auto* c = field(f, "certainty"); c && !c->empty()) {
        auto parsed = core::parse_certainty(*c);
        if (!parsed) throw GraphError(line, "unknown certainty '" + *c + "'");
        a.certainty = *parsed;
    }
    if (const auto* v = field(f, "negated")) a.negated = parse_bool(*v);
    if (const auto* v = field(f, "weight")) a.weight = parse_integer(*v, line, "weight");
    if (const auto* v = field(f, "mentions")) a.mentions = parse_integer(*v, line, "mentions");
    if (const auto* v = field(f, "first_seen")) a.first_seen = *v;
    if (const auto* v = field(f, "last_seen")) a.last_seen = *v;
    if (const auto* v = field(f, "topics")) a.topics = core::parse_json_string_list(*v);
    if (const auto* v = field(f, "evidence_count")) {
        a.evidence_count = parse_integer(*v, line, "evidence_count");
    }
    if (const auto* v = field(f, "evidence")) a.evidence = *v;
    if (const auto* v = field(f, "source_urls")) a.source_urls = core::parse_json_string_list(*v);
    return a;
}

void read_graphml(std::string_view text, core::Document& doc) {
    XmlPullParser xml(text);
    std::map<std::string, std::string, std::less<>> key_names; // key id → attr.name
    enum class In { Other, Node, Edge } in = In::Other;
    std::string id, source, target, data_key, data_text;
    bool in_data = false;
    std::size_t item_line = 0;
    Fields fields;
    try {
        for (auto ev = xml.next(); ev != XmlPullParser::Event::End; ev = xml.next()) {
            if (ev == XmlPullParser::Event::Text) {
                if (in_data) data_text += xml.text();
                continue;
            }
            auto name = xml.local_name();
            if (ev == XmlPullParser::Event::StartElement) {
                auto attr = [&](std::string_view a) {
                    const std::string* v = xml.attribute(a);
                    return v ? *v : std::string();
                };
                if (name == "key") {
                    key_names[attr("id")] = attr("attr.name");
                } else if (name == "node" && in == In::Other) {
                    in = In::Node;
                    id = attr("id");
                    fields.clear();
                    item_line = xml.line();
                } else if (name == "edge" && in == In::Other) {
                    in = In::Edge;
                    id = attr("id");
                    source = attr("source");
                    target = attr("target");
                    fields.clear();
                    item_line = xml.line();
                } else if (name == "data" && in != In::Other) {
                    auto key = attr("key");
                    auto it = key_names.find(key);
                    data_key = it == key_names.end() ? key : it->second;
                    data_text.clear();
                    in_data = true;
                }
                continue;
            }
            if (name == "data" && in_data) {
                fields[data_key] = data_text;
                in_data = false;
            } else if (name == "node" && in == In::Node) {
                if (id.empty()) throw GraphError(item_line, "node without an id");
                doc.entities.push_back(make_entity(id, fields));
                in = In::Other;
            } else if (name == "edge" && in == In::Edge) {
                doc.aggregates.push_back(make_aggregate(id, source, target, fields, item_line));
                in = In::Other;
            }
        }
    } catch (const GraphError&) {
        throw;
    } catch (const std::runtime_error& e) {
        throw GraphError(xml.line(), std::string("not well-formed XML: ") + e.what());
    }
}

std::string json_text(const rapidjson::Value& v) {
    if (v.IsString()) return std::string(v.GetString(), v.GetStringLength());
    if (v.IsInt64()) return std::to_string(v.GetInt64());
    if (v.IsNumber()) {
        char buf[40];
        auto [end, ec] = std::to_chars(buf, buf + sizeof buf, v.GetDouble());
        return std::string(buf, end);
    }
    if (v.IsBool()) return v.GetBool() ? "true" : "false";
    if (v.IsArray()) {
        std::vector<std::string> items;
        // Lists of scalars only: nested containers are not corpkg's, and skipping them keeps
        // a hostile file from recursing deeply here.
        for (const auto& item : v.GetArray()) {
            items.push_back(item.IsArray() || item.IsObject() ? std::string() : json_text(item));
        }
        return core::json_string_list(items);
    }
    return {};
}

Fields json_fields(const rapidjson::Value& object) {
    Fields f;
    for (const auto& m : object.GetObject()) {
        f[std::string(m.name.GetString(), m.name.GetStringLength())] = json_text(m.value);
    }
    return f;
}

void read_node_link(const std::string& text, core::Document& doc) {
    rapidjson::Document json;
    // Iterative parsing: a hostile file nested a million deep must not exhaust the stack.
    json.Parse<rapidjson::kParseIterativeFlag>(text.c_str(), text.size());
    if (json.HasParseError()) {
        auto offset = json.GetErrorOffset();
        auto line = 1 + static_cast<std::size_t>(
                            std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(
                                                                        std::min(offset, text.size())),
                                       '\n'));
        throw GraphError(line, std::string("invalid JSON: ") +
                                   rapidjson::GetParseError_En(json.GetParseError()));
    }
    if (!json.IsObject() || !json.HasMember("nodes") || !json["nodes"].IsArray()) {
        throw GraphError(1, "not a node-link graph (no \"nodes\" array)");
    }
    const char* edges_key = json.HasMember("edges") ? "edges" : "links";
    if (!json.HasMember(edges_key) || !json[edges_key].IsArray()) {
        throw GraphError(1, "not a node-link graph (no \"edges\" or \"links\" array)");
    }
    for (const auto& node : json["nodes"].GetArray()) {
        if (!node.IsObject() || !node.HasMember("id")) {
            throw GraphError(1, "a node without an id");
        }
        auto f = json_fields(node);
        doc.entities.push_back(make_entity(f["id"], f));
    }
    for (const auto& edge : json[edges_key].GetArray()) {
        if (!edge.IsObject() || !edge.HasMember("source") || !edge.HasMember("target")) {
            throw GraphError(1, "an edge without source or target");
        }
        auto f = json_fields(edge);
        doc.aggregates.push_back(make_aggregate(f["key"], f["source"], f["target"], f, 1));
    }
}

} // namespace

bool is_graph_input(std::string_view path, std::string_view first_line) {
    if (ends_with(path, ".graphml")) return true;
    auto head = trim_left(first_line);
    if (head.starts_with("<graphml") ||
        (head.starts_with("<?xml") && first_line.find("<graphml") != std::string_view::npos)) {
        return true;
    }
    if (!head.starts_with("{") || ends_with(path, ".jsonl")) return false;
    auto rest = trim_left(head.substr(1));
    return rest.starts_with("\"directed\"") || rest.starts_with("\"multigraph\"") ||
           rest.starts_with("\"nodes\"");
}

ImportResult GraphImporter::read(std::istream& in,
                                 const SourceInfo& source,
                                 const DocumentSink& sink) const {
    ImportResult result;
    std::string text{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
    core::Document doc;
    doc.article.kind = "graph";
    doc.article.source = source.name;
    doc.article.content_hash = core::content_hash(text);
    try {
        if (trim_left(text).starts_with("<")) {
            read_graphml(text, doc);
        } else {
            read_node_link(text, doc);
        }
        std::unordered_set<std::string> ids;
        for (const auto& e : doc.entities) ids.insert(e.id);
        for (const auto& a : doc.aggregates) {
            for (const auto* end : {&a.subject, &a.object}) {
                if (ids.count(*end) == 0) {
                    throw GraphError(0, "edge e" + std::to_string(a.id) + " names node '" + *end +
                                            "', which the file does not declare");
                }
            }
        }
    } catch (const GraphError& e) {
        result.error(source.name, e.line, e.what());
        result.rejected = 1;
        return result;
    }
    ++result.documents;
    sink(std::move(doc));
    return result;
}

} // namespace corpkg::importers
