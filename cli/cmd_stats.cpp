#include <iostream>

#include "cli/commands.hpp"

namespace corpkg::cli {
namespace {

void run_stats(AppContext& ctx) {
    Format format = ctx.format();
    core::Store store = ctx.open_store(core::Store::Mode::Existing);
    auto c = store.counts();
    Record r;
    r.add("entities", c.entities)
        .add("edges", c.edges)
        .add("statements", c.statements)
        .add("articles", c.articles);
    print_record(std::cout, format, r, ctx.colour_stdout());
}

} // namespace

void setup_stats(CLI::App& app, AppContext& ctx) {
    auto* sub = app.add_subcommand("stats", "Counts of entities, edges, statements and articles");
    add_format_option(*sub, ctx);
    sub->callback([&ctx] { run_stats(ctx); });
}

} // namespace corpkg::cli
