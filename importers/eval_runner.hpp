#pragma once

#include <string>
#include <vector>

#include "importers/diagnostic.hpp"
#include "importers/evaluation.hpp"
#include "importers/lexicon.hpp"

namespace corpkg::importers {

/// What `corpkg eval` scores.
struct EvalRequest {
    /// A gold file (for a single article), a directory of `<stem>.gold.jsonl` files (one per
    /// article file stem or news-record id), or empty when the inputs are JSON Lines records
    /// that carry their own `gold` arrays (the shape of the shared development set).
    std::string gold;
    std::vector<std::string> inputs; ///< article files, news-record files, directories
    std::string lang;                ///< forced language, empty to detect
};

/// Extracts every input article through import_stream (exactly as `corpkg import` does)
/// and scores the statements against the gold. Inputs without gold are reported as
/// warnings and not scored; unreadable files and bad gold as errors. Never throws for
/// bad input.
EvalReport run_evaluation(const EvalRequest& request,
                          const Lexicon& lexicon,
                          std::vector<Diagnostic>& diagnostics);

} // namespace corpkg::importers
