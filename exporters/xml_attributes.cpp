#include "exporters/xml_attributes.hpp"

#include "core/json_text.hpp"
#include "exporters/export_values.hpp"
#include "exporters/xml_text.hpp"

namespace corpkg::exporters {
namespace {

struct Attribute {
    std::string_view graphml_id;
    std::string_view name;
    std::string_view type;
    bool graphml_only; ///< GEXF writes it as an attribute of the element instead
};

// The importer (importers/graph_importer.cpp) reads these by name, not by GraphML id.
constexpr Attribute kNodeAttributes[] = {
    {"n0", "label", "string", true},    {"n1", "type", "string", false},
    {"n2", "aliases", "string", false}, {"n3", "parent", "string", false},
    {"n4", "discovered", "boolean", false},
};
constexpr Attribute kEdgeAttributes[] = {
    {"e0", "label", "string", true},          {"e1", "relation", "string", false},
    {"e2", "certainty", "string", false},     {"e3", "negated", "boolean", false},
    {"e4", "weight", "double", true},         {"e5", "mentions", "long", false},
    {"e6", "first_seen", "string", false},    {"e7", "last_seen", "string", false},
    {"e8", "topics", "string", false},        {"e9", "evidence_count", "long", false},
    {"e10", "evidence", "string", false},     {"e11", "source_urls", "string", false},
};

/// The opening text of each attribute's value in each format, built once: one append per
/// value instead of three (a million-edge export writes twelve million of them).
template <std::size_t N>
struct OpenTags {
    std::string graphml[N];
    std::string gexf[N];
    explicit OpenTags(const Attribute (&attributes)[N]) {
        for (std::size_t i = 0; i < N; ++i) {
            graphml[i] = "<data key=\"" + std::string(attributes[i].graphml_id) + "\">";
            gexf[i] = "<attvalue for=\"" + std::string(attributes[i].name) + "\" value=\"";
        }
    }
};

const std::string* open_tags(XmlFormat format, const Attribute* attributes) {
    static const OpenTags node_tags(kNodeAttributes);
    static const OpenTags edge_tags(kEdgeAttributes);
    bool graphml = format == XmlFormat::Graphml;
    if (attributes == kNodeAttributes) {
        return graphml ? node_tags.graphml : node_tags.gexf;
    }
    return graphml ? edge_tags.graphml : edge_tags.gexf;
}

/// Writes the values of one element, one call per attribute in declaration order.
class Values {
  public:
    Values(OutBuffer& b, XmlFormat format, const Attribute* attributes)
        : b_(b), format_(format), next_(attributes), tag_(open_tags(format, attributes)) {}

    void text(std::string_view v) {
        if (open()) {
            append_xml_escaped(b_, v);
            close();
        }
    }
    /// A value known to need no escaping (a fixed vocabulary word).
    void word(std::string_view v) {
        if (open()) {
            b_ << v;
            close();
        }
    }
    void flag(bool v) { word(v ? "true" : "false"); }
    /// A list as JSON text (what core::json_string_list writes), escaped for XML.
    void list(const std::vector<std::string>& items) {
        if (!open()) {
            return;
        }
        if (items.empty()) {
            b_ << "[]";
        } else if (all_plain(items)) {
            // Nothing for JSON or XML to escape (nearly every list): the quotes are the
            // only characters that change, so the JSON text is not built first.
            b_ << "[&quot;";
            for (std::size_t i = 0; i < items.size(); ++i) {
                if (i > 0) {
                    b_ << "&quot;,&quot;";
                }
                b_ << items[i];
            }
            b_ << "&quot;]";
        } else {
            json_.assign(1, '[');
            for (std::size_t i = 0; i < items.size(); ++i) {
                if (i > 0) {
                    json_ += ',';
                }
                core::append_json_quoted(json_, items[i]);
            }
            json_ += ']';
            append_xml_escaped(b_, json_);
        }
        close();
    }
    void integer(std::int64_t v) {
        if (open()) {
            b_ << v;
            close();
        }
    }
    void real(double v) {
        if (open()) {
            b_.append_double(v);
            close();
        }
    }

  private:
    static bool all_plain(const std::vector<std::string>& items) {
        for (const auto& item : items) {
            if (!is_xml_plain(item) || item.find('\\') != std::string::npos) {
                return false;
            }
        }
        return true;
    }
    bool open() {
        const Attribute& a = *next_++;
        const std::string& tag = *tag_++;
        if (format_ != XmlFormat::Graphml && a.graphml_only) {
            return false;
        }
        b_ << tag;
        return true;
    }
    void close() { b_ << (format_ == XmlFormat::Graphml ? "</data>" : "\"/>"); }

    OutBuffer& b_;
    XmlFormat format_;
    const Attribute* next_;
    const std::string* tag_; ///< the opening text of *next_
    std::string json_;
};

template <std::size_t N>
void declare_gexf(OutBuffer& b, std::string_view cls, const Attribute (&attributes)[N]) {
    b << "    <attributes class=\"" << cls << "\" mode=\"static\">\n";
    for (const auto& a : attributes) {
        if (!a.graphml_only) {
            b << "      <attribute id=\"" << a.name << "\" title=\"" << a.name << "\" type=\""
              << a.type << "\"/>\n";
        }
    }
    b << "    </attributes>\n";
}

template <std::size_t N>
void declare_graphml(OutBuffer& b, std::string_view domain, const Attribute (&attributes)[N]) {
    for (const auto& a : attributes) {
        b << "  <key id=\"" << a.graphml_id << "\" for=\"" << domain << "\" attr.name=\""
          << a.name << "\" attr.type=\"" << a.type << "\"/>\n";
    }
}

} // namespace

void declare_xml_attributes(OutBuffer& b, XmlFormat format) {
    if (format == XmlFormat::Graphml) {
        declare_graphml(b, "node", kNodeAttributes);
        declare_graphml(b, "edge", kEdgeAttributes);
    } else {
        declare_gexf(b, "node", kNodeAttributes);
        declare_gexf(b, "edge", kEdgeAttributes);
    }
}

void write_node_values(OutBuffer& b, XmlFormat format, const core::Entity& e) {
    Values v(b, format, kNodeAttributes);
    v.text(e.name);
    v.word(core::to_string(e.type));
    v.list(alias_texts(e));
    v.text(e.parent);
    v.flag(e.discovered);
}

void write_edge_values(OutBuffer& b,
                       XmlFormat format,
                       const core::EdgeRecord& r,
                       const EvidenceSummary& ev) {
    Values v(b, format, kEdgeAttributes);
    auto relation = core::to_string(r.relation);
    v.word(relation);
    v.word(relation);
    v.word(core::to_string(r.certainty));
    v.flag(r.negated);
    v.real(static_cast<double>(r.weight));
    v.integer(r.mentions);
    v.text(r.first_seen);
    v.text(r.last_seen);
    v.list(r.topics);
    v.integer(ev.count);
    v.text(ev.top_sentence);
    v.list(ev.urls);
}

} // namespace corpkg::exporters
