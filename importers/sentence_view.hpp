#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/model.hpp"
#include "importers/mention_finder.hpp"
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
    bool topic = false; ///< Korean: marked as the topic (은/는), the main clause's subject
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

} // namespace corpkg::importers
