#include "importers/lexicon.hpp"

#include <fstream>
#include <rapidjson/document.h>
#include <rapidjson/error/en.h>
#include <sstream>

#include "core/errors.hpp"
#include "core/name_keys.hpp"
#include "importers/mention_finder.hpp"

namespace corpkg::importers {
namespace {

std::string string_member(const rapidjson::Value& v, const char* name) {
    auto it = v.FindMember(name);
    return it != v.MemberEnd() && it->value.IsString() ? it->value.GetString() : std::string();
}

std::vector<core::Alias> read_aliases(const rapidjson::Value& v, const char* name) {
    std::vector<core::Alias> out;
    auto it = v.FindMember(name);
    if (it == v.MemberEnd() || !it->value.IsObject()) {
        return out;
    }
    for (const auto& lang : it->value.GetObject()) {
        if (!lang.value.IsArray()) {
            continue;
        }
        for (const auto& text : lang.value.GetArray()) {
            if (text.IsString()) {
                out.push_back(core::Alias{text.GetString(), lang.name.GetString()});
            }
        }
    }
    return out;
}

} // namespace

Lexicon::Lexicon() = default;
Lexicon::~Lexicon() = default;

// The compiled automaton points into the lexicon it was built from, so it never moves along.
Lexicon::Lexicon(Lexicon&& other) noexcept
    : entities_(std::move(other.entities_)), groups_(std::move(other.groups_)),
      facts_(std::move(other.facts_)), rules_(std::move(other.rules_)) {
    other.finder_.reset();
}

Lexicon& Lexicon::operator=(Lexicon&& other) noexcept {
    finder_.reset();
    other.finder_.reset();
    entities_ = std::move(other.entities_);
    groups_ = std::move(other.groups_);
    facts_ = std::move(other.facts_);
    rules_ = std::move(other.rules_);
    return *this;
}

core::EntityRegistry& Lexicon::entities() noexcept {
    finder_.reset();
    return entities_;
}

const MentionFinder& Lexicon::finder() const {
    if (!finder_) {
        finder_ = std::make_unique<MentionFinder>(*this, rules_);
    }
    return *finder_;
}

Lexicon Lexicon::load_default() {
    Lexicon lexicon;
    for (const auto& file : default_lexicon_files()) {
        lexicon.add_json(file.text, std::string("lexicon/") + file.path);
    }
    return lexicon;
}

void Lexicon::add_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        throw core::InputError(path, 0, "cannot read lexicon file");
    }
    std::ostringstream text;
    text << in.rdbuf();
    add_json(text.str(), path);
}

void Lexicon::add_json(std::string_view json, const std::string& source) {
    rapidjson::Document doc;
    doc.Parse<rapidjson::kParseIterativeFlag>(json.data(), json.size());
    if (doc.HasParseError()) {
        throw core::InputError(source, 0,
                               "invalid JSON at byte " + std::to_string(doc.GetErrorOffset()) +
                                   ": " + rapidjson::GetParseError_En(doc.GetParseError()));
    }
    if (!doc.IsObject()) {
        throw core::InputError(source, 0, "a lexicon file holds one JSON object");
    }
    finder_.reset();
    rules_.add_json(json, source);
    if (auto it = doc.FindMember("entities"); it != doc.MemberEnd() && it->value.IsArray()) {
        std::size_t index = 0;
        for (const auto& v : it->value.GetArray()) {
            ++index;
            std::string name = v.IsObject() ? string_member(v, "name") : std::string();
            if (name.empty()) {
                throw core::InputError(source, 0,
                                       "entity #" + std::to_string(index) + " has no name");
            }
            core::Entity e;
            e.name = name;
            std::string type = string_member(v, "type");
            auto parsed = core::parse_entity_type(type.empty() ? "company" : type);
            if (!parsed) {
                throw core::InputError(source, 0,
                                       "entity '" + name + "' has unknown type '" + type + "'");
            }
            e.type = *parsed;
            e.aliases = read_aliases(v, "aliases");
            std::string parent = string_member(v, "parent");
            e.parent = parent.empty() ? std::string() : core::slugify(parent);
            const core::Entity& stored = entities_.add(std::move(e));
            EntityFacts& facts = facts_[stored.id];
            facts.group = string_member(v, "group");
            if (auto maker = string_member(v, "maker"); !maker.empty()) {
                facts.maker_id = core::slugify(maker);
            }
            if (auto aff = v.FindMember("affiliation");
                aff != v.MemberEnd() && aff->value.IsObject()) {
                facts.affiliation_id = core::slugify(string_member(aff->value, "company"));
                facts.role = string_member(aff->value, "role");
            }
        }
    }
    if (auto it = doc.FindMember("groups"); it != doc.MemberEnd() && it->value.IsArray()) {
        for (const auto& v : it->value.GetArray()) {
            if (!v.IsObject()) {
                continue;
            }
            EntityGroup g;
            g.name = string_member(v, "name");
            g.default_id = core::slugify(string_member(v, "default"));
            g.short_forms = read_aliases(v, "short");
            groups_.push_back(std::move(g));
        }
    }
}

const EntityFacts& Lexicon::facts(const std::string& id) const {
    static const EntityFacts kNone;
    auto it = facts_.find(id);
    return it == facts_.end() ? kNone : it->second;
}

} // namespace corpkg::importers
