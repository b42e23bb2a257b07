#pragma once

#include <cstdint>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "core/model.hpp"

namespace corpkg::importers {

/// The grammatical role a Korean particle (or an English position) gives a mention.
enum class Role : std::uint8_t {
    None,       ///< bare noun, no particle
    Subject,    ///< 이 가 은 는 도 (topic or subject)
    Object,     ///< 을 를
    With,       ///< 와 과 와의 과의 하고 (comitative)
    Dative,     ///< 에 에게 (target)
    Source,     ///< 로부터 에서 (origin)
    Toward,     ///< 에 대한, 에 대해 (about, towards)
    Against,    ///< 를 상대로 (adversary)
    Genitive,   ///< 의 (possessor: never an argument itself)
    Instrument, ///< 로 으로
    Apposition, ///< a company inside a person's title phrase (조주완 LG전자 CEO)
};

/// Parses a role name as written in rule files (`subject`, `object`, `with`, …).
Role parse_role(std::string_view name);

/// A cue word for one relation in one language, with the roles its arguments take.
struct RelationCue {
    std::string text;
    std::string lang; ///< `ko` or `en`
    core::Relation relation = core::Relation::PartnersWith;
    /// Korean: particle roles that mark the subject and the object.
    std::vector<Role> subject_roles;
    std::vector<Role> object_roles;
    /// English: the subject follows the cue and the object precedes it (X was acquired by Y).
    bool passive = false;
    /// The cue counts only when this word also occurs in the sentence (파운드리 … 수주).
    std::string requires_word;
    /// Korean: take the object from the first fitting mention after the cue (relative
    /// clauses such as 애플이 출시한 '비전프로').
    bool object_after = false;
    /// Korean: the subject is the name right after the cue and the object comes before it
    /// (현대차의 충전 자회사 한빛모빌리티는 → 한빛모빌리티 subsidiary_of 현대차).
    bool subject_after = false;
};

/// What a plain cue (a word or ending that is not a relation) signals.
enum class CueKind : std::uint8_t {
    Planned,
    Speculative,
    Negation,
    AttributionCompany,
    AttributionAnonymous,
    AttributionMedia,
    Block,       ///< a longer word that cancels cues inside it (경쟁력 cancels 경쟁)
    PairRef,     ///< 양사, both companies: the last two companies
    CompanyRef,  ///< the company, the firm: the last subject company
    ClauseBreak, ///< Korean connective endings that close a clause (며, 면서, 가운데)
    Scheduled,   ///< Korean non-past endings that announce a scheduled event (한다)
    JointVenture, ///< 합작법인, joint venture: the company it names is owned by its parents
};

/// A plain cue: a word or ending of one kind in one language.
struct Cue {
    std::string text;
    std::string lang;
    CueKind kind = CueKind::Planned;
};

/// A title that ties a person to a company in apposition (CEO, 회장, chairman).
struct Title {
    std::string text;
    std::string lang;
    core::Relation relation = core::Relation::Leads; ///< leads or founded
};

/// A topic and the keywords that tag a sentence with it.
struct Topic {
    std::string name;
    std::vector<std::string> keywords;
};

/// Every extraction rule that is data: particles, cues, titles, topics, page furniture and
/// the suffixes that make an unknown name look like a company. Read from the `rules/` files
/// of the lexicon and from user files with the same keys; later files add to earlier ones.
struct RuleSet {
    std::vector<std::pair<std::string, Role>> particles;      ///< Korean particles
    std::vector<std::pair<std::string, Role>> follow_words;   ///< 대한 → toward, 상대로 → against
    std::vector<RelationCue> relation_cues;
    std::vector<Cue> cues;
    std::vector<Title> titles;
    std::vector<Topic> topics;
    std::vector<std::string> furniture_lines;   ///< a short line holding one of these is dropped
    std::vector<std::string> bracket_words;     ///< a [..] or (..) holding one is a byline/credit
    std::vector<std::string> ko_company_suffixes;
    std::vector<std::string> ko_suffix_stop_prefixes; ///< 메모리반도체 is not a company
    std::vector<std::string> en_company_suffixes;
    std::vector<std::string> en_stop_words;     ///< capitalized words that never start a name
    /// Korean nouns that introduce a quoted new name of their kind (NPU '아라-2',
    /// 합작법인 'HLE배터리컴퍼니').
    std::vector<std::string> ko_product_nouns;
    std::vector<std::string> en_product_nouns; ///< an apposition after one names a product (its first product, the X)
    std::vector<std::string> ko_company_nouns;
    /// The last words of the English company-reference cues ("the chipmaker" → chipmaker)
    /// and their plurals (both automakers), derived from `cues` by add_json: every
    /// sentence looks them up.
    std::set<std::string, std::less<>> en_reference_nouns;
    std::set<std::string, std::less<>> en_reference_plurals;

    /// Adds the rule keys of one JSON file (others are ignored). Throws core::InputError
    /// naming the file when the JSON is invalid or a rule names an unknown relation/role.
    void add_json(std::string_view json, const std::string& source);
};

} // namespace corpkg::importers
