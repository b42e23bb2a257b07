#pragma once
// Private to the store's .cpp files: SQLite's C API for the million-row scans.

#include <sqlite3.h>

#include <cstdint>
#include <string>
#include <string_view>

#include "core/errors.hpp"
#include "core/relation.hpp"
#include "core/store_impl.hpp"

namespace corpkg::core {

/// Relation names are a fixed vocabulary; comparing raw column text avoids building a
/// std::string per row on the million-edge path.
inline Relation relation_from(const unsigned char* text, int size) {
    std::string_view name(reinterpret_cast<const char*>(text), static_cast<std::size_t>(size));
    for (Relation r : all_relations()) {
        if (to_string(r) == name) {
            return r;
        }
    }
    return relation_at(name); // throws UsageError naming the unknown value
}

/// A statement prepared through SQLite's C API. SQLiteCpp's Column copies a shared_ptr
/// (two atomic operations) per value read, which is a large part of the cost of a
/// million-row scan, so the scans below step and read raw.
class RawStatement {
  public:
    RawStatement(sqlite3* db, const std::string& sql, const std::string& path)
        : db_(db), path_(path) {
        check(sqlite3_prepare_v2(db, sql.c_str(), static_cast<int>(sql.size()), &st_, nullptr));
    }
    ~RawStatement() { sqlite3_finalize(st_); }
    RawStatement(const RawStatement&) = delete;
    RawStatement& operator=(const RawStatement&) = delete;

    /// Binds the filter's parameters from index 1.
    void bind(const FilterSql& f) {
        std::size_t ti = 0, ii = 0;
        for (std::size_t p = 0; p < f.param_is_int.size(); ++p) {
            int index = static_cast<int>(p) + 1;
            if (f.param_is_int[p]) {
                check(sqlite3_bind_int64(st_, index, f.int_params[ii++]));
            } else {
                const auto& t = f.text_params[ti++];
                check(sqlite3_bind_text(st_, index, t.data(), static_cast<int>(t.size()),
                                        SQLITE_TRANSIENT));
            }
        }
    }
    void bind(int index, std::int64_t value) { check(sqlite3_bind_int64(st_, index, value)); }
    void reset() { sqlite3_reset(st_); }
    /// True while there is a row; throws StoreError on failure.
    bool step() {
        int rc = sqlite3_step(st_);
        if (rc == SQLITE_ROW) return true;
        if (rc == SQLITE_DONE) return false;
        check(rc);
        return false;
    }
    sqlite3_stmt* get() const { return st_; }

  private:
    void check(int rc) const {
        if (rc != SQLITE_OK) {
            throw StoreError(path_ + ": " + sqlite3_errmsg(db_), rc);
        }
    }
    sqlite3* db_;
    sqlite3_stmt* st_ = nullptr;
    const std::string& path_;
};

/// The text of a column, valid until the statement steps or resets.
inline std::string_view column_view(sqlite3_stmt* st, int column) {
    const unsigned char* text = sqlite3_column_text(st, column);
    return text == nullptr ? std::string_view()
                           : std::string_view(reinterpret_cast<const char*>(text),
                                              static_cast<std::size_t>(
                                                  sqlite3_column_bytes(st, column)));
}

/// The text of a column as a std::string ("" for NULL), without SQLiteCpp's per-value cost.
inline std::string column_text(sqlite3_stmt* st, int column) {
    const unsigned char* text = sqlite3_column_text(st, column);
    return text == nullptr ? std::string()
                           : std::string(reinterpret_cast<const char*>(text),
                                         static_cast<std::size_t>(sqlite3_column_bytes(st, column)));
}

} // namespace corpkg::core
