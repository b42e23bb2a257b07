// The store's lean reads for graph algorithms and searches: only the columns they weigh,
// statements prepared once and reused, so loading a million edges stays well under a
// second and a path search costs one indexed lookup per expanded entity.

#include <algorithm>
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

} // namespace

std::int64_t Store::max_edge_id() const {
    try {
        return impl_->db.execAndGet("SELECT coalesce(max(id), 0) FROM edges").getInt64();
    } catch (const SQLite::Exception& e) {
        rethrow_store_error(e, impl_->path);
    }
}

void Store::for_each_edge_ends(const EdgeFilter& filter,
                               const std::function<void(const EdgeEnds&)>& fn) const {
    try {
        // A whole-table scan reads the file through memory mapping instead of copying every
        // page through read(); it changes nothing for writers.
        impl_->db.exec("PRAGMA mmap_size = 1073741824");
        FilterSql f = filter_sql(filter);
        RawStatement q(impl_->db.getHandle(), std::string("SELECT ") + kEndsColumns +
                                                  " FROM edges e" + f.where + " ORDER BY e.id",
                       impl_->path);
        q.bind(f);
        while (q.step()) {
            fn(read_ends(q));
        }
    } catch (const SQLite::Exception& e) {
        rethrow_store_error(e, impl_->path);
    }
}

std::vector<EdgeEnds> Store::edge_ends_of(const std::vector<std::int64_t>& keys,
                                          const EdgeFilter& filter,
                                          Direction direction) const {
    std::vector<EdgeEnds> out;
    try {
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
