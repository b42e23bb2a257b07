#include <filesystem>
#include <fstream>
#include <iostream>

#include "cli/commands.hpp"
#include "cli/filter_options.hpp"
#include "core/errors.hpp"
#include "core/graph.hpp"
#include "core/version.hpp"
#include "exporters/dot_writer.hpp"
#include "exporters/exporter.hpp"

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

void run_export(AppContext& ctx, const ExportOptions& opts) {
    auto filter = opts.filter.to_filter();
    auto exporter = exporters::make_exporter(opts.format, opts.variants);
    core::Store store = ctx.open_store(core::Store::Mode::Existing);
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
    exporters::ExportContext context;
    context.store = &store;
    context.filter = filter;
    std::string filters = opts.filter.describe();
    if (!opts.ego.empty()) {
        filters += (filters.empty() ? "" : ";") + std::string("ego=") + opts.ego +
                   ";depth=" + std::to_string(opts.depth);
    }
    context.graph_attributes = {{"corpkg_version", core::kVersion}, {"filters", filters}};
    if (opts.output.empty() || opts.output == "-") {
        exporter->write(view, context, std::cout);
        std::cout.flush();
        return;
    }
    // Write next to the target and rename, so a failed export never leaves half a file.
    std::string tmp = opts.output + ".tmp";
    {
        std::ofstream out(tmp, std::ios::binary);
        if (!out) {
            throw core::Error(opts.output + ": cannot write");
        }
        try {
            exporter->write(view, context, out);
            out.flush();
            if (!out) {
                throw core::Error(opts.output + ": write failed (disk full?)");
            }
        } catch (...) {
            out.close();
            std::error_code ignored;
            std::filesystem::remove(tmp, ignored);
            throw;
        }
    }
    std::error_code ec;
    std::filesystem::rename(tmp, opts.output, ec);
    if (ec) {
        throw core::Error(opts.output + ": " + ec.message());
    }
    std::cerr << "corpkg: wrote " << view.nodes().size() << " nodes and " << view.edges().size()
              << " edges to " << opts.output << "\n";
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
