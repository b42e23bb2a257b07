// Streaming reads for exports of the whole store. At a million edges SQLiteCpp's
// per-value cost matters, so the scans step SQLite's C API (core/raw_statement.hpp).

#include "core/edge_scan.hpp"

#include <algorithm>
#include <unordered_map>
#include <utility>

#include "core/json_text.hpp"
#include "core/raw_statement.hpp"
#include "core/store_impl.hpp"

namespace corpkg::core {

void EvidenceAccumulator::add(std::string_view date, std::string_view sentence,
                              std::string_view url) {
    std::int64_t seq = ++count_;
    if (!sentence.empty() && (!has_sentence_ || date > sentence_date_)) {
        sentence_.assign(sentence);
        sentence_date_.assign(date);
        has_sentence_ = true;
    }
    if (url.empty()) {
        return;
    }
    for (std::size_t i = 0; i < used_; ++i) {
        auto& c = urls_[i];
        if (c.url == url) {
            // Rows of one date arrive in id order, so only a newer date improves the rank.
            if (date > c.date) {
                c.date.assign(date);
                c.seq = seq;
            }
            return;
        }
    }
    // A url once pushed out had kMaxEvidenceUrls better ones, which only get better; if it
    // comes back newer it re-enters with its true rank, if older it loses again.
    Candidate* slot = nullptr;
    if (used_ < kMaxEvidenceUrls) {
        if (urls_.size() == used_) {
            urls_.emplace_back();
        }
        slot = &urls_[used_++];
    } else {
        auto worst = std::max_element(urls_.begin(), urls_.begin() + used_,
                                      [](const Candidate& a, const Candidate& b) {
                                          return before(a, b);
                                      });
        Candidate incoming{std::string(), std::string(date), seq};
        if (!before(incoming, *worst)) {
            return;
        }
        slot = &*worst;
    }
    slot->url.assign(url);
    slot->date.assign(date);
    slot->seq = seq;
}

void EvidenceAccumulator::finish(EvidenceSummary& out) {
    out.count = count_;
    out.top_sentence.clear();
    if (has_sentence_) {
        out.top_sentence.swap(sentence_);
    }
    if (used_ > 1) {
        std::sort(urls_.begin(), urls_.begin() + used_, before);
    }
    // Assigned in place: the strings keep their capacity from edge to edge.
    out.urls.resize(used_);
    for (std::size_t i = 0; i < used_; ++i) {
        out.urls[i].assign(urls_[i].url);
    }
    count_ = 0;
    has_sentence_ = false;
    used_ = 0;
}

namespace {

std::string_view column_view(sqlite3_stmt* st, int column) {
    const unsigned char* text = sqlite3_column_text(st, column);
    return text == nullptr ? std::string_view()
                           : std::string_view(reinterpret_cast<const char*>(text),
                                              static_cast<std::size_t>(
                                                  sqlite3_column_bytes(st, column)));
}

/// Every article's url and published date, for statements that name neither themselves.
/// Held once per article (a join would seek the articles table once per statement).
class ArticleCache {
  public:
    void load(sqlite3* db, const std::string& path) {
        RawStatement q(db, "SELECT id, url, published FROM articles ORDER BY id", path);
        while (q.step()) {
            sqlite3_stmt* st = q.get();
            std::int64_t id = sqlite3_column_int64(st, 0);
            auto url = column_view(st, 1);
            auto date = column_view(st, 2);
            Entry e{text_.size(), static_cast<std::uint32_t>(url.size()),
                    static_cast<std::uint32_t>(date.size())};
            text_.append(url);
            text_.append(date);
            // Article ids are rowids, normally dense from 1: index them directly.
            if (id >= 0 && static_cast<std::uint64_t>(id) <= 2 * entries_.size() + 1024) {
                if (dense_.size() <= static_cast<std::size_t>(id)) {
                    dense_.resize(static_cast<std::size_t>(id) + 1, kNone);
                }
                dense_[static_cast<std::size_t>(id)] = entries_.size();
            } else {
                sparse_.emplace(id, entries_.size());
            }
            entries_.push_back(e);
        }
        loaded_ = true;
    }
    bool loaded() const noexcept { return loaded_; }
    /// The url and date of an article; empty views when it is unknown.
    std::pair<std::string_view, std::string_view> find(std::int64_t id) const {
        std::size_t index = kNone;
        if (id >= 0 && static_cast<std::size_t>(id) < dense_.size()) {
            index = dense_[static_cast<std::size_t>(id)];
        } else if (auto it = sparse_.find(id); it != sparse_.end()) {
            index = it->second;
        }
        if (index == kNone) {
            return {};
        }
        const auto& e = entries_[index];
        std::string_view all(text_);
        return {all.substr(e.offset, e.url_size), all.substr(e.offset + e.url_size, e.date_size)};
    }

