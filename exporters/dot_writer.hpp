#pragma once

#include <cstddef>
#include <string>

#include "exporters/exporter.hpp"

namespace corpkg::exporters {

/// A picture stays readable up to about this many nodes; `corpkg export` asks for a
/// filter beyond it.
inline constexpr std::size_t kMaxPictureNodes = 300;

/// Graphviz DOT for pictures: entity types as shapes and colours, the relation as edge
/// label, certainty as line style (solid fact, dashed planned, dotted speculative), line
/// width growing with weight, negated edges grey and labelled `not <relation>`. Laid out
/// left to right with sizes chosen for a few hundred nodes.
class DotWriter final : public Exporter {
  public:
    void write(const core::GraphView& graph,
               const ExportContext& context,
               std::ostream& out) const override;
};

/// A DOT double-quoted string: quotes and backslashes escaped, line breaks as `\n`, other
/// control characters dropped.
std::string dot_quote(std::string_view text);

} // namespace corpkg::exporters
