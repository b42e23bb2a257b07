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
    // An aside set off by commas stands between a subject and its verb (A and B, the
    // venture arm of C, also took part): only the words after it count.
    if (gap.substr(0, 2) == ", ") {
        std::size_t close = gap.rfind(", ");
        std::string_view aside = gap.substr(2, close == std::string_view::npos ? 0 : close - 2);
        bool starts = aside.substr(0, 4) == "the " || aside.substr(0, 2) == "a " ||
                      aside.substr(0, 3) == "an " || aside.substr(0, 6) == "which " ||
                      aside.substr(0, 4) == "who ";
        if (close > 0 && starts) gap = gap.substr(close + 2);
    }
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

/// English: the name after a buying cue is a brand of goods (stop buying X parts, buys X
/// chips): the name modifies the goods bought, it is not a company being bought.
bool buys_branded_goods(const SentenceView& v, std::size_t cue_end) {
    for (const auto& a : v.args) {
        if (a.start < cue_end) continue;
        if (a.start - cue_end > 6 || a.role == Role::Genitive) return false;
        std::string_view rest = v.text.substr(a.word_end, std::min<std::size_t>(16, v.sentence.end - a.word_end));
        for (std::string_view goods : {" parts", " chips", " modems", " cells", " panels", " components",
                                       " products", " devices", " displays", " batteries", " processors",
                                       " equipment", " memory", " hardware", " servers"}) {
            if (text::starts_with(rest, goods) &&
                (rest.size() == goods.size() || !text::is_ascii_alnum(static_cast<unsigned char>(rest[goods.size()])))) {
                return true;
            }
        }
        return false;
    }
    return false;
}

const Arg* apposed_subject(const SentenceView& v, std::size_t cue_start) {
    for (auto it = v.args.rbegin(); it != v.args.rend(); ++it) {
        if (it->word_end >= cue_start || it->id.empty()) continue;
        std::string_view gap = v.text.substr(it->word_end, cue_start - it->word_end);
        std::size_t skip = gap.substr(0, 6) == ", the " ? 6 : gap.substr(0, 4) == ", a " ? 4
                         : gap.substr(0, 5) == ", an " ? 5 : 0;
        if (skip == 0 || gap.size() > 48) return nullptr;
        for (char c : gap.substr(skip)) {
            if (!(c == ' ' || c == '-' || (c >= 'a' && c <= 'z'))) return nullptr;
        }
        return &*it;
    }
    return nullptr;
}

bool in_aside(const SentenceView& v, const Arg& a, std::size_t cue_start) {
    std::string_view head = v.text.substr(v.sentence.start, a.start - v.sentence.start);
    std::size_t open = head.rfind(", ");
    if (open == std::string_view::npos) return false;
    std::string_view aside = head.substr(open + 2);
    bool describes = text::starts_with(aside, "the ") || text::starts_with(aside, "a ") ||
                     text::starts_with(aside, "an ");
    std::size_t at = v.sentence.start + open;
    bool after_name = std::any_of(v.args.begin(), v.args.end(), [&](const Arg& b) { return b.word_end == at; });
    std::string_view rest = v.text.substr(a.word_end, cue_start - a.word_end);
    return describes && after_name && rest.find(", ") != std::string_view::npos;
}

const Arg* main_clause_subject(const SentenceView& v) {
    for (const auto& a : v.args) {
        if (!a.id.empty() && a.role != Role::Genitive && a.role != Role::Apposition && !a.after_preposition) {
            return &a;
        }
    }
    return nullptr;
}

const Arg* pronoun_subject(const SentenceView& v, std::size_t cue_start) {
    std::string_view head = v.text.substr(v.sentence.start, cue_start - v.sentence.start);
    // Every opener below holds " it " or ", and " or ", having ": most heads hold none.
    if (head.find(" it ") == std::string_view::npos && head.find(", and ") == std::string_view::npos &&
        head.find(", having ") == std::string_view::npos) {
        return nullptr;
    }
    std::size_t at = std::string_view::npos;
    // "it" after a conjunction, or a second predicate with no subject of its own (X runs
    // Y, …, and is powered by Z).
    for (std::string_view opener : {", but it ", ", and it ", "; it ", " but it ", " and it ",
                                    ", and is ", ", and was ", ", and has ", ", having "}) {
        std::size_t f = head.rfind(opener);
        if (f != std::string_view::npos && (at == std::string_view::npos || f > at)) at = f + 6;
    }
    if (at == std::string_view::npos || head.size() - at > 40) return nullptr;
    std::size_t pos = v.sentence.start + at;
    for (const auto& a : v.args) {
        if (a.start > pos && a.start < cue_start) return nullptr; // a name is nearer
    }
    const Arg* subject = main_clause_subject(v);
    if (subject == nullptr || subject->start >= pos) return nullptr;
    return subject->type == core::EntityType::Person ? nullptr : subject;
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
