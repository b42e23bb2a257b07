#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "core/model.hpp"
#include "importers/aho_corasick.hpp"
#include "importers/mention_spans.hpp"
#include "importers/rule_set.hpp"

namespace corpkg::importers {

class Lexicon;

/// What a mention names.
enum class MentionKind : std::uint8_t {
    Entity,     ///< a lexicon (or discovered) entity
    Group,      ///< a group short form (삼성, LG), resolved per document
    PairRef,    ///< 양사, both companies
    CompanyRef, ///< the company, the firm
};

/// One name in the text, with the particle that follows it.
struct Mention {
    std::uint32_t start = 0;    ///< bytes of the name
    std::uint32_t end = 0;
    std::uint32_t word_end = 0; ///< end of the eojeol (particles included) or English word
    MentionKind kind = MentionKind::Entity;
    const core::Entity* entity = nullptr; ///< Entity kind
    std::uint32_t group = 0;              ///< Group kind: index into Lexicon::groups()
    std::string particle;                 ///< Korean particles after the name, `'s`, or empty
};

/// A cue found in the text: bytes [start, end) matched `index` of its table.
struct CueHit {
    std::uint32_t start = 0;
    std::uint32_t end = 0;
    std::uint32_t index = 0;
};

/// Everything one automaton pass finds in a text, each list ordered by start.
struct ScanResult {
    std::vector<Mention> mentions;
    std::vector<CueHit> relation_cues; ///< index into RuleSet::relation_cues
    std::vector<CueHit> cues;          ///< index into RuleSet::cues
    std::vector<CueHit> titles;        ///< index into RuleSet::titles
    std::vector<CueHit> topics;        ///< index into RuleSet::topics
    std::vector<CueHit> ko_suffixes;   ///< index into RuleSet::ko_company_suffixes
    std::vector<CueHit> en_suffixes;   ///< index into RuleSet::en_company_suffixes

    /// Whether a mention covers any byte of [start, end) (start < end); O(log mentions)
    /// while passes append to `mentions` (see MentionSpans).
    bool overlaps(std::size_t start, std::size_t end) { return spans.overlaps(mentions, start, end); }
    MentionSpans spans;
};

/// One Aho–Corasick automaton over every alias of the lexicon, every group short form and
/// every cue of the rules, built once and then immutable (safe to share between threads).
/// scan() makes one pass over a text and applies the boundary rules: a Korean alias starts
/// an eojeol and the rest of the eojeol is a particle sequence or a quote mark (메타의,
/// '퀘스트3'를, 최고경영자(CEO)가); an English alias sits on word boundaries, possibly with
/// 's; of overlapping names the leftmost longest wins. Aliases with capitals need a capital
/// first letter (Apple, not apple); short all-capital aliases (LG, SK) need exact case.
class MentionFinder {
  public:
    MentionFinder(const Lexicon& lexicon, const RuleSet& rules);

    /// Every mention and cue in `text` (valid UTF-8). O(text length + matches).
    ScanResult scan(std::string_view text) const;

    /// The particles after a name ending at byte `end`: skips closing quotes and a
    /// parenthesised gloss (최고경영자(CEO)가), then reads Hangul to the end of the eojeol.
    /// Returns false when that rest is not a particle sequence; `word_end` gets the end of
    /// the eojeol and `particle` the particles.
    bool particle_rest(std::string_view text, std::size_t end, std::string& particle,
                       std::size_t& word_end) const;

    /// The role a particle sequence gives (empty → Role::None).
    Role role_of(std::string_view particle) const;

    const RuleSet& rules() const noexcept { return rules_; }

  private:
    enum class Kind : std::uint8_t { Alias, Group, RelationCue, Cue, Title, Topic, KoSuffix, EnSuffix };
    struct Pattern {
        Kind kind;
        std::uint32_t index;
        std::string text; ///< as written, for case checks
        const core::Entity* entity = nullptr;
        // Case checks on `text`, worked out once (see scan()).
        bool has_upper = false;       ///< any ASCII capital
        bool exact_case = false;      ///< short all-capital: the text must match exactly
        bool capital_first = false;   ///< the first letter must be this capital
        bool ascii_end = false;       ///< last byte is ASCII
    };
    bool is_particles(std::string_view rest, int depth = 0) const;

    std::unordered_set<std::string_view> particle_set_;        ///< views into rules_
    std::unordered_map<std::string_view, Role> particle_role_; ///< first listed role wins
    std::size_t longest_particle_ = 0;

    const Lexicon& lexicon_;
    const RuleSet& rules_;
    AhoCorasick automaton_;
    std::vector<Pattern> patterns_;
};

} // namespace corpkg::importers
