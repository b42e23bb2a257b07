#pragma once

#include "exporters/exporter.hpp"

namespace corpkg::exporters {

/// Tables for pandas and Gephi's spreadsheet import: one row per edge (or, with `nodes`,
/// per node), as JSON Lines (`pandas.read_json(f, lines=True)`) or CSV with a header row
/// (`pandas.read_csv`, RFC 4180 quoting).
///
/// Edge columns: Id (`e<N>`), Source, Target, Type (`Directed`), Label (the relation),
/// Weight, then relation, certainty, negated, mentions, first_seen, last_seen, topics,
/// evidence_count, evidence, source_urls. Node columns: Id, Label, type, aliases, parent,
/// discovered. The capitalised names are the ones Gephi's import recognises. Lists are
/// arrays in JSON Lines and JSON text in CSV; NUL characters, which CSV readers refuse,
/// are dropped from CSV.
class TableWriter final : public StreamingExporter {
  public:
    enum class Syntax { Jsonl, Csv };
    TableWriter(Syntax syntax, bool nodes) : syntax_(syntax), nodes_(nodes) {}
    void write_source(GraphSource& source,
                      const ExportContext& context,
                      std::ostream& out) const override;

  private:
    Syntax syntax_;
    bool nodes_;
};

} // namespace corpkg::exporters
