#include "importers/relation_modality.hpp"

#include <algorithm>

#include "importers/text_scan.hpp"

namespace corpkg::importers {
namespace {

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

/// True when a Korean sentence ends in an evidential passive (…것으로 파악된다, 알려진다):
/// a report of the present, not a schedule.
bool evidential_ending(std::string_view sentence) {
    while (!sentence.empty() && (sentence.back() == '.' || sentence.back() == ' ')) sentence.remove_suffix(1);
    for (std::string_view e : {"\xED\x8C\x8C\xEC\x95\x85\xEB\x90\x9C\xEB\x8B\xA4",   // 파악된다
                               "\xEC\x95\x8C\xEB\xA0\xA4\xEC\xA7\x84\xEB\x8B\xA4",   // 알려진다
                               "\xED\x99\x95\xEC\x9D\xB8\xEB\x90\x9C\xEB\x8B\xA4",   // 확인된다
                               "\xEC\xA7\x91\xEA\xB3\x84\xEB\x90\x9C\xEB\x8B\xA4"}) { // 집계된다
        if (text::ends_with(sentence, e)) return true;
    }
    return false;
}

/// True when the Korean word holding the cue is in the past (개발한 AP, 인수했고): its
/// event is done whatever the sentence's final verb schedules.
bool past_cue_word(std::string_view text, std::size_t cue_pos, std::size_t end) {
    std::size_t e = text.find(' ', cue_pos);
    if (e == std::string_view::npos || e > end) e = end;
    std::string_view word = text.substr(cue_pos, e - cue_pos);
    for (std::string_view past : {"\xED\x96\x88", "\xEB\x90\x90", "\xEC\x97\x88",   // 했 됐 었
                                  "\xEC\x95\x98", "\xEC\x98\x80"}) {                // 았 였
        if (word.find(past) != std::string_view::npos) return true;
    }
    if (e >= end || word.size() < 6) return false; // an attributive stands before a noun
    char32_t last = text::before(word, word.size());
    return last == U'\uD55C' || last == U'\uB41C' || last == U'\uB358'; // 한 된 던
}

/// True when the predicate closing the cue's own clause, before a connective (참여했으며,
/// 인수했고), is in the past; the sentence's final clause does not reschedule it.
bool past_clause(std::string_view text, std::size_t cue_pos, std::size_t own_end) {
    while (own_end > cue_pos && (text[own_end - 1] == ' ' || text[own_end - 1] == ',')) --own_end;
    if (own_end <= cue_pos) return false;
    std::size_t b = text.rfind(' ', own_end - 1);
    if (b == std::string_view::npos || b < cue_pos) b = cue_pos;
    std::string_view word = text.substr(b, own_end - b);
    if (own_end >= text.size() || word.size() < 3) return false;
    for (std::string_view past : {"\xED\x96\x88", "\xEB\x90\x90", "\xEC\x97\x88",   // 했 됐 었
                                  "\xEC\x95\x98", "\xEC\x98\x80"}) {                // 았 였
        if (word.find(past) != std::string_view::npos) return true;
    }
    return false;
}

} // namespace

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
    for (std::size_t i = view.text.find(',', view.sentence.start); i < view.sentence.end;
         i = view.text.find(',', i + 1)) {
        breaks.push_back(i + 1);
    }
    std::sort(breaks.begin(), breaks.end());
    return breaks;
}

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
        case CueKind::Planned:
            // English: a plan governs its own clause only (X, which led the round, will
            // receive …; works with Y on Z, and the two plan to …); hedges and reports
            // still cover the whole sentence.
            if (!ko) {
                std::size_t a = std::min<std::size_t>(h.start, cue_pos);
                std::size_t b = std::max<std::size_t>(h.start, cue_pos);
                std::string_view between = view.text.substr(a, b - a);
                governs = between.find(',') == std::string_view::npos &&
                          between.find(';') == std::string_view::npos;
            }
            planned |= governs;
            break;
        case CueKind::Speculative: speculative |= governs; break;
        case CueKind::Negation:
            // English: a denial does not reach a second predicate joined by "and"
            // (X denied wrongdoing and filed suit against Y); a later clause still negates
            // (talks to buy X, but the talks were called off).
            if (!ko) {
                std::size_t a = std::min<std::size_t>(h.start, cue_pos);
                std::size_t b = std::max<std::size_t>(h.start, cue_pos);
                std::string_view between = view.text.substr(a, b - a);
                governs = between.find(" and ") == std::string_view::npos &&
                          between.find(';') == std::string_view::npos;
            }
            negated |= governs;
            break;
        case CueKind::AttributionCompany: company = true; break;
        case CueKind::AttributionAnonymous: anonymous = true; break;
        case CueKind::AttributionMedia: media = true; break;
        default: break;
        }
    }
    std::string_view whole = view.text.substr(view.sentence.start, view.sentence.end - view.sentence.start);
    if (ko && !planned && scheduled_ending(whole) && !evidential_ending(whole) &&
        !past_cue_word(view.text, cue_pos, view.sentence.end) && !past_clause(view.text, cue_pos, own_end)) {
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

} // namespace corpkg::importers
