#include <algorithm>
#include <iostream>
#include <numeric>

#include "cli/commands.hpp"
#include "cli/filter_options.hpp"
#include "cli/query_support.hpp"
#include "core/graph_algorithms.hpp"

namespace corpkg::cli {
namespace {

// Past this many edges exact betweenness runs for minutes; say so before starting.
constexpr std::size_t kLargeForBetweenness = 200000;

struct RankOptions {
    std::string by = "degree";
    int top = 20;
    std::size_t samples = 0; ///< betweenness pivots; 0: exact
    FilterOptions filter;
};

void run_rank(AppContext& ctx, const RankOptions& opts) {
    auto filter = opts.filter.to_filter();
    Format format = ctx.format();
    core::Store store = ctx.open_store(core::Store::Mode::Existing);
    auto graph = core::Topology::load(store, filter);
    auto degree = core::degrees(graph);
    std::vector<double> score;
    if (opts.by == "pagerank") {
        score = core::pagerank(graph);
    } else if (opts.by == "betweenness") {
        if (graph.arcs.size() > kLargeForBetweenness && opts.samples == 0) {
            std::cerr << "corpkg: exact betweenness over " << graph.arcs.size()
                      << " edges takes time proportional to entities × edges; --samples K "
                         "estimates it from K sources, and filters (--relation, --type, "
                         "--since) narrow the graph\n";
        }
        score = core::betweenness(graph, false, opts.samples);
    } else {
        score.resize(degree.size());
        for (std::size_t i = 0; i < degree.size(); ++i) {
            score[i] = static_cast<double>(degree[i].degree);
        }
    }
    std::vector<std::uint32_t> order(graph.node_count());
    std::iota(order.begin(), order.end(), 0);
    std::size_t n = opts.top > 0 ? std::min<std::size_t>(order.size(), opts.top) : order.size();
    // Ties go to the entity with more mentions, then to the older (smaller) key.
    auto better = [&](std::uint32_t a, std::uint32_t b) {
        if (score[a] != score[b]) return score[a] > score[b];
        if (degree[a].mentions != degree[b].mentions) return degree[a].mentions > degree[b].mentions;
        return a < b;
    };
    std::partial_sort(order.begin(), order.begin() + static_cast<std::ptrdiff_t>(n), order.end(),
                      better);
    order.resize(n);
    std::vector<std::int64_t> keys;
    for (auto v : order) keys.push_back(graph.keys[v]);
    auto names = entities_by_key(store, keys);
    std::vector<Record> rows;
    for (std::size_t i = 0; i < order.size(); ++i) {
        auto v = order[i];
        const auto& e = names.at(graph.keys[v]).entity;
        Record r;
        r.add("rank", static_cast<std::int64_t>(i + 1))
            .add("entity", e.name)
            .add("type", std::string(core::to_string(e.type)));
        if (opts.by == "degree") {
            r.add("score", degree[v].degree);
        } else {
            r.add("score", score[v]);
        }
        r.add("degree", degree[v].degree)
            .add("in", degree[v].in)
            .add("out", degree[v].out)
            .add("mentions", degree[v].mentions)
            .add("id", e.id);
        rows.push_back(std::move(r));
    }
    print_records(std::cout, format, rows, ctx.colour_stdout());
}

} // namespace

void setup_rank(CLI::App& app, AppContext& ctx) {
    auto opts = std::make_shared<RankOptions>();
    auto* sub = app.add_subcommand("rank", "Entities ranked by degree, PageRank or betweenness");
    sub->add_option("--by", opts->by, "degree, pagerank or betweenness")
        ->check(CLI::IsMember({"degree", "pagerank", "betweenness"}));
    sub->add_option("--top", opts->top, "How many to list (0: all)")->check(CLI::NonNegativeNumber);
    sub->add_option("--samples", opts->samples,
                    "Betweenness estimated from K sampled sources (fixed seed; 0: exact)")
        ->check(CLI::NonNegativeNumber);
    opts->filter.add_to(*sub);
    add_format_option(*sub, ctx);
    sub->callback([&ctx, opts] { run_rank(ctx, *opts); });
}

} // namespace corpkg::cli
