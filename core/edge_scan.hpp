#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/edge_filter.hpp"
#include "core/store.hpp"

namespace corpkg::core {

/// At most this many source urls are listed per edge; a hub edge with thousands of
/// articles would otherwise carry an unbounded attribute.
inline constexpr std::size_t kMaxEvidenceUrls = 20;

/// What every export format tells about the statements behind one edge.
struct EvidenceSummary {
    std::int64_t count = 0;        ///< statements behind the edge
    std::string top_sentence;      ///< the newest non-empty evidence sentence
    std::vector<std::string> urls; ///< distinct source urls, newest first, at most kMaxEvidenceUrls

    void clear() {
        count = 0;
        top_sentence.clear();
        urls.clear();
    }
};

/// Builds an EvidenceSummary from one edge's statements in any order, given that
/// statements of the same date arrive in statement-id order. "Newest" is the greatest
/// date (a missing date is the empty string, oldest of all); among equal dates the one
/// that arrived first wins. Memory stays bounded by kMaxEvidenceUrls however many
/// statements an edge has.
class EvidenceAccumulator {
  public:
    void add(std::string_view date, std::string_view sentence, std::string_view url);
    /// Writes the summary of the statements added since the last call and starts over.
    void finish(EvidenceSummary& out);

  private:
    struct Candidate {
        std::string url;
        std::string date;
        std::int64_t seq = 0;
    };
    /// True when `a` ranks before `b` (newer, or as new and earlier).
    static bool before(const Candidate& a, const Candidate& b) {
        return a.date != b.date ? a.date > b.date : a.seq < b.seq;
    }

    std::int64_t count_ = 0;
    bool has_sentence_ = false;
    std::string sentence_;
    std::string sentence_date_;
    std::vector<Candidate> urls_; ///< the best kMaxEvidenceUrls urls so far, unordered
    std::size_t used_ = 0;        ///< live entries of urls_ (the rest keep their capacity)
};

/// The ends of one edge, for the pass that picks an export's nodes.
struct EdgeEndsSeen {
    std::int64_t subject = 0;
    std::int64_t object = 0;
    std::string_view first_seen; ///< empty unless asked for; valid during the callback
};

/// Streams what an export of the store needs, straight from SQLite and in the order every
/// format writes: entities by id, edges by id, each edge with the summary of its
/// statements. The statements are merged beside the edges (both ordered by edge id), so
/// nothing grows with evidence text: memory is one edge's summary plus the articles' urls
/// and dates. Every pass runs inside one read transaction, so all see one snapshot.
class EdgeScan {
  public:
    EdgeScan(const Store& store, EdgeFilter filter);
    ~EdgeScan();
    EdgeScan(const EdgeScan&) = delete;
    EdgeScan& operator=(const EdgeScan&) = delete;

    /// The keys of every stored entity, ascending.
    void for_each_entity_key(const std::function<void(std::int64_t key)>& fn) const;
    /// Every edge passing the filter, in no particular order, as its ends (and first_seen
    /// when asked).
    void for_each_ends(const std::function<void(const EdgeEndsSeen&)>& fn,
                       bool with_first_seen) const;
    /// Every entity ordered by id; aliases (other than the name) carry their text only.
    void for_each_entity(const std::function<void(const StoredEntity&)>& fn) const;
    /// Every entity's key and id, in no particular order.
    void for_each_entity_id(
        const std::function<void(std::int64_t key, std::string_view id)>& fn) const;
    /// Every edge passing the filter, by id, with the summary of its statements.
    void for_each_edge(
        const std::function<void(const EdgeRecord&, const EvidenceSummary&)>& fn) const;

  private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

} // namespace corpkg::core
