#pragma once

#include <string>
#include <vector>

#include "core/model.hpp"
#include "importers/document_context.hpp"
#include "importers/relation_modality.hpp"
#include "importers/rule_set.hpp"
#include "importers/sentence_view.hpp"

namespace corpkg::importers {

/// The relations one sentence states, by the cue rules (direction from particles and word
/// order, clause-scoped certainty, negation and attribution, topics) and the co-reference
/// rules of the context (zero subjects, 양사, persons standing for their company, a
/// counterpart of one type from the previous sentence). Appends to `out`; does not update
/// the context.
void extract_relations(const SentenceView& view,
                       const DocumentContext& context,
                       const RuleSet& rules,
                       std::vector<core::Statement>& out);

/// English customer phrases: X counts Y as its first customer; Y, X's largest customer;
/// X's first customer, Y. Each is X supplying Y.
void find_customer_phrases(const SentenceView& view, const DocumentContext& ctx, const RuleSet& rules,
                           std::vector<core::Statement>& out);

/// The topics of a sentence, sorted and unique.
std::vector<std::string> sentence_topics(const SentenceView& view, const RuleSet& rules);

} // namespace corpkg::importers
