#pragma once

#include <CLI/CLI.hpp>
#include <string>
#include <vector>

#include "core/edge_filter.hpp"

namespace corpkg::cli {

/// The filter flags shared by every query and export (--relation, --certainty, --since,
/// --until, --type, --topic, --include-negated), as raw strings until validated.
struct FilterOptions {
    std::vector<std::string> relations;
    std::string certainty;
    std::string since;
    std::string until;
    std::vector<std::string> types;
    std::string topic;
    bool include_negated = false;

    /// Registers the flags on a subcommand.
    void add_to(CLI::App& app);
    /// Validates and converts; throws core::UsageError naming the bad value.
    core::EdgeFilter to_filter() const;
    /// A compact description (`relation=supplies;certainty>=planned`), for export metadata.
    std::string describe() const;
};

} // namespace corpkg::cli
