#pragma once

#include <istream>
#include <string_view>

#include "importers/diagnostic.hpp"

namespace corpkg::importers {

/// True when an input is one of corpkg's own graph exports: a `.graphml` file, XML whose
/// first line opens a GraphML document, or JSON whose first line starts a networkx
/// node-link object (`{"directed": …`, `{"multigraph": …` or `{"nodes": …`).
bool is_graph_input(std::string_view path, std::string_view first_line);

/// Reads corpkg's own GraphML and node-link JSON exports back, so a graph moves between
/// databases: one Document of kind `graph` per file (deduplicated by the content hash of
/// its bytes), whose entities are the nodes and whose aggregates are the edges with every
/// exported attribute (weight, mentions, first/last seen, certainty, topics, evidence
/// count, sentence and source urls), stored as they are by core::Store::add_graph.
/// Export → import into an empty database → export gives byte-identical output.
///
/// A file is one unit: malformed XML/JSON, an edge without a known relation, or an edge
/// naming a node the file does not declare is reported with its line and the file yields
/// no document. Attributes are found by name (GraphML `attr.name`), so key ids may differ.
class GraphImporter {
  public:
    /// Reads the whole stream and hands at most one Document to `sink`.
    ImportResult read(std::istream& in, const SourceInfo& source, const DocumentSink& sink) const;
};

} // namespace corpkg::importers
