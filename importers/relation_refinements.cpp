#include "importers/relation_refinements.hpp"

#include <algorithm>

namespace corpkg::importers {
namespace {

using core::Relation;

bool contains_any(std::string_view s, std::initializer_list<std::string_view> words) {
    return std::any_of(words.begin(), words.end(),
                       [&](std::string_view w) { return s.find(w) != std::string_view::npos; });
}

/// The text just before `at` back to the nearest comma or semicolon, at most `limit` bytes:
/// a stake named further back belongs to another clause.
std::string_view clause_before(const SentenceView& v, std::size_t at, std::size_t limit) {
    std::size_t begin = at - std::min<std::size_t>(limit, at - v.sentence.start);
    std::string_view head = v.text.substr(begin, at - begin);
    std::size_t stop = head.find_last_of(",;");
    return stop == std::string_view::npos ? head : head.substr(stop + 1);
}

std::string_view clause_after(const SentenceView& v, std::size_t at, std::size_t limit) {
    std::size_t end = std::min<std::size_t>(v.sentence.end, at + limit);
    std::string_view tail = v.text.substr(at, end - at);
    std::size_t stop = std::min(tail.find(','), tail.find(';'));
    return stop == std::string_view::npos ? tail : tail.substr(0, stop);
}

bool whole_or_controlling(std::string_view s) {
    return contains_any(s, {"100%", "100 percent", "\xEA\xB2\xBD\xEC\x98\x81\xEA\xB6\x8C", // 경영권
                            "controlling", "majority", "all of", "entire"});
}

bool text_starts(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }

} // namespace

std::optional<RelationCue> refine_cue(const SentenceView& v, const CueHit& h, const RelationCue& cue) {
    bool ko = v.lang == "ko";
    // A merger by share swap (지분 교환 방식의 합병) is still a merger.
    bool merger = contains_any(cue.text, {"\xED\x95\xA9\xEB\xB3\x91", "merge"}); // 합병
    if (cue.relation == Relation::Acquires && !cue.passive && !merger &&
        std::find(cue.subject_roles.begin(), cue.subject_roles.end(), Role::Subject) !=
            cue.subject_roles.end()) {
        // Korean: the stake stands before the verb (X 지분 5%를 사들였다).
        std::string_view span = ko ? clause_before(v, h.start, 40) : clause_after(v, h.end, 48);
        bool stake = ko ? span.find("\xEC\xA7\x80\xEB\xB6\x84") != std::string_view::npos // 지분
                        : contains_any(span, {" stake", " percent", "% of", "% in", " shares"});
        if (stake && !whole_or_controlling(span)) {
            RelationCue refined = cue;
            refined.relation = Relation::InvestsIn;
            refined.text = (ko ? "\xEC\xA7\x80\xEB\xB6\x84\xE2\x80\xA6" : "stake\xE2\x80\xA6") + cue.text;
            return refined;
        }
    }
    // English: a product sold with a partner (the drug X sells with Y) is co-marketing.
    if (!ko && cue.relation == Relation::Acquires && cue.passive && text_starts(cue.text, "sell")) {
        std::size_t w = h.end;
        while (w < v.sentence.end && v.text[w] >= 'a' && v.text[w] <= 'z') ++w;
        if (v.text.substr(w, 6) == " with ") {
            RelationCue refined = cue;
            refined.relation = Relation::PartnersWith;
            refined.passive = false;
            refined.text = cue.text + "\xE2\x80\xA6with";
            return refined;
        }
    }
    // English: relying on a maker for making things (relies on X for the dies, for
    // production, for packaging) is X manufacturing for the subject; relying on a vendor
    // for its products (for chips, for modems) stays a dependency.
    if (!ko && cue.relation == Relation::DependsOn && !cue.passive &&
        (text_starts(cue.text, "rel") || text_starts(cue.text, "depend"))) {
        std::string_view tail = clause_after(v, h.end, 96);
        std::size_t f = tail.find(" for ");
        if (f != std::string_view::npos &&
            contains_any(tail.substr(f), {" dies", " wafers", " packaging", " production",
                                          " manufacturing", " assembly", " fabrication",
                                          " foundry", " contract manufacturing"})) {
            RelationCue refined = cue;
            refined.relation = Relation::ManufacturesFor;
            refined.passive = true; // the maker follows the cue, the client leads
            refined.text = cue.text + "\xE2\x80\xA6" "for production";
            return refined;
        }
    }
    if (!ko && cue.relation == Relation::PartnersWith) {
        std::string_view tail = clause_after(v, h.end, 64);
        if (contains_any(tail, {" to develop", " to jointly develop", " to co-develop"})) {
            RelationCue refined = cue;
            refined.relation = Relation::CoDevelopsWith;
            refined.text = cue.text + "\xE2\x80\xA6to develop";
            return refined;
        }
    }
    return std::nullopt;
}

} // namespace corpkg::importers
