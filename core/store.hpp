#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/edge_filter.hpp"
#include "core/model.hpp"

namespace corpkg::core {

/// An entity as stored, with the integer key that edges refer to.
struct StoredEntity {
    std::int64_t key = 0;
    Entity entity;
};

/// One aggregated edge: every statement with the same (subject, relation, object, negated).
struct EdgeRecord {
    std::int64_t id = 0; ///< stable; exported as `e<id>` by every format
    std::int64_t subject = 0; ///< entity key
    std::int64_t object = 0;  ///< entity key
    Relation relation = Relation::PartnersWith;
    bool negated = false;
    Certainty certainty = Certainty::Speculative; ///< the strongest of its statements
    std::int64_t weight = 0;   ///< distinct articles (sources, for statement files)
    std::int64_t mentions = 0; ///< statements
    std::string first_seen;    ///< ISO date, empty when no statement had one
    std::string last_seen;
    std::vector<std::string> topics; ///< sorted, unique
};

/// One statement behind an edge, with its article.
struct EvidenceRecord {
    std::int64_t statement_id = 0;
    std::int64_t edge_id = 0;
    Certainty certainty = Certainty::Fact;
    Attribution attribution = Attribution::Article;
    std::vector<std::string> topics;
    std::string sentence;
    std::int64_t start = 0;
    std::int64_t end = 0;
    std::string url;  ///< the statement's own source url, else the article's
    std::string date; ///< the statement's own date, else the article's published date
    std::string title;
    std::string publisher;
    std::string source; ///< file the article was imported from
    std::string lang;
    std::string rule;
    std::string rule_version;
};

/// Totals over the whole store.
struct StoreCounts {
    std::int64_t entities = 0;
    std::int64_t edges = 0;
    std::int64_t statements = 0;
    std::int64_t articles = 0;
};

/// Which edges of an entity to read.
enum class Direction { Out, In, Both };

/// The ends of one edge and the columns graph algorithms weigh; no dates, topics or text,
/// so a million of them load in a fraction of the time full EdgeRecords take.
struct EdgeEnds {
    std::int64_t id = 0;
    std::int64_t subject = 0; ///< entity key
    std::int64_t object = 0;  ///< entity key
    Relation relation = Relation::PartnersWith;
    Certainty certainty = Certainty::Speculative;
    bool negated = false;
    std::int64_t weight = 0;
    std::int64_t mentions = 0;
};

/// One edge as graph algorithms see it: its ends, and the columns a scan was asked for.
struct EdgeArc {
    std::int64_t subject = 0;  ///< entity key
    std::int64_t object = 0;   ///< entity key
    std::int64_t mentions = 0; ///< 0 unless read
    Relation relation = Relation::PartnersWith; ///< PartnersWith unless read
};

/// The columns beyond the ends that Store::for_each_arc_batch reads.
struct ArcColumns {
    bool relation = true;
    bool mentions = true;
};

/// Breakdowns of the store for `corpkg stats`: counts keyed by their value, sorted by key.
struct StoreStats {
    StoreCounts counts;
    std::vector<std::pair<std::string, std::int64_t>> entities_by_type;
    std::vector<std::pair<std::string, std::int64_t>> edges_by_relation;
    std::vector<std::pair<std::string, std::int64_t>> edges_by_certainty;
    std::int64_t negated_edges = 0;
    std::vector<std::pair<std::string, std::int64_t>> articles_by_lang; ///< "" when unknown
    std::vector<std::pair<std::string, std::int64_t>> articles_by_publisher;
    std::string first_date; ///< earliest statement or article date, empty when none
    std::string last_date;
};

/// The SQLite store of entities, articles, statements and their aggregated edges.
///
/// WAL journal, foreign keys on, a busy timeout so concurrent readers and writers wait
/// instead of failing, schema migrations by `PRAGMA user_version`. add() stores one
/// Document in one transaction (a savepoint inside begin()/commit() when the caller groups
/// several), so an import killed at any point leaves each article fully in or absent.
/// Failures throw StoreError; a store is move-only and not shared between threads.
class Store {
  public:
    static constexpr int kSchemaVersion = 2;

    enum class Mode {
        Create,  ///< open, creating the file and schema when missing
        Existing ///< open an existing database; NotFoundError when there is none
    };

