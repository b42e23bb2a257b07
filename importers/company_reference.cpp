#include "importers/company_reference.hpp"

#include <algorithm>
#include <string>
#include <vector>

#include "importers/text_scan.hpp"

namespace corpkg::importers {
namespace {

bool is_word_char(char c) {
    return text::is_ascii_alnum(static_cast<unsigned char>(c)) || c == '-' ||
           (static_cast<unsigned char>(c) >= 0x80);
}

} // namespace

std::set<std::uint32_t> add_company_descriptions(std::string_view s, const RuleSet& rules,
                                                 ScanResult& scan) {
    const auto& nouns = rules.en_reference_nouns;
    const auto& plurals = rules.en_reference_plurals;
    std::set<std::uint32_t> descriptive;
    if (nouns.empty()) return descriptive;
    std::vector<Mention> added;
    // Pairs with modifiers: "both Korean companies", "the two automakers" (the plain
    // "the two companies" is a fixed phrase of the rules).
    for (std::size_t at = 0; at + 5 < s.size(); ++at) {
        std::size_t p = 0;
        if ((s[at] == 'b' || s[at] == 'B') && s.compare(at + 1, 4, "oth ") == 0) p = at + 5;
        else if ((s[at] == 't' || s[at] == 'T') && s.compare(at + 1, 7, "he two ") == 0) p = at + 8;
        if (p == 0 || (at > 0 && is_word_char(s[at - 1]))) continue;
        for (int words = 0; words < 3 && p < s.size(); ++words) {
            std::size_t e = p;
            while (e < s.size() && is_word_char(s[e])) ++e;
            if (e == p) break;
            if (plurals.count(s.substr(p, e - p))) {
                if (!scan.overlaps(at, e)) {
                    Mention m;
                    m.start = static_cast<std::uint32_t>(at);
                    m.end = static_cast<std::uint32_t>(e);
                    m.word_end = m.end;
                    m.kind = MentionKind::PairRef;
                    added.push_back(m);
                }
                break;
            }
            if (e >= s.size() || s[e] != ' ') break;
            p = e + 1;
        }
    }
    for (std::size_t at = 0; at + 4 < s.size(); ++at) {
        if (!(s[at] == 't' || s[at] == 'T') || s.compare(at + 1, 3, "he ") != 0) continue;
        if (at > 0 && is_word_char(s[at - 1])) continue;
        // Up to four words after "the": modifiers, then the company noun.
        std::size_t p = at + 4;
        for (int words = 0; words < 4 && p < s.size(); ++words) {
            std::size_t e = p;
            while (e < s.size() && is_word_char(s[e])) ++e;
            if (e == p) break;
            std::string_view w = s.substr(p, e - p);
            bool end_of_phrase = e >= s.size() || !is_word_char(s[e]);
            if (nouns.count(w) && end_of_phrase) {
                // Only the generic nouns name the article's subject; a role noun (the
                // chipmaker, the startup) varies the name of another company.
                bool plain = words == 0 && (w == "company" || w == "firm" || w == "group" ||
                                            w == "conglomerate");
                if (!scan.overlaps(at, e)) {
                    Mention m;
                    m.start = static_cast<std::uint32_t>(at);
                    m.end = static_cast<std::uint32_t>(e);
                    m.word_end = m.end;
                    if (e + 1 < s.size() && s[e] == '\'' && s[e + 1] == 's') {
                        m.particle = "'s"; // the company's chief executive
                        m.word_end = m.end + 2;
                    }
                    m.kind = MentionKind::CompanyRef;
                    added.push_back(m);
                    if (!plain) descriptive.insert(m.start);
                }
                break;
            }
            if (e >= s.size() || s[e] != ' ') break;
            p = e + 1;
        }
    }
    for (auto& m : added) scan.mentions.push_back(std::move(m));
    return descriptive;
}

} // namespace corpkg::importers
