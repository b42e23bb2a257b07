#include "importers/english_clauses.hpp"
#include "importers/sentence_structure.hpp"
#include "importers/text_scan.hpp"

namespace corpkg::importers {

using core::EntityType;

namespace {

bool is_org(EntityType t) { return t == EntityType::Company || t == EntityType::Unit; }

/// English: only lower-case words, commas and "the" (X's only model, the Y).
bool small_words(std::string_view gap) {
    if (gap.empty() || gap.front() != ' ') return false;
    // The product is an apposition to the possessed noun: X's only model, the Y.
    if (!text::ends_with(gap, ", the ") && !text::ends_with(gap, ", ")) return false;
    for (std::string_view prep : {" for ", " of ", " in ", " to ", " with ", " by ", " from ", " and "}) {
        if (gap.find(prep) != std::string_view::npos) return false;
    }
    for (char c : gap) {
        if (!(c == ' ' || c == ',' || c == '-' || (c >= 'a' && c <= 'z'))) return false;
    }
    return true;
}

/// English: one lower-case modifier between a possessive and its product (X's own Y,
/// X's new Y).
bool one_modifier(std::string_view gap) {
    if (gap.size() < 3 || gap.size() > 12 || gap.front() != ' ' || gap.back() != ' ') return false;
    for (char c : gap.substr(1, gap.size() - 2)) {
        if (!(c >= 'a' && c <= 'z')) return false;
    }
    return true;
}

/// English: "its" and at most two lower-case words right before byte `at` (its new Y,
/// its humanoid robot Y).
bool after_its(std::string_view s, std::size_t floor, std::size_t at) {
    std::size_t from = at > floor + 30 ? at - 30 : floor;
    std::string_view before = s.substr(from, at - from);
    std::size_t its = before.rfind("its ");
    std::size_t cap = before.rfind("Its ");
    if (cap != std::string_view::npos && (its == std::string_view::npos || cap > its)) its = cap;
    if (its == std::string_view::npos || (its > 0 && before[its - 1] != ' ')) return false;
    std::string_view words = before.substr(its + 4);
    int spaces = 0;
    for (char c : words) {
        if (c == ' ') ++spaces;
        else if (!(c >= 'a' && c <= 'z') && c != '-' && c != ',') return false;
    }
    // its new Y; its humanoid robot Y; Its first product, the Y
    return spaces <= 2 || (spaces == 3 && text::ends_with(words, ", the "));
}

} // namespace

void find_genitive_makers(const SentenceView& view, DocumentContext& ctx, const Lexicon& lexicon,
                          std::vector<core::Statement>& out) {
    std::string_view s = view.text;
    const bool ko = view.lang == "ko";
    // English: "its new Y" is made by the sentence's subject, a company before it.
    if (!ko) {
        const Arg* subject = main_clause_subject(view);
        for (const Arg& p : view.args) {
            if (p.type != EntityType::Product) continue;
            // A sentence opening with "Its" speaks of the previous sentences' company.
            std::string owner;
            if (subject && is_org(subject->type) && p.start > subject->word_end &&
                after_its(s, subject->word_end, p.start)) {
                owner = subject->id;
            } else if ((!subject || subject->start >= p.start) && ctx.subject_company &&
                       text::starts_with(s.substr(view.sentence.start), "Its ") &&
                       after_its(s, view.sentence.start, p.start)) {
                owner = *ctx.subject_company;
            }
            if (owner.empty()) continue;
            const std::string& known = lexicon.facts(p.id).maker_id;
            if (!known.empty() && known != owner) continue;
            ctx.note_maker(p.id, owner);
            core::Statement st;
            st.subject = owner;
            st.relation = core::Relation::Makes;
            st.object = p.id;
            st.evidence.rule = "en:its_maker";
            out.push_back(std::move(st));
        }
    }
    // English: a company described by its product (the ChatGPT maker; the startup behind
    // the Claude chatbot) makes it: the maker the lexicon knows, else the company named.
    if (!ko) {
        for (std::size_t k = 0; k < view.args.size(); ++k) {
            const Arg& p = view.args[k];
            if (p.type != EntityType::Product) continue;
            std::string_view before = s.substr(view.sentence.start, p.start - view.sentence.start);
            std::string_view after = s.substr(p.word_end, std::min<std::size_t>(12, view.sentence.end - p.word_end));
            auto word = [&](std::string_view w) {
                return text::starts_with(after, w) &&
                       (after.size() == w.size() || !text::is_ascii_alnum(static_cast<unsigned char>(after[w.size()])));
            };
            bool maker_noun = text::ends_with(before, "the ") &&
                              (word(" maker") || word(" developer") || word(" creator"));
            bool behind = text::ends_with(before, " behind the ") || text::ends_with(before, " behind ");
            if (!maker_noun && !behind) continue;
            std::string maker = ctx.maker_of(p.id);
            if (maker.empty() && behind && k > 0 && is_org(view.args[k - 1].type) &&
                p.start - view.args[k - 1].word_end <= 12) {
                maker = view.args[k - 1].id;
            }
            if (maker.empty()) continue;
            ctx.note_maker(p.id, maker);
            core::Statement st;
            st.subject = maker;
            st.relation = core::Relation::Makes;
            st.object = p.id;
            st.evidence.rule = behind ? "en:maker_behind" : "en:maker_noun";
            out.push_back(std::move(st));
        }
    }
    for (std::size_t k = 0; k + 1 < view.args.size(); ++k) {
        const Arg& c = view.args[k];
        const Arg& p = view.args[k + 1];
        if (!is_org(c.type) || p.type != EntityType::Product || p.start < c.word_end) continue;
        // Korean: a bare company name right before a quoted product (삼성전자 '갤럭시').
        std::string_view quote_gap = s.substr(c.word_end, p.start - c.word_end);
        bool bare = ko && c.role == Role::None &&
                    (quote_gap == " '" || quote_gap == " \xE2\x80\x98" ||
                     quote_gap == " \xE2\x80\x9C" || quote_gap == " \"");
        if (c.role != Role::Genitive && !bare) continue;
        // English: X's Y, or X's only model, the Y (a few small words between).
        std::string_view gap = s.substr(c.word_end, p.start - c.word_end);
        bool near = ko ? gap.size() <= 40 : gap.size() <= 2 || (gap.size() <= 28 && small_words(gap)) || one_modifier(gap);
        if (!near) continue;
        std::string maker = c.id;
        // A product the lexicon gives to another maker: the owner's group member that
        // makes it (Hyundai's Nexo), or nothing when the owner is not of that group.
        const std::string& known = lexicon.facts(p.id).maker_id;
        if (!known.empty() && known != maker) {
            const std::string& g = lexicon.facts(maker).group;
            const core::Entity* ce = ctx.entity(maker);
            bool related = (!g.empty() && g == lexicon.facts(known).group) ||
                           (ce && ce->parent == known);
            if (!related) continue;
            // A business unit of the maker makes it itself (Samsung Foundry); a subsidiary
            // company named by a short form (Samsung's own phone) does not.
            if (!(ce && ce->parent == known && ce->type == EntityType::Unit)) maker = known;
        }
        ctx.note_maker(p.id, maker);
        core::Statement st;
        st.subject = maker;
        st.relation = core::Relation::Makes;
        st.object = p.id;
        st.evidence.rule = std::string(ko ? "ko" : "en") + ":genitive_maker";
        out.push_back(std::move(st));
    }
}

} // namespace corpkg::importers
