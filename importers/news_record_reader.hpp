#pragma once

#include <istream>

#include "importers/diagnostic.hpp"
#include "importers/lexicon.hpp"

namespace corpkg::importers {

/// Reads news records as JSON Lines, `{"id","url","title","published","publisher","lang",
/// "text"}` (`date` accepted for `published`), one article a line, streamed: memory stays
/// bounded by the longest line. Each record is its own unit: a bad line (invalid JSON or
/// UTF-8, no `text`, an oversized line) gives one diagnostic `FILE:LINE: …` and the other
/// records are still read.
class NewsRecordReader {
  public:
    explicit NewsRecordReader(const Lexicon& lexicon) : lexicon_(lexicon) {}

    ImportResult read(std::istream& in, const SourceInfo& source, const DocumentSink& sink) const;

  private:
    const Lexicon& lexicon_;
};

} // namespace corpkg::importers
