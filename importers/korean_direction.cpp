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
    for (const auto& a : view.args) {
        if (a.start >= h.start) break;
        if (has_role(rc.subject_roles, a.role)) {
            if (auto s = slot_for(a, r, true, ctx)) subject = s;
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
