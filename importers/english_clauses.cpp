#include "importers/english_clauses.hpp"

#include <algorithm>

#include "importers/text_scan.hpp"

namespace corpkg::importers {

/// English: the byte where an agent phrase starts when a participle cue is followed in
/// its own clause by "by" (founded in 2016 by Y, made for X by Y); npos otherwise.
std::size_t english_agent(const SentenceView& v, std::size_t cue_end) {
    std::size_t limit = std::min<std::size_t>(v.sentence.end, cue_end + 48);
    // The cue must end a participle: the rest of its word ends in -ed, -en, -ilt, -ght, -de.
    std::size_t w = cue_end;
    while (w < v.sentence.end && text::is_ascii_alnum(static_cast<unsigned char>(v.text[w]))) ++w;
    std::string_view word = v.text.substr(cue_end >= 3 ? cue_end - 3 : 0, w - (cue_end >= 3 ? cue_end - 3 : 0));
    bool participle = text::ends_with(word, "ed") || text::ends_with(word, "en") ||
                      text::ends_with(word, "ilt") || text::ends_with(word, "ght") ||
                      text::ends_with(word, "ade");
    if (!participle) return std::string_view::npos;
    std::string_view rest = v.text.substr(w, limit - w);
    std::size_t by = rest.find(" by ");
    if (by == std::string_view::npos) return std::string_view::npos;
    std::string_view between = rest.substr(0, by);
    // A comma, a clause word or another name closes the participle's clause.
    if (between.find(',') != std::string_view::npos || between.find(" and ") != std::string_view::npos ||
        between.find(" which ") != std::string_view::npos || between.find(" that ") != std::string_view::npos) {
        return std::string_view::npos;
    }
    std::size_t at = w + by + 4;
    for (const auto& a : v.args) {
        if (a.start > w && a.start < at) return std::string_view::npos;
    }
    return at;
}

/// English: the cue (buy, bought) takes goods and then "from" a name (buys cells from Y),
/// so the name after "from" is a supplier, not a company being bought.
namespace {

bool buys_goods_gap(const SentenceView& v, std::size_t cue_end, std::string_view ending) {
    std::size_t w = cue_end;
    while (w < v.sentence.end && text::is_ascii_alnum(static_cast<unsigned char>(v.text[w]))) ++w;
    bool named_goods = false;
    for (const auto& a : v.args) {
        if (a.start < w) continue;
        std::string_view gap = v.text.substr(w, a.start - w);
        // Goods may be named products (buys H100s from X).
        if (a.type == core::EntityType::Product && gap.size() <= 24 &&
            gap.find(ending) == std::string_view::npos) {
            w = a.word_end;
            named_goods = true;
            continue;
        }
        if (gap.size() > 40 || !text::ends_with(gap, ending) ||
            (gap.size() <= ending.size() && !named_goods)) {
            return false;
        }
        // Goods are plain lower-case words (cells, chips, memory); a stake or a business
        // bought from someone is an acquisition.
        for (char c : gap) {
            if (!(c == ' ' || c == '-' || c == '"' || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))) return false;
        }
        for (std::string_view w2 : {"stake", "share", "business", "unit", "division", "plant", "factory",
                                    "assets", "control", "interest", "rest", "part", "all of", "majority"}) {
            if (gap.find(w2) != std::string_view::npos) return false;
        }
        return true;
    }
    return false;
}

} // namespace

/// English: buying goods of a name (buying "a lot" of X's chips).
bool buys_goods_of(const SentenceView& v, std::size_t cue_end) { return buys_goods_gap(v, cue_end, " of "); }

/// English: buying goods from a name (buys cells from X): X is a supplier.
bool buys_goods_from(const SentenceView& v, std::size_t cue_end) { return buys_goods_gap(v, cue_end, " from "); }

/// English: only auxiliaries and quantifiers between a subject list and its verb
/// (A and B, both of which are controlled by; A and B are supplied by).
bool direct_subject_gap(std::string_view gap) {
    std::size_t i = 0;
    while (i < gap.size()) {
        if (gap[i] == ' ' || gap[i] == ',') {
            ++i;
            continue;
        }
        std::size_t e = gap.find(' ', i);
        if (e == std::string_view::npos) e = gap.size();
        std::string_view w = gap.substr(i, e - i);
        bool ok = false;
        for (std::string_view a : {"are", "is", "was", "were", "both", "all", "of", "which", "have", "has",
                                   "been", "be", "each", "also", "now", "already", "will", "jointly", "to"}) {
            ok |= w == a;
        }
        if (!ok) return false;
        i = e;
    }
    return true;
}

/// English names listed before and with `last` (A and B, both of which …; A, B and C are
/// supplied by …): `last` first, then the earlier ones.
std::vector<const Arg*> listed_before(const SentenceView& v, const Arg& last) {
    std::vector<const Arg*> out{&last};
    std::size_t k = static_cast<std::size_t>(&last - v.args.data());
    std::size_t start = last.start;
    while (k-- > 0) {
        const Arg& a = v.args[k];
        if (a.role == Role::Genitive || a.id.empty() || a.word_end > start) break;
        std::string_view gap = v.text.substr(a.word_end, start - a.word_end);
        if (gap != ", " && gap != " and " && gap != ", and ") break;
        out.push_back(&a);
        start = a.start;
    }
    return out;
}

bool sells_own_part(const SentenceView& v, std::size_t cue_end) {
    std::size_t end = std::min<std::size_t>(v.sentence.end, cue_end + 60);
    std::string_view rest = v.text.substr(cue_end, end - cue_end);
    std::size_t its = rest.find(" its ");
    if (its == std::string_view::npos || its > 4) return false;
    std::size_t to = rest.find(" to ", its);
    std::string_view phrase = rest.substr(its, to == std::string_view::npos ? std::string_view::npos : to - its);
    for (std::string_view part : {" business", " unit", " division", " arm", " operations", " subsidiary"}) {
        if (phrase.find(part) != std::string_view::npos) return true;
    }
    return false;
}

} // namespace corpkg::importers
