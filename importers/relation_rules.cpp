#include "importers/relation_rules.hpp"

#include <algorithm>
#include <set>

#include "importers/english_clauses.hpp"
#include "importers/text_scan.hpp"

namespace corpkg::importers {
namespace {

using core::EntityType;
using core::Relation;

bool is_org(EntityType t) { return t == EntityType::Company || t == EntityType::Unit; }

/// Whether an entity of type `t` may fill the subject (or object) slot of a relation.
bool fits(Relation r, EntityType t, bool subject) {
    switch (r) {
    case Relation::Makes:
        return subject ? is_org(t) : t == EntityType::Product;
    case Relation::Uses:
        return is_org(t) || t == EntityType::Product;
    case Relation::CompetesWith:
        return is_org(t) || t == EntityType::Product;
    case Relation::MeetsWith:
        return is_org(t) || t == EntityType::Person || t == EntityType::Government;
    case Relation::Leads:
    case Relation::Founded:
        return subject ? t == EntityType::Person : is_org(t);
    case Relation::Sues:
        return is_org(t) || (subject && t == EntityType::Person); // a founder sues too
    case Relation::InvestsIn:
        return is_org(t) || (subject && t == EntityType::Government);
    default:
        return is_org(t);
    }
}

/// One argument candidate after persons stand for their company where the relation wants
/// a company.
struct Slot {
    std::string id;
    EntityType type;
    std::size_t pos;
};

std::optional<Slot> slot_for(const Arg& a, Relation r, bool subject, const DocumentContext& ctx) {
    if (a.id.empty()) return std::nullopt;
    if (fits(r, a.type, subject)) return Slot{a.id, a.type, a.start};
    if (a.type == EntityType::Product && !core::is_symmetric(r)) {
        // A product stands for its maker where a company is wanted (cells supplied for
        // the X pickup: the supplier supplies the pickup's maker).
        std::string maker = ctx.maker_of(a.id);
        if (!maker.empty()) {
            if (const core::Entity* e = ctx.entity(maker); e && fits(r, e->type, subject)) {
                return Slot{maker, e->type, a.start};
            }
        }
    }
    if (a.type == EntityType::Person) {
        std::string company = ctx.company_of(a.id);
        if (!company.empty()) {
            if (const core::Entity* e = ctx.entity(company); e && fits(r, e->type, subject)) {
                return Slot{company, e->type, a.start};
            }
        }
    }
    return std::nullopt;
}

bool in(const std::vector<Role>& roles, Role r) {
    if (std::find(roles.begin(), roles.end(), r) != roles.end()) return true;
    return false;
}

bool is_subject_role(Role r) { return r == Role::Subject; }

void emit(std::vector<core::Statement>& out, const SentenceView& view, Relation r,
          const std::string& subject, const std::string& object, const Modality& m,
          const std::string& rule) {
    if (subject.empty() || object.empty() || subject == object) return;
    core::Statement s;
    s.subject = subject;
    s.relation = r;
    s.object = object;
    s.certainty = m.certainty;
    s.negated = m.negated;
    s.attribution = m.attribution;
    s.evidence.rule = rule;
    core::canonicalize(s);
    for (const auto& o : out) {
        if (o.subject == s.subject && o.relation == s.relation && o.object == s.object &&
            o.negated == s.negated && o.evidence.start == s.evidence.start &&
            o.evidence.sentence.empty()) {
            return;
        }
    }
    (void)view;
    out.push_back(std::move(s));
}

/// Clause boundaries of a Korean sentence: byte positions after connective endings.
std::vector<std::size_t> clause_breaks(const SentenceView& view, const RuleSet& rules) {
    std::vector<std::size_t> breaks;
    for (const auto& h : view.cues) {
        const Cue& c = rules.cues[h.index];
        if (c.kind != CueKind::ClauseBreak) continue;
        // Only at the end of an eojeol: '며 ', '가운데 ', ', '.
        if (h.end >= view.sentence.end || view.text[h.end] == ' ' || c.text.back() == ' ') {
            breaks.push_back(h.end);
        }
    }
    for (std::size_t i = view.sentence.start; i < view.sentence.end; ++i) {
        if (view.text[i] == ',' ) breaks.push_back(i + 1);
    }
    std::sort(breaks.begin(), breaks.end());
    return breaks;
}

/// True when the last word of a Korean sentence is a non-past declarative (한다, 나선다).
bool scheduled_ending(std::string_view sentence) {
    while (!sentence.empty() && (sentence.back() == '.' || sentence.back() == ' ' ||
                                 sentence.back() == '"' || sentence.back() == '\'')) {
        sentence.remove_suffix(1);
    }
    if (!text::ends_with(sentence, "\xEB\x8B\xA4")) return false; // 다
    std::size_t da = sentence.size() - 3;
    if (da < 3) return false;
    char32_t prev = text::before(sentence, da);
    if (prev == U'\uB294') return true; // 는다
    return text::jongseong(prev) == 4 && prev != U'\uC778'; // ㄴ다, not 인다 (…로 보인다 aside)
}

bool sentence_has(const SentenceView& v, std::string_view word) {
    return v.text.substr(v.sentence.start, v.sentence.end - v.sentence.start).find(word) !=
           std::string_view::npos;
}

/// English names listed after `first` (X, Y and Z; OpenAI's ChatGPT and Google's Gemini):
/// `first` and every name joined to it by commas, "and" or "or"; owners in the possessive
/// give way to what they own.
std::vector<const Arg*> listed_from(const SentenceView& v, std::size_t first) {
    std::vector<const Arg*> out{&v.args[first]};
    std::size_t prev_end = v.args[first].word_end;
    for (std::size_t k = first + 1; k < v.args.size(); ++k) {
        const Arg& a = v.args[k];
        if (a.start < prev_end) break;
        std::string_view gap = v.text.substr(prev_end, a.start - prev_end);
        bool joined = gap == ", " || gap == " and " || gap == ", and " || gap == " or " ||
                      gap == " " || gap == ", or ";
        if (!joined) break;
        if (a.role == Role::Genitive) {
            prev_end = a.word_end;
            continue;
        }
        if (gap == " " && out.back()->role != Role::Genitive && v.args[k - 1].role != Role::Genitive) break;
        out.push_back(&a);
        prev_end = a.word_end;
    }
    return out;
}

/// Whether a name after args[k] in the same clause can fill the slot.
bool fitting_after(const SentenceView& v, std::size_t k, Relation r, bool subject,
                   const DocumentContext& ctx) {
    for (std::size_t j = k + 1; j < v.args.size(); ++j) {
        std::string_view between = v.text.substr(v.args[k].word_end,
                                                  v.args[j].start > v.args[k].word_end ? v.args[j].start - v.args[k].word_end : 0);
        if (between.find(',') != std::string_view::npos || between.find(';') != std::string_view::npos) return false;
        const Arg& b = v.args[j];
        if (b.role == Role::Genitive && j + 1 < v.args.size()) continue;
        if (slot_for(b, r, subject, ctx)) return true;
    }
    return false;
}

} // namespace

Modality modality_at(const SentenceView& view, const RuleSet& rules, std::size_t cue_pos) {
    Modality m;
    bool ko = view.lang == "ko";
    std::size_t own_begin = view.sentence.start, own_end = view.sentence.end;
    std::size_t final_begin = view.sentence.start;
    if (ko) {
        auto breaks = clause_breaks(view, rules);
        own_begin = cue_pos;
        for (std::size_t b : breaks) {
            if (b > cue_pos) {
                own_end = b;
                break;
            }
        }
        for (std::size_t b : breaks) {
            if (b < view.sentence.end) final_begin = b;
        }
    }
    bool planned = false, speculative = false, negated = false;
    bool company = false, anonymous = false, media = false;
    for (const auto& h : view.cues) {
        const Cue& c = rules.cues[h.index];
        if (c.lang != view.lang) continue;
        bool governs = !ko || (h.start >= own_begin && h.start < own_end) || h.start >= final_begin;
        switch (c.kind) {
        case CueKind::Planned: planned |= governs; break;
        case CueKind::Speculative: speculative |= governs; break;
        case CueKind::Negation: negated |= governs; break;
        case CueKind::AttributionCompany: company = true; break;
        case CueKind::AttributionAnonymous: anonymous = true; break;
        case CueKind::AttributionMedia: media = true; break;
        default: break;
        }
    }
    if (ko && !planned && scheduled_ending(view.text.substr(
                              view.sentence.start, view.sentence.end - view.sentence.start))) {
        planned = true;
    }
    m.certainty = speculative ? core::Certainty::Speculative
                  : planned   ? core::Certainty::Planned
                              : core::Certainty::Fact;
    m.negated = negated;
    m.attribution = media       ? core::Attribution::Media
                    : anonymous ? core::Attribution::Anonymous
                    : company   ? core::Attribution::Company
                                : core::Attribution::Article;
    return m;
}

std::vector<std::string> sentence_topics(const SentenceView& view, const RuleSet& rules) {
    std::set<std::string> topics;
    for (const auto& h : view.topics) topics.insert(rules.topics[h.index].name);
    return {topics.begin(), topics.end()};
}

void extract_relations(const SentenceView& view,
                       const DocumentContext& ctx,
                       const RuleSet& rules,
                       std::vector<core::Statement>& out) {
    bool ko = view.lang == "ko";
    // Cues inside a longer blocker (경쟁력, 공급망) or inside a name do not fire; of nested
    // relation cues the longest wins (의존도를 낮추 over 의존).
    std::vector<CueHit> cues;
    for (const auto& h : view.relation_cues) {
        const RelationCue& rc = rules.relation_cues[h.index];
        if (rc.lang != view.lang) continue;
        bool blocked = false;
        for (const auto& b : view.cues) {
            const Cue& c = rules.cues[b.index];
            blocked |= c.kind == CueKind::Block && b.start <= h.start && b.end >= h.end &&
                       (b.end - b.start) > (h.end - h.start);
        }
        for (const auto& a : view.args) blocked |= a.start <= h.start && a.end >= h.end;
        for (const auto& o : view.relation_cues) {
            blocked |= rules.relation_cues[o.index].lang == view.lang && o.start <= h.start &&
                       o.end >= h.end && (o.end - o.start) > (h.end - h.start);
        }
        if (!rc.requires_word.empty() && !sentence_has(view, rc.requires_word)) blocked = true;
        if (!blocked) cues.push_back(h);
    }
    // Korean: the predicate comes last and decides the roles; a noun cue of the same
    // relation earlier in its clause with other roles yields (위탁생산을 … 맡기지: the
    // dative is the maker; 공급 계약을 … 공급받는다: the source supplies).
    if (ko) {
        auto breaks = clause_breaks(view, rules);
        std::vector<CueHit> kept;
        for (const auto& h : cues) {
            const RelationCue& rc = rules.relation_cues[h.index];
            bool yields = false;
            for (const auto& o : cues) {
                const RelationCue& oc = rules.relation_cues[o.index];
                if (o.start <= h.start || oc.relation != rc.relation || core::is_symmetric(rc.relation) ||
                    oc.subject_roles == rc.subject_roles) {
                    continue;
                }
                bool same_clause = std::none_of(breaks.begin(), breaks.end(), [&](std::size_t b) {
                    return b > h.end && b <= o.start;
                });
                yields |= same_clause;
            }
            if (!yields) kept.push_back(h);
        }
        cues.swap(kept);
    }

    bool has_subject = std::any_of(view.args.begin(), view.args.end(),
                                   [](const Arg& a) { return is_subject_role(a.role); });
    for (const auto& h : cues) {
        const RelationCue& rc = rules.relation_cues[h.index];
        Relation r = rc.relation;
        Modality m = modality_at(view, rules, h.start);
        std::string rule = std::string(ko ? "ko:" : "en:") + std::string(core::to_string(r)) +
                           ":" + rc.text;
        if (core::is_symmetric(r)) {
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
                        if (a.start < h.start) before.push_back(&a);
                        else if (after.empty() && a.role != Role::Genitive) after = listed_from(view, k);
                    }
                    if (before.size() >= 2 && after.empty()) cands.push_back(*before[before.size() - 2]);
                    if (!before.empty()) cands.push_back(*before.back());
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
                        if (ko && is_subject_role(a.role)) {
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
                    emit(out, view, r, parts[i].id, parts[j].id, m, rule);
                }
            }
            continue;
        }
        // Directed relations.
        std::optional<Slot> subject, object;
        if (ko && rc.subject_after) {
            for (const auto& a : view.args) {
                if (a.start < h.end) continue;
                if (a.start <= h.end + 1) subject = slot_for(a, r, true, ctx);
                break;
            }
            for (const auto& a : view.args) {
                if (a.start >= h.start) break;
                if (in(rc.object_roles, a.role)) {
                    if (auto s = slot_for(a, r, false, ctx); s && (!subject || s->id != subject->id)) {
                        object = s;
                    }
                }
            }
            if (subject && !object && ctx.subject && *ctx.subject != subject->id) {
                Arg carried;
                carried.id = *ctx.subject;
                if (const core::Entity* e = ctx.entity(carried.id)) carried.type = e->type;
                object = slot_for(carried, r, false, ctx);
            }
        } else if (ko) {
            for (const auto& a : view.args) {
                if (a.start >= h.start) break;
                if (in(rc.subject_roles, a.role)) {
                    if (auto s = slot_for(a, r, true, ctx)) subject = s;
                }
            }
            const Arg* object_arg = nullptr;
            for (const auto& a : view.args) {
                if (a.start >= h.start) break;
                if (in(rc.object_roles, a.role)) {
                    if (auto s = slot_for(a, r, false, ctx); s && (!subject || s->id != subject->id)) {
                        object = s;
                        object_arg = &a;
                    }
                }
            }
            // A와 B에 공급: a companion right before the object is coordinated with it.
            if (subject && object_arg && object_arg != view.args.data() && object_arg->role != Role::With) {
                const Arg& prev = *(object_arg - 1);
                if (prev.role == Role::With && prev.word_end + 1 == object_arg->start &&
                    view.text[prev.word_end] == ' ') {
                    if (auto s = slot_for(prev, r, false, ctx); s && s->id != subject->id) {
                        emit(out, view, r, subject->id, s->id, m, rule);
                    }
                }
            }
            if (!object && rc.object_after) {
                for (const auto& a : view.args) {
                    if (a.start < h.end) continue;
                    if (auto s = slot_for(a, r, false, ctx)) {
                        object = s;
                        break;
                    }
                }
            }
            if (!subject && in(rc.subject_roles, Role::Subject) && !has_subject && ctx.subject) {
                Arg carried;
                carried.id = *ctx.subject;
                if (const core::Entity* e = ctx.entity(carried.id)) carried.type = e->type;
                subject = slot_for(carried, r, true, ctx);
            }
        } else {
            std::vector<const Arg*> befores;
            std::vector<const Arg*> after;
            bool passive = rc.passive;
            if (r == Relation::Acquires && !passive && buys_goods_of(view, h.end)) {
                continue; // keeps buying "a lot" of X: goods, not the company
            }
            if (r == Relation::Acquires && !passive && buys_goods_from(view, h.end)) {
                // X buys cells from Y: Y supplies X; buying a company names it directly.
                r = Relation::Supplies;
                passive = true;
                rule = "en:supplies:" + rc.text + "…from";
            }
            std::size_t by_at = passive ? std::string_view::npos : english_agent(view, h.end);
            for (std::size_t k = 0; k < view.args.size(); ++k) {
                const Arg& a = view.args[k];
                if (a.role == Role::Apposition) continue;
                if (a.end <= h.start) {
                    if (!a.after_preposition || rc.passive) befores.push_back(&a);
                } else if (by_at != std::string_view::npos && a.start >= by_at && after.empty()) {
                    // X was founded in 2016 by Y: the agent after "by" is the subject.
                    passive = true;
                    after = listed_from(view, k);
                } else if (a.start >= h.end && after.empty() && by_at == std::string_view::npos &&
                           (a.role != Role::Genitive || k + 1 == view.args.size()) &&
                           (slot_for(a, r, passive, ctx) || !fitting_after(view, k, r, passive, ctx))) {
                    // The possessed name, not its owner; the first that can fill the slot
                    // (supplies HBM3E memory for AMD's accelerators: AMD's product).
                    after = listed_from(view, k);
                }
            }
            // The nearest name before the cue that can fill the slot (a passive's object,
            // an active's subject), and the names listed with it (A and B, both of which
            // are controlled by C).
            std::vector<const Arg*> before_list;
            for (std::size_t k = befores.size(); k-- > 0;) {
                if (!slot_for(*befores[k], r, !passive, ctx)) continue;
                before_list = listed_before(view, *befores[k]);
                if (!direct_subject_gap(view.text.substr(befores[k]->word_end,
                                                          h.start - befores[k]->word_end))) {
                    before_list.resize(1); // a list far from the verb is not its subject
                }
                break;
            }
            const Arg* before = before_list.empty() ? nullptr : before_list.front();
            if (passive) {
                if (before) {
                    object = slot_for(*before, r, false, ctx);
                    // Every listed agent and every listed patient: panels supplied by A, B and C.
                    for (const Arg* ob : before_list) {
                        auto o = slot_for(*ob, r, false, ctx);
                        for (const Arg* sa : after) {
                            auto sj = slot_for(*sa, r, true, ctx);
                            if (o && sj && !(ob == before && sa == after.front())) {
                                emit(out, view, r, sj->id, o->id, m, rule);
                            }
                        }
                    }
                }
                if (!after.empty()) subject = slot_for(*after.front(), r, true, ctx);
            } else {
                for (const Arg* sb : before_list) {
                    if (sb == before) continue;
                    auto sj = slot_for(*sb, r, true, ctx);
                    for (std::size_t k = 0; sj && k < after.size(); ++k) {
                        if (auto o = slot_for(*after[k], r, false, ctx)) {
                            emit(out, view, r, sj->id, o->id, m, rule);
                        }
                    }
                }
                if (before) subject = slot_for(*before, r, true, ctx);
                // Every listed object: X supplies Hyundai and Kia.
                for (std::size_t k = 1; subject && k < after.size(); ++k) {
                    if (auto o = slot_for(*after[k], r, false, ctx)) {
                        emit(out, view, r, subject->id, o->id, m, rule);
                    }
                }
                if (!after.empty()) object = slot_for(*after.front(), r, false, ctx);
            }
        }
        if (subject && object && r == Relation::Makes) {
            // A product whose maker the lexicon knows is not made by someone else.
            const std::string& maker = ctx.lexicon().facts(object->id).maker_id;
            const core::Entity* se = ctx.entity(subject->id);
            if (!maker.empty() && maker != subject->id && !(se && se->parent == maker)) continue;
        }
        if (subject && object) {
            emit(out, view, r, subject->id, object->id, m, rule);
        }
    }
}

} // namespace corpkg::importers
