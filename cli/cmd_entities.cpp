#include <iostream>

#include "cli/commands.hpp"
#include "core/errors.hpp"

namespace corpkg::cli {
namespace {

struct EntitiesOptions {
    std::string type;
    bool discovered = false;
};

void run_entities(AppContext& ctx, const EntitiesOptions& opts) {
    std::optional<core::EntityType> type;
    if (!opts.type.empty()) {
        type = core::parse_entity_type(opts.type);
        if (!type) {
            throw core::UsageError("--type: unknown entity type '" + opts.type + "'");
        }
    }
    Format format = ctx.format();
    core::Store store = ctx.open_store(core::Store::Mode::Existing);
    std::vector<Record> rows;
    store.for_each_entity([&](const core::StoredEntity& s) {
        const auto& e = s.entity;
        if ((type && e.type != *type) || (opts.discovered && !e.discovered)) {
            return;
        }
        std::vector<std::string> aliases;
        for (const auto& a : e.aliases) aliases.push_back(a.text);
        rows.push_back(Record{}
                           .add("id", e.id)
                           .add("name", e.name)
                           .add("type", std::string(core::to_string(e.type)))
                           .add("parent", e.parent.empty() ? Value(nullptr) : Value(e.parent))
                           .add("discovered", e.discovered)
                           .add("aliases", aliases));
    });
    print_records(std::cout, format, rows, ctx.colour_stdout());
}

} // namespace

void setup_entities(CLI::App& app, AppContext& ctx) {
    auto opts = std::make_shared<EntitiesOptions>();
    auto* sub = app.add_subcommand("entities", "List the stored entities");
    sub->add_option("--type", opts->type, "Only this type: company, product, person, unit, "
                                          "government, other");
    sub->add_flag("--discovered", opts->discovered,
                  "Only entities found in text but not in the lexicon");
    add_format_option(*sub, ctx);
    sub->callback([&ctx, opts] { run_entities(ctx, *opts); });
}

} // namespace corpkg::cli
