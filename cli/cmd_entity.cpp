#include <iostream>

#include "cli/commands.hpp"
#include "core/errors.hpp"
#include "core/name_keys.hpp"

namespace corpkg::cli {
namespace {

struct EntityAddOptions {
    std::string name;
    std::string type = "company";
    std::vector<std::string> aliases;
    std::string parent;
};

/// `ko` for aliases with Hangul, else `en`.
std::string alias_lang(const std::string& text) {
    for (unsigned char c : text) {
        if (c >= 0xEA && c <= 0xED) return "ko";
    }
    return "en";
}

void run_entity_add(AppContext& ctx, const EntityAddOptions& opts) {
    auto type = core::parse_entity_type(opts.type);
    if (!type) {
        throw core::UsageError("--type: unknown entity type '" + opts.type +
                               "' (valid: company, product, person, unit, government, other)");
    }
    if (opts.name.find_first_not_of(" \t") == std::string::npos) {
        throw core::UsageError("entity add: the name is empty");
    }
    core::Entity e;
    e.name = opts.name;
    e.id = core::slugify(opts.name);
    e.type = *type;
    e.discovered = false; // a user's entity is promoted out of `discovered`
    e.aliases.push_back({opts.name, alias_lang(opts.name)});
    for (const auto& a : opts.aliases) e.aliases.push_back({a, alias_lang(a)});
    if (!opts.parent.empty()) e.parent = core::slugify(opts.parent);
    core::Store store = ctx.open_store(core::Store::Mode::Create);
    store.upsert_entity(e);
    Record r;
    std::vector<std::string> aliases;
    for (const auto& a : e.aliases) aliases.push_back(a.text);
    r.add("id", e.id).add("name", e.name).add("type", std::string(core::to_string(e.type)))
        .add("aliases", aliases).add("database", store.path());
    if (ctx.format() == Format::Table) {
        std::cerr << "corpkg: added " << e.name << " (" << core::to_string(e.type) << ") to "
                  << store.path() << "\n";
    } else {
        print_record(std::cout, ctx.format(), r, false);
    }
}

} // namespace

void setup_entity(CLI::App& app, AppContext& ctx) {
    auto* entity = app.add_subcommand("entity", "Manage entities the extraction knows");
    entity->require_subcommand(1);
    auto opts = std::make_shared<EntityAddOptions>();
    auto* add = entity->add_subcommand(
        "add", "Add an entity (or promote a discovered one); later extractions recognize it");
    add->add_option("name", opts->name, "Canonical English name")->required();
    add->add_option("--type", opts->type, "company, product, person, unit, government, other");
    add->add_option("--alias", opts->aliases, "Another name, in any language (repeatable)");
    add->add_option("--parent", opts->parent, "Parent company of a business unit");
    add->add_option("--format", ctx.format_name, "Output: table (stderr) or json")
        ->check(CLI::IsMember({"table", "json", "jsonl"}));
    add->fallthrough();
    add->callback([&ctx, opts] { run_entity_add(ctx, *opts); });
}

} // namespace corpkg::cli
