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

/// A reference found by its words (the company, its rival, both automakers): [start, end)
/// with no particle.
Mention reference_mention(std::size_t start, std::size_t end, MentionKind kind) {
    Mention m;
    m.start = static_cast<std::uint32_t>(start);
    m.end = static_cast<std::uint32_t>(end);
    m.word_end = m.end;
    m.kind = kind;
    return m;
}

/// English: a sentence that opens with "It" and a verb continues with the previous
/// sentence's company as its subject (It makes its own cells; It did not say when). An
/// expletive "it" (It is expected that, It remains unclear) names nothing.
void add_subject_pronouns(std::string_view s, ScanResult& scan, std::vector<Mention>& added) {
    for (std::size_t at = s.find("It "); at != std::string_view::npos; at = s.find("It ", at + 1)) {
        // After a sentence end, a closing quote mark allowed (…ever in an iPhone." It did).
        std::size_t b = at >= 1 && s[at - 1] == ' ' ? at - 1 : at;
        if (b > 0 && (s[b - 1] == '"' || s[b - 1] == '\'')) --b;
        else if (b >= 3 && s.compare(b - 3, 3, "\xE2\x80\x9D") == 0) b -= 3;
        bool opens = at == 0 || s[at - 1] == '\n' ||
                     (b < at && b > 0 && (s[b - 1] == '.' || s[b - 1] == '?' || s[b - 1] == '!'));
        if (!opens || scan.overlaps(at, at + 2)) continue;
        std::size_t p = at + 3;
        std::size_t e = p;
        while (e < s.size() && text::is_ascii_alnum(static_cast<unsigned char>(s[e]))) ++e;
        std::string_view verb = s.substr(p, e - p);
        std::string_view next = s.substr(e, 4);
        bool expletive = verb.empty() || verb == "is" || verb == "was" || verb == "seems" ||
                         verb == "seemed" || verb == "appears" || verb == "appeared" ||
                         verb == "remains" || verb == "remained" || verb == "takes" ||
                         verb == "took" || verb == "means" || verb == "meant" ||
                         next == " be " || next == " bee"; // would be, has been
        if (expletive) continue;
        Mention m;
        m.start = static_cast<std::uint32_t>(at);
        m.end = static_cast<std::uint32_t>(at + 2);
        m.word_end = m.end;
        m.kind = MentionKind::CompanyRef;
        added.push_back(m);
    }
}

/// English: a sentence that opens with "The" and a product noun (The headset runs X; The
/// robot competes with Y) speaks of the article's product; resolve_arguments tells these
/// from company descriptions by their noun.
void add_product_descriptions(std::string_view s, const RuleSet& rules, ScanResult& scan,
                              std::vector<Mention>& added) {
    for (std::size_t at = s.find("The "); at != std::string_view::npos; at = s.find("The ", at + 1)) {
        std::size_t b = at >= 1 && s[at - 1] == ' ' ? at - 1 : at;
        bool opens = at == 0 || s[at - 1] == '\n' ||
                     (b < at && b > 0 && (s[b - 1] == '.' || s[b - 1] == '?' || s[b - 1] == '!'));
        if (!opens) continue;
        std::size_t p = at + 4, e = p;
        while (e < s.size() && s[e] >= 'a' && s[e] <= 'z') ++e;
        if (e >= s.size() || s[e] != ' ' || scan.overlaps(at, e)) continue;
        std::string_view noun = s.substr(p, e - p);
        if (std::find(rules.en_product_nouns.begin(), rules.en_product_nouns.end(), noun) ==
            rules.en_product_nouns.end()) {
            continue;
        }
        Mention m = reference_mention(at, e, MentionKind::CompanyRef);
        added.push_back(m);
    }
}

/// English: "its rival" and its kin (its archrival, its main rival, its closest
/// competitor) name a company other than the owner of "its": a description with modifiers.
void add_rival_references(std::string_view s, ScanResult& scan, std::vector<Mention>& added,
                          std::set<std::uint32_t>& descriptive) {
    for (std::size_t at = s.find("its "); at != std::string_view::npos; at = s.find("its ", at + 1)) {
        if (at > 0 && is_word_char(s[at - 1])) continue;
        std::size_t p = at + 4;
        for (int words = 0; words < 2 && p < s.size(); ++words) {
            std::size_t e = p;
            while (e < s.size() && is_word_char(s[e])) ++e;
            std::string_view w = s.substr(p, e - p);
            bool rival = w == "rival" || w == "archrival" || w == "arch-rival" || w == "competitor";
            if (rival && (e >= s.size() || s[e] != '\'')) {
                if (!scan.overlaps(at, e)) {
                    Mention m = reference_mention(at, e, MentionKind::CompanyRef);
                    added.push_back(m);
                    descriptive.insert(m.start);
                }
                break;
            }
            if (e == p || e >= s.size() || s[e] != ' ') break;
            p = e + 1;
        }
    }
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
    // Candidates are found with find() (memchr-fast) on their lower-case tails; most
    // sentences hold neither, and Korean ones never do.
    std::vector<std::size_t> starts;
    for (std::size_t t = s.find("oth "); t != std::string_view::npos; t = s.find("oth ", t + 1)) {
        if (t > 0 && (s[t - 1] == 'b' || s[t - 1] == 'B')) starts.push_back(t - 1);
    }
    for (std::size_t t = s.find("he two "); t != std::string_view::npos;
         t = s.find("he two ", t + 1)) {
        if (t > 0 && (s[t - 1] == 't' || s[t - 1] == 'T')) starts.push_back(t - 1);
    }
    std::sort(starts.begin(), starts.end());
    for (std::size_t at : starts) {
        std::size_t p = s[at] == 'b' || s[at] == 'B' ? at + 5 : at + 8;
        if (p >= s.size() || (at > 0 && is_word_char(s[at - 1]))) continue;
        for (int words = 0; words < 3 && p < s.size(); ++words) {
            std::size_t e = p;
            while (e < s.size() && is_word_char(s[e])) ++e;
            if (e == p) break;
            if (plurals.count(s.substr(p, e - p))) {
                if (!scan.overlaps(at, e)) {
                    Mention m = reference_mention(at, e, MentionKind::PairRef);
                    added.push_back(m);
                }
                break;
            }
            if (e >= s.size() || s[e] != ' ') break;
            p = e + 1;
        }
    }
    for (std::size_t t = s.find("he "); t != std::string_view::npos; t = s.find("he ", t + 1)) {
        if (t == 0 || t + 3 >= s.size() || !(s[t - 1] == 't' || s[t - 1] == 'T')) continue;
        std::size_t at = t - 1;
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
                } else if (!plain && words == 0 &&
                           std::any_of(scan.mentions.begin(), scan.mentions.end(), [&](const Mention& o) {
                               return o.kind == MentionKind::CompanyRef && o.start == at && o.end == e;
                           })) {
                    // The lexicon's own phrase (the startup, the chipmaker) is a role noun too.
                    descriptive.insert(static_cast<std::uint32_t>(at));
                }
                break;
            }
            if (e >= s.size() || s[e] != ' ') break;
            p = e + 1;
        }
    }
    add_subject_pronouns(s, scan, added);
    add_product_descriptions(s, rules, scan, added);
    add_rival_references(s, scan, added, descriptive);
    for (auto& m : added) scan.mentions.push_back(std::move(m));
    return descriptive;
}

} // namespace corpkg::importers