    /// Opens (and migrates) the database at `path`. Throws StoreError when the file is not
    /// a corpkg database or comes from a newer schema, NotFoundError in Existing mode when
    /// the file does not exist.
    explicit Store(const std::string& path, Mode mode = Mode::Create);
    ~Store();
    Store(Store&&) noexcept;
    Store& operator=(Store&&) noexcept;
    Store(const Store&) = delete;
    Store& operator=(const Store&) = delete;

    const std::string& path() const noexcept;

    enum class AddResult { Added, Duplicate };

    /// Stores a document and every entity it names, all or nothing. An article whose
    /// content hash is already stored is left alone (Duplicate). Statements naming an
    /// entity the document does not carry and the store does not know throw StoreError
    /// and store nothing of the document.
    AddResult add(const Document& doc);
    /// Stores a document of kind `graph` (store_graph_import.cpp): its aggregates become
    /// edges as they are (merged into an existing edge of the same ends and relation, and
    /// keeping their id when it is free), each with evidence_count statements carrying the
    /// evidence sentence and source urls, so that exporting again gives the same attributes.
    AddResult add_graph(const Document& doc);

    /// True when an article with this content hash is stored.
    bool has_article(const std::string& content_hash) const;

    /// Groups every following add() into one transaction until commit() or rollback()
    /// (used by `--strict`). Not reentrant.
    void begin();
    void commit();
    void rollback();

    /// Inserts or merges an entity (aliases united; the lexicon's type and parent win over
    /// a discovered entity's). Returns its key.
    std::int64_t upsert_entity(const Entity& entity);

    /// Entities answering to a name or alias (either language), or to an id.
    std::vector<StoredEntity> resolve(const std::string& name) const;
    /// The entity with this key; std::nullopt when none.
    std::optional<StoredEntity> entity(std::int64_t key) const;
    /// Up to `limit` canonical names close to `name`, for "did you mean".
    std::vector<std::string> closest_names(const std::string& name, std::size_t limit = 3) const;
    /// Every entity, ordered by id. Aliases are read only when `with_aliases`.
    void for_each_entity(const std::function<void(const StoredEntity&)>& fn,
                         bool with_aliases = true) const;

    /// Every edge passing the filter, ordered by id, streamed.
    void for_each_edge(const EdgeFilter& filter,
                       const std::function<void(const EdgeRecord&)>& fn) const;
    /// The edges of one entity passing the filter, through the subject and object indexes.
    std::vector<EdgeRecord> edges_of(std::int64_t entity_key,
                                     const EdgeFilter& filter,
                                     Direction direction = Direction::Both) const;
    /// The statements behind one edge, newest first.
    std::vector<EvidenceRecord> evidence(std::int64_t edge_id) const;
    /// Every statement of every edge passing the filter, ordered by edge id then newest
    /// first, streamed (exporters use it to avoid holding evidence in memory).
    void for_each_evidence(const EdgeFilter& filter,
                           const std::function<void(const EvidenceRecord&)>& fn) const;

    StoreCounts counts() const;

    // Queries for statistics and graph algorithms

    /// Every edge passing the filter as a bare arc, in id order, handed over a batch at a
    /// time: the leanest scan, for components, ranks and communities over millions of
    /// edges. Columns not asked for are never read.
    void for_each_arc_batch(const EdgeFilter& filter, ArcColumns columns,
                            const std::function<void(const EdgeArc*, std::size_t)>& fn) const;
    /// The edges passing the filter that touch any of `keys` (through the subject and object
    /// indexes, one prepared statement reused per key); a self-edge or an edge between two
    /// of the keys may appear once per end found. Used by path searches.
    std::vector<EdgeEnds> edge_ends_of(const std::vector<std::int64_t>& keys,
                                       const EdgeFilter& filter,
                                       Direction direction = Direction::Both) const;
    /// The largest edge id (0 when there is none): an upper bound on how many edges a scan
    /// yields, for reserving memory.
    std::int64_t max_edge_id() const;
    /// The entities with these keys, without aliases, in the order of `keys`; unknown keys
    /// are skipped.
    std::vector<StoredEntity> entities(const std::vector<std::int64_t>& keys) const;
    /// Counts by entity type, relation, certainty, article language and publisher, and
    /// the date range of the statements (store_stats.cpp).
    StoreStats stats() const;
    /// The same breakdowns over the edges passing `filter`, the entities they join and the
    /// statements and articles behind them (store_filtered_stats.cpp); stats() when the
    /// filter is the default.
    StoreStats stats(const EdgeFilter& filter) const;

  private:
    friend class EdgeScan; // core/edge_scan.cpp: raw scans for exports
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

} // namespace corpkg::core
