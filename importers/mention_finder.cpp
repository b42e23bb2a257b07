#include "importers/mention_finder.hpp"

#include <algorithm>

#include "importers/lexicon.hpp"
#include "importers/text_scan.hpp"

namespace corpkg::importers {
namespace {

bool has_upper(std::string_view s) {
    return std::any_of(s.begin(), s.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

bool all_upper_short(std::string_view s) {
    if (s.size() > 4) return false;
    return std::none_of(s.begin(), s.end(), [](char c) { return c >= 'a' && c <= 'z'; });
}

/// Closing marks that may sit between a name and its particle ('퀘스트3'를).
bool is_closing(char32_t cp) { return cp == '\'' || cp == '"' || cp == ']' || cp == 0x300B; }

} // namespace

MentionFinder::MentionFinder(const Lexicon& lexicon, const RuleSet& rules)
    : lexicon_(lexicon), rules_(rules) {
    auto add = [&](std::string_view text, Kind kind, std::uint32_t index,
                   const core::Entity* entity = nullptr) {
        if (text.empty()) return;
        automaton_.add(text, static_cast<std::uint32_t>(patterns_.size()));
        Pattern p{kind, index, std::string(text), entity};
        p.has_upper = has_upper(text);
        p.exact_case = p.has_upper && all_upper_short(text);
        p.capital_first = p.has_upper && text::is_ascii_upper(static_cast<unsigned char>(text[0]));
        p.ascii_end = static_cast<unsigned char>(text.back()) < 0x80;
        patterns_.push_back(std::move(p));
    };
    for (const core::Entity* e : lexicon.entities().entities()) {
        add(e->name, Kind::Alias, 0, e);
        for (const auto& a : e->aliases) {
            if (a.text != e->name) {
                // An alias shared by several entities goes to the one find() prefers.
                const core::Entity* owner = lexicon.entities().find(a.text);
                add(a.text, Kind::Alias, 0, owner ? owner : e);
            }
        }
    }
    const auto& groups = lexicon.groups();
    for (std::uint32_t g = 0; g < groups.size(); ++g) {
        for (const auto& a : groups[g].short_forms) add(a.text, Kind::Group, g);
    }
    for (std::uint32_t i = 0; i < rules.relation_cues.size(); ++i) {
        add(rules.relation_cues[i].text, Kind::RelationCue, i);
    }
    for (std::uint32_t i = 0; i < rules.cues.size(); ++i) add(rules.cues[i].text, Kind::Cue, i);
    for (std::uint32_t i = 0; i < rules.titles.size(); ++i) add(rules.titles[i].text, Kind::Title, i);
    for (std::uint32_t i = 0; i < rules.topics.size(); ++i) {
        for (const auto& k : rules.topics[i].keywords) add(k, Kind::Topic, i);
    }
    for (std::uint32_t i = 0; i < rules.ko_company_suffixes.size(); ++i) {
        add(rules.ko_company_suffixes[i], Kind::KoSuffix, i);
    }
    for (std::uint32_t i = 0; i < rules.en_company_suffixes.size(); ++i) {
        add(rules.en_company_suffixes[i], Kind::EnSuffix, i);
    }
    automaton_.build();
    for (const auto& [p, role] : rules.particles) {
        particle_set_.insert(p);
        particle_role_.emplace(p, role);
        longest_particle_ = std::max(longest_particle_, p.size());
    }
}

bool MentionFinder::is_particles(std::string_view rest, int depth) const {
    if (rest.empty()) return true;
    if (depth >= 3) return false;
    // Longest first: particles are a few syllables, so this is a handful of set lookups.
    for (std::size_t n = std::min(rest.size(), longest_particle_); n > 0; --n) {
        if (particle_set_.count(rest.substr(0, n)) && is_particles(rest.substr(n), depth + 1)) {
            return true;
        }
    }
    return false;
}

Role MentionFinder::role_of(std::string_view particle) const {
    if (particle.empty()) return Role::None;
    if (particle == "'s" || particle == "'") return Role::Genitive;
    // The whole sequence when listed (와의, 에서는), else its longest listed prefix.
    for (std::size_t n = std::min(particle.size(), longest_particle_); n > 0; --n) {
        if (auto it = particle_role_.find(particle.substr(0, n)); it != particle_role_.end()) {
            return it->second;
        }
    }
    return Role::None;
}

bool MentionFinder::particle_rest(std::string_view s, std::size_t end, std::string& particle,
                                  std::size_t& word_end) const {
    std::size_t i = end;
    std::size_t len = 0;
    while (i < s.size() && is_closing(text::at(s, i, &len))) i += len;
    if (i < s.size() && s[i] == '(') {
        std::size_t close = s.find(')', i);
        if (close != std::string_view::npos && close - i < 40) i = close + 1;
    }
    std::size_t p = i;
    while (i < s.size() && text::is_hangul(text::at(s, i, &len))) i += len;
    std::string_view rest = s.substr(p, i - p);
    if (i < s.size() && text::is_word(text::at(s, i))) return false; // a longer name: 'LG사이언스파크', 'LGU'
    if (!is_particles(rest)) return false;
    particle.assign(rest);
    word_end = i;
    return true;
}

ScanResult MentionFinder::scan(std::string_view s) const {
    // Scanned once per sentence: the buffers keep their capacity from one call to the next.
    thread_local std::vector<AhoCorasick::Match> matches;
    matches.clear();
    automaton_.scan(s, matches);
    ScanResult out;
    struct Candidate {
        std::uint32_t start, end, pattern;
    };
    thread_local std::vector<Candidate> names;
    names.clear();
    for (const auto& m : matches) {
        const Pattern& pat = patterns_[m.id];
        // Names with capitals first, by bytes: the automaton ignores case, so short ones
        // (TI, GE, US) match inside many English words, and this rules those out before
        // any decoding.
        if ((pat.kind == Kind::Alias || pat.kind == Kind::Group) && pat.has_upper) {
            std::string_view got = s.substr(m.start, m.end - m.start);
            if (pat.exact_case ? got != pat.text : pat.capital_first && got[0] != pat.text[0]) {
                continue;
            }
        }
        char32_t prev = text::before(s, m.start);
        char32_t first = text::at(s, m.start);
        bool word_start = !text::is_word(prev);
        bool ascii_word_start = !text::is_ascii_alnum(prev) && !text::is_hangul(prev);
        char32_t next = m.end < s.size() ? text::at(s, m.end) : 0;
        switch (pat.kind) {
        case Kind::Alias:
        case Kind::Group: {
            if (!word_start) break;
            names.push_back({m.start, m.end, m.id});
            break;
        }
        case Kind::RelationCue:
        case Kind::Cue:
        case Kind::Topic: {
            // English cues start a word; Korean cues are stems and endings inside eojeols,
            // except references (양사) that must start one.
            bool ascii = first < 0x80 && text::is_ascii_alnum(first);
            if (ascii && !ascii_word_start) break;
            std::vector<CueHit>& list = pat.kind == Kind::RelationCue ? out.relation_cues
                                        : pat.kind == Kind::Cue       ? out.cues
                                                                      : out.topics;
            if (pat.kind == Kind::Cue) {
                CueKind kind = rules_.cues[pat.index].kind;
                if (kind == CueKind::PairRef || kind == CueKind::CompanyRef) {
                    if (!word_start) break;
                    if (ascii && text::is_ascii_alnum(next)) break;
                    names.push_back({m.start, m.end, m.id});
                    break;
                }
            }
            list.push_back({m.start, m.end, pat.index});
            break;
        }
        case Kind::Title: {
            if (!word_start) break;
            if (text::is_ascii_alnum(next)) break;
            out.titles.push_back({m.start, m.end, pat.index});
            break;
        }
        case Kind::KoSuffix:
            if (text::is_hangul(prev) || text::is_ascii_alnum(prev)) {
                out.ko_suffixes.push_back({m.start, m.end, pat.index});
            }
            break;
        case Kind::EnSuffix:
            if (prev == ' ' && !text::is_ascii_alnum(next)) {
                out.en_suffixes.push_back({m.start, m.end, pat.index});
            }
            break;
        }
    }
    // Leftmost longest; on equal spans a group short form beats an entity alias.
    std::sort(names.begin(), names.end(), [&](const Candidate& a, const Candidate& b) {
        if (a.start != b.start) return a.start < b.start;
        if (a.end != b.end) return a.end > b.end;
        return patterns_[a.pattern].kind == Kind::Group && patterns_[b.pattern].kind != Kind::Group;
    });
    std::uint32_t covered = 0;
    for (const auto& c : names) {
        if (c.start < covered) continue;
        const Pattern& pat = patterns_[c.pattern];
        Mention m;
        m.start = c.start;
        m.end = c.end;
        std::size_t word_end = c.end;
        char32_t next = c.end < s.size() ? text::at(s, c.end) : 0;
        // An English product name in the plural (iPhones, H100s) is still the product.
        bool plural = pat.kind == Kind::Alias && pat.ascii_end &&
                      pat.entity->type == core::EntityType::Product && next == 's' &&
                      (c.end + 1 >= s.size() || !text::is_ascii_alnum(text::at(s, c.end + 1)));
        if (pat.ascii_end && text::is_ascii_alnum(next) && !plural) continue;
        if (plural) {
            word_end = c.end + 1;
        } else if (next == '\'' && c.end + 1 < s.size() && (s[c.end + 1] == 's' || s[c.end + 1] == 'S') &&
            (c.end + 2 >= s.size() || !text::is_ascii_alnum(text::at(s, c.end + 2)))) {
            m.particle = "'s";
            word_end = c.end + 2;
        } else if (!particle_rest(s, c.end, m.particle, word_end)) {
            continue;
        }
        m.word_end = static_cast<std::uint32_t>(word_end);
        if (pat.kind == Kind::Alias) {
            m.kind = MentionKind::Entity;
            m.entity = pat.entity;
        } else if (pat.kind == Kind::Group) {
            m.kind = MentionKind::Group;
            m.group = pat.index;
        } else {
            m.kind = rules_.cues[pat.index].kind == CueKind::PairRef ? MentionKind::PairRef
                                                                     : MentionKind::CompanyRef;
        }
        covered = c.end;
        out.mentions.push_back(std::move(m));
    }
    auto by_start = [](const CueHit& a, const CueHit& b) {
        return a.start != b.start ? a.start < b.start : a.end > b.end;
    };
    for (auto* list : {&out.relation_cues, &out.cues, &out.titles, &out.topics, &out.ko_suffixes,
                       &out.en_suffixes}) {
        std::sort(list->begin(), list->end(), by_start);
    }
    return out;
}

} // namespace corpkg::importers
