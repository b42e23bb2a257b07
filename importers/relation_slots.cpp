#include "importers/relation_slots.hpp"

#include <algorithm>

namespace corpkg::importers {

using core::EntityType;
using core::Relation;

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

bool has_role(const std::vector<Role>& roles, Role r) {
    return std::find(roles.begin(), roles.end(), r) != roles.end();
}

void emit(std::vector<core::Statement>& out, Relation r, const std::string& subject,
          const std::string& object, const Modality& m, const std::string& rule) {
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
    out.push_back(std::move(s));
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
                      gap == " " || gap == ", or " || gap == " and the " || gap == ", and the ";
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

void emit_directed(const CueContext& c, Relation r, const std::optional<Slot>& subject,
                   const std::optional<Slot>& object, const std::string& rule,
                   std::vector<core::Statement>& out) {
    if (!subject || !object) return;
    if (r == Relation::Makes) {
        // A product whose maker the lexicon knows is not made by someone else.
        const std::string& maker = c.ctx.lexicon().facts(object->id).maker_id;
        const core::Entity* se = c.ctx.entity(subject->id);
        if (!maker.empty() && maker != subject->id && !(se && se->parent == maker)) return;
    }
    emit(out, r, subject->id, object->id, c.modality, rule);
}


} // namespace corpkg::importers
