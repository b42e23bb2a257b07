#include <algorithm>

#include "importers/relation_slots.hpp"
#include "importers/text_scan.hpp"

namespace corpkg::importers {

using core::Relation;

namespace {

/// A name marked 이/가 inside a clause that modifies a later noun or is reported (엔비디아가
/// 출시할 가속기에; Y가 특허를 침해했다며 소송을 냈다) is that clause's subject, not the
/// subject of the predicate at `cue_start`.
bool embedded_subject(const SentenceView& v, const Arg& a, std::size_t cue_start) {
    if (a.role != Role::Subject || a.topic || a.word_end >= cue_start) return false;
    std::string_view between = v.text.substr(a.word_end, cue_start - a.word_end);
    for (std::size_t sp = between.find(' '); sp != std::string_view::npos; sp = between.find(' ', sp + 1)) {
        std::string_view word = between.substr(0, sp);
        for (std::string_view ending : {"\xED\x95\xA0", "\xED\x95\x9C", "\xEB\x90\xA0", "\xEB\x90\x9C",
                                        "\xEB\x8D\x98", "\xEB\x8B\xA4\xEB\xA9\xB0"}) { // 할 한 될 된 던 다며
            if (word.size() > ending.size() && word.substr(word.size() - ending.size()) == ending &&
                word.substr(word.size() >= 6 ? word.size() - 6 : 0) != "\xEB\x8C\x80\xED\x95\x9C") { // 대한
                return true;
            }
        }
    }
    return false;
}

/// The topic (은/는) before `embedded` that can fill the slot instead.
const Arg* topic_before(const SentenceView& v, const Arg* embedded, Relation r, bool subject,
                        const DocumentContext& ctx) {
    const Arg* found = nullptr;
    for (const auto& a : v.args) {
        if (&a == embedded) break;
        if (a.topic && a.role == Role::Subject && slot_for(a, r, subject, ctx)) found = &a;
    }
    return found;
}

} // namespace

void extract_korean_directed(const CueContext& c, std::vector<core::Statement>& out) {
    const SentenceView& view = c.view;
    const DocumentContext& ctx = c.ctx;
    const CueHit& h = c.hit;
    const RelationCue& rc = c.cue;
    const Modality& m = c.modality;
    (void)m;
    const core::Relation r = rc.relation;
    const bool has_subject = c.has_subject;
    const std::string& rule = c.rule;
    std::optional<Slot> subject, object;
    if (rc.subject_after) {
    for (const auto& a : view.args) {
        if (a.start < h.end) continue;
        if (a.start <= h.end + 1) subject = slot_for(a, r, true, ctx);
        break;
    }
    for (const auto& a : view.args) {
        if (a.start >= h.start) break;
        if (has_role(rc.object_roles, a.role)) {
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
    } else {
    const Arg* subject_arg = nullptr;
    for (const auto& a : view.args) {
        if (a.start >= h.start) break;
        if (has_role(rc.subject_roles, a.role)) {
            if (auto s = slot_for(a, r, true, ctx)) {
                subject = s;
                subject_arg = &a;
            }
        }
    }
    const Arg* object_arg = nullptr;
    for (const auto& a : view.args) {
        if (a.start >= h.start) break;
        if (has_role(rc.object_roles, a.role)) {
            if (auto s = slot_for(a, r, false, ctx); s && (!subject || s->id != subject->id)) {
                object = s;
                object_arg = &a;
            }
        }
    }
    // The main clause's topic, not a subject embedded before the predicate; a suit is
    // brought against that embedded subject (Y가 특허를 침해했다며 소송을 냈다).
    if (subject_arg && embedded_subject(view, *subject_arg, h.start)) {
        if (const Arg* t = topic_before(view, subject_arg, r, true, ctx)) {
            if (r == Relation::Sues && !object) object = slot_for(*subject_arg, r, false, ctx);
            subject = slot_for(*t, r, true, ctx);
            subject_arg = t;
            if (object && object->id == subject->id) object.reset();
        }
    }
    if (object_arg && embedded_subject(view, *object_arg, h.start)) {
        if (const Arg* t = topic_before(view, object_arg, r, false, ctx);
            t && (!subject || t->id != subject->id)) {
            object = slot_for(*t, r, false, ctx);
            object_arg = t;
        }
    }
    // A company founded by a person is the topic the sentence describes (X는 Y 대표가
    // 2018년 설립했다; X는 Y가 설립한 회사다).
    if (r == Relation::Founded && subject && !object && subject_arg) {
        for (const auto& a : view.args) {
            if (a.start >= subject_arg->start) break;
            if (a.topic && a.role == Role::Subject && is_org(a.type)) object = slot_for(a, r, false, ctx);
        }
    }
    // A와 B에 공급: a companion right before the object is coordinated with it.
    if (subject && object_arg && object_arg != view.args.data() && object_arg->role != Role::With) {
        const Arg& prev = *(object_arg - 1);
        if (prev.role == Role::With && prev.word_end + 1 == object_arg->start &&
            view.text[prev.word_end] == ' ') {
            if (auto s = slot_for(prev, r, false, ctx); s && s->id != subject->id) {
                emit(out, r, subject->id, s->id, m, rule);
            }
        }
    }
    // An adnominal cue modifies the name after it (LG는 지난해 인수한 노르웨이 업체 X의):
    // that name is what was bought or invested in.
    bool adnominal = text::starts_with(view.text.substr(h.end), "\xED\x95\x9C ") || // 한
                     text::starts_with(view.text.substr(h.end), "\xED\x96\x88\xEB\x8D\x98 "); // 했던
    if (!object && subject && adnominal && (r == Relation::Acquires || r == Relation::InvestsIn)) {
        for (const auto& a : view.args) {
            if (a.start < h.end) continue;
            if (a.start > h.end + 48) break;
            if (auto s = slot_for(a, r, false, ctx); s && s->id != subject->id) {
                // A past relative clause is a fact whatever the main predicate plans.
                CueContext past = c;
                past.modality.certainty = core::Certainty::Fact;
                past.modality.negated = false;
                emit_directed(past, r, subject, s, c.rule, out);
                return;
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
    // An investment with no named investee is in the company the text is about
    // (A와 B가 초기 투자에 참여했다, after a sentence about the start-up).
    if (r == Relation::InvestsIn && subject && !object && ctx.subject && *ctx.subject != subject->id &&
        subject_arg && std::none_of(view.args.begin(), view.args.end(), [&](const Arg& a) {
            return a.start > subject_arg->start && is_org(a.type); // the only names are the investors
        })) {
        Arg carried;
        carried.id = *ctx.subject;
        if (const core::Entity* e = ctx.entity(carried.id)) carried.type = e->type;
        object = slot_for(carried, r, false, ctx);
    }
    // A와 B가 … : a companion right before the subject is a subject too.
    if (subject && object && subject_arg && subject_arg != view.args.data() && subject_arg->role == Role::Subject) {
        const Arg& prev = *(subject_arg - 1);
        if (prev.role == Role::With && prev.word_end + 1 == subject_arg->start && view.text[prev.word_end] == ' ') {
            if (auto s = slot_for(prev, r, true, ctx); s && s->id != object->id) {
                emit_directed(c, r, s, object, c.rule, out);
            }
        }
    }
    if (!subject && has_role(rc.subject_roles, Role::Subject) && !has_subject && ctx.subject) {
        Arg carried;
        carried.id = *ctx.subject;
        if (const core::Entity* e = ctx.entity(carried.id)) carried.type = e->type;
        subject = slot_for(carried, r, true, ctx);
    }
    }
    emit_directed(c, r, subject, object, c.rule, out);
}

} // namespace corpkg::importers
