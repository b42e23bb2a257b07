#include "core/store.hpp"

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <map>
#include <set>
#include <thread>
#include <tuple>
#include <unistd.h>

#include "core/errors.hpp"
#include "core/json_text.hpp"
#include "core/name_keys.hpp"
#include "core/store_impl.hpp"

namespace corpkg::core {

namespace {

constexpr int kBusyTimeoutMs = 30000;

SQLite::Database open_database(const std::string& path, int flags) {
    try {
        return SQLite::Database(path, flags, kBusyTimeoutMs);
    } catch (const SQLite::Exception& e) {
        rethrow_store_error(e, path);
    }
}

/// True when the schema can be read through this connection.
bool readable(SQLite::Database& db) {
    try {
        db.execAndGet("SELECT count(*) FROM sqlite_master");
        return true;
    } catch (const SQLite::Exception&) {
        return false;
    }
}

/// `file:` URI of a path with `immutable=1`, escaping what URIs give a meaning.
std::string immutable_uri(const std::string& path) {
    std::string uri = "file:";
    for (char c : path) {
        if (c == '%' || c == '?' || c == '#') {
            static constexpr char kHex[] = "0123456789ABCDEF";
            uri += '%';
            uri += kHex[(static_cast<unsigned char>(c) >> 4) & 0xF];
            uri += kHex[c & 0xF];
        } else {
            uri += c;
        }
    }
    return uri + "?immutable=1";
}

} // namespace

std::string pick_date(const std::string& a, const std::string& b, bool earliest) {
    if (a.empty()) return b;
    if (b.empty()) return a;
    return earliest ? std::min(a, b) : std::max(a, b);
}

void bind_text_or_null(SQLite::Statement& stmt, int index, const std::string& value) {
    if (value.empty()) {
        stmt.bind(index);
    } else {
        stmt.bind(index, value);
    }
}

void rethrow_store_error(const SQLite::Exception& e, const std::string& path) {
    int code = e.getExtendedErrorCode();
    std::string what = e.what();
    if (e.getErrorCode() == 26 /* SQLITE_NOTADB */) {
        what = "not a corpkg database (" + what + ")";
    }
    throw StoreError(path + ": " + what, code);
}

Store::Impl::Impl(const std::string& p, int flags) : path(p), db(open_database(p, flags)) {}

SQLite::Statement& Store::Impl::cached(const char* sql) {
    auto& slot = statements_[sql];
    if (!slot) {
        slot = std::make_unique<SQLite::Statement>(db, sql);
    } else {
        slot->reset();
        slot->clearBindings();
    }
    return *slot;
}

std::int64_t Store::Impl::insert_article(const Article& article) {
    auto& ins = cached("INSERT INTO articles (content_hash, kind, source, url, title, "
                       "publisher, published, lang) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    ins.bind(1, article.content_hash);
    ins.bind(2, article.kind);
    ins.bind(3, article.source);
    bind_text_or_null(ins, 4, article.url);
    bind_text_or_null(ins, 5, article.title);
    bind_text_or_null(ins, 6, article.publisher);
    bind_text_or_null(ins, 7, article.published);
    bind_text_or_null(ins, 8, article.lang);
    ins.exec();
    return db.getLastInsertRowid();
}

Store::Store(const std::string& path, Mode mode) {
    namespace fs = std::filesystem;
    bool exists = path == ":memory:" || fs::exists(path);
    if (mode == Mode::Existing && !exists) {
        throw NotFoundError(path + ": no corpkg database here (run `corpkg import` first, or "
                                   "pass --db)");
    }
    // A database the user may not write (a shared, archived or mounted read-only file) is
    // still good for queries; an import on it fails at its first write, naming the file.
    bool read_only = mode == Mode::Existing && path != ":memory:" &&
                     ::access(path.c_str(), W_OK) != 0;
    int flags = read_only ? SQLite::OPEN_READONLY
                          : SQLite::OPEN_READWRITE |
                                (mode == Mode::Create ? SQLite::OPEN_CREATE : 0);
    // A Store is used by one thread at a time: SQLite's own per-call mutex is pure cost.
    flags |= SQLite::OPEN_NOMUTEX;
    try {
        impl_ = std::make_unique<Impl>(path, flags);
        if (read_only && !readable(impl_->db)) {
            // A WAL database needs its shared-memory file; where it cannot be created beside
            // a read-only file, read the file as immutable (no locks, no WAL).
            impl_ = std::make_unique<Impl>(immutable_uri(path), flags | SQLite::OPEN_URI);
            impl_->path = path;
        }
        auto& db = impl_->db;
        db.exec("PRAGMA foreign_keys = ON");
        db.exec("PRAGMA synchronous = NORMAL");
        // SQLite's default 2 MiB page cache makes a large import re-read the edge and
        // entity indexes from the file for every row; 64 MiB keeps them in memory.
        db.exec("PRAGMA cache_size = -65536");
        // Two processes that open a new file at the same moment can both read its header
        // and both ask to change it (to WAL, then to the schema); SQLite then answers one
        // of them BUSY at once, without waiting, to avoid a deadlock. That one tries again
        // shortly, for as long as the busy timeout.
        auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(kBusyTimeoutMs);
        for (;;) {
            try {
                if (path != ":memory:" && !read_only) {
                    db.exec("PRAGMA journal_mode = WAL");
                }
                migrate(db, path, read_only);
                break;
            } catch (const SQLite::Exception& e) {
                if ((e.getErrorCode() & 0xFF) != 5 /* SQLITE_BUSY */ ||
                    std::chrono::steady_clock::now() > deadline) {
                    throw;
                }
                std::this_thread::sleep_for(std::chrono::milliseconds(20));
            }
        }
    } catch (const SQLite::Exception& e) {
        rethrow_store_error(e, path);
    }
}

Store::~Store() = default;
Store::Store(Store&&) noexcept = default;
Store& Store::operator=(Store&&) noexcept = default;

const std::string& Store::path() const noexcept { return impl_->path; }

void Store::begin() {
    if (impl_->in_run) {
        throw UsageError("Store::begin: a transaction is already open");
    }
    try {
        impl_->db.exec("BEGIN IMMEDIATE");
    } catch (const SQLite::Exception& e) {
        rethrow_store_error(e, impl_->path);
    }
    impl_->in_run = true;
}

void Store::commit() {
    if (impl_->in_run) {
        try {
            impl_->db.exec("COMMIT");
        } catch (const SQLite::Exception& e) {
            rollback();
            rethrow_store_error(e, impl_->path);
        }
        impl_->in_run = false;
    }
}

void Store::rollback() {
    if (impl_->in_run) {
        // After SQLITE_FULL or an I/O error SQLite may have rolled back already.
        impl_->db.tryExec("ROLLBACK");
        impl_->in_run = false;
        impl_->key_cache.clear();
    }
}

bool Store::has_article(const std::string& content_hash) const {
    auto& q = impl_->cached("SELECT 1 FROM articles WHERE content_hash = ?");
    q.bind(1, content_hash);
    bool found = q.executeStep();
    q.reset(); // a statement left mid-scan would hold the read snapshot open
    return found;
}

std::int64_t Store::upsert_entity(const Entity& entity) {
    auto& db = impl_->db;
    try {
        auto& find = impl_->cached("SELECT key, discovered, parent, type FROM entities "
                                   "WHERE id = ?");
        find.bind(1, entity.id);
        std::int64_t key = 0;
        if (find.executeStep()) {
            key = find.getColumn(0).getInt64();
            bool was_discovered = find.getColumn(1).getInt() != 0;
            bool parent_empty = find.getColumn(2).isNull();
            if (was_discovered && !entity.discovered) {
                // A lexicon or curated entity replaces what extraction guessed.
                auto& up = impl_->cached("UPDATE entities SET discovered = 0, type = ?, "
                                         "name = ? WHERE key = ?");
                up.bind(1, std::string(to_string(entity.type)));
                up.bind(2, entity.name);
                up.bind(3, key);
                up.exec();
            }
            if (parent_empty && !entity.parent.empty()) {
                auto& up = impl_->cached("UPDATE entities SET parent = ? WHERE key = ?");
                up.bind(1, entity.parent);
                up.bind(2, key);
                up.exec();
            }
        } else {
            find.reset();
            auto& ins = impl_->cached("INSERT INTO entities (id, name, type, parent, "
                                      "discovered) VALUES (?, ?, ?, ?, ?)");
            ins.bind(1, entity.id);
            ins.bind(2, entity.name);
            ins.bind(3, std::string(to_string(entity.type)));
            bind_text_or_null(ins, 4, entity.parent);
            ins.bind(5, entity.discovered ? 1 : 0);
            ins.exec();
            key = db.getLastInsertRowid();
        }
        find.reset();
        auto& alias = impl_->cached("INSERT OR IGNORE INTO aliases (key, entity, text, lang) "
                                    "VALUES (?, ?, ?, ?)");
        auto add_alias = [&](const std::string& text, const std::string& lang) {
            alias.bind(1, name_key(text));
            alias.bind(2, key);
            alias.bind(3, text);
            alias.bind(4, lang);
            alias.exec();
            alias.reset();
        };
        add_alias(entity.name, "");
        for (const auto& a : entity.aliases) {
            if (a.text != entity.name) {
                add_alias(a.text, a.lang);
            }
        }
        impl_->key_cache[entity.id] = key;
        return key;
    } catch (const SQLite::Exception& e) {
        rethrow_store_error(e, impl_->path);
    }
}

Store::AddResult Store::add(const Document& doc) {
    auto& db = impl_->db;
    const Article& article = doc.article;
    if (article.kind == "graph") {
        return add_graph(doc);
    }
    try {
        DocumentTransaction tx(db, impl_->in_run, impl_->key_cache, "corpkg_document");
        if (has_article(article.content_hash)) {
            return AddResult::Duplicate;
        }
        {
            std::int64_t article_id = impl_->insert_article(article);

            for (const auto& entity : doc.entities) {
                upsert_entity(entity);
            }
            auto key_of = [&](const std::string& id) -> std::int64_t {
                if (auto it = impl_->key_cache.find(id); it != impl_->key_cache.end()) {
                    return it->second;
                }
                auto& q = impl_->cached("SELECT key FROM entities WHERE id = ?");
                q.bind(1, id);
                if (!q.executeStep()) {
                    throw StoreError(article.source + ": statement names unknown entity '" + id +
                                         "'",
                                     0);
                }
                std::int64_t key = q.getColumn(0).getInt64();
                q.reset();
                impl_->key_cache[id] = key;
                return key;
            };

            // Aggregate this document's statements per edge before touching the edges
            // table: weight counts distinct sources, so it must see the whole document.
            struct Group {
                std::vector<const Statement*> statements;
                std::set<std::string> sources;
                Certainty certainty = Certainty::Speculative;
                std::string first_seen, last_seen;
                std::set<std::string> topics;
            };
            using EdgeKey = std::tuple<std::int64_t, Relation, std::int64_t, bool>;
            std::map<EdgeKey, Group> groups;
            for (const auto& raw : doc.statements) {
                Statement s = raw;
                canonicalize(s);
                EdgeKey k{key_of(s.subject), s.relation, key_of(s.object), s.negated};
                Group& g = groups[k];
                g.statements.push_back(&raw);
                g.sources.insert(article.kind == "article" ? std::string() : s.evidence.url);
                g.certainty = g.statements.size() == 1 ? s.certainty
                                                       : std::max(g.certainty, s.certainty);
                std::string date = s.evidence.date.empty() ? article.published : s.evidence.date;
                g.first_seen = pick_date(g.first_seen, date, true);
                g.last_seen = pick_date(g.last_seen, date, false);
                g.topics.insert(s.topics.begin(), s.topics.end());
            }

            auto& find_edge = impl_->cached(kFindEdge);
            auto& update_edge = impl_->cached(kUpdateEdge);
            auto& insert_edge = impl_->cached("INSERT INTO edges (subject, relation, object, "
                                              "negated, certainty, weight, mentions, "
                                              "first_seen, last_seen, topics) "
                                              "VALUES (?,?,?,?,?,?,?,?,?,?)");
            auto& insert_statement = impl_->cached(
                "INSERT INTO statements (edge, article, certainty, attribution, topics, "
                "sentence, start, end, url, date, rule, rule_version, title, publisher) "
                "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)");

            for (auto& [k, g] : groups) {
                auto [subject, relation, object, negated] = k;
                std::string rel(to_string(relation));
                find_edge.reset();
                find_edge.bind(1, subject);
                find_edge.bind(2, rel);
                find_edge.bind(3, object);
                find_edge.bind(4, negated ? 1 : 0);
                std::int64_t edge_id = 0;
                std::int64_t weight = static_cast<std::int64_t>(g.sources.size());
                std::int64_t mentions = static_cast<std::int64_t>(g.statements.size());
                if (find_edge.executeStep()) {
                    edge_id = find_edge.getColumn(0).getInt64();
                    auto certainty = std::max(static_cast<int>(g.certainty),
                                              find_edge.getColumn(1).getInt());
                    weight += find_edge.getColumn(2).getInt64();
                    mentions += find_edge.getColumn(3).getInt64();
                    std::string first = find_edge.getColumn(4).getString();
                    std::string last = find_edge.getColumn(5).getString();
                    for (auto& t : parse_json_string_list(find_edge.getColumn(6).getString())) {
                        g.topics.insert(std::move(t));
                    }
                    update_edge.reset();
                    update_edge.bind(1, certainty);
                    update_edge.bind(2, weight);
                    update_edge.bind(3, mentions);
                    bind_text_or_null(update_edge, 4, pick_date(first, g.first_seen, true));
                    bind_text_or_null(update_edge, 5, pick_date(last, g.last_seen, false));
                    update_edge.bind(6, json_string_list({g.topics.begin(), g.topics.end()}));
                    update_edge.bind(7, edge_id);
                    find_edge.reset();
                    update_edge.exec();
                } else {
                    find_edge.reset();
                    insert_edge.reset();
                    insert_edge.bind(1, subject);
                    insert_edge.bind(2, rel);
                    insert_edge.bind(3, object);
                    insert_edge.bind(4, negated ? 1 : 0);
                    insert_edge.bind(5, static_cast<int>(g.certainty));
                    insert_edge.bind(6, weight);
                    insert_edge.bind(7, mentions);
                    bind_text_or_null(insert_edge, 8, g.first_seen);
                    bind_text_or_null(insert_edge, 9, g.last_seen);
                    insert_edge.bind(10, json_string_list({g.topics.begin(), g.topics.end()}));
                    insert_edge.exec();
                    edge_id = db.getLastInsertRowid();
                }
                for (const Statement* s : g.statements) {
                    insert_statement.reset();
                    insert_statement.bind(1, edge_id);
                    insert_statement.bind(2, article_id);
                    insert_statement.bind(3, static_cast<int>(s->certainty));
                    insert_statement.bind(4, std::string(to_string(s->attribution)));
                    insert_statement.bind(5, json_string_list(s->topics));
                    insert_statement.bind(6, s->evidence.sentence);
                    insert_statement.bind(7, static_cast<std::int64_t>(s->evidence.start));
                    insert_statement.bind(8, static_cast<std::int64_t>(s->evidence.end));
                    bind_text_or_null(insert_statement, 9, s->evidence.url);
                    bind_text_or_null(insert_statement, 10, s->evidence.date);
                    bind_text_or_null(insert_statement, 11, s->evidence.rule);
                    bind_text_or_null(insert_statement, 12, s->evidence.rule_version);
                    bind_text_or_null(insert_statement, 13, s->evidence.title);
                    bind_text_or_null(insert_statement, 14, s->evidence.publisher);
                    insert_statement.exec();
                }
            }
        }
        tx.commit();
        return AddResult::Added;
    } catch (const SQLite::Exception& e) {
        rethrow_store_error(e, impl_->path);
    }
}

} // namespace corpkg::core
