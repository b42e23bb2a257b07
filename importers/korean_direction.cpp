#include <algorithm>

#include "importers/relation_slots.hpp"

namespace corpkg::importers {

using core::Relation;

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
