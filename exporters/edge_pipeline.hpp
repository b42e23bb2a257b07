#pragma once

#include <cstddef>
#include <functional>

#include "core/edge_scan.hpp"
#include "core/store.hpp"

namespace corpkg::exporters {

/// One edge as it passes from the reading thread to the writing thread: the record, its
/// evidence summary, and its ends as entity keys.
struct EdgeSlot {
    core::EdgeRecord record;
    core::EvidenceSummary evidence;
    std::size_t source = 0;
    std::size_t target = 0;
};

/// Where the reading side puts edges. The values are swapped into a reused slot, and the
/// slot's previous strings go back to the reader to be refilled: no copy of the text, and
/// the steady state allocates nothing.
class EdgeSink {
  public:
    virtual void push(core::EdgeRecord& record,
                      core::EvidenceSummary& evidence,
                      std::size_t source,
                      std::size_t target) = 0;

  protected:
    ~EdgeSink() = default;
};

/// Runs `produce` (stepping SQLite) on a second thread while `consume` (formatting and
/// writing) runs on the calling thread, edges passing in order through a small fixed pool
/// of batches: on two cores the export takes about the longer of the two stages instead
/// of their sum, and memory stays a few batches of edges whatever the graph's size.
/// `produce` must not share state with `consume` other than through the sink. An
/// exception on either side stops both and is rethrown here.
void run_edge_pipeline(const std::function<void(EdgeSink&)>& produce,
                       const std::function<void(const EdgeSlot&)>& consume);

} // namespace corpkg::exporters
