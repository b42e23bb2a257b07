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
    /// Graph-level attributes to record (filters, corpkg version), in order. Names are
    /// NMTOKENs (letters, digits, `_`), so every format can use them as attribute names.
    std::vector<std::pair<std::string, std::string>> graph_attributes;
};

/// Format variants chosen on the command line.
struct FormatOptions {
    bool gephi = false; ///< graphml: `label` on `<edge>`, which Gephi reads as the edge type
    bool links = false; ///< json: edges under the older `links` key (D3, networkx < 3.4)
    bool nodes = false; ///< jsonl/csv: the node table instead of the edge table
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

class GraphSource;

/// A writer that reads the graph once, nodes then edges (exporters/graph_source.hpp), so
/// it can write a whole store as it is read without loading a GraphView first. Writing a
/// GraphView goes through the same code.
class StreamingExporter : public Exporter {
  public:
    void write(const core::GraphView& graph,
               const ExportContext& context,
               std::ostream& out) const final;
    virtual void write_source(GraphSource& source,
                              const ExportContext& context,
                              std::ostream& out) const = 0;
};

/// The writer for a format name (`graphml`, `json`, …); throws core::UsageError listing the
/// known formats when the name is unknown, and core::Error for `svg`/`png` in a build
/// without Graphviz.
std::unique_ptr<Exporter> make_exporter(std::string_view format, const FormatOptions& options = {});

/// Every format make_exporter knows (svg and png only when Graphviz is built in).
std::vector<std::string> export_formats();

/// True when this build renders svg/png through Graphviz's library.
bool has_graphviz() noexcept;

/// The value of a graph attribute of the context, empty when absent.
std::string graph_attribute(const ExportContext& context, std::string_view name);

} // namespace corpkg::exporters
