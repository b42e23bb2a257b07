#include <iostream>

#include "cli/commands.hpp"
#include "cli/filter_options.hpp"
#include "cli/query_support.hpp"
#include "core/timeline.hpp"

namespace corpkg::cli {
namespace {

struct TimelineOptions {
    std::string name;
    FilterOptions filter;
};

void run_timeline(AppContext& ctx, const TimelineOptions& opts) {
    auto filter = opts.filter.to_filter();
    Format format = ctx.format();
    core::Store store = ctx.open_store(core::Store::Mode::Existing);
    auto center = resolve_entity(store, opts.name);
    auto entries = core::timeline(store, center.key, filter);
    std::vector<std::int64_t> keys;
    for (const auto& t : entries) keys.push_back(t.other);
    auto names = entities_by_key(store, keys);
    std::vector<Record> rows;
    for (const auto& t : entries) {
        Record r;
        r.add("month", t.month.empty() ? Value(nullptr) : Value(t.month))
            .add("relation", std::string(core::to_string(t.edge.relation)))
            .add("direction", format == Format::Table ? arrow(t.edge.relation, t.outgoing)
                                                      : direction_name(t.edge.relation,
                                                                       t.outgoing))
            .add("entity", names.at(t.other).entity.name)
            .add("certainty", std::string(core::to_string(t.certainty)))
            .add("statements", t.statements)
            .add("articles", t.articles)
            .add("negated", t.edge.negated)
            .add("edge", "e" + std::to_string(t.edge.id));
        if (format == Format::Table) {
            if (t.month.empty()) r.fields[0].second = std::string("undated");
            r.fields.resize(7);
        }
        rows.push_back(std::move(r));
    }
    if (format == Format::Table && rows.empty()) {
        std::cerr << center.entity.name << ": no dated relations match\n";
    }
    print_records(std::cout, format, rows, ctx.colour_stdout());
}

} // namespace

void setup_timeline(CLI::App& app, AppContext& ctx) {
    auto opts = std::make_shared<TimelineOptions>();
    auto* sub = app.add_subcommand("timeline", "The relations of NAME by month, from article "
                                               "dates");
    sub->add_option("name", opts->name, "Entity name or alias, Korean or English")->required();
    opts->filter.add_to(*sub);
    add_format_option(*sub, ctx);
    sub->callback([&ctx, opts] { run_timeline(ctx, *opts); });
}

} // namespace corpkg::cli
