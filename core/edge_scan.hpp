#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/edge_filter.hpp"
#include "core/evidence_summary.hpp"
#include "core/store.hpp"

namespace corpkg::core {

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
    /// Every edge passing the filter, by id, with the summary of its statements. The
    /// callback may take the values (swap them out for other strings, which the scan then
    /// reuses): at a million edges a copy per edge is a good part of the reading cost.
    void for_each_edge(const std::function<void(EdgeRecord&, EvidenceSummary&)>& fn) const;

    /// True when the statements are read on a second connection, on a thread of their
    /// own (a scan of the whole store in a file: core/twin_connection.hpp).
    bool reads_evidence_in_parallel() const noexcept;

  private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

} // namespace corpkg::core
