#pragma once

#include "exporters/exporter.hpp"

namespace corpkg::exporters {

/// networkx node-link JSON as networkx 3.6 writes it (`directed`, `multigraph`, `graph`,
/// `nodes`, `edges` with `key` = the edge id `e<N>`), so `nx.node_link_graph(json.load(f))`
/// rebuilds every node, edge and attribute. Node attributes: label, type, aliases (array),
/// parent, discovered. Edge attributes: relation, certainty, negated, weight (a float, as
/// in GraphML), mentions, first_seen, last_seen, topics (array), evidence_count, evidence,
/// source_urls (array). With `links_key`, edges go under the older `links` key (D3,
/// networkx before 3.4).
class NodeLinkWriter final : public StreamingExporter {
  public:
    explicit NodeLinkWriter(bool links_key = false) : links_key_(links_key) {}
    void write_source(GraphSource& source,
                      const ExportContext& context,
                      std::ostream& out) const override;

  private:
    bool links_key_;
};

} // namespace corpkg::exporters
