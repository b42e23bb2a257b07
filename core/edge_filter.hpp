#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/model.hpp"

namespace corpkg::core {

/// Which edges a query or an export sees. One filter type serves both, applied by the
/// store in SQL so that a filtered read never loads what it drops. An empty field means
/// "no restriction".
struct EdgeFilter {
    std::vector<Relation> relations;        ///< keep only these relations
    std::optional<Certainty> min_certainty; ///< keep edges at least this certain
    std::string since;                      ///< ISO date: keep edges last seen on or after
    std::string until;                      ///< ISO date: keep edges first seen on or before
    std::vector<EntityType> types;          ///< keep edges whose both ends have one of these types
    std::string topic;                      ///< keep edges carrying this topic (case-insensitive)
    bool include_negated = false;           ///< negated edges are left out unless asked for

    /// True when nothing is restricted except the default exclusion of negated edges.
    bool is_default() const noexcept {
        return relations.empty() && !min_certainty && since.empty() && until.empty() &&
               types.empty() && topic.empty() && !include_negated;
    }
};

} // namespace corpkg::core
