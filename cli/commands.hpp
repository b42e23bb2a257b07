#pragma once

#include <CLI/CLI.hpp>

#include "cli/app_context.hpp"

namespace corpkg::cli {

// One file per subcommand: each setup_* registers its options and a callback that runs
// it. Shared state lives in AppContext, which outlives the parse.
void setup_import(CLI::App& app, AppContext& ctx);
void setup_neighbors(CLI::App& app, AppContext& ctx);
void setup_entities(CLI::App& app, AppContext& ctx);
void setup_stats(CLI::App& app, AppContext& ctx);
void setup_export(CLI::App& app, AppContext& ctx);
void setup_eval(CLI::App& app, AppContext& ctx);
void setup_path(CLI::App& app, AppContext& ctx);
void setup_evidence(CLI::App& app, AppContext& ctx);
void setup_rank(CLI::App& app, AppContext& ctx);
void setup_components(CLI::App& app, AppContext& ctx);
void setup_communities(CLI::App& app, AppContext& ctx);
void setup_timeline(CLI::App& app, AppContext& ctx);
void setup_extract(CLI::App& app, AppContext& ctx);
void setup_entity(CLI::App& app, AppContext& ctx);

/// Adds `--jobs N` (threads extracting articles; default: one per core) to a subcommand
/// that reads articles. Output and stored order do not depend on it.
void add_jobs_option(CLI::App& sub, unsigned& jobs);

/// Adds `--format table|json|jsonl|tsv` to a query subcommand.
void add_format_option(CLI::App& sub, AppContext& ctx);

} // namespace corpkg::cli
