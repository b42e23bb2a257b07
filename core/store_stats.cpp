// `corpkg stats`: grouped counts straight from SQL, so the answer costs a few scans and
// never loads the graph.

#include "core/store_impl.hpp"

namespace corpkg::core {
namespace {

std::vector<std::pair<std::string, std::int64_t>> grouped(SQLite::Database& db,
                                                          const char* sql) {
    std::vector<std::pair<std::string, std::int64_t>> out;
    SQLite::Statement q(db, sql);
    while (q.executeStep()) {
        out.emplace_back(q.getColumn(0).getString(), q.getColumn(1).getInt64());
    }
    return out;
}

} // namespace

StoreStats Store::stats() const {
    StoreStats s;
    s.counts = counts();
    try {
        auto& db = impl_->db;
        s.entities_by_type = grouped(db, "SELECT type, count(*) FROM entities GROUP BY type "
                                         "ORDER BY type");
        s.edges_by_relation = grouped(db, "SELECT relation, count(*) FROM edges GROUP BY "
                                          "relation ORDER BY relation");
        // Certainty is stored as its strength (0..2); names are what users filter by.
        for (auto& [level, n] : grouped(db, "SELECT certainty, count(*) FROM edges GROUP BY "
                                            "certainty ORDER BY certainty DESC")) {
            int c = std::stoi(level);
            if (c >= 0 && c <= 2) {
                s.edges_by_certainty.emplace_back(
                    std::string(to_string(static_cast<Certainty>(c))), n);
            }
        }
        s.negated_edges = db.execAndGet("SELECT count(*) FROM edges WHERE negated = 1").getInt64();
        s.articles_by_lang = grouped(db, "SELECT coalesce(lang, ''), count(*) FROM articles "
                                         "GROUP BY 1 ORDER BY 1");
        s.articles_by_publisher =
            grouped(db, "SELECT coalesce(publisher, ''), count(*) FROM articles "
                        "WHERE publisher IS NOT NULL AND publisher <> '' GROUP BY 1 "
                        "ORDER BY 2 DESC, 1");
        // Edges keep first/last seen from their statements' (or articles') dates, so their
        // range is the range of everything dated in the store.
        SQLite::Statement range(db, "SELECT coalesce(min(first_seen), ''), "
                                    "coalesce(max(last_seen), '') FROM edges "
                                    "WHERE first_seen IS NOT NULL AND first_seen <> ''");
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
