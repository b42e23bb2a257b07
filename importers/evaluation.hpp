#pragma once

#include <cstddef>
#include <map>
#include <string>
#include <vector>

#include "core/model.hpp"
#include "importers/lexicon.hpp"

namespace corpkg::importers {

/// One edge of a gold file (see shared corpus README): canonical names, relation,
/// certainty, negation, and whether a reader may or may not draw it.
struct GoldEdge {
    std::string subject;
    std::string relation;
    std::string object;
    core::Certainty certainty = core::Certainty::Fact;
    bool negated = false;
    bool optional = false;
    std::string evidence;
};

/// One predicted edge, with canonical names.
struct PredictedEdge {
    std::string subject;
    std::string relation;
    std::string object;
    core::Certainty certainty = core::Certainty::Fact;
    bool negated = false;
    std::string evidence;
};

/// Counts for one slice (overall, or one relation).
struct EvalCounts {
    std::size_t hits = 0;
    std::size_t predicted = 0; ///< predictions that are not optional gold
    std::size_t gold = 0;      ///< required gold edges
    std::size_t certainty_correct = 0;

    double precision() const { return predicted ? double(hits) / double(predicted) : 0.0; }
    double recall() const { return gold ? double(hits) / double(gold) : 0.0; }
    double f1() const {
        double p = precision(), r = recall();
        return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
    }
    double certainty_accuracy() const { return hits ? double(certainty_correct) / double(hits) : 0.0; }
    EvalCounts& operator+=(const EvalCounts& o);
};

/// A scored edge for the report: a miss, a false positive, or a hit with the wrong certainty.
struct EvalItem {
    std::string document;
    std::string subject, relation, object;
    bool negated = false;
    std::string certainty;       ///< predicted (false positives, hits) or gold (misses)
    std::string gold_certainty;  ///< for hits
    std::string evidence;
};

/// The result of scoring one or more documents.
struct EvalReport {
    EvalCounts overall;
    std::map<std::string, EvalCounts> by_relation;
    std::map<std::string, EvalCounts> by_document;
    std::vector<EvalItem> misses;
    std::vector<EvalItem> false_positives;
    std::vector<EvalItem> wrong_certainty;

    /// Scores one document's predictions against its gold and adds them to the report,
    /// by the corpus rules: edges compared as (subject, relation, object, negated) after
    /// resolving names through the lexicon; symmetric relations unordered; business units
    /// rolled up to their parent except in acquires / subsidiary_of / part_of; duplicates
    /// after roll-up counted once; predictions matching optional gold neither hit nor
    /// miss. A predicted edge's certainty is its strongest mention's, as in the graph.
    void add(const std::string& document,
             const std::vector<PredictedEdge>& predicted,
             const std::vector<GoldEdge>& gold,
             const Lexicon& lexicon);
};

/// Reads gold lines (one JSON object each). Throws core::InputError naming file:line.
std::vector<GoldEdge> read_gold(std::istream& in, const std::string& source);

/// Converts a document's statements to predicted edges with canonical names.
std::vector<PredictedEdge> predicted_edges(const core::Document& doc);

} // namespace corpkg::importers
