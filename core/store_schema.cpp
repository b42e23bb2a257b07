#include <string>

#include "core/errors.hpp"
#include "core/store_impl.hpp"

namespace corpkg::core {
namespace {

// 'ckg1' — marks the file as a corpkg database for `file`-style checks and our own open.
constexpr int kApplicationId = 0x636B6731;

// Each migration takes the schema from version i to i + 1; never edit a shipped one.
constexpr const char* kMigrations[] = {
    R"sql(
CREATE TABLE entities (
    key        INTEGER PRIMARY KEY,
    id         TEXT    NOT NULL UNIQUE,
    name       TEXT    NOT NULL,
    type       TEXT    NOT NULL,
    parent     TEXT,
    discovered INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE aliases (
    key    TEXT    NOT NULL,
    entity INTEGER NOT NULL REFERENCES entities(key) ON DELETE CASCADE,
    text   TEXT    NOT NULL,
    lang   TEXT    NOT NULL DEFAULT '',
    PRIMARY KEY (key, entity, text)
) WITHOUT ROWID;
CREATE INDEX aliases_entity ON aliases(entity);
CREATE TABLE articles (
    id           INTEGER PRIMARY KEY,
    content_hash TEXT NOT NULL UNIQUE,
    kind         TEXT NOT NULL,
    source       TEXT NOT NULL,
    url          TEXT,
    title        TEXT,
    publisher    TEXT,
    published    TEXT,
    lang         TEXT,
    imported_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
CREATE TABLE edges (
    id         INTEGER PRIMARY KEY,
    subject    INTEGER NOT NULL REFERENCES entities(key),
    relation   TEXT    NOT NULL,
    object     INTEGER NOT NULL REFERENCES entities(key),
    negated    INTEGER NOT NULL DEFAULT 0,
    certainty  INTEGER NOT NULL,
    weight     INTEGER NOT NULL,
    mentions   INTEGER NOT NULL,
    first_seen TEXT,
    last_seen  TEXT,
    topics     TEXT    NOT NULL DEFAULT '[]',
    UNIQUE (subject, relation, object, negated)
);
CREATE INDEX edges_object ON edges(object);
CREATE TABLE statements (
    id           INTEGER PRIMARY KEY,
    edge         INTEGER NOT NULL REFERENCES edges(id),
    article      INTEGER NOT NULL REFERENCES articles(id),
    certainty    INTEGER NOT NULL,
    attribution  TEXT    NOT NULL,
    topics       TEXT    NOT NULL DEFAULT '[]',
    sentence     TEXT    NOT NULL DEFAULT '',
    start        INTEGER NOT NULL DEFAULT 0,
    end          INTEGER NOT NULL DEFAULT 0,
    url          TEXT,
    date         TEXT,
    rule         TEXT,
    rule_version TEXT
);
CREATE INDEX statements_edge ON statements(edge);
CREATE INDEX statements_article ON statements(article);
)sql",
    // 2: a curated statement names its own source's title and publisher.
    R"sql(
ALTER TABLE statements ADD COLUMN title TEXT;
ALTER TABLE statements ADD COLUMN publisher TEXT;
)sql",
};
constexpr int kMigrationCount = sizeof kMigrations / sizeof kMigrations[0];
static_assert(kMigrationCount == Store::kSchemaVersion);

} // namespace

void migrate(SQLite::Database& db, const std::string& path, bool read_only) {
    int version = db.execAndGet("PRAGMA user_version").getInt();
    int app_id = db.execAndGet("PRAGMA application_id").getInt();
    int tables = db.execAndGet("SELECT count(*) FROM sqlite_master").getInt();
    if (app_id != kApplicationId && (app_id != 0 || tables != 0)) {
        throw StoreError(path + ": not a corpkg database", 0);
    }
    if (version > Store::kSchemaVersion) {
        throw StoreError(path + ": database schema version " + std::to_string(version) +
                             " is newer than this corpkg supports (" +
                             std::to_string(Store::kSchemaVersion) + "); upgrade corpkg",
                         0);
    }
    if (read_only && version < kMigrationCount) {
        throw StoreError(path + ": database schema version " + std::to_string(version) +
                             " needs upgrading, which this read-only file does not allow",
                         8 /* SQLITE_READONLY */);
    }
    for (int v = version; v < kMigrationCount; ++v) {
        // IMMEDIATE, and the version read again inside: two processes opening a new file
        // at once must not both create the tables.
        SQLite::Transaction tx(db, SQLite::TransactionBehavior::IMMEDIATE);
        if (db.execAndGet("PRAGMA user_version").getInt() > v) {
            continue;
        }
        db.exec(kMigrations[v]);
        db.exec("PRAGMA user_version = " + std::to_string(v + 1));
        db.exec("PRAGMA application_id = " + std::to_string(kApplicationId));
        tx.commit();
    }
}

} // namespace corpkg::core
