#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <vector>

#include "core/model.hpp"

namespace corpkg::importers {

/// A problem with one piece of input that does not stop the run.
struct Diagnostic {
    enum class Severity { Warning, Error };
    Severity severity = Severity::Error;
    std::string source;   ///< file path or `-`
    std::size_t line = 0; ///< 1-based line, 0 when not line-oriented
    std::string message;

    /// `FILE:LINE: message` (or `FILE: message`), the one line printed on stderr.
    std::string format() const;
};

/// What one importer call read, accepted and rejected.
struct ImportResult {
    std::size_t documents = 0; ///< documents handed to the sink
    std::size_t rejected = 0;  ///< documents (articles, statement files) refused whole
    std::vector<Diagnostic> diagnostics;

    bool ok() const noexcept { return rejected == 0; }
    void error(std::string source, std::size_t line, std::string message) {
        diagnostics.push_back(
            {Diagnostic::Severity::Error, std::move(source), line, std::move(message)});
    }
    void warning(std::string source, std::size_t line, std::string message) {
        diagnostics.push_back(
            {Diagnostic::Severity::Warning, std::move(source), line, std::move(message)});
    }
};

/// Receives each finished document; importers stream, they never hold a whole corpus.
using DocumentSink = std::function<void(core::Document&&)>;

/// Where input comes from, and what the caller already knows about it.
struct SourceInfo {
    std::string name;  ///< file path, or `-` for standard input
    std::string lang;  ///< forced language (`ko`, `en`), empty to detect per article
    /// Threads that extract the articles of a news-record stream; documents still reach
    /// the sink one at a time, in the order of the stream.
    unsigned workers = 1;
    /// Whether articles get their content_hash, the store's deduplication key: `extract`,
    /// which stores nothing, does without its pass over every article.
    bool content_keys = true;
};

} // namespace corpkg::importers
