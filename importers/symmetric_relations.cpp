#include <algorithm>
#include <cstdint>

#include "importers/english_clauses.hpp"
#include "importers/relation_slots.hpp"

namespace corpkg::importers {

using core::EntityType;
using core::Relation;

void extract_symmetric(const CueContext& c, std::vector<core::Statement>& out) {
    const SentenceView& view = c.view;
    const DocumentContext& ctx = c.ctx;
    const CueHit& h = c.hit;
    const RelationCue& rc = c.cue;
    const Modality& m = c.modality;
    (void)m;
    const Relation r = rc.relation;
    const std::string& rule = c.rule;
    const bool ko = view.lang == "ko";
    const bool has_subject = c.has_subject;
    std::vector<Slot> parts;
    auto add_part = [&](const Slot& s) {
        for (const auto& p : parts) {
            if (p.id == s.id) return;
        }
        parts.push_back(s);
    };
    bool pair_ref = false;
    for (const auto& a : view.args) {
        if (!a.pair.empty()) {
            pair_ref = true;
            for (const auto& id : a.pair) {
                if (const core::Entity* e = ctx.entity(id)) add_part(Slot{id, e->type, a.start});
            }
        }
    }
    // English: a pair that does it with a third name (the two companies developed it
    // together with X): every one of the three pairs.
    if (pair_ref && !ko) {
        for (std::size_t k = 0; k < view.args.size(); ++k) {
            const Arg& a = view.args[k];
            if (a.start < h.end || a.id.empty() || a.role == Role::Genitive) continue;
            for (const Arg* b : listed_from(view, k)) {
                if (auto sl = slot_for(*b, r, true, ctx)) add_part(*sl);
            }
            break;
        }
    }
    std::size_t anchor = SIZE_MAX;
    bool english_anchor = false;
    if (!pair_ref) {
        std::vector<Arg> cands;
        if (ko) {
            for (const auto& a : view.args) {
                if (!a.id.empty() && (a.role == Role::Subject || a.role == Role::With ||
                                      a.role == Role::Object)) {
                    cands.push_back(a);
                }
            }
            // A sentence without a subject carries the previous one's (not in
            // headlines, whose subject is the article's own topic).
            bool subjectless = std::none_of(cands.begin(), cands.end(), [](const Arg& a) {
                return a.role == Role::Subject;
            });
            if (subjectless && !has_subject && ctx.subject && !view.sentence.headline) {
                Arg carried;
                carried.id = *ctx.subject;
                carried.role = Role::Subject;
                if (const core::Entity* e = ctx.entity(carried.id)) carried.type = e->type;
                cands.insert(cands.begin(), carried);
                subjectless = false;
            }
            // Companions (X와) of a missing subject do not pair among themselves.
            if (subjectless && std::all_of(cands.begin(), cands.end(), [](const Arg& a) {
                    return a.role == Role::With;
                })) {
                cands.clear();
            }
        } else {
            // The nearest name before the cue and the first after it; two names
            // joined before the cue (X and Y agreed to partner) when none follows.
            std::vector<const Arg*> after;
            std::vector<const Arg*> before;
            for (std::size_t k = 0; k < view.args.size(); ++k) {
                const Arg& a = view.args[k];
                if (a.role == Role::Apposition || a.id.empty()) continue;
                // Names inside an aside about an earlier name (X, the unit of Y and Z, to
                // develop) are not parties.
                if (a.start < h.start && in_aside(view, a, h.start)) continue;
                if (a.start < h.start) before.push_back(&a);
                else if (after.empty() && a.role != Role::Genitive) after = listed_from(view, k);
            }
            // A list right before the cue is its subject (A and B are working with C and
            // D): every listed subject pairs with every listed name after the cue.
            if (!before.empty() && !after.empty() &&
                direct_subject_gap(view.text.substr(before.back()->word_end,
                                                    h.start > before.back()->word_end ? h.start - before.back()->word_end : 0))) {
                auto subjects = listed_before(view, *before.back());
                if (subjects.size() >= 2) {
                    for (const Arg* sb : subjects) {
                        auto x = slot_for(*sb, r, true, ctx);
                        for (const Arg* ob : after) {
                            auto y = slot_for(*ob, r, true, ctx);
                            if (!x || !y) continue;
                            bool same = x->type == y->type || (is_org(x->type) && is_org(y->type));
                            if (same || r == Relation::MeetsWith) emit(out, r, x->id, y->id, c.modality, rule);
                        }
                    }
                    return;
                }
            }
            if (before.size() >= 2 && after.empty()) cands.push_back(*before[before.size() - 2]);
            // The nearest name before the cue of the kind of the first name after it: a
            // product named in between (Micron, a maker of HBM, competes with X) is not it.
            const Arg* nearest = before.empty() ? nullptr : before.back();
            if (nearest && !after.empty() && r != Relation::MeetsWith) {
                auto kin = [&](const Arg* a) {
                    return a->type == after.front()->type || (is_org(a->type) && is_org(after.front()->type));
                };
                // Only across an aside set off by a comma (X, a maker of Y, competes).
                for (auto it = before.rbegin(); !kin(nearest) && it != before.rend(); ++it) {
                    if (kin(*it) && view.text.substr((*it)->word_end, 2) == ", ") nearest = *it;
                }
            }
            if (nearest) cands.push_back(*nearest);
            for (const Arg* a : after) cands.push_back(*a);
            // One name before a list pairs with each listed name, not the list within.
            english_anchor = !before.empty() && after.size() > 1;
        }
        // Meetings between persons stay between persons.
        std::size_t persons = 0;
        for (const Arg& a : cands) persons += a.type == EntityType::Person;
        std::size_t subjects = 0;
        for (const Arg& a : cands) {
            if (r == Relation::MeetsWith && persons >= 2 && a.type != EntityType::Person) continue;
            Arg copy = a;
            if (r == Relation::MeetsWith && persons < 2 && a.type == EntityType::Person) {
                std::string c = ctx.company_of(a.id);
                if (!c.empty()) {
                    copy.id = c;
                    copy.type = EntityType::Company;
                }
            }
            if (auto s = slot_for(copy, r, true, ctx)) {
                if (ko && (a.role == Role::Subject)) {
                    ++subjects;
                    anchor = parts.size();
                }
                add_part(*s);
            }
        }
        if (subjects != 1) anchor = SIZE_MAX;
        if (english_anchor && !parts.empty()) anchor = 0;
        // A product with no counterpart of its type takes the previous sentence's
        // ('비전프로'와 경쟁 after a sentence about '퀘스트3').
        std::size_t products = 0;
        for (const auto& p : parts) products += p.type == EntityType::Product;
        if (products == 1 && ko) {
            for (const auto& p : ctx.previous_products) {
                bool here = std::any_of(parts.begin(), parts.end(),
                                        [&](const Slot& q) { return q.id == p; });
                if (!here) {
                    anchor = SIZE_MAX;
                    add_part(Slot{p, EntityType::Product, 0});
                    break;
                }
            }
        }
    }
    // Mixed types never pair (a company does not compete with a product).
    for (std::size_t i = 0; i < parts.size(); ++i) {
        for (std::size_t j = i + 1; j < parts.size(); ++j) {
            if (anchor != SIZE_MAX && i != anchor && j != anchor) continue;
            bool same = parts[i].type == parts[j].type ||
                        (is_org(parts[i].type) && is_org(parts[j].type));
            if (!same && r != Relation::MeetsWith) continue;
            emit(out, r, parts[i].id, parts[j].id, m, rule);
        }
    }
}

} // namespace corpkg::importers
