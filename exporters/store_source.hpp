#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/edge_scan.hpp"
#include "exporters/graph_source.hpp"

namespace corpkg::exporters {

/// The whole store, filtered, as a GraphSource read straight from SQLite (core::EdgeScan):
/// no GraphView, no evidence held. The nodes are found by one lean pass over the edges'
/// ends (run only by writers that list nodes or counts first); the edges and their
/// evidence are written as they are read. Memory is a few bytes per entity plus one id
/// string per node, whatever the number of edges or the length of their evidence.
///
/// Writes exactly what ViewSource over GraphView::load(store, filter) would: the same
/// nodes (the entities the surviving edges touch, by id) and edges (by id).
class StoreSource final : public GraphSource {
  public:
    StoreSource(const core::Store& store, const core::EdgeFilter& filter);
    std::size_t node_count() override;
    std::size_t edge_count() override;
    void for_each_node(const NodeFn& fn, bool with_first_seen) override;
    void for_each_edge(const EdgeFn& fn) override;

  private:
    /// The pass over the edges' ends: which entities are nodes, and when they start.
    void find_nodes(bool with_first_seen);
    bool known(std::int64_t key) const {
        return key >= 0 && static_cast<std::uint64_t>(key) < exists_.size() &&
               exists_[static_cast<std::size_t>(key)] != 0;
    }

    core::EdgeScan scan_;
    std::vector<std::uint8_t> exists_;  ///< by entity key: stored
    std::vector<std::uint8_t> touched_; ///< by entity key: an end of a surviving edge
    std::vector<std::uint32_t> start_;  ///< by entity key: earliest first_seen as YYYYMMDD, 0 if none
    std::vector<std::string> ids_;      ///< by entity key: entity id (nodes only, or all)
    bool found_ = false;                ///< find_nodes ran
    bool found_starts_ = false;         ///< ... with first_seen
    bool ids_ready_ = false;            ///< ids_ covers every node
    bool edges_done_ = false;           ///< for_each_edge ran: the counts below are exact
    std::size_t nodes_ = 0;
    std::size_t edges_ = 0;
};

} // namespace corpkg::exporters
