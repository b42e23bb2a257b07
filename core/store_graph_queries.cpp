// The store's lean reads for graph algorithms and searches: only the columns they weigh,
// statements prepared once and reused, so loading a million edges stays well under a
// second and a path search costs one indexed lookup per expanded entity.

#include <algorithm>
#include <array>
#include <cstring>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

#include "core/errors.hpp"
#include "core/raw_statement.hpp"
#include "core/store_impl.hpp"

namespace corpkg::core {
namespace {

constexpr const char* kEndsColumns =
    "e.id, e.subject, e.object, e.relation, e.certainty, e.negated, e.weight, e.mentions";

EdgeEnds read_ends(const RawStatement& q) {
    sqlite3_stmt* st = q.get();
    EdgeEnds e;
    e.id = sqlite3_column_int64(st, 0);
    e.subject = sqlite3_column_int64(st, 1);
    e.object = sqlite3_column_int64(st, 2);
    const unsigned char* relation = sqlite3_column_text(st, 3);
    e.relation = relation_from(relation, sqlite3_column_bytes(st, 3));
    e.certainty = static_cast<Certainty>(std::clamp(sqlite3_column_int(st, 4), 0, 2));
    e.negated = sqlite3_column_int(st, 5) != 0;
    e.weight = sqlite3_column_int64(st, 6);
    e.mentions = sqlite3_column_int64(st, 7);
    return e;
}

/// relation_from for the million-row scans: the names are read once and compared by
/// length first, so most rows cost one or two short memcmp calls.
Relation relation_fast(const unsigned char* text, int size) {
    static const auto names = [] {
        std::array<std::string_view, kRelationCount> n{};
        for (std::size_t i = 0; i < kRelationCount; ++i) n[i] = to_string(all_relations()[i]);
        return n;
    }();
    for (std::size_t i = 0; i < kRelationCount; ++i) {
        if (names[i].size() == static_cast<std::size_t>(size) &&
            std::memcmp(names[i].data(), text, names[i].size()) == 0) {
            return all_relations()[i];
        }
    }
    return relation_from(text, size); // throws naming the unknown value
}

} // namespace

std::int64_t Store::max_edge_id() const {
    try {
        return impl_->db.execAndGet("SELECT coalesce(max(id), 0) FROM edges").getInt64();
    } catch (const SQLite::Exception& e) {
        rethrow_store_error(e, impl_->path);
    }
}

void Store::for_each_arc_batch(const EdgeFilter& filter, ArcColumns columns,
                               const std::function<void(const EdgeArc*, std::size_t)>& fn) const {
    try {
        // A whole-table scan reads the file through memory mapping instead of copying every
        // page through read(); it changes nothing for writers.
        impl_->db.exec("PRAGMA mmap_size = 1073741824");
        FilterSql f = filter_sql(filter);
        std::string sql = "SELECT e.subject, e.object";
        int relation_column = -1, mentions_column = -1, next = 2;
        if (columns.relation) {
            sql += ", e.relation";
            relation_column = next++;
        }
        if (columns.mentions) {
            sql += ", e.mentions";
            mentions_column = next++;
        }
        // A table scan is in rowid (= id) order already; ORDER BY costs nothing.
        RawStatement q(impl_->db.getHandle(), sql + " FROM edges e" + f.where + " ORDER BY e.id",
                       impl_->path);
        q.bind(f);
        constexpr std::size_t kBatch = 4096;
        std::vector<EdgeArc> batch(kBatch);
        std::size_t filled = 0;
        sqlite3_stmt* st = q.get();
        while (q.step()) {
            EdgeArc& a = batch[filled];
            a.subject = sqlite3_column_int64(st, 0);
            a.object = sqlite3_column_int64(st, 1);
            if (relation_column >= 0) {
                a.relation = relation_fast(sqlite3_column_text(st, relation_column),
                                           sqlite3_column_bytes(st, relation_column));
            }
            if (mentions_column >= 0) a.mentions = sqlite3_column_int64(st, mentions_column);
            if (++filled == kBatch) {
                fn(batch.data(), filled);
                filled = 0;
            }
        }
        if (filled > 0) fn(batch.data(), filled);
    } catch (const SQLite::Exception& e) {
        rethrow_store_error(e, impl_->path);
    }
}

std::vector<EdgeEnds> Store::edge_ends_of(const std::vector<std::int64_t>& keys,
                                          const EdgeFilter& filter,
                                          Direction direction) const {
    std::vector<EdgeEnds> out;
    try {
        // A search reads each page about once: a large page cache (imports want one) would
        // only add an allocation per page read, so use SQLite's default for the search.
        CacheSize small(impl_->db, -2000);
        FilterSql f = filter_sql(filter);
        std::string where = f.where.empty() ? " WHERE " : f.where + " AND ";
        int key_index = static_cast<int>(f.param_is_int.size()) + 1;
        auto run = [&](const char* column) {
            RawStatement q(impl_->db.getHandle(),
                           std::string("SELECT ") + kEndsColumns + " FROM edges e" + where +
                               "e." + column + " = ?",
                           impl_->path);
            q.bind(f);
            for (std::int64_t key : keys) {
                q.reset();
                q.bind(key_index, key);
                while (q.step()) {
                    out.push_back(read_ends(q));
                }
            }
        };
        if (direction != Direction::In) {
            run("subject");
        }
        if (direction != Direction::Out) {
            run("object");
        }
    } catch (const SQLite::Exception& e) {
        rethrow_store_error(e, impl_->path);
    }
    return out;
}

std::vector<StoredEntity> Store::entities(const std::vector<std::int64_t>& keys) const {
    std::vector<StoredEntity> out;
    out.reserve(keys.size());
    auto read = [](SQLite::Statement& q) {
        StoredEntity s;
        s.key = q.getColumn(0).getInt64();
        s.entity.id = q.getColumn(1).getString();
        s.entity.name = q.getColumn(2).getString();
        s.entity.type = parse_entity_type(q.getColumn(3).getString()).value_or(EntityType::Other);
        s.entity.parent = q.getColumn(4).getString();
        s.entity.discovered = q.getColumn(5).getInt() != 0;
        return s;
    };
    try {
        if (keys.size() > 2000) {
            // For many keys one scan in rowid order beats thousands of lookups.
            std::unordered_map<std::int64_t, std::size_t> wanted;
            for (std::size_t i = 0; i < keys.size(); ++i) wanted.emplace(keys[i], i);
            std::vector<std::optional<StoredEntity>> found(keys.size());
            SQLite::Statement q(impl_->db,
                                "SELECT key, id, name, type, parent, discovered FROM entities");
            while (q.executeStep()) {
                auto it = wanted.find(q.getColumn(0).getInt64());
                if (it != wanted.end()) found[it->second] = read(q);
            }
            for (auto& f : found) {
                if (f) out.push_back(std::move(*f));
            }
            return out;
        }
        SQLite::Statement q(impl_->db, "SELECT key, id, name, type, parent, discovered "
                                       "FROM entities WHERE key = ?");
        for (std::int64_t key : keys) {
            q.reset();
            q.bind(1, key);
            if (q.executeStep()) {
                out.push_back(read(q));
            }
        }
    } catch (const SQLite::Exception& e) {
        rethrow_store_error(e, impl_->path);
    }
    return out;
}

} // namespace corpkg::core
