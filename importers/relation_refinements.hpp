#pragma once

// Cues whose relation their surroundings refine: buying a minority stake is investing,
// not acquiring; working with a partner to develop something is co-development.

#include <optional>

#include "importers/rule_set.hpp"
#include "importers/sentence_view.hpp"

namespace corpkg::importers {

/// The cue as its clause reads it, when that differs from the lexicon's relation:
/// - acquires over a stake (지분 5%를 사들였다; buys a 10% stake in X; acquire 30 percent of
///   the shares) is invests_in, unless the stake is whole or controlling (100%, 경영권,
///   controlling, majority);
/// - English "sell(s) with Y" (a product sold with a partner) is partners_with;
/// - English partners_with followed in its clause by "to (jointly) develop" (will work with
///   X to develop Y) is co_develops_with;
/// - English "relies on / depends on X for" production, packaging, wafers, assembly… is
///   X manufactures_for the subject.
/// Nothing when the lexicon's cue stands as it is.
std::optional<RelationCue> refine_cue(const SentenceView& view, const CueHit& hit,
                                      const RelationCue& cue);

} // namespace corpkg::importers
