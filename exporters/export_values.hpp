#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/graph.hpp"

namespace corpkg::exporters {

/// For each node of `graph`, the earliest ISO date (`YYYY-MM-DD`) among its edges'
/// first_seen, empty when none has one: when the node enters a timeline.
std::vector<std::string> node_first_seen(const core::GraphView& graph);

/// True for a full ISO date `YYYY-MM-DD` (what GEXF's xsd:date accepts).
bool is_full_iso_date(std::string_view s) noexcept;

/// Aliases of an entity as exported: texts only, sorted, without duplicates, so the list
/// reads back identically whatever languages the store had recorded.
std::vector<std::string> alias_texts(const core::Entity& entity);

} // namespace corpkg::exporters
