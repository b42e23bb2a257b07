#include "importers/statement_importer.hpp"

#include <map>
#include <rapidjson/document.h>
#include <rapidjson/error/en.h>
#include <string>

#include "core/content_hash.hpp"
#include "core/name_keys.hpp"
#include "importers/utf8.hpp"

namespace corpkg::importers {
namespace {

using rapidjson::Value;

const Value* member(const Value& v, const char* name) {
    auto it = v.FindMember(name);
    return it == v.MemberEnd() || it->value.IsNull() ? nullptr : &it->value;
}

/// Reads an optional string member; sets `error` when present but not a string.
std::string optional_string(const Value& v, const char* name, std::string& error) {
    const Value* m = member(v, name);
    if (m == nullptr) {
        return {};
    }
    if (!m->IsString()) {
        error = std::string("field '") + name + "' must be a string";
        return {};
    }
    return to_nfc(std::string_view(m->GetString(), m->GetStringLength()));
}

core::EntityType default_type(core::Relation r, bool is_subject) {
    using core::Relation;
    if (is_subject && (r == Relation::Leads || r == Relation::Founded)) {
        return core::EntityType::Person;
    }
    if (!is_subject && r == Relation::Makes) {
        return core::EntityType::Product;
    }
    return core::EntityType::Company;
}

// No statement comes near this; a longer line is a wrong or hostile file, and reading it
// whole would let one runaway line exhaust memory.
constexpr std::size_t kMaxLineBytes = 16u << 20;

/// std::getline with a bound: keeps at most `limit` bytes of the line, skips the rest and
/// sets `too_long`. False at the end of the input.
bool read_line(std::istream& in, std::string& line, std::size_t limit, bool& too_long) {
    line.clear();
    too_long = false;
    char buf[1 << 16];
    bool any = false;
    while (true) {
        in.getline(buf, sizeof buf);
        auto n = static_cast<std::size_t>(in.gcount());
        bool full = in.fail() && !in.eof() && n == sizeof buf - 1;
        bool delimited = !in.fail() && !in.eof();
        std::size_t kept = delimited && n > 0 ? n - 1 : n;
        any = any || n > 0;
        if (line.size() + kept > limit) {
            too_long = true;
        } else if (!too_long) {
            line.append(buf, kept);
        }
        if (full) {
            in.clear(in.rdstate() & ~std::ios::failbit);
            continue;
        }
        return any;
    }
}

/// A value from the input as shown in a message: control characters escaped so the
/// message stays one line, long values cut.
std::string shown(std::string_view value) {
    std::string out;
    for (char c : value.substr(0, 80)) {
        if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f) {
            static constexpr char kHex[] = "0123456789abcdef";
            out += "\\x";
            out += kHex[(c >> 4) & 0xF];
            out += kHex[c & 0xF];
        } else {
            out += c;
        }
    }
    return value.size() > 80 ? out + "..." : out;
}

} // namespace

