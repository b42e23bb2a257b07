#pragma once

#include "exporters/exporter.hpp"

namespace corpkg::exporters {

/// GraphML for Gephi, networkx, igraph and yEd, valid against graphml.xsd: typed keys
/// declared before the graph, directed, parallel edges with stable ids `e<N>`, node ids =
/// entity slugs; lists (aliases, topics, source urls) as JSON text, dates as ISO strings,
/// weight as a double. Node keys: label, type, aliases, parent, discovered. Edge keys:
/// label (= relation), relation, certainty, negated, weight, mentions, first_seen,
/// last_seen, topics, evidence_count, evidence (the newest sentence), source_urls.
/// With `gephi`, each `<edge>` also carries a `label` attribute, which Gephi reads as the
/// edge type so that parallel edges of different relations stay apart (valid against
/// graphml+gephi.xsd, not the strict schema).
class GraphmlWriter final : public StreamingExporter {
  public:
    explicit GraphmlWriter(bool gephi = false) : gephi_(gephi) {}
    void write_source(GraphSource& source,
                      const ExportContext& context,
                      std::ostream& out) const override;

  private:
    bool gephi_;
};

} // namespace corpkg::exporters
