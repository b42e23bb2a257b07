#include <algorithm>

#include "importers/english_clauses.hpp"
#include "importers/relation_slots.hpp"
#include "importers/text_scan.hpp"

namespace corpkg::importers {

using core::Relation;

void extract_english_directed(const CueContext& c, std::vector<core::Statement>& out) {
    const SentenceView& view = c.view;
    const DocumentContext& ctx = c.ctx;
    const CueHit& h = c.hit;
    const RelationCue& rc = c.cue;
    const Modality& m = c.modality;
    (void)m;
    core::Relation r = rc.relation;
    std::string rule = c.rule;
    std::optional<Slot> subject, object;
    std::vector<const Arg*> befores;
    std::vector<const Arg*> after;
    bool passive = rc.passive;
    if (r == Relation::Acquires && !passive &&
        (buys_goods_of(view, h.end) || buys_branded_goods(view, h.end))) {
        return; // keeps buying "a lot" of X: goods, not the company
    }
    if (r == Relation::Acquires && passive && sells_own_part(view, h.end)) {
        return; // the buyer takes a business of the seller, not the seller
    }
    if (r == Relation::Acquires && !passive && buys_goods_from(view, h.end)) {
        // X buys cells from Y: Y supplies X; buying a company names it directly.
        r = Relation::Supplies;
        passive = true;
        rule = "en:supplies:" + rc.text + "…from";
    }
    // "orders from", "purchases from" are verbs after their subject (X orders from Y), but
    // nouns after anything else (cell orders from carmakers including Y): no supply then.
    if (rc.text == "orders from" || rc.text == "purchases from") {
        std::size_t e = h.start;
        while (e > view.sentence.start && view.text[e - 1] == ' ') --e;
        std::size_t b = e;
        while (b > view.sentence.start && view.text[b - 1] >= 'a' && view.text[b - 1] <= 'z') --b;
        std::string_view word = view.text.substr(b, e - b);
        bool after_name = std::any_of(view.args.begin(), view.args.end(), [&](const Arg& a) { return a.word_end == e; });
        bool adverb = word == "also" || word == "now" || word == "still" || text::ends_with(word, "ly");
        if (!after_name && !adverb) return;
    }
    // Control is taken of a company named right after (took control of X), not of a
    // thing at it (took control of quality checks at X).
    if (r == Relation::Acquires && rc.text.size() > 10 && rc.text.compare(rc.text.size() - 10, 10, "control of") == 0) {
        auto next = std::find_if(view.args.begin(), view.args.end(), [&](const Arg& a) { return a.start >= h.end; });
        if (next == view.args.end() || next->start > h.end + 5) return;
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
    // "Google parent Alphabet": the head is the parent, the name before it a modifier.
    if (!after.empty() && after.front() != &view.args.back()) {
        const Arg* head = after.front() + 1;
        if (view.text.substr(after.front()->word_end, head->start - after.front()->word_end) == " parent ") {
            after.assign(1, head);
        }
    }
    // An investment noun owned by a name right before it (X led Y's funding round): the
    // owner is the object, the subject stands before it.
    // A description after it (remains Y's largest backer, having invested in the startup)
    // only repeats the owner.
    bool described = !after.empty() && after.front()->reference;
    if (r == Relation::InvestsIn && !passive && (after.empty() || described) && !befores.empty() &&
        befores.back()->role == Role::Genitive && h.start - befores.back()->word_end <= 16) {
        const Arg* owner = befores.back();
        befores.pop_back();
        after.assign(1, owner);
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
    // A name in apposition to the cue's noun phrase is its subject, whatever preposition
    // stands before it (with Waymo, the self-driving unit of Alphabet).
    bool apposed = false;
    if (!passive) {
        if (const Arg* ap = apposed_subject(view, h.start); ap && slot_for(*ap, r, true, ctx)) {
            before = ap;
            before_list.assign(1, ap);
            apposed = true;
        }
    }
    // A clause whose subject is "it" (X assembles Y's phones, but it has reduced its
    // reliance on Y) speaks of the sentence's subject, not of the names between.
    if (!passive) {
        if (const Arg* it = pronoun_subject(view, h.start); it && slot_for(*it, r, true, ctx)) {
            before = it;
            before_list.assign(1, it);
        }
    }
    if (passive) {
        if (before) {
            object = slot_for(*before, r, false, ctx);
            // Every listed agent and every listed patient: panels supplied by A, B and C.
            for (const Arg* ob : before_list) {
                auto o = slot_for(*ob, r, false, ctx);
                for (const Arg* sa : after) {
                    auto sj = slot_for(*sa, r, true, ctx);
                    if (o && sj && !(ob == before && sa == after.front())) {
                        emit(out, r, sj->id, o->id, m, rule);
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
                    emit(out, r, sj->id, o->id, m, rule);
                }
            }
        }
        if (before) subject = slot_for(*before, r, true, ctx);
        // Every listed object: X supplies Hyundai and Kia.
        for (std::size_t k = 1; subject && k < after.size(); ++k) {
            if (auto o = slot_for(*after[k], r, false, ctx)) {
                emit(out, r, subject->id, o->id, m, rule);
            }
        }
        if (!after.empty()) object = slot_for(*after.front(), r, false, ctx);
    }
    // Taking part in a funding round names only the investors: the investee is the
    // company the text is about (X raised $N in a round led by Y. Z also took part).
    if (r == Relation::InvestsIn && !passive && subject && !object && ctx.subject_company &&
        *ctx.subject_company != subject->id &&
        (rc.text.find("part") != std::string::npos || rc.text.find("participat") != std::string::npos)) {
        if (const core::Entity* e = ctx.entity(*ctx.subject_company)) object = Slot{e->id, e->type, h.end};
        for (const Arg* sb : before_list) {
            auto sj = slot_for(*sb, r, true, ctx);
            if (sb != before && sj && object) emit(out, r, sj->id, object->id, m, rule);
        }
    }
    if (apposed && (r == Relation::SubsidiaryOf || r == Relation::PartOf)) {
        // Whose unit a company is, told in passing, is a fact whatever the sentence plans.
        CueContext told = c;
        told.modality.certainty = core::Certainty::Fact;
        emit_directed(told, r, subject, object, rule, out);
        return;
    }
    emit_directed(c, r, subject, object, rule, out);
}

} // namespace corpkg::importers
