#include <iostream>

#include "cli/commands.hpp"
#include "cli/filter_options.hpp"
#include "core/errors.hpp"
#include "core/neighborhood.hpp"

namespace corpkg::cli {
namespace {

struct NeighborsOptions {
    std::string name;
    int depth = 1;
    std::string direction = "both";
    FilterOptions filter;
};

void run_neighbors(AppContext& ctx, const NeighborsOptions& opts) {
    auto filter = opts.filter.to_filter();
    Format format = ctx.format();
    core::Store store = ctx.open_store(core::Store::Mode::Existing);
    auto center = resolve_entity(store, opts.name);
    auto direction = opts.direction == "out"  ? core::Direction::Out
                     : opts.direction == "in" ? core::Direction::In
                                              : core::Direction::Both;
    auto found = core::neighbors(store, center.key, filter, opts.depth, direction);
    std::unordered_map<std::int64_t, std::string> names{{center.key, center.entity.name}};
    for (const auto& n : found) {
        names.emplace(n.entity.key, n.entity.entity.name);
    }
    std::vector<Record> rows;
    for (const auto& n : found) {
        const auto& e = n.edge;
        std::string dir = core::is_symmetric(e.relation) ? "both" : n.outgoing ? "out" : "in";
        Record r;
        r.add("entity", n.entity.entity.name)
            .add("type", std::string(core::to_string(n.entity.entity.type)))
            .add("relation", std::string(core::to_string(e.relation)))
            .add("direction", dir)
            .add("certainty", std::string(core::to_string(e.certainty)))
            .add("negated", e.negated)
            .add("weight", e.weight)
            .add("mentions", e.mentions)
            .add("first_seen", e.first_seen.empty() ? Value(nullptr) : Value(e.first_seen))
            .add("last_seen", e.last_seen.empty() ? Value(nullptr) : Value(e.last_seen))
            .add("depth", static_cast<std::int64_t>(n.depth))
            .add("via", names[n.via])
            .add("edge", "e" + std::to_string(e.id))
            .add("id", n.entity.entity.id);
        if (format == Format::Table) {
            // The terminal shows the arrow as stored: center → neighbor or neighbor → center.
            r.fields[3].second = dir == "both" ? "—" : dir == "out" ? "→" : "←";
            r.fields.resize(11);
        }
        rows.push_back(std::move(r));
    }
    if (format == Format::Table && rows.empty()) {
        std::cerr << center.entity.name << ": no neighbors match\n";
    }
    print_records(std::cout, format, rows, ctx.colour_stdout());
}

} // namespace

void add_format_option(CLI::App& sub, AppContext& ctx) {
    sub.add_option("--format", ctx.format_name, "Output format: table, json, jsonl or tsv")
        ->check(CLI::IsMember({"table", "json", "jsonl", "tsv"}));
}

void setup_neighbors(CLI::App& app, AppContext& ctx) {
    auto opts = std::make_shared<NeighborsOptions>();
    auto* sub = app.add_subcommand("neighbors", "Entities related to NAME, with relation, "
                                                "direction, certainty, weight and dates");
    sub->add_option("name", opts->name, "Entity name or alias, Korean or English")->required();
    sub->add_option("--depth", opts->depth, "Hops from NAME")->check(CLI::Range(1, 6));
    sub->add_option("--direction", opts->direction, "Follow out, in or both")
        ->check(CLI::IsMember({"out", "in", "both"}));
    opts->filter.add_to(*sub);
    add_format_option(*sub, ctx);
    sub->callback([&ctx, opts] { run_neighbors(ctx, *opts); });
}

} // namespace corpkg::cli
