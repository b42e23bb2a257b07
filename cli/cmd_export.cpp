#include <filesystem>
#include <functional>
#include <fstream>
#include <iostream>

#include "cli/commands.hpp"
#include "cli/filter_options.hpp"
#include "core/errors.hpp"
#include "core/graph.hpp"
#include "core/version.hpp"
#include "exporters/dot_writer.hpp"
#include "exporters/exporter.hpp"
#include "exporters/store_source.hpp"

namespace corpkg::cli {
namespace {

struct ExportOptions {
    std::string format = "graphml";
    std::string output;
    std::string ego;
    int depth = 1;
    bool force = false;
    exporters::FormatOptions variants;
    FilterOptions filter;
};

bool is_picture(const std::string& format) {
    return format == "dot" || format == "svg" || format == "png";
}

/// Writes through `write` to `output` (stdout when empty or `-`). A file is written next
/// to the target and renamed, so a failed export never leaves half a file.
void write_output(const std::string& output, const std::function<void(std::ostream&)>& write) {
    if (output.empty() || output == "-") {
        write(std::cout);
        std::cout.flush();
        return;
    }
    std::string tmp = output + ".tmp";
    {
        std::ofstream out(tmp, std::ios::binary);
        if (!out) {
            throw core::Error(output + ": cannot write");
        }
        try {
            write(out);
            out.flush();
            if (!out) {
                throw core::Error(output + ": write failed (disk full?)");
            }
        } catch (...) {
            out.close();
            std::error_code ignored;
            std::filesystem::remove(tmp, ignored);
            throw;
        }
    }
    std::error_code ec;
    std::filesystem::rename(tmp, output, ec);
    if (ec) {
        throw core::Error(output + ": " + ec.message());
    }
}

void report(const ExportOptions& opts, std::size_t nodes, std::size_t edges) {
    if (!opts.output.empty() && opts.output != "-") {
        std::cerr << "corpkg: wrote " << nodes << " nodes and " << edges << " edges to "
                  << opts.output << "\n";
    }
}

void run_export(AppContext& ctx, const ExportOptions& opts) {
    auto filter = opts.filter.to_filter();
    auto exporter = exporters::make_exporter(opts.format, opts.variants);
    core::Store store = ctx.open_store(core::Store::Mode::Existing);
    exporters::ExportContext context;
    context.store = &store;
    context.filter = filter;
    std::string filters = opts.filter.describe();
    if (!opts.ego.empty()) {
        filters += (filters.empty() ? "" : ";") + std::string("ego=") + opts.ego +
                   ";depth=" + std::to_string(opts.depth);
    }
    context.graph_attributes = {{"corpkg_version", core::kVersion}, {"filters", filters}};

    // The whole (filtered) store: written as it is read, without a GraphView, so neither
    // time nor memory is spent holding a million edges first.
    const auto* streaming = dynamic_cast<const exporters::StreamingExporter*>(exporter.get());
    if (opts.ego.empty() && streaming != nullptr) {
        exporters::StoreSource source(store, filter);
        write_output(opts.output,
                     [&](std::ostream& out) { streaming->write_source(source, context, out); });
        report(opts, source.node_count(), source.edge_count());
        return;
    }

    // An ego network, and pictures (which lay out the whole graph), need the view.
    auto view = core::GraphView::load(store, filter);
    if (!opts.ego.empty()) {
        auto center = resolve_entity(store, opts.ego);
        auto index = view.find_key(center.key);
        if (!index) {
            throw core::NotFoundError(center.entity.name + " has no edges passing the filters");
        }
        view = view.ego(*index, opts.depth);
    }
    if (is_picture(opts.format) && !opts.force &&
        view.nodes().size() > exporters::kMaxPictureNodes) {
        throw core::UsageError(
            "the selected graph has " + std::to_string(view.nodes().size()) +
            " nodes; a picture stays readable up to " +
            std::to_string(exporters::kMaxPictureNodes) +
            ". Narrow it with --ego NAME --depth 1, --relation, --type, --certainty or "
            "--since, or pass --force to draw it anyway");
    }
    write_output(opts.output,
                 [&](std::ostream& out) { exporter->write(view, context, out); });
    report(opts, view.nodes().size(), view.edges().size());
}

} // namespace

void setup_export(CLI::App& app, AppContext& ctx) {
    auto opts = std::make_shared<ExportOptions>();
    auto* sub = app.add_subcommand("export", "Write the graph (or a filtered part) to a file");
    sub->add_option("--format,-f", opts->format,
                    "graphml, gexf, json (networkx node-link), jsonl, csv, dot, svg, png");
    sub->add_flag("--gephi", opts->variants.gephi,
                  "graphml: add the edge `label` attribute Gephi reads as the edge type");
    sub->add_flag("--links", opts->variants.links,
                  "json: write edges under `links` (D3, networkx before 3.4)");
    sub->add_flag("--nodes", opts->variants.nodes, "jsonl/csv: write the node table");
    sub->add_flag("--force", opts->force, "dot/svg/png: draw graphs of any size");
    sub->add_option("-o,--output", opts->output, "Output file (stdout when absent)");
    sub->add_option("--ego", opts->ego, "Only the neighbourhood of this entity");
    sub->add_option("--depth", opts->depth, "Hops around --ego")->check(CLI::Range(1, 10));
    opts->filter.add_to(*sub);
    sub->callback([&ctx, opts] { run_export(ctx, *opts); });
}

} // namespace corpkg::cli
