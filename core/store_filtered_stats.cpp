// `corpkg stats` with a filter: the same breakdowns over the edges passing it, the
// entities they join, and the statements and articles behind them, each one grouped SQL
// query over the filtered edge ids.

#include "core/store_impl.hpp"

namespace corpkg::core {
namespace {

/// Prepares `sql`, in which every `{E}` stands for `edges`, a SELECT holding the filter's
/// WHERE clause `copies` times, and binds the filter's parameters for each copy.
SQLite::Statement filtered(SQLite::Database& db,
                           std::string sql,
                           const FilterSql& f,
                           const std::string& edges,
                           int copies) {
    int occurrences = 0;
    for (std::size_t at = sql.find("{E}"); at != std::string::npos; at = sql.find("{E}", at)) {
        sql.replace(at, 3, edges);
        at += edges.size();
        ++occurrences;
    }
    SQLite::Statement q(db, sql);
    int per = static_cast<int>(f.param_is_int.size());
    for (int i = 0; i < occurrences * copies; ++i)
        f.bind(q, 1 + i * per);
    return q;
}

std::vector<std::pair<std::string, std::int64_t>> grouped(SQLite::Statement q) {
    std::vector<std::pair<std::string, std::int64_t>> out;
    while (q.executeStep()) {
        out.emplace_back(q.getColumn(0).getString(), q.getColumn(1).getInt64());
    }
    return out;
}

std::int64_t single(SQLite::Statement q) { return q.executeStep() ? q.getColumn(0).getInt64() : 0; }

} // namespace

StoreStats Store::stats(const EdgeFilter& filter) const {
    if (filter.is_default()) {
        return stats();
    }
    StoreStats s;
    try {
        auto& db = impl_->db;
        FilterSql f = filter_sql(filter);
        std::string edges = "SELECT e.id FROM edges e" + f.where;
        auto run = [&](const std::string& sql) { return filtered(db, sql, f, edges, 1); };
        const std::string ends = "SELECT e.subject FROM edges e" + f.where +
                                 " UNION SELECT e.object FROM edges e" + f.where;
        auto on_ends = [&](const std::string& sql) { return filtered(db, sql, f, ends, 2); };

        s.counts.edges = single(run("SELECT count(*) FROM ({E})"));
        s.counts.entities = single(on_ends("SELECT count(*) FROM ({E})"));
        s.counts.statements = single(run("SELECT count(*) FROM statements WHERE edge IN ({E})"));
        s.counts.articles = single(run("SELECT count(DISTINCT article) FROM statements "
                                       "WHERE edge IN ({E})"));
        s.entities_by_type = grouped(on_ends("SELECT type, count(*) FROM entities WHERE key "
                                             "IN ({E}) GROUP BY type ORDER BY type"));
        s.edges_by_relation = grouped(run("SELECT relation, count(*) FROM edges WHERE id IN "
                                          "({E}) GROUP BY relation ORDER BY relation"));
        for (auto& [level, n] : grouped(run("SELECT certainty, count(*) FROM edges WHERE id IN "
                                            "({E}) GROUP BY certainty ORDER BY certainty DESC"))) {
            int c = std::stoi(level);
            if (c >= 0 && c <= 2) {
                s.edges_by_certainty.emplace_back(std::string(to_string(static_cast<Certainty>(c))),
                                                  n);
            }
        }
        s.negated_edges =
            single(run("SELECT count(*) FROM edges WHERE negated = 1 AND id IN ({E})"));
        const std::string articles =
            "SELECT DISTINCT article FROM statements WHERE edge IN ({E})";
        s.articles_by_lang = grouped(run("SELECT coalesce(lang, ''), count(*) FROM articles "
                                         "WHERE id IN (" + articles + ") GROUP BY 1 ORDER BY 1"));
        s.articles_by_publisher =
            grouped(run("SELECT coalesce(publisher, ''), count(*) FROM articles WHERE publisher "
                        "IS NOT NULL AND publisher <> '' AND id IN (" + articles +
                        ") GROUP BY 1 ORDER BY 2 DESC, 1"));
        auto range = run("SELECT coalesce(min(first_seen), ''), coalesce(max(last_seen), '') "
                         "FROM edges WHERE first_seen IS NOT NULL AND first_seen <> '' AND id "
                         "IN ({E})");
        if (range.executeStep()) {
            s.first_date = range.getColumn(0).getString();
            s.last_date = range.getColumn(1).getString();
        }
    } catch (const SQLite::Exception& e) {
        rethrow_store_error(e, impl_->path);
    }
    return s;
}

} // namespace corpkg::core
