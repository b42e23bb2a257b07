#include "importers/rule_set.hpp"

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>

#include "core/errors.hpp"

namespace corpkg::importers {
namespace {

using rapidjson::Value;

std::vector<std::string> strings(const Value& v) {
    std::vector<std::string> out;
    if (v.IsString()) {
        out.emplace_back(v.GetString());
    } else if (v.IsArray()) {
        for (const auto& s : v.GetArray()) {
            if (s.IsString()) out.emplace_back(s.GetString());
        }
    }
    return out;
}

std::string str(const Value& v, const char* name) {
    auto it = v.FindMember(name);
    return it != v.MemberEnd() && it->value.IsString() ? it->value.GetString() : std::string();
}

const Value* find(const Value& v, const char* name) {
    if (!v.IsObject()) return nullptr;
    auto it = v.FindMember(name);
    return it == v.MemberEnd() ? nullptr : &it->value;
}

/// Reads `{"ko": [...], "en": [...]}` into cues of one kind.
void add_cues(std::vector<Cue>& out, const Value& by_lang, CueKind kind) {
    if (!by_lang.IsObject()) return;
    for (const auto& lang : by_lang.GetObject()) {
        for (auto& text : strings(lang.value)) {
            out.push_back(Cue{std::move(text), lang.name.GetString(), kind});
        }
    }
}

std::vector<Role> roles(const Value& v, const char* name, std::vector<Role> fallback,
                        const std::string& source) {
    const Value* m = find(v, name);
    if (m == nullptr) return fallback;
    std::vector<Role> out;
    for (const auto& s : strings(*m)) {
        Role r = parse_role(s);
        if (r == Role::None && s != "none") {
            throw core::InputError(source, 0, "unknown role '" + s + "'");
        }
        out.push_back(r);
    }
    return out;
}

} // namespace

Role parse_role(std::string_view name) {
    static const std::pair<std::string_view, Role> kNames[] = {
        {"subject", Role::Subject},   {"object", Role::Object},       {"with", Role::With},
        {"dative", Role::Dative},     {"source", Role::Source},       {"toward", Role::Toward},
        {"against", Role::Against},   {"genitive", Role::Genitive},   {"instrument", Role::Instrument},
        {"apposition", Role::Apposition}, {"none", Role::None}};
    for (auto [n, r] : kNames) {
        if (n == name) return r;
    }
    return Role::None;
}

void RuleSet::add_json(std::string_view json, const std::string& source) {
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
    if (const Value* p = find(doc, "particles"); p && p->IsObject()) {
        for (const auto& role : p->GetObject()) {
            Role r = parse_role(role.name.GetString());
            for (auto& text : strings(role.value)) particles.emplace_back(std::move(text), r);
        }
    }
    if (const Value* p = find(doc, "follow_words"); p && p->IsObject()) {
        for (const auto& role : p->GetObject()) {
            Role r = parse_role(role.name.GetString());
            for (auto& text : strings(role.value)) follow_words.emplace_back(std::move(text), r);
        }
    }
    if (const Value* list = find(doc, "relation_cues"); list && list->IsArray()) {
        for (const auto& v : list->GetArray()) {
            if (!v.IsObject()) continue;
            std::string relation_name = str(v, "relation");
            auto relation = core::parse_relation(relation_name);
            if (!relation) {
                throw core::InputError(source, 0, "relation cue names unknown relation '" +
                                                      relation_name + "'");
            }
            for (auto& text : strings(v["cues"])) {
                RelationCue cue;
                cue.text = std::move(text);
                cue.lang = str(v, "lang");
                cue.relation = *relation;
                cue.subject_roles = roles(v, "subject", {Role::Subject}, source);
                cue.object_roles = roles(v, "object", {Role::Object}, source);
                cue.passive = str(v, "voice") == "passive";
                cue.requires_word = str(v, "requires");
                cue.object_after = find(v, "object_after") && v["object_after"].IsBool() &&
                                   v["object_after"].GetBool();
                cue.subject_after = find(v, "subject_after") && v["subject_after"].IsBool() &&
                                    v["subject_after"].GetBool();
                relation_cues.push_back(std::move(cue));
            }
        }
    }
    static const std::pair<const char*, CueKind> kCueKeys[] = {
        {"planned", CueKind::Planned},
        {"speculative", CueKind::Speculative},
        {"negation", CueKind::Negation},
        {"attribution_company", CueKind::AttributionCompany},
        {"attribution_anonymous", CueKind::AttributionAnonymous},
        {"attribution_media", CueKind::AttributionMedia},
        {"blockers", CueKind::Block},
        {"pair_references", CueKind::PairRef},
        {"company_references", CueKind::CompanyRef},
        {"clause_breaks", CueKind::ClauseBreak},
        {"scheduled_endings", CueKind::Scheduled},
        {"joint_ventures", CueKind::JointVenture},
    };
    for (auto [key, kind] : kCueKeys) {
        if (const Value* v = find(doc, key)) add_cues(cues, *v, kind);
    }
    if (const Value* list = find(doc, "titles"); list && list->IsArray()) {
        for (const auto& v : list->GetArray()) {
            if (!v.IsObject()) continue;
            auto relation = core::parse_relation(str(v, "relation").empty() ? "leads"
                                                                            : str(v, "relation"));
            if (!relation) throw core::InputError(source, 0, "title with unknown relation");
            for (auto& text : strings(v["titles"])) {
                titles.push_back(Title{std::move(text), str(v, "lang"), *relation});
            }
        }
    }
    if (const Value* t = find(doc, "topics"); t && t->IsObject()) {
        for (const auto& topic : t->GetObject()) {
            topics.push_back(Topic{topic.name.GetString(), strings(topic.value)});
        }
    }
    if (const Value* f = find(doc, "furniture"); f && f->IsObject()) {
        if (const Value* l = find(*f, "lines")) {
            for (auto& s : strings(*l)) furniture_lines.push_back(std::move(s));
        }
        if (const Value* b = find(*f, "bracket_words")) {
            for (auto& s : strings(*b)) bracket_words.push_back(std::move(s));
        }
    }
    if (const Value* d = find(doc, "discovery"); d && d->IsObject()) {
        auto append = [&](const char* key, std::vector<std::string>& out) {
            if (const Value* v = find(*d, key)) {
                for (auto& s : strings(*v)) out.push_back(std::move(s));
            }
        };
        append("ko_suffixes", ko_company_suffixes);
        append("ko_stop_prefixes", ko_suffix_stop_prefixes);
        append("en_suffixes", en_company_suffixes);
        append("en_stop_words", en_stop_words);
        append("ko_product_nouns", ko_product_nouns);
        append("en_product_nouns", en_product_nouns);
        append("ko_company_nouns", ko_company_nouns);
    }
    for (const auto& c : cues) {
        if (c.kind != CueKind::CompanyRef || c.lang != "en") continue;
        std::size_t sp = c.text.rfind(' ');
        std::string noun = c.text.substr(sp == std::string::npos ? 0 : sp + 1);
        std::string plural = noun;
        if (!plural.empty() && plural.back() == 'y') {
            plural.back() = 'i';
            plural += "es";
        } else {
            plural += 's';
        }
        en_reference_plurals.insert(std::move(plural));
        en_reference_nouns.insert(std::move(noun));
    }
}

} // namespace corpkg::importers
