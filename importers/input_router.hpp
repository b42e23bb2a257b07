#pragma once

#include <istream>
#include <string>
#include <string_view>

#include "importers/diagnostic.hpp"
#include "importers/lexicon.hpp"

namespace corpkg::importers {

/// What an input holds, decided by extension and, for JSON Lines and standard input, by
/// the first non-empty line.
enum class InputKind {
    Statements,  ///< JSON Lines whose objects carry subject/relation/object
    NewsRecords, ///< JSON Lines whose objects carry `text`
    Article,     ///< plain text or Markdown
    Unknown,
};

/// Decides the kind from a path's extension and the input's first non-empty line.
InputKind detect_kind(std::string_view path, std::string_view first_line);

/// True for file names `corpkg import DIR` picks up (.txt .md .jsonl .json .graphml).
bool is_importable_path(std::string_view path);

/// Reads one input of any kind and hands its documents to `sink`, deciding the kind with
/// detect_kind. Never throws for bad content: problems become diagnostics.
ImportResult import_stream(std::istream& in,
                           const SourceInfo& source,
                           const Lexicon& lexicon,
                           const DocumentSink& sink);

} // namespace corpkg::importers
