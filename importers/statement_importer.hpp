#pragma once

#include <istream>

#include "importers/diagnostic.hpp"
#include "importers/lexicon.hpp"

namespace corpkg::importers {

/// Reads curated statements, one JSON object per line:
/// `{"subject","relation","object"}` required; `certainty`, `negated`, `attribution`,
/// `topics`, `evidence` (the sentence), `source` (a url, or an object with `url`, `title`,
/// `publisher`, `date`), `date`, `subject_type`, `object_type` optional. This is also the
/// shape `corpkg extract --format jsonl` writes, so extraction shards import directly.
///
/// A file is one unit: any bad line (invalid UTF-8 or JSON, a missing field, an unknown
/// relation or certainty) is reported with its line number and the file yields no
/// document at all. Names resolve through the lexicon; unknown names become new entities
/// typed by `*_type` or by the relation (a `leads` subject is a person, a `makes` object a
/// product, else a company).
class StatementImporter {
  public:
    explicit StatementImporter(const Lexicon& lexicon) : lexicon_(lexicon) {}

    /// Reads the whole stream and hands at most one Document to `sink`.
    ImportResult read(std::istream& in, const SourceInfo& source, const DocumentSink& sink) const;

  private:
    const Lexicon& lexicon_;
};

} // namespace corpkg::importers
