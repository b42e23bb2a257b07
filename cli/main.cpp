// corpkg: turns business news into a company-relationship knowledge graph.
// The only catch site: every error type maps to one line on stderr and an exit code
// (0 success, 1 runtime failure, 2 usage error).

#include <CLI/CLI.hpp>
#include <iostream>

#include "cli/commands.hpp"
#include "core/errors.hpp"
#include "core/version.hpp"

int main(int argc, char** argv) {
    using namespace corpkg;
    CLI::App app{"corpkg — a company-relationship knowledge graph from business news"};
    app.set_version_flag("--version", std::string("corpkg ") + core::kVersion);
    app.require_subcommand(1);
    cli::AppContext ctx;
    app.add_option("--db", ctx.db_option,
                   "Database file (default: $CORPKG_DB, else ./corpkg.db)");
    app.add_option("--lexicon", ctx.lexicons, "Extra lexicon JSON file (repeatable)");
    cli::setup_import(app, ctx);
    cli::setup_neighbors(app, ctx);
    cli::setup_entities(app, ctx);
    cli::setup_stats(app, ctx);
    cli::setup_export(app, ctx);
    cli::setup_path(app, ctx);
    cli::setup_evidence(app, ctx);
    cli::setup_rank(app, ctx);
    cli::setup_components(app, ctx);
    cli::setup_communities(app, ctx);
    cli::setup_timeline(app, ctx);
    cli::setup_eval(app, ctx);
    cli::setup_extract(app, ctx);
    cli::setup_entity(app, ctx);
    for (auto* sub : app.get_subcommands({})) {
        sub->fallthrough(); // global options may follow the subcommand
    }
    try {
        app.parse(argc, argv);
    } catch (const CLI::Success& e) {
        return app.exit(e);
    } catch (const CLI::ParseError& e) {
        app.exit(e);
        return 2;
    } catch (const core::UsageError& e) {
        std::cerr << "corpkg: " << e.what() << "\n";
        return 2;
    } catch (const core::Error& e) {
        std::cerr << "corpkg: " << e.what() << "\n";
        return 1;
    } catch (const std::exception& e) {
        std::cerr << "corpkg: internal error: " << e.what() << "\n";
        return 1;
    }
    return ctx.exit_code;
}
