#include "importers/evaluation.hpp"

#include <algorithm>
#include <istream>
#include <rapidjson/document.h>
#include <unordered_map>

#include "core/errors.hpp"
#include "core/name_keys.hpp"
#include "importers/utf8.hpp"

namespace corpkg::importers {

EvalCounts& EvalCounts::operator+=(const EvalCounts& o) {
    hits += o.hits;
    predicted += o.predicted;
    gold += o.gold;
    certainty_correct += o.certainty_correct;
    return *this;
}

namespace {

/// A name as the scorer compares it: the canonical entity's name key, rolled up to the
/// parent company for business units where the relation allows.
std::string scoring_name(const std::string& name, const std::string& relation,
                         const Lexicon& lexicon) {
    const core::Entity* e = lexicon.entities().find(to_nfc(name));
    if (e == nullptr) {
        return core::name_key(to_nfc(name));
    }
    bool keep_unit = relation == "acquires" || relation == "subsidiary_of" || relation == "part_of";
    if (!keep_unit && e->type == core::EntityType::Unit && !e->parent.empty()) {
        if (const core::Entity* parent = lexicon.entities().find_id(e->parent)) {
            return core::name_key(parent->name);
        }
    }
    return core::name_key(e->name);
}

struct Key {
    std::string subject, relation, object;
    bool negated;
    bool operator==(const Key&) const = default;
};

struct KeyHash {
    std::size_t operator()(const Key& k) const {
        return std::hash<std::string>()(k.subject + '\x1f' + k.relation + '\x1f' + k.object +
                                        (k.negated ? "!" : ""));
    }
};

Key make_key(const std::string& s, const std::string& r, const std::string& o, bool negated,
             const Lexicon& lexicon) {
    Key k{scoring_name(s, r, lexicon), r, scoring_name(o, r, lexicon), negated};
    auto rel = core::parse_relation(r);
    if (rel && core::is_symmetric(*rel) && k.object < k.subject) {
        std::swap(k.subject, k.object);
    }
    return k;
}

} // namespace

void EvalReport::add(const std::string& document,
                     const std::vector<PredictedEdge>& predicted,
                     const std::vector<GoldEdge>& gold,
                     const Lexicon& lexicon) {
    struct GoldEntry {
        const GoldEdge* edge;
        bool required;
    };
    std::unordered_map<Key, GoldEntry, KeyHash> gold_by_key;
    std::vector<Key> gold_order;
    for (const auto& g : gold) {
        Key k = make_key(g.subject, g.relation, g.object, g.negated, lexicon);
        auto [it, inserted] = gold_by_key.emplace(k, GoldEntry{&g, !g.optional});
        if (inserted) {
            gold_order.push_back(k);
        } else if (!g.optional && !it->second.required) {
            it->second = GoldEntry{&g, true}; // a required duplicate beats an optional one
        }
    }
    struct PredEntry {
        const PredictedEdge* edge;
        core::Certainty certainty;
    };
    std::unordered_map<Key, PredEntry, KeyHash> pred_by_key;
    std::vector<Key> pred_order;
    for (const auto& p : predicted) {
        Key k = make_key(p.subject, p.relation, p.object, p.negated, lexicon);
        auto [it, inserted] = pred_by_key.emplace(k, PredEntry{&p, p.certainty});
        if (inserted) {
            pred_order.push_back(k);
        } else {
            it->second.certainty = std::max(it->second.certainty, p.certainty);
        }
    }
    EvalCounts doc_counts;
    auto count = [&](const std::string& relation, auto&& fn) {
        fn(doc_counts);
        fn(by_relation[relation]);
    };
    for (const auto& k : gold_order) {
        const GoldEntry& g = gold_by_key.at(k);
        if (!g.required) continue;
        count(k.relation, [](EvalCounts& c) { ++c.gold; });
        auto p = pred_by_key.find(k);
        if (p == pred_by_key.end()) {
            misses.push_back({document, g.edge->subject, k.relation, g.edge->object, k.negated,
                              std::string(core::to_string(g.edge->certainty)), "",
                              g.edge->evidence});
            continue;
        }
        bool certain = p->second.certainty == g.edge->certainty;
        count(k.relation, [&](EvalCounts& c) {
            ++c.hits;
            c.certainty_correct += certain ? 1 : 0;
        });
        if (!certain) {
            wrong_certainty.push_back({document, g.edge->subject, k.relation, g.edge->object,
                                       k.negated, std::string(core::to_string(p->second.certainty)),
                                       std::string(core::to_string(g.edge->certainty)),
                                       p->second.edge->evidence});
        }
    }
    for (const auto& k : pred_order) {
        auto g = gold_by_key.find(k);
        if (g != gold_by_key.end() && !g->second.required) {
            continue; // optional gold: neither hit nor false positive
        }
        count(k.relation, [](EvalCounts& c) { ++c.predicted; });
        if (g == gold_by_key.end()) {
            const auto& p = pred_by_key.at(k);
            false_positives.push_back({document, p.edge->subject, k.relation, p.edge->object,
                                       k.negated, std::string(core::to_string(p.certainty)), "",
                                       p.edge->evidence});
        }
    }
    overall += doc_counts;
    by_document[document] += doc_counts;
}

std::vector<GoldEdge> read_gold(std::istream& in, const std::string& source) {
    std::vector<GoldEdge> out;
    std::string line;
    std::size_t line_no = 0;
    while (std::getline(in, line)) {
        ++line_no;
        if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
        rapidjson::Document v;
        v.Parse<rapidjson::kParseIterativeFlag>(line.data(), line.size());
        if (v.HasParseError() || !v.IsObject()) {
            throw core::InputError(source, line_no, "invalid gold line (expected a JSON object)");
        }
        auto str = [&](const char* name) -> std::string {
            auto it = v.FindMember(name);
            return it != v.MemberEnd() && it->value.IsString() ? it->value.GetString() : "";
        };
        auto flag = [&](const char* name) {
            auto it = v.FindMember(name);
            return it != v.MemberEnd() && it->value.IsBool() && it->value.GetBool();
        };
        GoldEdge g;
        g.subject = str("subject");
        g.relation = str("relation");
        g.object = str("object");
        if (g.subject.empty() || g.object.empty() || !core::parse_relation(g.relation)) {
            throw core::InputError(source, line_no,
                                   "gold line needs subject, a known relation and object");
        }
        g.certainty = core::parse_certainty(str("certainty")).value_or(core::Certainty::Fact);
        g.negated = flag("negated");
        g.optional = flag("optional");
        g.evidence = str("evidence");
        out.push_back(std::move(g));
    }
    return out;
}

std::vector<PredictedEdge> predicted_edges(const core::Document& doc) {
    std::unordered_map<std::string, std::string> names;
    for (const auto& e : doc.entities) {
        names[e.id] = e.name;
    }
    auto name_of = [&](const std::string& id) {
        auto it = names.find(id);
        return it == names.end() ? id : it->second;
    };
    std::vector<PredictedEdge> out;
    for (const auto& s : doc.statements) {
        out.push_back({name_of(s.subject), std::string(core::to_string(s.relation)),
                       name_of(s.object), s.certainty, s.negated, s.evidence.sentence});
    }
    return out;
}

} // namespace corpkg::importers
