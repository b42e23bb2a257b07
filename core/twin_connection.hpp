#pragma once
// Private to core: a second connection on the snapshot of the first, for scans that step
// two queries at once (SQLite serialises every call on one connection).

#include <sqlite3.h>

namespace corpkg::core {

/// `db` has just begun a transaction and read nothing yet. Takes its snapshot and returns
/// a read-only connection to the same file whose own read transaction sees exactly that
/// snapshot: both are taken while a third connection holds the write lock for a moment,
/// so no commit can fall between them (in WAL mode; with a rollback journal, the two
/// read locks keep every writer out until both transactions end).
///
/// Returns nullptr, and the caller reads through `db` alone, when no twin can be had: an
/// in-memory or read-only store, or another writer holding the lock. `db`'s snapshot is
/// taken in every case. Throws nothing. The caller ends the twin's transaction and closes
/// it with sqlite3_close.
sqlite3* open_twin_reader(sqlite3* db);

} // namespace corpkg::core
