#pragma once
// A small store for exporter tests: tricky names (markup characters, quotes, emoji,
// Hangul, control characters), parallel edges of different relations between one pair,
// a negated edge, several articles with urls and dates.

#include <string>

#include "core/store.hpp"
#include "exporters/exporter.hpp"

namespace corpkg::testing {

/// Fills `store` with the fixture graph.
void fill_fixture(core::Store& store);

/// Creates the fixture database at `path` and returns the path.
std::string make_fixture_db(const std::string& path);

/// The expected nodes and edges of an unfiltered export of `store`, read straight from
/// the store (not through any writer), as JSON for the python checks:
/// `{"nodes": {id: {label, type, aliases, parent, discovered}},
///   "edges": {"e<N>": {source, target, relation, certainty, negated, weight, mentions,
///                      first_seen, last_seen, topics, evidence_count, evidence,
///                      source_urls}}}`.
std::string expected_graph_json(const core::Store& store);

/// True when `command` exits 0 (tools the tests need: xmllint, python3 modules).
bool tool_available(const std::string& command);

} // namespace corpkg::testing
