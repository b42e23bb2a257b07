#include <iostream>

#include "cli/commands.hpp"
#include "cli/filter_options.hpp"
#include "core/json_text.hpp"

namespace corpkg::cli {
namespace {

using Counts = std::vector<std::pair<std::string, std::int64_t>>;

std::string counts_json(const Counts& counts) {
    std::string out = "{";
    for (std::size_t i = 0; i < counts.size(); ++i) {
        out += (i ? ", " : "") + core::json_quote(counts[i].first) + ": " +
               std::to_string(counts[i].second);
    }
    return out + "}";
}

void run_stats(AppContext& ctx, const FilterOptions& filter_options) {
    auto filter = filter_options.to_filter();
    Format format = ctx.format();
    core::Store store = ctx.open_store(core::Store::Mode::Existing);
    auto s = store.stats(filter);
    const auto& c = s.counts;
    Record r;
    // The four integer totals stay at the top level: scripts read them directly.
    r.add("entities", c.entities)
        .add("edges", c.edges)
        .add("statements", c.statements)
        .add("articles", c.articles)
        .add("negated_edges", s.negated_edges)
        .add("first_date", s.first_date.empty() ? Value(nullptr) : Value(s.first_date))
        .add("last_date", s.last_date.empty() ? Value(nullptr) : Value(s.last_date));
    std::pair<const char*, const Counts*> groups[] = {
        {"entities_by_type", &s.entities_by_type},
        {"edges_by_relation", &s.edges_by_relation},
        {"edges_by_certainty", &s.edges_by_certainty},
        {"articles_by_lang", &s.articles_by_lang},
        {"articles_by_publisher", &s.articles_by_publisher},
    };
    if (format == Format::Json || format == Format::Jsonl) {
        for (const auto& [name, counts] : groups) {
            r.add(name, RawJson{counts_json(*counts)});
        }
    } else {
        // Tables and TSV flatten the breakdowns into `group.key` rows.
        for (const auto& [name, counts] : groups) {
            for (const auto& [key, n] : *counts) {
                r.add(std::string(name) + "." + (key.empty() ? "unknown" : key), n);
            }
        }
    }
    print_record(std::cout, format, r, ctx.colour_stdout());
}

} // namespace

void setup_stats(CLI::App& app, AppContext& ctx) {
    auto filter = std::make_shared<FilterOptions>();
    auto* sub = app.add_subcommand("stats", "Entities by type, edges by relation and certainty, "
                                            "articles by language and publisher, date range "
                                            "(with filters: of the edges passing them)");
    filter->add_to(*sub);
    add_format_option(*sub, ctx);
    sub->callback([&ctx, filter] { run_stats(ctx, *filter); });
}

} // namespace corpkg::cli
