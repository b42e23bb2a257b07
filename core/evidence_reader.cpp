#include "core/evidence_reader.hpp"

namespace corpkg::core {

EvidenceReader::EvidenceReader(sqlite3* db, const std::string& path)
    : db_(db), path_(path),
      statements_(db,
                  "SELECT s.edge, s.date, s.sentence, s.url, s.article "
                  "FROM statements s ORDER BY s.edge, s.id",
                  path) {
    more_ = statements_.step();
}

void EvidenceReader::add_current_edge() {
    sqlite3_stmt* ss = statements_.get();
    std::int64_t edge = sqlite3_column_int64(ss, 0);
    while (more_ && sqlite3_column_int64(ss, 0) == edge) {
        // coalesce(s.date, a.published) and coalesce(s.url, a.url), the article read from
        // memory only when the statement lacks its own.
        bool own_date = sqlite3_column_type(ss, 1) != SQLITE_NULL;
        bool own_url = sqlite3_column_type(ss, 3) != SQLITE_NULL;
        std::string_view date = own_date ? column_view(ss, 1) : std::string_view();
        std::string_view url = own_url ? column_view(ss, 3) : std::string_view();
        if (!own_date || !own_url) {
            if (!articles_.loaded()) {
                articles_.load(db_, path_);
            }
            auto [article_url, article_date] = articles_.find(sqlite3_column_int64(ss, 4));
            if (!own_date) date = article_date;
            if (!own_url) url = article_url;
        }
        accumulator_.add(date, column_view(ss, 2), url);
        more_ = statements_.step();
    }
}

void EvidenceReader::summary_of(std::int64_t id, EvidenceSummary& out) {
    sqlite3_stmt* ss = statements_.get();
    while (more_ && sqlite3_column_int64(ss, 0) < id) {
        more_ = statements_.step();
    }
    if (more_ && sqlite3_column_int64(ss, 0) == id) {
        add_current_edge();
    }
    accumulator_.finish(out);
}

bool EvidenceReader::next(std::int64_t& id, EvidenceSummary& out) {
    if (!more_) {
        return false;
    }
    id = sqlite3_column_int64(statements_.get(), 0);
    add_current_edge();
    accumulator_.finish(out);
    return true;
}

} // namespace corpkg::core
