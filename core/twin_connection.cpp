#include "core/twin_connection.hpp"

namespace corpkg::core {
namespace {

bool exec(sqlite3* db, const char* sql) {
    return sqlite3_exec(db, sql, nullptr, nullptr, nullptr) == SQLITE_OK;
}

/// Reads the first page: an open transaction's snapshot is taken here.
bool pin_snapshot(sqlite3* db) {
    return exec(db, "SELECT count(*) FROM (SELECT 1 FROM sqlite_schema LIMIT 1)");
}

sqlite3* open_connection(const char* file, int flags) {
    sqlite3* db = nullptr;
    // NOMUTEX: each connection here is used by one thread at a time.
    if (sqlite3_open_v2(file, &db, flags | SQLITE_OPEN_NOMUTEX, nullptr) != SQLITE_OK) {
        sqlite3_close(db);
        return nullptr;
    }
    return db;
}

} // namespace

sqlite3* open_twin_reader(sqlite3* db) {
    const char* file = sqlite3_db_filename(db, "main");
    bool possible = file != nullptr && file[0] != '\0' && sqlite3_db_readonly(db, "main") == 0;
    sqlite3* lock = possible ? open_connection(file, SQLITE_OPEN_READWRITE) : nullptr;
    if (lock == nullptr) {
        pin_snapshot(db);
        return nullptr;
    }
    // Waiting long for another writer would cost more than the second connection saves.
    sqlite3_busy_timeout(lock, 20);
    sqlite3* twin = nullptr;
    if (exec(lock, "BEGIN IMMEDIATE")) {
        if (pin_snapshot(db)) {
            twin = open_connection(file, SQLITE_OPEN_READONLY);
            if (twin != nullptr && !(exec(twin, "BEGIN") && pin_snapshot(twin))) {
                sqlite3_close(twin);
                twin = nullptr;
            }
        }
        exec(lock, "ROLLBACK");
    } else {
        pin_snapshot(db);
    }
    sqlite3_close(lock);
    return twin;
}

} // namespace corpkg::core
