#pragma once

#include <string>

#include "exporters/exporter.hpp"

namespace corpkg::exporters {

/// SVG or PNG drawn by Graphviz's library (libgvc) from DotWriter's DOT: the same shapes,
/// colours and line styles. Only usable when has_graphviz(); otherwise write() throws
/// core::Error saying that svg/png need Graphviz.
class GraphvizRenderer final : public Exporter {
  public:
    /// `format` is a Graphviz output format: `svg` or `png`.
    explicit GraphvizRenderer(std::string format) : format_(std::move(format)) {}
    void write(const core::GraphView& graph,
               const ExportContext& context,
               std::ostream& out) const override;

  private:
    std::string format_;
};

} // namespace corpkg::exporters