  private:
    static constexpr std::size_t kNone = static_cast<std::size_t>(-1);
    struct Entry {
        std::size_t offset;
        std::uint32_t url_size;
        std::uint32_t date_size;
    };
    bool loaded_ = false;
    std::string text_;
    std::vector<Entry> entries_;
    std::vector<std::size_t> dense_;
    std::unordered_map<std::int64_t, std::size_t> sparse_;
};

/// Topics as stored, into `out` (reusing its strings): the compact form corpkg writes,
/// `["AI","XR"]`, is split here; anything else goes to the JSON parser.
void read_topics(std::string_view text, std::vector<std::string>& out) {
    std::size_t n = 0;
    bool simple = text.size() >= 2 && text.front() == '[' && text.back() == ']';
    for (std::size_t i = 1; simple && i + 1 < text.size();) {
        if (text[i] != '"') {
            simple = false;
            break;
        }
        std::size_t end = i + 1;
        while (end + 1 < text.size() && text[end] != '"' && text[end] != '\\' &&
               static_cast<unsigned char>(text[end]) >= 0x20) {
            ++end;
        }
        if (end + 1 >= text.size() || text[end] != '"' ||
            (text[end + 1] != ',' && end + 2 != text.size())) {
            simple = false;
            break;
        }
        if (out.size() <= n) {
            out.emplace_back();
        }
        out[n++].assign(text.substr(i + 1, end - i - 1));
        i = end + 1 + (text[end + 1] == ',');
        if (text[end + 1] == ',' && i + 1 >= text.size()) {
            simple = false; // a trailing comma: leave it to the parser
        }
    }
    if (simple) {
        out.resize(n);
    } else {
        out = parse_json_string_list(text);
    }
}

} // namespace

struct EdgeScan::Impl {
    sqlite3* db = nullptr;
    const std::string& path;
    FilterSql filter;
    bool own_transaction = false;
    mutable ArticleCache articles;
    CacheSize small_cache;

    Impl(SQLite::Database& database, const std::string& p, const EdgeFilter& f)
        : db(database.getHandle()), path(p), filter(filter_sql(f)),
          small_cache(database, -2048) {}

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
    }
}

EdgeScan::~EdgeScan() {
    if (impl_->own_transaction) {
        sqlite3_exec(impl_->db, "COMMIT", nullptr, nullptr, nullptr);
    }
}

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

void EdgeScan::for_each_edge(
    const std::function<void(const EdgeRecord&, const EvidenceSummary&)>& fn) const {
    const auto& f = impl_->filter;
    RawStatement edges(impl_->db,
                       std::string("SELECT ") + kEdgeColumns + " FROM edges e" + f.where +
                           " ORDER BY e.id",
                       impl_->path);
    edges.bind(f);
    // Every statement, by edge then id through the statements_edge index, merged beside
    // the edges: no per-edge query, no sort. Statements of edges the filter drops are
    // stepped over without reading their text.
    RawStatement statements(impl_->db,
                            "SELECT s.edge, s.date, s.sentence, s.url, s.article "
                            "FROM statements s ORDER BY s.edge, s.id",
                            impl_->path);
    sqlite3_stmt* ss = statements.get();
    bool more = statements.step();
    EdgeRecord r;
    EvidenceAccumulator acc;
    EvidenceSummary summary;
    while (edges.step()) {
        sqlite3_stmt* st = edges.get();
        r.id = sqlite3_column_int64(st, 0);
        r.subject = sqlite3_column_int64(st, 1);
        r.object = sqlite3_column_int64(st, 2);
        r.relation = relation_from(sqlite3_column_text(st, 3), sqlite3_column_bytes(st, 3));
        r.negated = sqlite3_column_int(st, 4) != 0;
        r.certainty = static_cast<Certainty>(std::clamp(sqlite3_column_int(st, 5), 0, 2));
        r.weight = sqlite3_column_int64(st, 6);
        r.mentions = sqlite3_column_int64(st, 7);
        r.first_seen.assign(column_view(st, 8));
        r.last_seen.assign(column_view(st, 9));
        read_topics(column_view(st, 10), r.topics);
        while (more && sqlite3_column_int64(ss, 0) < r.id) {
            more = statements.step();
        }
        while (more && sqlite3_column_int64(ss, 0) == r.id) {
            // coalesce(s.date, a.published) and coalesce(s.url, a.url), the article read
            // from memory only when the statement lacks its own.
            bool own_date = sqlite3_column_type(ss, 1) != SQLITE_NULL;
            bool own_url = sqlite3_column_type(ss, 3) != SQLITE_NULL;
            std::string_view date = own_date ? column_view(ss, 1) : std::string_view();
            std::string_view url = own_url ? column_view(ss, 3) : std::string_view();
            if (!own_date || !own_url) {
                if (!impl_->articles.loaded()) {
                    impl_->articles.load(impl_->db, impl_->path);
                }
                auto [article_url, article_date] =
                    impl_->articles.find(sqlite3_column_int64(ss, 4));
                if (!own_date) date = article_date;
                if (!own_url) url = article_url;
            }
            acc.add(date, column_view(ss, 2), url);
            more = statements.step();
        }
        acc.finish(summary);
        fn(r, summary);
    }
}

} // namespace corpkg::core
