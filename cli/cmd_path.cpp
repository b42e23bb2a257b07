#include <iostream>

#include "cli/commands.hpp"
#include "cli/filter_options.hpp"
#include "cli/query_support.hpp"
#include "core/evidence_query.hpp"
#include "core/json_text.hpp"
#include "core/path_finder.hpp"

namespace corpkg::cli {
namespace {

struct PathOptions {
    std::string from;
    std::string to;
    int max_hops = 6;
    bool all = false;
    int limit = 20;
    FilterOptions filter;
};

/// One hop as a record: the two ends in walking order, the edge as stored, its evidence.
Record hop_record(const core::EdgeEnds& e, const core::StoredEntity& from,
                  const core::StoredEntity& to,
                  const std::unordered_map<std::int64_t, core::StoredEntity>& names,
                  const std::optional<core::EvidenceRecord>& ev) {
    bool forward = e.subject == from.key;
    Record r;
    r.add("from", from.entity.name)
        .add("to", to.entity.name)
        .add("subject", names.at(e.subject).entity.name)
        .add("relation", std::string(core::to_string(e.relation)))
        .add("object", names.at(e.object).entity.name)
        .add("direction", direction_name(e.relation, forward))
        .add("certainty", std::string(core::to_string(e.certainty)))
        .add("weight", e.weight)
        .add("edge", "e" + std::to_string(e.id));
    if (ev) {
        r.add("sentence", ev->sentence)
            .add("title", ev->title.empty() ? Value(nullptr) : Value(ev->title))
            .add("publisher", ev->publisher.empty() ? Value(nullptr) : Value(ev->publisher))
            .add("date", date_value(ev->date))
            .add("url", ev->url.empty() ? Value(nullptr) : Value(ev->url))
            .add("source", ev->source);
    } else {
        for (const char* k : {"sentence", "title", "publisher", "date", "url", "source"}) {
            r.add(k, nullptr);
        }
    }
    return r;
}

/// Where a hop's evidence comes from, in a few words: the title and date, else the url,
/// else the imported file.
std::string source_label(const core::EvidenceRecord& ev) {
    if (!ev.title.empty()) return ev.date.empty() ? ev.title : ev.title + ", " + ev.date;
    return ev.url.empty() ? ev.source : ev.url;
}

/// `Nvidia ←reduces_dependency_on— Meta Platforms —co_develops_with— LG Electronics`.
std::string chain_text(const core::Path& p,
                       const std::unordered_map<std::int64_t, core::StoredEntity>& names) {
    std::string out = names.at(p.nodes.front()).entity.name;
    for (std::size_t i = 0; i < p.edges.size(); ++i) {
        const auto& e = p.edges[i];
        std::string rel(core::to_string(e.relation));
        bool forward = e.subject == p.nodes[i];
        if (core::is_symmetric(e.relation)) {
            out += " —" + rel + "— ";
        } else if (forward) {
            out += " —" + rel + "→ ";
        } else {
            out += " ←" + rel + "— ";
        }
        out += names.at(p.nodes[i + 1]).entity.name;
    }
    return out;
}

void run_path(AppContext& ctx, const PathOptions& opts) {
    auto filter = opts.filter.to_filter();
    Format format = ctx.format();
    core::Store store = ctx.open_store(core::Store::Mode::Existing);
    auto from = resolve_entity(store, opts.from);
    auto to = resolve_entity(store, opts.to);
    core::PathOptions search;
    search.max_hops = opts.max_hops;
    search.all = opts.all;
    search.limit = static_cast<std::size_t>(opts.limit);
    auto paths = core::shortest_paths(store, from.key, to.key, filter, search);
    if (paths.empty()) {
        std::cerr << "corpkg: no path from " << from.entity.name << " to " << to.entity.name
                  << " within " << opts.max_hops << " hops\n";
        // Not finding a chain is an answer, not a failure: empty output, status 0.
        print_records(std::cout, format, {}, false);
        return;
    }
    std::vector<std::int64_t> keys;
    for (const auto& p : paths) keys.insert(keys.end(), p.nodes.begin(), p.nodes.end());
    auto names = entities_by_key(store, keys);

    std::vector<Record> hop_rows;  // table, tsv
    std::vector<Record> path_rows; // json, jsonl
    for (std::size_t pi = 0; pi < paths.size(); ++pi) {
        const auto& p = paths[pi];
        std::string hops_json = "[";
        for (std::size_t i = 0; i < p.edges.size(); ++i) {
            const auto& e = p.edges[i];
            auto ev = core::strongest_evidence(store, e.id);
            Record hop = hop_record(e, names.at(p.nodes[i]), names.at(p.nodes[i + 1]), names, ev);
            hops_json += (i ? ", " : "") + to_json(hop);
            Record row;
            row.add("path", static_cast<std::int64_t>(pi + 1))
                .add("hop", static_cast<std::int64_t>(i + 1));
            for (auto& f : hop.fields) row.fields.push_back(f);
            if (format == Format::Table) {
                // from  ←relation—  to, then certainty and the evidence with its source.
                Record t;
                t.add("path", row.fields[0].second)
                    .add("hop", row.fields[1].second)
                    .add("from", hop.fields[0].second)
                    .add("edge", arrow(e.relation, e.subject == p.nodes[i]) +
                                     std::string(core::to_string(e.relation)))
                    .add("to", hop.fields[1].second)
                    .add("certainty", hop.fields[6].second)
                    .add("evidence", ev ? Value(ev->sentence) : Value(nullptr))
                    .add("source", ev ? Value(source_label(*ev)) : Value(nullptr));
                row = std::move(t);
            }
            hop_rows.push_back(std::move(row));
        }
        hops_json += "]";
        std::vector<std::string> node_names;
        for (auto k : p.nodes) node_names.push_back(names.at(k).entity.name);
        path_rows.push_back(Record{}
                                .add("length", static_cast<std::int64_t>(p.edges.size()))
                                .add("nodes", node_names)
                                .add("chain", chain_text(p, names))
                                .add("hops", RawJson{hops_json}));
    }
    bool colour = ctx.colour_stdout();
    if (format == Format::Json || format == Format::Jsonl) {
        print_records(std::cout, format, path_rows, colour);
        return;
    }
    if (format == Format::Table) {
        for (const auto& p : paths) std::cout << chain_text(p, names) << "\n";
        std::cout << "\n";
    }
    print_records(std::cout, format, hop_rows, colour);
}

} // namespace

void setup_path(CLI::App& app, AppContext& ctx) {
    auto opts = std::make_shared<PathOptions>();
    auto* sub = app.add_subcommand("path", "Shortest chain(s) from A to B, each hop with its "
                                           "relation and strongest evidence");
    sub->add_option("a", opts->from, "Start entity (name or alias)")->required();
    sub->add_option("b", opts->to, "End entity (name or alias)")->required();
    sub->add_option("--max-hops", opts->max_hops, "Longest chain searched for")
        ->check(CLI::Range(1, 12));
    sub->add_flag("--all", opts->all, "Every shortest chain, strongest first");
    sub->add_option("--limit", opts->limit, "At most this many chains with --all")
        ->check(CLI::Range(1, 10000));
    opts->filter.add_to(*sub);
    add_format_option(*sub, ctx);
    sub->callback([&ctx, opts] { run_path(ctx, *opts); });
}

} // namespace corpkg::cli
