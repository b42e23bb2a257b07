#include <iostream>

#include "cli/commands.hpp"
#include "cli/filter_options.hpp"
#include "cli/query_support.hpp"
#include "core/evidence_query.hpp"

namespace corpkg::cli {
namespace {

struct EvidenceOptions {
    std::string a;
    std::string b;
    FilterOptions filter;
};

Value text_or_null(const std::string& s) { return s.empty() ? Value(nullptr) : Value(s); }

void run_evidence(AppContext& ctx, const EvidenceOptions& opts) {
    auto filter = opts.filter.to_filter();
    Format format = ctx.format();
    core::Store store = ctx.open_store(core::Store::Mode::Existing);
    auto a = resolve_entity(store, opts.a);
    std::optional<std::int64_t> b;
    if (!opts.b.empty()) b = resolve_entity(store, opts.b).key;
    auto found = core::evidence_of(store, a.key, b, filter);
    std::vector<std::int64_t> keys;
    for (const auto& f : found) {
        keys.push_back(f.edge.subject);
        keys.push_back(f.edge.object);
    }
    auto names = entities_by_key(store, keys);
    std::vector<Record> rows;
    for (const auto& f : found) {
        const auto& ev = f.evidence;
        Record r;
        r.add("date", date_value(ev.date))
            .add("subject", names.at(f.edge.subject).entity.name)
            .add("relation", std::string(core::to_string(f.edge.relation)))
            .add("object", names.at(f.edge.object).entity.name)
            .add("certainty", std::string(core::to_string(ev.certainty)))
            .add("negated", f.edge.negated)
            .add("sentence", ev.sentence)
            .add("title", text_or_null(ev.title))
            .add("publisher", text_or_null(ev.publisher))
            .add("url", text_or_null(ev.url))
            .add("attribution", std::string(core::to_string(ev.attribution)))
            .add("source", ev.source)
            .add("edge", "e" + std::to_string(f.edge.id))
            .add("statement", ev.statement_id);
        if (format == Format::Table) {
            r.fields.resize(10); // the rest is for scripts
        }
        rows.push_back(std::move(r));
    }
    if (format == Format::Table && rows.empty()) {
        std::cerr << a.entity.name << (b ? " and " + opts.b : std::string())
                  << ": no evidence matches\n";
    }
    print_records(std::cout, format, rows, ctx.colour_stdout());
}

} // namespace

void setup_evidence(CLI::App& app, AppContext& ctx) {
    auto opts = std::make_shared<EvidenceOptions>();
    auto* sub = app.add_subcommand("evidence", "Every sentence behind the edges of A (and B), "
                                               "newest first, with its article");
    sub->add_option("a", opts->a, "Entity (name or alias)")->required();
    sub->add_option("b", opts->b, "Only edges between A and this entity");
    opts->filter.add_to(*sub);
    add_format_option(*sub, ctx);
    sub->callback([&ctx, opts] { run_evidence(ctx, *opts); });
}

} // namespace corpkg::cli
