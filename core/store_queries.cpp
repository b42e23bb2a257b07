#include <algorithm>
#include <map>

#include "core/edge_row.hpp"
#include "core/entity_registry.hpp"
#include "core/errors.hpp"
#include "core/json_text.hpp"
#include "core/name_keys.hpp"
#include "core/raw_statement.hpp"
#include "core/store_impl.hpp"

namespace corpkg::core {

void FilterSql::bind(SQLite::Statement& stmt, int first_index) const {
    std::size_t ti = 0, ii = 0;
    for (std::size_t p = 0; p < param_is_int.size(); ++p) {
        int index = first_index + static_cast<int>(p);
        if (param_is_int[p]) {
            stmt.bind(index, int_params[ii++]);
        } else {
            stmt.bind(index, text_params[ti++]);
        }
    }
}

FilterSql filter_sql(const EdgeFilter& f) {
    FilterSql out;
    std::vector<std::string> clauses;
    auto text = [&](std::string v) {
        out.text_params.push_back(std::move(v));
        out.param_is_int.push_back(false);
    };
    auto integer = [&](std::int64_t v) {
        out.int_params.push_back(v);
        out.param_is_int.push_back(true);
    };
    if (!f.include_negated) {
        clauses.emplace_back("e.negated = 0");
    }
    if (!f.relations.empty()) {
        std::string c = "e.relation IN (";
        for (std::size_t i = 0; i < f.relations.size(); ++i) {
            c += i ? ",?" : "?";
            text(std::string(to_string(f.relations[i])));
        }
        clauses.push_back(c + ")");
    }
    if (f.min_certainty) {
        clauses.emplace_back("e.certainty >= ?");
        integer(static_cast<int>(*f.min_certainty));
    }
    if (!f.since.empty()) {
        clauses.emplace_back("e.last_seen >= ?");
        text(f.since);
    }
    if (!f.until.empty()) {
        clauses.emplace_back("e.first_seen <= ?");
        text(f.until);
    }
    if (!f.topic.empty()) {
        clauses.emplace_back(
            "EXISTS (SELECT 1 FROM json_each(e.topics) WHERE lower(json_each.value) = lower(?))");
        text(f.topic);
    }
    if (!f.types.empty()) {
        std::string in = "(";
        for (std::size_t i = 0; i < f.types.size(); ++i) {
            in += i ? ",'" : "'";
            in += to_string(f.types[i]); // fixed vocabulary, safe to inline
            in += "'";
        }
        in += ")";
        clauses.push_back("e.subject IN (SELECT key FROM entities WHERE type IN " + in +
                          ") AND e.object IN (SELECT key FROM entities WHERE type IN " + in + ")");
    }
    for (std::size_t i = 0; i < clauses.size(); ++i) {
        out.where += (i == 0 ? " WHERE " : " AND ") + clauses[i];
    }
    return out;
}

EdgeRecord read_edge(SQLite::Statement& q, int c) {
    EdgeRecord r;
    r.id = q.getColumn(c).getInt64();
    r.subject = q.getColumn(c + 1).getInt64();
    r.object = q.getColumn(c + 2).getInt64();
    r.relation = relation_at(q.getColumn(c + 3).getString());
    r.negated = q.getColumn(c + 4).getInt() != 0;
    r.certainty = static_cast<Certainty>(std::clamp(q.getColumn(c + 5).getInt(), 0, 2));
    r.weight = q.getColumn(c + 6).getInt64();
    r.mentions = q.getColumn(c + 7).getInt64();
    r.first_seen = q.getColumn(c + 8).getString();
    r.last_seen = q.getColumn(c + 9).getString();
    r.topics = parse_json_string_list(q.getColumn(c + 10).getString());
    return r;
}

namespace {

StoredEntity read_entity(SQLite::Statement& q) {
    StoredEntity s;
    s.key = q.getColumn(0).getInt64();
    s.entity.id = q.getColumn(1).getString();
    s.entity.name = q.getColumn(2).getString();
    s.entity.type = parse_entity_type(q.getColumn(3).getString()).value_or(EntityType::Other);
    s.entity.parent = q.getColumn(4).getString();
    s.entity.discovered = q.getColumn(5).getInt() != 0;
    return s;
}

constexpr const char* kEntityColumns = "key, id, name, type, parent, discovered";

void read_aliases(SQLite::Database& db, StoredEntity& s) {
    SQLite::Statement q(db, "SELECT text, lang FROM aliases WHERE entity = ? ORDER BY lang, text");
    q.bind(1, s.key);
    while (q.executeStep()) {
        std::string text = q.getColumn(0).getString();
        if (text != s.entity.name) {
            s.entity.aliases.push_back(Alias{text, q.getColumn(1).getString()});
        }
    }
}

EvidenceRecord read_evidence(SQLite::Statement& q) {
    EvidenceRecord r;
    r.statement_id = q.getColumn(0).getInt64();
    r.edge_id = q.getColumn(1).getInt64();
    r.certainty = static_cast<Certainty>(std::clamp(q.getColumn(2).getInt(), 0, 2));
    r.attribution = parse_attribution(q.getColumn(3).getString()).value_or(Attribution::Article);
    r.topics = parse_json_string_list(q.getColumn(4).getString());
    r.sentence = q.getColumn(5).getString();
    r.start = q.getColumn(6).getInt64();
    r.end = q.getColumn(7).getInt64();
    r.url = q.getColumn(8).getString();
    r.date = q.getColumn(9).getString();
    r.title = q.getColumn(10).getString();
    r.publisher = q.getColumn(11).getString();
    r.source = q.getColumn(12).getString();
    r.lang = q.getColumn(13).getString();
    r.rule = q.getColumn(14).getString();
    r.rule_version = q.getColumn(15).getString();
    return r;
}

constexpr const char* kEvidenceSelect =
    "SELECT s.id, s.edge, s.certainty, s.attribution, s.topics, s.sentence, s.start, s.end, "
    "coalesce(s.url, a.url), coalesce(s.date, a.published), coalesce(s.title, a.title), "
    "coalesce(s.publisher, a.publisher), a.source, "
    "a.lang, s.rule, s.rule_version FROM statements s JOIN articles a ON a.id = s.article ";

} // namespace

std::vector<StoredEntity> Store::resolve(const std::string& name) const {
    std::vector<StoredEntity> out;
    try {
        SQLite::Statement q(impl_->db,
                            "SELECT DISTINCT e.key, e.id, e.name, e.type, e.parent, e.discovered "
                            "FROM entities e WHERE e.id = ?1 OR e.key IN "
                            "(SELECT entity FROM aliases WHERE key = ?2) ORDER BY e.id");
        q.bind(1, name);
        q.bind(2, name_key(name));
        while (q.executeStep()) {
            out.push_back(read_entity(q));
        }
        // An exact canonical-name match settles an alias shared with other entities.
        auto exact = std::find_if(out.begin(), out.end(), [&](const StoredEntity& s) {
            return name_key(s.entity.name) == name_key(name) || s.entity.id == name;
        });
        if (exact != out.end() && out.size() > 1) {
            StoredEntity keep = *exact;
            out.assign(1, keep);
        }
        for (auto& s : out) {
            read_aliases(impl_->db, s);
        }
    } catch (const SQLite::Exception& e) {
        rethrow_store_error(e, impl_->path);
    }
    return out;
}

std::optional<StoredEntity> Store::entity(std::int64_t key) const {
    SQLite::Statement q(impl_->db, std::string("SELECT ") + kEntityColumns +
                                       " FROM entities WHERE key = ?");
    q.bind(1, key);
    if (!q.executeStep()) {
        return std::nullopt;
    }
    StoredEntity s = read_entity(q);
    read_aliases(impl_->db, s);
    return s;
}

std::vector<std::string> Store::closest_names(const std::string& name, std::size_t limit) const {
    // Reuses the registry's ranking over a registry built from the stored names.
    EntityRegistry registry;
    for_each_entity([&](const StoredEntity& s) { registry.add(s.entity); }, true);
    return registry.closest(name, limit);
}

void Store::for_each_entity(const std::function<void(const StoredEntity&)>& fn,
                            bool with_aliases) const {
    try {
        std::map<std::int64_t, std::vector<Alias>> aliases;
        if (with_aliases) {
            SQLite::Statement a(impl_->db, "SELECT a.entity, a.text, a.lang FROM aliases a JOIN "
                                           "entities e ON e.key = a.entity "
                                           "WHERE a.text <> e.name ORDER BY a.lang, a.text");
            while (a.executeStep()) {
                aliases[a.getColumn(0).getInt64()].push_back(
                    Alias{a.getColumn(1).getString(), a.getColumn(2).getString()});
            }
        }
        SQLite::Statement q(impl_->db,
                            std::string("SELECT ") + kEntityColumns + " FROM entities ORDER BY id");
        while (q.executeStep()) {
            StoredEntity s = read_entity(q);
            if (auto it = aliases.find(s.key); it != aliases.end()) {
                s.entity.aliases = std::move(it->second);
            }
            fn(s);
        }
    } catch (const SQLite::Exception& e) {
        rethrow_store_error(e, impl_->path);
    }
}

void Store::for_each_edge(const EdgeFilter& filter,
                          const std::function<void(const EdgeRecord&)>& fn) const {
    try {
        // Whole-table scans read through memory mapping instead of copying pages.
        impl_->db.exec("PRAGMA mmap_size = 1073741824");
        FilterSql f = filter_sql(filter);
        RawStatement q(impl_->db.getHandle(),
                       std::string("SELECT ") + kEdgeColumns + " FROM edges e" + f.where +
                           " ORDER BY e.id",
                       impl_->path);
        q.bind(f);
        EdgeRecord r;
        while (q.step()) {
            read_edge_row(q.get(), r);
            fn(r);
        }
    } catch (const SQLite::Exception& e) {
        rethrow_store_error(e, impl_->path);
    }
}

std::vector<EdgeRecord> Store::edges_of(std::int64_t key,
                                        const EdgeFilter& filter,
                                        Direction direction) const {
    std::vector<EdgeRecord> out;
    try {
        FilterSql f = filter_sql(filter);
        std::string where = f.where.empty() ? " WHERE " : f.where + " AND ";
        auto run = [&](const char* column) {
            SQLite::Statement q(impl_->db, std::string("SELECT ") + kEdgeColumns +
                                               " FROM edges e" + where + "e." + column +
                                               " = ? ORDER BY e.id");
            f.bind(q);
            q.bind(static_cast<int>(f.param_is_int.size()) + 1, key);
            while (q.executeStep()) {
                out.push_back(read_edge(q));
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
    // A self-edge is found from both ends; keep it once.
    std::sort(out.begin(), out.end(), [](auto& a, auto& b) { return a.id < b.id; });
    out.erase(std::unique(out.begin(), out.end(), [](auto& a, auto& b) { return a.id == b.id; }),
              out.end());
    return out;
}

std::vector<EvidenceRecord> Store::evidence(std::int64_t edge_id) const {
    std::vector<EvidenceRecord> out;
    try {
        SQLite::Statement q(impl_->db, std::string(kEvidenceSelect) +
                                           "WHERE s.edge = ? ORDER BY coalesce(s.date, "
                                           "a.published) DESC, s.id");
        q.bind(1, edge_id);
        while (q.executeStep()) {
            out.push_back(read_evidence(q));
        }
    } catch (const SQLite::Exception& e) {
        rethrow_store_error(e, impl_->path);
    }
    return out;
}

void Store::for_each_evidence(const EdgeFilter& filter,
                              const std::function<void(const EvidenceRecord&)>& fn) const {
    try {
        impl_->db.exec("PRAGMA mmap_size = 1073741824");
        FilterSql f = filter_sql(filter);
        // Edges in id order, each edge's statements through the (edge) index: no sort over
        // the whole table. Newest-first order is applied per edge, on a handful of rows.
        RawStatement q(impl_->db.getHandle(),
                       std::string(kEvidenceSelect) + "JOIN edges e ON e.id = s.edge" + f.where +
                           " ORDER BY e.id, s.id",
                       impl_->path);
        q.bind(f);
        std::vector<EvidenceRecord> group;
        auto flush = [&] {
            std::stable_sort(group.begin(), group.end(),
                             [](const EvidenceRecord& a, const EvidenceRecord& b) {
                                 return a.date > b.date;
                             });
            for (const auto& r : group) fn(r);
            group.clear();
        };
        while (q.step()) {
            sqlite3_stmt* st = q.get();
            EvidenceRecord r;
            r.statement_id = sqlite3_column_int64(st, 0);
            r.edge_id = sqlite3_column_int64(st, 1);
            if (!group.empty() && group.front().edge_id != r.edge_id) flush();
            r.certainty = static_cast<Certainty>(std::clamp(sqlite3_column_int(st, 2), 0, 2));
            r.attribution =
                parse_attribution(column_text(st, 3)).value_or(Attribution::Article);
            r.topics = parse_json_string_list(column_text(st, 4));
            r.sentence = column_text(st, 5);
            r.start = sqlite3_column_int64(st, 6);
            r.end = sqlite3_column_int64(st, 7);
            r.url = column_text(st, 8);
            r.date = column_text(st, 9);
            r.title = column_text(st, 10);
            r.publisher = column_text(st, 11);
            r.source = column_text(st, 12);
            r.lang = column_text(st, 13);
            r.rule = column_text(st, 14);
            r.rule_version = column_text(st, 15);
            group.push_back(std::move(r));
        }
        flush();
    } catch (const SQLite::Exception& e) {
        rethrow_store_error(e, impl_->path);
    }
}

StoreCounts Store::counts() const {
    StoreCounts c;
    try {
        auto& db = impl_->db;
        c.entities = db.execAndGet("SELECT count(*) FROM entities").getInt64();
        c.edges = db.execAndGet("SELECT count(*) FROM edges").getInt64();
        c.statements = db.execAndGet("SELECT count(*) FROM statements").getInt64();
        c.articles = db.execAndGet("SELECT count(*) FROM articles").getInt64();
    } catch (const SQLite::Exception& e) {
        rethrow_store_error(e, impl_->path);
    }
    return c;
}

} // namespace corpkg::core
