#pragma once
// Private to core: one row of the edges table, as selected by kEdgeColumns, decoded
// through SQLite's C API (the million-row scans: core/edge_scan.cpp, Store::for_each_edge).

#include <sqlite3.h>

#include <string>
#include <string_view>
#include <vector>

#include "core/store.hpp"

namespace corpkg::core {

/// Topics as stored, into `out` (reusing its strings): the compact form corpkg writes,
/// `["AI","XR"]`, is split here; anything else goes to the JSON parser.
void read_topics(std::string_view text, std::vector<std::string>& out);

/// The current row of a statement selecting kEdgeColumns first, into `r` (reusing its
/// strings).
void read_edge_row(sqlite3_stmt* st, EdgeRecord& r);

} // namespace corpkg::core
