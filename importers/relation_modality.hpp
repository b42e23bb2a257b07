#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "core/model.hpp"
#include "importers/rule_set.hpp"
#include "importers/sentence_view.hpp"

namespace corpkg::importers {

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

/// Clause boundaries of a Korean sentence: byte positions after connective endings and
/// commas, sorted.
std::vector<std::size_t> clause_breaks(const SentenceView& view, const RuleSet& rules);

} // namespace corpkg::importers
