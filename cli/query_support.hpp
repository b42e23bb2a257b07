#pragma once
// Small pieces the query subcommands share: entity labels, arrows, optional values.

#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

#include "cli/output.hpp"
#include "core/store.hpp"

namespace corpkg::cli {

/// The stored entities with these keys, by key (one batch read, no aliases).
std::unordered_map<std::int64_t, core::StoredEntity> entities_by_key(
    const core::Store& store, const std::vector<std::int64_t>& keys);

/// A date as a value: null when empty, so JSON says "unknown" rather than "".
Value date_value(const std::string& date);

/// How a stored edge reads when walked from one of its ends: `→` along the stored
/// direction, `←` against it, `—` for symmetric relations, which read the same both ways.
std::string arrow(core::Relation relation, bool forward);

/// `out`, `in` or `both` for the same three cases, for machine-readable output.
std::string direction_name(core::Relation relation, bool forward);

/// Parses `out|in|both` (already checked by CLI11).
core::Direction parse_direction(const std::string& name);

} // namespace corpkg::cli
