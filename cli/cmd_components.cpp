// `corpkg components` and `corpkg communities`: the same shape of answer (groups with
// their members and most central entity) from two algorithms.

#include <algorithm>
#include <iostream>
#include <numeric>

#include "cli/commands.hpp"
#include "cli/filter_options.hpp"
#include "cli/query_support.hpp"
#include "core/communities.hpp"
#include "core/graph_algorithms.hpp"

namespace corpkg::cli {
namespace {

struct GroupOptions {
    int top = 0;
    int members = 0;
    FilterOptions filter;
};

/// Rows for a partition: one per group, members by degree (most central first).
std::vector<Record> group_records(const core::Store& store, const core::Topology& graph,
                                  const std::vector<std::uint32_t>& group_of,
                                  const std::vector<std::uint32_t>& sizes, const char* label,
                                  const GroupOptions& opts) {
    auto degree = core::degrees(graph);
    std::size_t groups = opts.top > 0 ? std::min<std::size_t>(sizes.size(), opts.top)
                                      : sizes.size();
    std::vector<std::vector<std::uint32_t>> members(groups);
    std::vector<std::int64_t> edges(groups, 0);
    for (std::uint32_t v = 0; v < group_of.size(); ++v) {
        if (group_of[v] < groups) members[group_of[v]].push_back(v);
    }
    for (const auto& a : graph.arcs) {
        auto g = group_of[a.source];
        if (g < groups && g == group_of[a.target]) ++edges[g];
    }
    std::vector<std::int64_t> keys;
    // Most central first; ties by position, so only the listed members need sorting.
    auto central = [&](std::uint32_t a, std::uint32_t b) {
        if (degree[a].degree != degree[b].degree) return degree[a].degree > degree[b].degree;
        if (degree[a].mentions != degree[b].mentions) {
            return degree[a].mentions > degree[b].mentions;
        }
        return a < b;
    };
    for (auto& m : members) {
        std::size_t listed = m.size();
        if (opts.members > 0) listed = std::min(listed, static_cast<std::size_t>(opts.members));
        std::partial_sort(m.begin(), m.begin() + static_cast<std::ptrdiff_t>(listed), m.end(),
                          central);
        m.resize(listed);
        for (auto v : m) keys.push_back(graph.keys[v]);
    }
    auto names = entities_by_key(store, keys);
    std::vector<Record> rows;
    for (std::size_t g = 0; g < groups; ++g) {
        std::vector<std::string> list;
        for (auto v : members[g]) list.push_back(names.at(graph.keys[v]).entity.name);
        Record r;
        r.add(label, static_cast<std::int64_t>(g + 1))
            .add("size", static_cast<std::int64_t>(sizes[g]))
            .add("edges", edges[g])
            .add("central", list.empty() ? Value(nullptr) : Value(list.front()))
            .add("members", list);
        rows.push_back(std::move(r));
    }
    return rows;
}

void run_components(AppContext& ctx, const GroupOptions& opts) {
    auto filter = opts.filter.to_filter();
    Format format = ctx.format();
    core::Store store = ctx.open_store(core::Store::Mode::Existing);
    // Components and the degree ordering of members need no relation.
    core::ArcColumns columns;
    columns.relation = false;
    auto graph = core::Topology::load(store, filter, columns);
    auto parts = core::connected_components(graph);
    auto rows = group_records(store, graph, parts.component_of, parts.sizes, "component", opts);
    print_records(std::cout, format, rows, ctx.colour_stdout());
}

void run_communities(AppContext& ctx, const GroupOptions& opts) {
    auto filter = opts.filter.to_filter();
    Format format = ctx.format();
    core::Store store = ctx.open_store(core::Store::Mode::Existing);
    core::ArcColumns columns;
    columns.relation = false;
    auto graph = core::Topology::load(store, filter, columns);
    auto parts = core::louvain(graph);
    auto rows = group_records(store, graph, parts.community_of, parts.sizes, "community", opts);
    if (format == Format::Json) {
        // One object, so the partition's modularity travels with its communities.
        std::string list = "[";
        for (std::size_t i = 0; i < rows.size(); ++i) {
            list += (i ? ",\n  " : "\n  ") + to_json(rows[i]);
        }
        list += rows.empty() ? "]" : "\n]";
        Record whole;
        whole.add("method", std::string("louvain"))
            .add("modularity", parts.modularity)
            .add("communities", RawJson{list});
        print_record(std::cout, format, whole, false);
        return;
    }
    for (auto& r : rows) r.add("modularity", parts.modularity);
    if (format == Format::Table) {
        for (auto& r : rows) r.fields.pop_back();
        print_records(std::cout, format, rows, ctx.colour_stdout());
        std::cout << "modularity " << parts.modularity << " (louvain)\n";
        return;
    }
    print_records(std::cout, format, rows, ctx.colour_stdout());
}

void add_group_options(CLI::App& sub, GroupOptions& opts) {
    sub.add_option("--top", opts.top, "Only the largest N groups (0: all)")
        ->check(CLI::NonNegativeNumber);
    sub.add_option("--members", opts.members, "List at most N members per group (0: all)")
        ->check(CLI::NonNegativeNumber);
    opts.filter.add_to(sub);
}

} // namespace

void setup_components(CLI::App& app, AppContext& ctx) {
    auto opts = std::make_shared<GroupOptions>();
    auto* sub = app.add_subcommand("components", "Connected components, largest first, with "
                                                 "members and most central entity");
    add_group_options(*sub, *opts);
    add_format_option(*sub, ctx);
    sub->callback([&ctx, opts] { run_components(ctx, *opts); });
}

void setup_communities(CLI::App& app, AppContext& ctx) {
    auto opts = std::make_shared<GroupOptions>();
    auto* sub = app.add_subcommand("communities", "Communities by the Louvain modularity "
                                                  "method, with members and most central entity");
    add_group_options(*sub, *opts);
    add_format_option(*sub, ctx);
    sub->callback([&ctx, opts] { run_communities(ctx, *opts); });
}

} // namespace corpkg::cli
