#include "importers/person_discovery.hpp"

#include <algorithm>

#include "importers/korean_names.hpp"
#include "importers/text_scan.hpp"

namespace corpkg::importers {
namespace {

/// A capitalized word of a personal name: an ASCII capital, then letters (accented ones
/// too) or hyphens; no digits, no dots (which mark abbreviations and company suffixes).
bool is_person_word(std::string_view w) {
    if (w.size() < 2 || !text::is_ascii_upper(static_cast<unsigned char>(w[0]))) return false;
    bool lower = false;
    for (char c : w.substr(1)) {
        auto u = static_cast<unsigned char>(c);
        if (u >= 'a' && u <= 'z') lower = true;
        else if (!(u >= 0x80 || c == '-' || c == '\'' || text::is_ascii_upper(u))) return false;
    }
    return lower; // all capitals is an acronym (CEO, TSMC)
}

/// The name of two or three person words starting at `at`; empty when there is none.
std::string_view person_name_at(std::string_view s, std::size_t at, const RuleSet& rules) {
    std::size_t end = at;
    int words = 0;
    std::size_t i = at;
    while (words < 3 && i < s.size()) {
        std::size_t e = i;
        while (e < s.size() && s[e] != ' ' && s[e] != ',' && s[e] != '.' && s[e] != ';' &&
               s[e] != ')' && s[e] != '"' && !(s[e] == '\'' && e + 1 < s.size() && s[e + 1] == 's'))
            ++e;
        std::string_view w = s.substr(i, e - i);
        if (!is_person_word(w)) break;
        bool stop = false;
        for (const auto& sw : rules.en_stop_words) stop |= w == sw;
        if (stop) break;
        ++words;
        end = e;
        if (e >= s.size() || s[e] != ' ') break;
        i = e + 1;
    }
    if (words < 2) return {};
    return s.substr(at, end - at);
}

} // namespace

void discover_persons(std::string_view s, const MentionFinder& finder, DocumentContext& context,
                      ScanResult& scan) {
    const RuleSet& rules = finder.rules();
    std::vector<const core::Entity*> found;
    auto consider = [&](std::size_t at) {
        std::string_view name = person_name_at(s, at, rules);
        if (name.empty() || scan.overlaps(at, at + name.size())) return;
        std::string key(name);
        if (const core::Entity* known = context.discovered(key)) {
            if (std::find(found.begin(), found.end(), known) == found.end()) found.push_back(known);
            return;
        }
        core::Entity e;
        e.name = key;
        e.type = core::EntityType::Person;
        e.aliases.push_back({key, "en"});
        found.push_back(&context.discover(std::move(e)));
    };
    for (const auto& t : scan.titles) {
        if (rules.titles[t.index].lang != "en") continue;
        // Chief Executive Jane Roe; chairman and founder John Doe is caught at its last title.
        if (t.end + 1 < s.size() && s[t.end] == ' ') consider(t.end + 1);
    }
    for (const auto& h : scan.relation_cues) {
        const RelationCue& rc = rules.relation_cues[h.index];
        if (rc.lang != "en" || rc.relation != core::Relation::Founded) continue;
        // Jane Roe, who founded X: the name before ", who ".
        if (h.start >= 8 && s.substr(h.start - 6, 6) == ", who ") {
            std::size_t pos = h.start - 6, start = std::string_view::npos;
            for (int words = 0; words < 3 && pos > 0; ++words) {
                std::size_t sp = s.find_last_of(" \n\t", pos - 1);
                std::size_t b = sp == std::string_view::npos ? 0 : sp + 1;
                if (!is_person_word(s.substr(b, pos - b))) break;
                start = b;
                if (sp == std::string_view::npos || s[sp] != ' ') break;
                pos = sp;
            }
            if (start != std::string_view::npos) consider(start);
        }
        // founded (in 2019) by Jane Roe and John Doe: the agents within a few words.
        std::size_t limit = std::min(s.size(), static_cast<std::size_t>(h.end) + 40);
        std::string_view rest = s.substr(h.end, limit - h.end);
        std::size_t at = 0;
        if (text::ends_with(rc.text, " by")) {
            at = h.end + 1;
        } else {
            std::size_t by = rest.find(" by ");
            if (by == std::string_view::npos || rest.substr(0, by).find(',') != std::string_view::npos) continue;
            at = h.end + by + 4;
        }
        int skipped = 0, names = 0;
        for (int n = 0; n < 4 && at < s.size(); ++n) {
            std::string_view name = person_name_at(s, at, rules);
            if (name.empty()) {
                // Up to two description words may stand before the first name (chemist
                // Jane Roe, Oxford chemist Jane Roe).
                std::size_t sp = s.find(' ', at);
                if (names > 0 || ++skipped > 2 || sp == std::string_view::npos || sp - at > 24) break;
                std::string_view w = s.substr(at, sp - at);
                if (w.find_first_of(",;.") != std::string_view::npos) break;
                at = sp + 1;
                continue;
            }
            ++names;
            consider(at);
            std::size_t next = at + name.size();
            if (s.substr(next, 5) != " and ") break;
            at = next + 5;
        }
    }
    // Korean: a three-syllable name right before a title (한지우 대표가) is a person; it
    // is named in the romanized form English news gives it, the Hangul kept as an alias.
    std::vector<std::pair<const core::Entity*, std::string>> hangul;
    // The person of a romanized name (new or met before), with the Hangul as written.
    auto add_hangul_person = [&](std::string_view word, const std::string& roman) {
        const core::Entity* person = context.discovered(roman);
        if (!person) {
            core::Entity e;
            e.name = roman;
            e.type = core::EntityType::Person;
            e.aliases.push_back({std::string(word), "ko"});
            e.aliases.push_back({roman, "en"});
            person = &context.discover(std::move(e));
        }
        hangul.emplace_back(person, std::string(word));
    };
    for (const auto& t : scan.titles) {
        if (rules.titles[t.index].lang != "ko" || t.start < 10 || s[t.start - 1] != ' ') continue;
        std::size_t end = t.start - 1, start = end;
        while (start > 0 && s[start - 1] != ' ' && s[start - 1] != '\n' && s[start - 1] != '(' &&
               s[start - 1] != '\'' && s[start - 1] != '"') {
            --start;
        }
        std::string_view word = s.substr(start, end - start);
        if (word.size() != 9 || scan.overlaps(start, end)) continue;
        bool stop = false;
        for (std::string_view w : {"이사회", "위원회", "지주사", "자회사", "계열사", "협의회", "연합회",
                                   "경영진", "임원진", "전문가", "한국형", "신설된", "부회장", "사무국"}) {
            stop |= word == w;
        }
        // A name before its title takes no particle (삼성의 회장 is no name).
        for (std::string_view p : {"의", "은", "는", "이", "가", "를", "을", "와", "과", "도", "에", "로"}) {
            stop |= word.substr(6) == p;
        }
        std::string roman = stop ? std::string() : romanize_korean_name(word);
        if (!roman.empty()) add_hangul_person(word, roman);
    }
    // Or a name after a title in brackets (X(대표 김철교)은): each "(" once, then the titles.
    for (std::size_t open = s.find('('); open != std::string_view::npos; open = s.find('(', open + 1)) {
        for (const Title& t : rules.titles) {
            std::size_t start = open + 1 + t.text.size() + 1;
            if (t.lang != "ko" || start + 10 > s.size() || s.compare(open + 1, t.text.size(), t.text) != 0 ||
                s[start - 1] != ' ' || s[start + 9] != ')') {
                continue;
            }
            std::string_view word = s.substr(start, 9);
            std::string roman = romanize_korean_name(word);
            if (!roman.empty() && !scan.overlaps(start, start + 9)) add_hangul_person(word, roman);
        }
    }
    for (const auto& [e, word] : hangul) {
        for (std::size_t at = s.find(word); at != std::string_view::npos; at = s.find(word, at + 1)) {
            std::size_t end = at + word.size();
            if (text::is_word(text::before(s, at)) || scan.overlaps(at, end)) continue;
            Mention m;
            m.start = static_cast<std::uint32_t>(at);
            m.end = static_cast<std::uint32_t>(end);
            std::size_t word_end = end;
            bool bracket = end < s.size() && s[end] == ')';
            if (!bracket && !finder.particle_rest(s, end, m.particle, word_end)) continue;
            m.word_end = static_cast<std::uint32_t>(word_end);
            m.entity = e;
            scan.mentions.push_back(std::move(m));
        }
    }
    for (const core::Entity* e : found) {
        const std::string& name = e->name;
        for (std::size_t at = s.find(name); at != std::string_view::npos; at = s.find(name, at + 1)) {
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
            m.entity = e;
            scan.mentions.push_back(std::move(m));
        }
    }
}

} // namespace corpkg::importers
