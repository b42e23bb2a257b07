#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/model.hpp"
#include "importers/document_context.hpp"
#include "importers/mention_finder.hpp"
#include "importers/rule_set.hpp"
#include "importers/sentence_splitter.hpp"

namespace corpkg::importers {

/// A mention resolved inside its document, ready to fill a relation's slot.
struct Arg {
    std::uint32_t start = 0;
    std::uint32_t end = 0;
    std::uint32_t word_end = 0;
    std::string id; ///< entity id; empty for a pair reference
    core::EntityType type = core::EntityType::Company;
    Role role = Role::None;
    std::vector<std::string> pair; ///< 양사 / both companies: the two company ids
    bool after_preposition = false; ///< English: follows of/from/to/with/by/…
    bool reference = false; ///< a description (the company) standing for a name
};

/// One sentence with its resolved mentions and the cues found in it.
struct SentenceView {
    std::string_view text; ///< the whole normalized document
    Sentence sentence;
    std::string lang; ///< `ko` or `en`
    std::vector<Arg> args;
    std::vector<CueHit> relation_cues;
    std::vector<CueHit> cues;
    std::vector<CueHit> topics;
};

/// How sure, negated and attributed a statement is, from the cues that govern it.
struct Modality {
    core::Certainty certainty = core::Certainty::Fact;
    bool negated = false;
    core::Attribution attribution = core::Attribution::Article;
};

/// The modality of a relation cue at byte `cue_pos`: Korean cues are governed by the
/// endings of their own clause and of the sentence's final clause (…할 방침이다, …할 것이란
/// 전망이 나온다), English ones by the hedges of the sentence. Speculative beats planned;
/// a Korean sentence ending in a non-past form (…한다) announces a scheduled event (planned).
Modality modality_at(const SentenceView& view, const RuleSet& rules, std::size_t cue_pos);

/// The relations one sentence states, by the cue rules (direction from particles and word
/// order, clause-scoped certainty, negation and attribution, topics) and the co-reference
/// rules of the context (zero subjects, 양사, persons standing for their company, a
/// counterpart of one type from the previous sentence). Appends to `out`; does not update
/// the context.
void extract_relations(const SentenceView& view,
                       const DocumentContext& context,
                       const RuleSet& rules,
                       std::vector<core::Statement>& out);

/// The topics of a sentence, sorted and unique.
std::vector<std::string> sentence_topics(const SentenceView& view, const RuleSet& rules);

} // namespace corpkg::importers
