#include "importers/joint_ventures.hpp"

#include <algorithm>
#include <string>

#include "importers/relation_modality.hpp"
#include "importers/relation_slots.hpp"

namespace corpkg::importers {
namespace {

bool only_spaces_and_quotes(std::string_view s) {
    return std::all_of(s.begin(), s.end(), [](char c) { return c == ' ' || c == '\'' || c == '"'; });
}

/// The venture a joint-venture noun at [start, end) names, if any.
const Arg* venture_at(const SentenceView& v, std::size_t start, std::size_t end) {
    for (const auto& a : v.args) {
        if (a.id.empty() || !is_org(a.type)) continue;
        // 합작법인 'Z', joint venture Z: the name follows the noun.
        if (a.start >= end && a.start - end <= 9) {
            std::string_view gap = v.text.substr(end, a.start - end);
            if (only_spaces_and_quotes(gap) || gap == ", " || gap == " called " ||
                gap == " named " || gap == ", called " || gap == ", named ") {
                return &a;
            }
        }
        // English: Z, a (new) joint venture / Z, their joint venture.
        if (v.lang == "en" && a.word_end <= start && start - a.word_end <= 24) {
            std::string_view gap = v.text.substr(a.word_end, start - a.word_end);
            if (gap.size() >= 2 && gap[0] == ',' &&
                (gap.find(" a ") != std::string_view::npos || gap.find(" their ") != std::string_view::npos ||
                 gap.find(" the ") != std::string_view::npos) &&
                gap.find(',', 1) == std::string_view::npos) {
                return &a;
            }
        }
    }
    return nullptr;
}

bool contains(const std::vector<std::string>& ids, const std::string& id) {
    return std::find(ids.begin(), ids.end(), id) != ids.end();
}

void add_unique(std::vector<std::string>& ids, const std::string& id) {
    if (!id.empty() && !contains(ids, id)) ids.push_back(id);
}

/// The parents of `venture`, named at the joint-venture noun `hit`: the names joined to the
/// noun, else the companies the sentence has partner, else a 양사 pair.
std::vector<std::string> parents_of(const SentenceView& v, const CueHit& hit, const Arg& venture,
                                    const std::vector<core::Statement>& out) {
    std::vector<std::string> parents;
    // Names joined to the noun: A와 B의 (배터리) 합작사, A and B's joint venture, a joint
    // venture between A and B; a name listed with one of them (A와 B의) counts too.
    for (std::size_t k = 0; k < v.args.size(); ++k) {
        const Arg& a = v.args[k];
        if (&a == &venture || a.id.empty() || !is_org(a.type)) continue;
        bool joined = v.lang == "ko" ? a.role == Role::Genitive || a.role == Role::With
                                     : v.text.substr(a.end, 2) == "'s";
        bool before = joined && a.word_end <= hit.start && hit.start - a.word_end <= 24;
        bool after = v.lang == "en" && a.start >= hit.end && a.start - hit.end <= 32 &&
                     a.after_preposition && a.start < venture.start;
        if (before || after) {
            if (k > 0 && v.args[k - 1].role == Role::With && is_org(v.args[k - 1].type)) {
                add_unique(parents, v.args[k - 1].id);
            }
            add_unique(parents, a.id);
        }
    }
    // X는 Y와 합작법인 Z를: a venture "with" Y alone is X's too.
    bool with_only = !parents.empty();
    for (const auto& a : v.args) {
        if (contains(parents, a.id) && a.role != Role::With) {
            with_only = false;
        }
    }
    if (with_only && v.lang == "ko") {
        for (const auto& a : v.args) {
            if (a.role == Role::Subject && !a.id.empty() && is_org(a.type) && &a != &venture) {
                add_unique(parents, a.id);
                break;
            }
        }
    }
    // Else the companies the sentence has partner (A와 B는 … 합작법인을 세웠다).
    const bool joined_found = !parents.empty();
    for (const auto& s : out) {
        if (joined_found || s.relation != core::Relation::PartnersWith) continue;
        for (const auto* id : {&s.subject, &s.object}) {
            if (*id != venture.id) add_unique(parents, *id);
        }
    }
    // English lists: Toyota and Panasonic formed … — each parent brings its list.
    if (v.lang == "en" && !joined_found) {
        for (std::size_t k = 0; k < v.args.size(); ++k) {
            if (!contains(parents, v.args[k].id)) continue;
            // The list it stands in may start before it (Toyota and Panasonic).
            for (std::size_t head = 0; head <= k; ++head) {
                auto list = listed_from(v, head);
                if (std::find(list.begin(), list.end(), &v.args[k]) == list.end()) continue;
                for (const Arg* a : list) {
                    if (a != &venture && !a->id.empty() && is_org(a->type)) add_unique(parents, a->id);
                }
                break;
            }
        }
    }
    if (parents.empty()) {
        for (const auto& a : v.args) {
            if (a.id.empty() && a.pair.size() == 2) {
                add_unique(parents, a.pair[0]);
                add_unique(parents, a.pair[1]);
            }
        }
    }
    return parents;
}

} // namespace

void find_joint_ventures(const SentenceView& v, const RuleSet& rules, const DocumentContext& ctx,
                         std::vector<core::Statement>& out) {
    for (const auto& hit : v.cues) {
        if (rules.cues[hit.index].kind != CueKind::JointVenture) continue;
        const Arg* venture = venture_at(v, hit.start, hit.end);
        if (!venture) continue;
        std::vector<std::string> parents = parents_of(v, hit, *venture, out);
        parents.erase(std::remove(parents.begin(), parents.end(), venture->id), parents.end());
        if (parents.empty()) continue;
        // The noun holds a partnership cue of its own (합작): partnerships it alone cued are
        // only kept between parents.
        bool noun_cued_only = true;
        for (const auto& r : v.relation_cues) {
            if (rules.relation_cues[r.index].relation != core::Relation::PartnersWith) continue;
            noun_cued_only = noun_cued_only && r.start >= hit.start && r.end <= hit.end;
        }
        auto is_parent = [&](const std::string& id) { return contains(parents, id); };
        out.erase(std::remove_if(out.begin(), out.end(),
                                 [&](const core::Statement& s) {
                                     if (s.relation != core::Relation::PartnersWith) return false;
                                     if (s.subject == venture->id || s.object == venture->id) return true;
                                     return noun_cued_only && !(is_parent(s.subject) && is_parent(s.object));
                                 }),
                  out.end());
        Modality m = modality_at(v, rules, hit.start);
        for (const auto& p : parents) {
            const core::Entity* e = ctx.entity(p);
            if (e && !is_org(e->type)) continue;
            emit(out, core::Relation::InvestsIn, p, venture->id, m,
                 v.lang + ":joint-venture");
        }
    }
}

} // namespace corpkg::importers
