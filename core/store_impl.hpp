#pragma once
// Private to the store's .cpp files: keeps SQLiteCpp out of store.hpp.

#include <SQLiteCpp/SQLiteCpp.h>

#include <memory>
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

    /// The prepared statement for `sql` (a string literal: keyed by its address), reset
    /// and unbound. Imports run the same few statements for every entity, edge and
    /// evidence; preparing them once keeps SQL parsing out of the per-row cost.
    SQLite::Statement& cached(const char* sql);

    /// Inserts the article row of a document and returns its id.
    std::int64_t insert_article(const Article& article);

  private:
    // Declared after db, so the statements are finalized before the connection closes.
    std::unordered_map<const char*, std::unique_ptr<SQLite::Statement>> statements_;
};

/// The edge row of (subject, relation, object, negated) and the aggregate to merge into.
inline constexpr const char* kFindEdge =
    "SELECT id, certainty, weight, mentions, first_seen, last_seen, topics FROM edges "
    "WHERE subject = ? AND relation = ? AND object = ? AND negated = ?";
inline constexpr const char* kUpdateEdge =
    "UPDATE edges SET certainty = ?, weight = ?, mentions = ?, first_seen = ?, last_seen = ?, "
    "topics = ? WHERE id = ?";

/// Sets the connection's page cache size for one operation and restores it afterwards.
/// A whole-table scan reads every page once: a small cache recycles its pages, where the
/// store's large default makes it allocate (and fault in) tens of megabytes it never reuses.
class CacheSize {
  public:
    CacheSize(SQLite::Database& db, int size) : db_(db) {
        previous_ = db_.execAndGet("PRAGMA cache_size").getInt();
        db_.exec("PRAGMA cache_size = " + std::to_string(size));
    }
    ~CacheSize() {
        try {
            db_.exec("PRAGMA cache_size = " + std::to_string(previous_));
        } catch (...) {
            // Only a performance setting; never throw from a destructor.
        }
    }
    CacheSize(const CacheSize&) = delete;
    CacheSize& operator=(const CacheSize&) = delete;

  private:
    SQLite::Database& db_;
    int previous_ = 0;
};

/// Binds `value`, or NULL when it is empty (an unknown url, date, title...).
void bind_text_or_null(SQLite::Statement& stmt, int index, const std::string& value);

/// The earlier (or later) of two ISO dates; an empty date is unknown, not earliest.
std::string pick_date(const std::string& a, const std::string& b, bool earliest);

/// One document's all-or-nothing unit of work. Outside begin()/commit() it is a
/// transaction of its own, begun IMMEDIATE so that the duplicate check and the writes see
/// one snapshot while another process imports into the same file (a deferred transaction
/// would read, then fail to upgrade, or store an article the other process stored in
/// between); inside a run it is a savepoint. Rolls back unless commit() was called; the
/// destructor never throws, because after SQLITE_FULL or an I/O error SQLite may already
/// have rolled the transaction back (store_transaction.cpp).
class DocumentTransaction {
  public:
    /// `in_run`: inside begin()/commit(); `key_cache` is cleared on rollback.
    DocumentTransaction(SQLite::Database& db,
                        bool in_run,
                        std::unordered_map<std::string, std::int64_t>& key_cache,
                        const char* savepoint);
    ~DocumentTransaction();
    DocumentTransaction(const DocumentTransaction&) = delete;
    DocumentTransaction& operator=(const DocumentTransaction&) = delete;
    /// Makes the document's writes part of the store (or of the enclosing run).
    void commit();

  private:
    SQLite::Database& db_;
    std::unordered_map<std::string, std::int64_t>& key_cache_;
    std::string savepoint_; ///< empty when this is a transaction of its own
    bool open_ = true;
};

/// Brings a freshly opened database to Store::kSchemaVersion (store_schema.cpp).
/// A `read_only` database is only checked: one that needs migrating throws StoreError.
void migrate(SQLite::Database& db, const std::string& path, bool read_only = false);

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