ImportResult StatementImporter::read(std::istream& in,
                                     const SourceInfo& source,
                                     const DocumentSink& sink) const {
    ImportResult result;
    core::Document doc;
    doc.article.kind = "statements";
    doc.article.source = source.name;
    core::ContentHasher hasher;
    std::map<std::string, core::Entity> entities; // by id

    auto entity_for = [&](const std::string& name, const std::string& type_name,
                          core::Relation relation, bool is_subject,
                          std::string& error) -> std::string {
        if (const core::Entity* known = lexicon_.entities().find(name)) {
            entities.emplace(known->id, *known);
            return known->id;
        }
        core::Entity e;
        e.name = name;
        e.id = core::slugify(name);
        if (!type_name.empty()) {
            auto t = core::parse_entity_type(type_name);
            if (!t) {
                error = "unknown entity type '" + shown(type_name) +
                        "' (valid: company, product, person, unit, government, other)";
                return {};
            }
            e.type = *t;
        } else {
            e.type = default_type(relation, is_subject);
        }
        auto [it, inserted] = entities.emplace(e.id, e);
        return it->second.id;
    };

    std::string line;
    std::size_t line_no = 0;
    bool bad = false;
    bool too_long = false;
    while (read_line(in, line, kMaxLineBytes, too_long)) {
        ++line_no;
        if (too_long) {
            result.error(source.name, line_no,
                         "line is longer than " + std::to_string(kMaxLineBytes >> 20) +
                             " MiB; not a statement file?");
            bad = true;
            continue;
        }
        hasher.update(line);
        hasher.update("\n");
        if (line_no == 1 && line.rfind("\xEF\xBB\xBF", 0) == 0) {
            line.erase(0, 3);
        }
        if (!line.empty() && line.back() == '\r') {
            line.pop_back();
        }
        if (line.find_first_not_of(" \t") == std::string::npos) {
            continue;
        }
        auto fail = [&](const std::string& message) {
            result.error(source.name, line_no, message);
            bad = true;
        };
        if (auto off = find_invalid_utf8(line)) {
            fail("invalid UTF-8 at byte " + std::to_string(*off) + " of the line");
            continue;
        }
        rapidjson::Document v;
        // Iterative parsing: a line of a million '[' must not overflow the stack.
        v.Parse<rapidjson::kParseIterativeFlag>(line.data(), line.size());
        if (v.HasParseError()) {
            fail("invalid JSON at column " + std::to_string(v.GetErrorOffset() + 1) + ": " +
                 rapidjson::GetParseError_En(v.GetParseError()));
            continue;
        }
        if (!v.IsObject()) {
            fail("a statement line holds one JSON object");
            continue;
        }
        std::string error;
        std::string subject = optional_string(v, "subject", error);
        std::string relation_name = optional_string(v, "relation", error);
        std::string object = optional_string(v, "object", error);
        if (!error.empty()) {
            fail(error);
            continue;
        }
        const char* missing = subject.empty()         ? "subject"
                              : relation_name.empty() ? "relation"
                              : object.empty()        ? "object"
                                                      : nullptr;
        if (missing != nullptr) {
            fail(std::string("missing field '") + missing + "'");
            continue;
        }
        auto relation = core::parse_relation(relation_name);
        if (!relation) {
            fail("unknown relation '" + shown(relation_name) +
                 "' (valid: " + core::relation_names() + ")");
            continue;
        }
        core::Statement s;
        s.relation = *relation;
        if (auto c = optional_string(v, "certainty", error); !c.empty()) {
            auto parsed = core::parse_certainty(c);
            if (!parsed) {
                fail("unknown certainty '" + shown(c) + "' (valid: fact, planned, speculative)");
                continue;
            }
            s.certainty = *parsed;
        }
        if (auto a = optional_string(v, "attribution", error); !a.empty()) {
            s.attribution = core::parse_attribution(a).value_or(core::Attribution::Article);
        }
        if (const Value* n = member(v, "negated")) {
            if (!n->IsBool()) {
                fail("field 'negated' must be true or false");
                continue;
            }
            s.negated = n->GetBool();
        }
        if (const Value* t = member(v, "topics")) {
            if (!t->IsArray()) {
                fail("field 'topics' must be a list of strings");
                continue;
            }
            for (const auto& topic : t->GetArray()) {
                if (topic.IsString()) {
                    s.topics.emplace_back(topic.GetString());
                }
            }
        }
        if (const Value* ev = member(v, "evidence")) {
            if (ev->IsString()) {
                s.evidence.sentence = to_nfc(ev->GetString());
            } else if (ev->IsObject()) {
                s.evidence.sentence = optional_string(*ev, "sentence", error);
            }
        }
        if (const Value* src = member(v, "source")) {
            if (src->IsString()) {
                s.evidence.url = src->GetString();
            } else if (src->IsObject()) {
                s.evidence.url = optional_string(*src, "url", error);
                s.evidence.date = optional_string(*src, "date", error);
                s.evidence.title = optional_string(*src, "title", error);
                s.evidence.publisher = optional_string(*src, "publisher", error);
                if (s.evidence.date.empty()) {
                    s.evidence.date = optional_string(*src, "published", error);
                }
            }
        }
        if (auto date = optional_string(v, "date", error); !date.empty()) {
            s.evidence.date = date;
        }
        std::string rule = optional_string(v, "rule", error);
        s.evidence.rule = rule.empty() ? "statement" : rule;
        s.subject = entity_for(subject, optional_string(v, "subject_type", error), s.relation,
                               true, error);
        s.object = entity_for(object, optional_string(v, "object_type", error), s.relation,
                              false, error);
        if (!error.empty()) {
            fail(error);
            continue;
        }
        doc.statements.push_back(std::move(s));
    }
    if (bad) {
        result.rejected = 1;
        return result;
    }
    if (doc.statements.empty()) {
        result.warning(source.name, 0, "no statements");
        return result;
    }
    doc.article.content_hash = hasher.hex();
    for (auto& [id, e] : entities) {
        doc.entities.push_back(std::move(e));
    }
    sink(std::move(doc));
    result.documents = 1;
    return result;
}

} // namespace corpkg::importers
