#include "importers/relation_rules.hpp"

#include <algorithm>
#include <set>

#include "importers/english_clauses.hpp"
#include "importers/relation_refinements.hpp"
#include "importers/relation_slots.hpp"

namespace corpkg::importers {

using core::Relation;

namespace {

/// One cue's relation: symmetric, or directed by the language's rules; a pair reference
/// in the subject place is read once per member.
void extract_cue(const SentenceView& view, const DocumentContext& ctx, const RuleSet& rules,
                 const CueHit& h, const RelationCue& rc, bool has_subject,
                 std::vector<core::Statement>& out) {
    bool ko = view.lang == "ko";
    Relation r = rc.relation;
    Modality m = modality_at(view, rules, h.start);
    std::string rule = std::string(ko ? "ko:" : "en:") + std::string(core::to_string(r)) +
                       ":" + rc.text;
    CueContext c{view, ctx, rules, h, rc, m, rule, has_subject};
    if (core::is_symmetric(r)) {
        extract_symmetric(c, out);
        return;
    }
    auto directed = [&](const CueContext& cc) {
        if (ko) extract_korean_directed(cc, out);
        else extract_english_directed(cc, out);
    };
    // A pair reference fills a directed slot once per member (Both companies supply
    // X; 양사는 X에 공급): the sentence is read once with each member in its place.
    // English only, the pair standing as the subject of this very clause.
    auto pair_at = std::find_if(view.args.begin(), view.args.end(), [&](const Arg& a) {
        if (a.pair.empty() || ko || a.start >= h.start) return false;
        std::string_view between = view.text.substr(a.word_end, h.start - a.word_end);
        return between.find(',') == std::string_view::npos && between.size() <= 24;
    });
    if (pair_at == view.args.end()) {
        directed(c);
        return;
    }
    for (const std::string& member : pair_at->pair) {
        const core::Entity* e = ctx.entity(member);
        if (!e) continue;
        SentenceView each = view;
        Arg& a = each.args[static_cast<std::size_t>(pair_at - view.args.begin())];
        a.id = member;
        a.type = e->type;
        a.pair.clear();
        directed(CueContext{each, ctx, rules, h, rc, m, rule, has_subject});
    }
}

} // namespace

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
            const RelationCue& oc = rules.relation_cues[o.index];
            blocked |= oc.lang == view.lang && o.start <= h.start &&
                       o.end >= h.end && (o.end - o.start) > (h.end - h.start);
            // A passive cue that overlaps the end of this one reads it (a funding round
            // led by X: X is the investor, not the investee).
            blocked |= oc.lang == view.lang && oc.passive && !rc.passive && o.start > h.start &&
                       o.start < h.end && o.end > h.end;
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
                                   [](const Arg& a) { return (a.role == Role::Subject); });
    for (const auto& h : cues) {
        auto refined = refine_cue(view, h, rules.relation_cues[h.index]);
        // Relying on a maker for production is still a dependence (X relies on Y for its
        // chips' production: Y manufactures for X, and X depends on Y).
        if (refined && rules.relation_cues[h.index].relation == Relation::DependsOn) {
            extract_cue(view, ctx, rules, h, rules.relation_cues[h.index], has_subject, out);
        }
        extract_cue(view, ctx, rules, h, refined ? *refined : rules.relation_cues[h.index], has_subject, out);
    }
    // English: "its rival" names a competitor of the sentence's subject (X cut orders to
    // reduce its dependence on its archrival).
    if (!ko) {
        const Arg* subject = main_clause_subject(view);
        for (const Arg& a : view.args) {
            if (!subject || &a == subject || !a.reference || !is_org(a.type) || !is_org(subject->type)) continue;
            if (view.text.substr(a.start, 4) != "its ") continue;
            emit(out, Relation::CompetesWith, subject->id, a.id, Modality{}, "en:competes_with:its rival");
        }
    }
}

} // namespace corpkg::importers
