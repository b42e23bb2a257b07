#include "core/store_impl.hpp"

namespace corpkg::core {

DocumentTransaction::DocumentTransaction(SQLite::Database& db,
                                         bool in_run,
                                         std::unordered_map<std::string, std::int64_t>& key_cache,
                                         const char* savepoint)
    : db_(db), key_cache_(key_cache), savepoint_(in_run ? savepoint : "") {
    db_.exec(savepoint_.empty() ? std::string("BEGIN IMMEDIATE")
                                     : "SAVEPOINT " + savepoint_);
}

DocumentTransaction::~DocumentTransaction() {
    if (!open_) {
        return;
    }
    if (savepoint_.empty()) {
        db_.tryExec("ROLLBACK");
    } else {
        db_.tryExec("ROLLBACK TO " + savepoint_);
        db_.tryExec("RELEASE " + savepoint_);
    }
    // Keys handed out inside the rolled-back writes may be reused by the next insert.
    key_cache_.clear();
}

void DocumentTransaction::commit() {
    db_.exec(savepoint_.empty() ? std::string("COMMIT") : "RELEASE " + savepoint_);
    open_ = false;
}

} // namespace corpkg::core
