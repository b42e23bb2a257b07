#pragma once

#include <memory>
#include <ostream>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/graph.hpp"
#include "core/store.hpp"

namespace corpkg::exporters {

/// What a writer may need beyond the graph itself.
struct ExportContext {
    const core::Store* store = nullptr; ///< evidence source; writers omit evidence when null
    core::EdgeFilter filter;            ///< the filter the view was loaded with
    /// Graph-level attributes to record (filters, corpkg version), in order.
    std::vector<std::pair<std::string, std::string>> graph_attributes;
};

/// One writer per format, all with this interface. Writers stream to `out`: memory does
/// not grow with evidence text. Output order is the view's order, so it is deterministic.
class Exporter {
  public:
    virtual ~Exporter() = default;
    virtual void write(const core::GraphView& graph,
                       const ExportContext& context,
                       std::ostream& out) const = 0;
};

/// The writer for a format name (`graphml`, `json`, …); throws core::UsageError listing the
/// known formats when the name is unknown.
std::unique_ptr<Exporter> make_exporter(std::string_view format);

/// Every format make_exporter knows.
std::vector<std::string> export_formats();

} // namespace corpkg::exporters
