#pragma once

#include "exporters/exporter.hpp"

namespace corpkg::exporters {

/// GraphML for Gephi, networkx, igraph and yEd: typed keys declared before the graph,
/// directed, node ids = entity slugs, edge ids `e<N>`; lists as JSON text.
class GraphmlWriter final : public Exporter {
  public:
    void write(const core::GraphView& graph,
               const ExportContext& context,
               std::ostream& out) const override;
};

} // namespace corpkg::exporters
