#pragma once

// A joint venture is owned by its parents: 양사가 출자한 합작법인 'Z', A와 B의 합작사 Z,
// Z, a joint venture of A and B. Its parents invest in it; they do not "partner with" it.

#include <vector>

#include "core/model.hpp"
#include "importers/document_context.hpp"
#include "importers/rule_set.hpp"
#include "importers/sentence_view.hpp"

namespace corpkg::importers {

/// For each joint venture the sentence names (a company right after a joint-venture noun,
/// or, in English, before ", a … joint venture"): every parent invests_in it, and the
/// partners_with statements between a parent and the venture are dropped. Parents are the
/// sentence's partners_with companies, else the companies joined to the noun (A와 B의,
/// A and B's, between/of A and B), else the pair of a 양사 / both companies reference.
void find_joint_ventures(const SentenceView& view, const RuleSet& rules,
                         const DocumentContext& ctx, std::vector<core::Statement>& out);

} // namespace corpkg::importers
