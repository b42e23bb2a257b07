#pragma once

#include "exporters/exporter.hpp"

namespace corpkg::exporters {

/// GEXF 1.3, Gephi's own format, valid against the 1.3 RELAX NG grammar: attributes
/// declared with types; edge `kind` = relation, so Gephi keeps parallel edges of different
/// relations apart; `viz:color` by entity type; `mode="dynamic"` with each edge's
/// first/last seen as start/end (and each node starting with its earliest edge), so
/// Gephi's timeline plays the graph over time. Graph-level attributes (filters, version)
/// go to `<meta>`, which has no typed attributes.
class GexfWriter final : public StreamingExporter {
  public:
    void write_source(GraphSource& source,
                      const ExportContext& context,
                      std::ostream& out) const override;
};

} // namespace corpkg::exporters
