#pragma once
// Private to the store's .cpp files: keeps SQLiteCpp out of store.hpp.

#include <SQLiteCpp/SQLiteCpp.h>

#include <string>
#include <unordered_map>

#include "core/edge_filter.hpp"
#include "core/store.hpp"

namespace corpkg::core {

struct Store::Impl {
    Impl(const std::string& path, int flags);

    std::string path;
    SQLite::Database db;
    bool in_run = false; ///< inside begin()/commit()
    // Entity id → key, filled as entities are upserted; cleared on rollback because the
    // rolled-back rows' keys may be reused.
    std::unordered_map<std::string, std::int64_t> key_cache;
};

/// Brings a freshly opened database to Store::kSchemaVersion (store_schema.cpp).
void migrate(SQLite::Database& db, const std::string& path);

/// SQL text and bound values for an EdgeFilter over table alias `e` (store_queries.cpp).
struct FilterSql {
    std::string where; ///< starts with " WHERE " or is empty
    std::vector<std::string> text_params;
    std::vector<std::int64_t> int_params;
    std::vector<bool> param_is_int; ///< order of parameters
    void bind(SQLite::Statement& stmt, int first_index = 1) const;
};
FilterSql filter_sql(const EdgeFilter& filter);

/// Reads the edge columns selected by kEdgeColumns starting at column `first`.
EdgeRecord read_edge(SQLite::Statement& stmt, int first = 0);
inline constexpr const char* kEdgeColumns =
    "e.id, e.subject, e.object, e.relation, e.negated, e.certainty, e.weight, e.mentions, "
    "e.first_seen, e.last_seen, e.topics";

/// Translates SQLite's exception into StoreError naming the database.
[[noreturn]] void rethrow_store_error(const SQLite::Exception& e, const std::string& path);

} // namespace corpkg::core
