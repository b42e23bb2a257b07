#include "importers/entity_discovery.hpp"

#include <algorithm>
#include <set>
#include <unordered_map>

#include "importers/byte_runs.hpp"
#include "importers/text_scan.hpp"

namespace corpkg::importers {
namespace {

bool is_legal_suffix(std::string_view s) {
    for (std::string_view l : {"Inc.", "Inc", "Corp.", "Corp", "Ltd.", "Ltd", "Co.", "LLC", "Plc",
                               "PLC", "Corporation", "Limited"}) {
        if (s == l) return true;
    }
    return false;
}

bool contains(const std::vector<std::string>& list, std::string_view w) {
    return std::find(list.begin(), list.end(), w) != list.end();
}

bool is_name_word(std::string_view w) {
    if (w.empty() || !text::is_ascii_upper(static_cast<unsigned char>(w[0]))) return false;
    return std::all_of(w.begin(), w.end(), [](char c) {
        return text::is_ascii_alnum(static_cast<unsigned char>(c)) || c == '&' || c == '-' ||
               c == '.';
    });
}

/// Adds a mention of `e` at every other place its name stands as a word.
void mention_everywhere(std::string_view s, const MentionFinder& finder, const core::Entity& e,
                        std::string_view name, ScanResult& scan) {
    for (std::size_t at = bytes::find(s, name); at != std::string_view::npos;
         at = bytes::find(s, name, at + 1)) {
        std::size_t end = at + name.size();
        if (text::is_word(text::before(s, at)) || scan.overlaps(at, end)) continue;
        Mention m;
        m.start = static_cast<std::uint32_t>(at);
        m.end = static_cast<std::uint32_t>(end);
        std::size_t word_end = end;
        if (end + 1 < s.size() && s[end] == '\'' && s[end + 1] == 's') {
            m.particle = "'s";
            word_end = end + 2;
        } else if (!finder.particle_rest(s, end, m.particle, word_end)) {
            continue;
        }
        m.word_end = static_cast<std::uint32_t>(word_end);
        m.entity = &e;
        scan.mentions.push_back(std::move(m));
    }
}

/// Korean: a quoted new name right after a noun of its kind (추론용 NPU '아라-2',
/// 합작법인 'HLE배터리컴퍼니') is a product or a company of that name.
void discover_quoted_names(std::string_view s, const RuleSet& rules, DocumentContext& context,
                           std::vector<std::pair<const core::Entity*, std::string>>& found,
                           ScanResult& scan) {
    // The places where a quoted name opens (a space, then the quote) are few: find them
    // once, then check the noun before each, instead of searching the text for every noun.
    std::vector<std::size_t> quotes;
    for (std::size_t q = bytes::find(s, " '"); q != std::string_view::npos;
         q = bytes::find(s, " '", q + 1)) {
        quotes.push_back(q);
    }
    if (quotes.empty()) return;
    auto look = [&](const std::vector<std::string>& nouns, core::EntityType type) {
        for (const std::string& noun : nouns) {
            for (std::size_t q : quotes) {
                if (q < noun.size() || s.compare(q - noun.size(), noun.size(), noun) != 0) continue;
                std::size_t at = q - noun.size();
                if (at > 0 && text::is_word(text::before(s, at)) && static_cast<unsigned char>(noun[0]) < 0x80) continue;
                std::size_t open = q + 2;
                std::size_t close = s.find('\'', open);
                if (close == std::string_view::npos || close == open || close - open > 30) continue;
                std::string_view name = s.substr(open, close - open);
                if (name.find_first_of("\n\"") != std::string_view::npos ||
                    scan.overlaps(open, close)) {
                    continue;
                }
                if (text::count_hangul_or_alnum(name) < 2) continue;
                core::Entity e;
                e.name = std::string(name);
                e.type = type;
                e.aliases.push_back({e.name, "ko"});
                const core::Entity& stored = context.discover(std::move(e));
                found.emplace_back(&stored, stored.name);
            }
        }
    };
    look(rules.ko_product_nouns, core::EntityType::Product);
    look(rules.ko_company_nouns, core::EntityType::Company);
}

/// English: a new name in apposition to a product noun (Its first product, the Lumen-1
/// optical engine; X's only model, the Valkyr pickup; its lead candidate, KB-7) is a product.
void discover_apposed_products(std::string_view s, const RuleSet& rules, DocumentContext& context,
                               std::vector<std::pair<const core::Entity*, std::string>>& found,
                               ScanResult& scan) {
    if (rules.en_product_nouns.empty()) return;
    // Every ", " once, then the word before it against the nouns (not one pass over the
    // text per noun).
    for (std::size_t comma = bytes::find(s, ", "); comma != std::string_view::npos;
         comma = bytes::find(s, ", ", comma + 1)) {
        std::size_t at = comma;
        while (at > 0 && text::is_ascii_alnum(static_cast<unsigned char>(s[at - 1]))) --at;
        std::string_view before = s.substr(at, comma - at);
        if (before.empty() || std::find(rules.en_product_nouns.begin(), rules.en_product_nouns.end(),
                                        before) == rules.en_product_nouns.end()) {
            continue;
        }
        {
            std::size_t p = comma + 2;
            if (s.substr(p, 4) == "the ") p += 4;
            std::size_t start = p, end = p;
            for (int words = 0; words < 2 && p < s.size(); ++words) {
                std::size_t e = p;
                while (e < s.size() && (text::is_ascii_alnum(static_cast<unsigned char>(s[e])) || s[e] == '-')) ++e;
                std::string_view w = s.substr(p, e - p);
                bool lead = !w.empty() && (text::is_ascii_upper(static_cast<unsigned char>(w[0])) ||
                                           (w[0] >= '0' && w[0] <= '9'));
                bool letters = std::any_of(w.begin(), w.end(), [](char c) {
                    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
                });
                if (!lead || !letters || contains(rules.en_stop_words, w)) break;
                end = e;
                if (e >= s.size() || s[e] != ' ') break;
                p = e + 1;
            }
            // A name must end at a word's end: not a possessive (Tesla's), not an
            // abbreviation's dot.
            if (end == start || end >= s.size() || s[end] == '\'' || s[end] == '.' ||
                scan.overlaps(start, end)) {
                continue;
            }
            core::Entity e;
            e.name = std::string(s.substr(start, end - start));
            e.type = core::EntityType::Product;
            e.aliases.push_back({e.name, "en"});
            const core::Entity& stored = context.discover(std::move(e));
            found.emplace_back(&stored, stored.name);
        }
    }
}

} // namespace

void discover_entities(std::string_view s,
                       const MentionFinder& finder,
                       DocumentContext& context,
                       ScanResult& scan) {
    const RuleSet& rules = finder.rules();
    std::vector<std::pair<const core::Entity*, std::string>> found;
    for (const auto& h : scan.ko_suffixes) {
        // Exactly as listed: a Latin suffix (AI) does not match inside an English word.
        if (s.substr(h.start, h.end - h.start) != rules.ko_company_suffixes[h.index]) continue;
        std::size_t start = h.start;
        while (start > 0 && text::is_word(text::before(s, start))) start = text::previous(s, start);
        std::string_view prefix = s.substr(start, h.start - start);
        if (text::count_hangul_or_alnum(prefix) < 2) continue;
        bool stop = false;
        for (const auto& p : rules.ko_suffix_stop_prefixes) stop |= text::ends_with(prefix, p);
        if (stop || scan.overlaps(start, h.end)) continue;
        std::string particle;
        std::size_t word_end = 0;
        if (!finder.particle_rest(s, h.end, particle, word_end)) continue;
        core::Entity e;
        e.name = std::string(s.substr(start, h.end - start));
        e.type = core::EntityType::Company;
        e.aliases.push_back({e.name, "ko"});
        const core::Entity& stored = context.discover(std::move(e));
        found.emplace_back(&stored, stored.name);
    }
    std::unordered_map<std::string, bool> lower_seen; // word → occurs in lower case
    for (const auto& h : scan.en_suffixes) {
        // A suffix is capitalized as listed (the Taiwanese electronics maker is no name).
        if (s.substr(h.start, h.end - h.start) != rules.en_company_suffixes[h.index]) continue;
        // Walk back over capitalized words: "Tarnwick Memory Ltd.", "Acme Technologies".
        // A stop word that is itself a suffix (Memory, OLED) may stand inside a name
        // ("Tarnwick Memory Ltd.") but never first, so such words are trimmed off the front.
        std::size_t start = h.start;
        int words = 0;
        std::size_t later_starts[4]; // where the name starts without its first word(s)
        while (start > 1 && words < 4) {
            std::size_t end = start - 1; // the space before
            if (s[end] != ' ') break;
            std::size_t b = end;
            while (b > 0 && s[b - 1] != ' ' && static_cast<unsigned char>(s[b - 1]) < 0x80) --b;
            std::string_view w = s.substr(b, end - b);
            if (!w.empty() && (w.back() == ',' || w.back() == '\'' || w.back() == ')')) break;
            // "Ireland." ends the previous sentence; "U.S." and "J." are abbreviations.
            if (w.size() > 2 && w.back() == '.' && w.find('.') == w.size() - 1) break;
            if (!is_name_word(w) || (contains(rules.en_stop_words, w) &&
                                     !contains(rules.en_company_suffixes, w))) {
                break;
            }
            later_starts[words++] = start;
            start = b;
        }
        while (words > 0 &&
               contains(rules.en_stop_words, s.substr(start, s.find(' ', start) - start))) {
            start = later_starts[--words];
        }
        if (words == 0 || scan.overlaps(start, h.end)) continue;
        std::string full(s.substr(start, h.end - start));
        std::string suffix(s.substr(h.start, h.end - h.start));
        core::Entity e;
        e.name = is_legal_suffix(suffix) ? std::string(s.substr(start, h.start - 1 - start)) : full;
        while (!e.name.empty() && (e.name.back() == ',' || e.name.back() == ' ')) e.name.pop_back();
        if (e.name.empty()) continue;
        e.type = core::EntityType::Company;
        e.aliases.push_back({full, "en"});
        const core::Entity& stored = context.discover(std::move(e));
        found.emplace_back(&stored, full);
        found.emplace_back(&stored, stored.name);
        // The first word alone names the company later on (Kestrel Biotech → Kestrel)
        // when it is no common word: it never occurs in lower case in this text.
        std::size_t sp = stored.name.find(' ');
        if (sp != std::string::npos && sp >= 4) {
            std::string first = stored.name.substr(0, sp);
            std::string lower = first;
            lower[0] = static_cast<char>(lower[0] - 'A' + 'a');
            bool stop = false;
            for (const auto& sw : rules.en_stop_words) stop |= first == sw;
            if (!stop && is_name_word(first)) {
                // The text is searched once per word, not once per occurrence of the name.
                auto seen = lower_seen.find(lower);
                if (seen == lower_seen.end()) {
                    seen = lower_seen.emplace(lower, s.find(lower) != std::string_view::npos).first;
                }
                if (!seen->second) found.emplace_back(&stored, first);
            }
        }
    }
    discover_quoted_names(s, rules, context, found, scan);
    discover_apposed_products(s, rules, context, found, scan);
    // Longer names claim their places first, so "Tarnwick Memory Ltd." is one mention rather
    // than "Tarnwick Memory" followed by a stray suffix.
    std::stable_sort(found.begin(), found.end(), [](const auto& a, const auto& b) {
        return a.second.size() > b.second.size();
    });
    // A name found again adds nothing new (its places are taken), so each is searched once:
    // a long document repeats its names many times.
    std::set<std::pair<const core::Entity*, std::string_view>> searched;
    for (const auto& [e, name] : found) {
        if (searched.emplace(e, name).second) mention_everywhere(s, finder, *e, name, scan);
    }
}

} // namespace corpkg::importers
