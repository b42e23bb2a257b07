// Streaming reads for exports of the whole store. At a million edges SQLiteCpp's
// per-value cost matters, so the scans step SQLite's C API (core/raw_statement.hpp).

#include "core/edge_scan.hpp"

#include <algorithm>
#include <utility>

#include "core/batch_channel.hpp"
#include "core/edge_row.hpp"
#include "core/evidence_reader.hpp"
#include "core/raw_statement.hpp"
#include "core/store_impl.hpp"
#include "core/twin_connection.hpp"

namespace corpkg::core {

struct EdgeScan::Impl {
    sqlite3* db = nullptr;
    const std::string& path;
    FilterSql filter;
    bool reads_most_edges = false; ///< the filter drops at most the negated edges
    bool own_transaction = false;
    sqlite3* twin = nullptr; ///< on the same snapshot, for the statements (twin_connection.hpp)
    CacheSize small_cache;

    Impl(SQLite::Database& database, const std::string& p, const EdgeFilter& f)
        : db(database.getHandle()), path(p), filter(filter_sql(f)),
          small_cache(database, -2048) {
        EdgeFilter negated_aside = f;
        negated_aside.include_negated = false;
        reads_most_edges = negated_aside.is_default();
    }

    void exec(const char* sql) const {
        char* message = nullptr;
        int rc = sqlite3_exec(db, sql, nullptr, nullptr, &message);
        if (rc != SQLITE_OK) {
            std::string text = message != nullptr ? message : sqlite3_errstr(rc);
            sqlite3_free(message);
            throw StoreError(path + ": " + text, rc);
        }
    }
};

EdgeScan::EdgeScan(const Store& store, EdgeFilter filter)
    : impl_(std::make_unique<Impl>(store.impl_->db, store.impl_->path, filter)) {
    // Pages are read, not memory-mapped: a mapped scan would count the whole file in the
    // process's memory; with the small page cache (Impl) reading costs little beside
    // writing the export, and an export of any size stays within a few megabytes.
    impl_->exec("PRAGMA mmap_size = 0");
    // One snapshot for every pass, so the nodes written are exactly the edges' ends even
    // while another process imports.
    if (sqlite3_get_autocommit(impl_->db) != 0) {
        impl_->exec("BEGIN");
        impl_->own_transaction = true;
        // Only a scan of (nearly) every edge gains from a second connection.
        if (impl_->reads_most_edges) {
            impl_->twin = open_twin_reader(impl_->db);
        }
    }
}

EdgeScan::~EdgeScan() {
    if (impl_->twin != nullptr) {
        sqlite3_exec(impl_->twin, "COMMIT", nullptr, nullptr, nullptr);
        sqlite3_close(impl_->twin);
    }
    if (impl_->own_transaction) {
        sqlite3_exec(impl_->db, "COMMIT", nullptr, nullptr, nullptr);
    }
}

bool EdgeScan::reads_evidence_in_parallel() const noexcept { return impl_->twin != nullptr; }

void EdgeScan::for_each_entity_key(const std::function<void(std::int64_t)>& fn) const {
    RawStatement q(impl_->db, "SELECT key FROM entities ORDER BY key", impl_->path);
    while (q.step()) {
        fn(sqlite3_column_int64(q.get(), 0));
    }
}

void EdgeScan::for_each_ends(const std::function<void(const EdgeEndsSeen&)>& fn,
                             bool with_first_seen) const {
    const auto& f = impl_->filter;
    // No ORDER BY: SQLite may then read the ends from the smaller (subject, relation,
    // object) index instead of the whole edges table.
    RawStatement q(impl_->db,
                   std::string("SELECT e.subject, e.object") +
                       (with_first_seen ? ", e.first_seen" : "") + " FROM edges e" + f.where,
                   impl_->path);
    q.bind(f);
    EdgeEndsSeen ends;
    while (q.step()) {
        sqlite3_stmt* st = q.get();
        ends.subject = sqlite3_column_int64(st, 0);
        ends.object = sqlite3_column_int64(st, 1);
        if (with_first_seen) {
            ends.first_seen = column_view(st, 2);
        }
        fn(ends);
    }
}

void EdgeScan::for_each_entity(const std::function<void(const StoredEntity&)>& fn) const {
    // Aliases other than the name, grouped by entity key (a few per entity).
    std::vector<std::pair<std::int64_t, std::string>> aliases;
    {
        RawStatement q(impl_->db,
                       "SELECT a.entity, a.text FROM aliases a JOIN entities e "
                       "ON e.key = a.entity WHERE a.text <> e.name",
                       impl_->path);
        while (q.step()) {
            aliases.emplace_back(sqlite3_column_int64(q.get(), 0), column_text(q.get(), 1));
        }
    }
    std::stable_sort(aliases.begin(), aliases.end(),
                     [](const auto& a, const auto& b) { return a.first < b.first; });
    RawStatement q(impl_->db,
                   "SELECT key, id, name, type, parent, discovered FROM entities ORDER BY id",
                   impl_->path);
    StoredEntity s;
    while (q.step()) {
        sqlite3_stmt* st = q.get();
        s.key = sqlite3_column_int64(st, 0);
        s.entity.id.assign(column_view(st, 1));
        s.entity.name.assign(column_view(st, 2));
        s.entity.type = parse_entity_type(column_view(st, 3)).value_or(EntityType::Other);
        s.entity.parent.assign(column_view(st, 4));
        s.entity.discovered = sqlite3_column_int(st, 5) != 0;
        s.entity.aliases.clear();
        auto range = std::equal_range(
            aliases.begin(), aliases.end(), std::pair<std::int64_t, std::string>(s.key, {}),
            [](const auto& a, const auto& b) { return a.first < b.first; });
        for (auto it = range.first; it != range.second; ++it) {
            s.entity.aliases.push_back(Alias{it->second, {}});
        }
        fn(s);
    }
}

void EdgeScan::for_each_entity_id(
    const std::function<void(std::int64_t, std::string_view)>& fn) const {
    RawStatement q(impl_->db, "SELECT key, id FROM entities", impl_->path);
    while (q.step()) {
        fn(sqlite3_column_int64(q.get(), 0), column_view(q.get(), 1));
    }
}

namespace {

/// One edge's evidence as it passes from the evidence thread to the edges.
struct EdgeEvidence {
    std::int64_t edge = 0;
    EvidenceSummary summary;
};


void take_summary(EvidenceSummary& from, EvidenceSummary& to) {
    to.count = from.count;
    to.top_sentence.swap(from.top_sentence);
    to.urls.swap(from.urls);
}

} // namespace

void EdgeScan::for_each_edge(
    const std::function<void(EdgeRecord&, EvidenceSummary&)>& fn) const {
    const auto& f = impl_->filter;
    RawStatement edges(impl_->db,
                       std::string("SELECT ") + kEdgeColumns + " FROM edges e" + f.where +
                           " ORDER BY e.id",
                       impl_->path);
    edges.bind(f);
    EdgeRecord r;
    EvidenceSummary summary;
    if (impl_->twin == nullptr) {
        EvidenceReader evidence(impl_->db, impl_->path);
        while (edges.step()) {
            read_edge_row(edges.get(), r);
            evidence.summary_of(r.id, summary);
            fn(r, summary);
        }
        return;
    }
    // The statements are summarised on the twin connection by a second thread while this
    // one steps the edges: on two cores the two queries run at once. (The thread
    // summarises every edge's statements, which is why a selective filter has no twin.)
    BatchChannel<EdgeEvidence> channel(4, 512);
    ProducerThread<EdgeEvidence> summariser(channel, [this](BatchChannel<EdgeEvidence>& c) {
        EvidenceReader evidence(impl_->twin, impl_->path);
        for (;;) {
            EdgeEvidence& slot = c.slot();
            if (!evidence.next(slot.edge, slot.summary)) {
                return;
            }
            c.commit();
        }
    });
    BatchChannel<EdgeEvidence>::Batch* batch = nullptr;
    std::size_t at = 0;
    bool exhausted = false;
    // Summaries are swapped in, never copied, and cleared only for an edge without
    // statements: the strings cycle between the threads with their capacity.
    auto summary_of = [&](std::int64_t id) {
        while (!exhausted) {
            if (batch == nullptr) {
                batch = channel.next();
                at = 0;
                if (batch == nullptr) {
                    exhausted = true;
                    if (auto error = channel.error()) {
                        std::rethrow_exception(error);
                    }
                    break;
                }
            }
            if (at == batch->used) {
                channel.release(batch);
                batch = nullptr;
                continue;
            }
            EdgeEvidence& item = batch->items[at];
            if (item.edge > id) {
                break;
            }
            ++at;
            if (item.edge == id) {
                take_summary(item.summary, summary);
                return;
            }
        }
        summary.clear();
    };
    while (edges.step()) {
        read_edge_row(edges.get(), r);
        summary_of(r.id);
        fn(r, summary);
    }
    // Statements of edges past the last one may still be coming: stop the thread.
    channel.cancel();
    summariser.join_and_rethrow();
}

} // namespace corpkg::core
