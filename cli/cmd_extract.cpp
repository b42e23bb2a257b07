#include <fstream>
#include <iostream>
#include <map>

#include "cli/commands.hpp"
#include "importers/input_router.hpp"

namespace corpkg::cli {
namespace {

struct ExtractOptions {
    std::vector<std::string> inputs;
    std::string lang;
};

/// One statement as the jsonl line `corpkg import` reads back (see StatementImporter).
Record statement_record(const core::Document& doc, const core::Statement& s,
                        const std::map<std::string, const core::Entity*>& by_id) {
    auto name = [&](const std::string& id) {
        auto it = by_id.find(id);
        return it == by_id.end() ? id : it->second->name;
    };
    auto type = [&](const std::string& id) {
        auto it = by_id.find(id);
        return std::string(it == by_id.end() ? "company" : core::to_string(it->second->type));
    };
    const auto& a = doc.article;
    Record source;
    source.add("file", a.source)
        .add("url", a.url)
        .add("title", a.title)
        .add("publisher", a.publisher)
        .add("date", a.published.empty() ? Value(nullptr) : Value(a.published))
        .add("lang", a.lang)
        .add("rule", s.evidence.rule)
        .add("start", static_cast<std::int64_t>(s.evidence.start))
        .add("end", static_cast<std::int64_t>(s.evidence.end));
    Record r;
    r.add("subject", name(s.subject))
        .add("subject_type", type(s.subject))
        .add("relation", std::string(core::to_string(s.relation)))
        .add("object", name(s.object))
        .add("object_type", type(s.object))
        .add("certainty", std::string(core::to_string(s.certainty)))
        .add("negated", s.negated)
        .add("attribution", std::string(core::to_string(s.attribution)))
        .add("topics", s.topics)
        .add("evidence", s.evidence.sentence)
        .add("source", RawJson{to_json(source)});
    return r;
}

void run_extract(AppContext& ctx, const ExtractOptions& opts) {
    const auto& lexicon = ctx.lexicon();
    Format format = ctx.format();
    std::vector<Record> table; // table output needs every row to align columns
    for (const auto& path : opts.inputs) {
        std::ifstream file;
        if (path != "-") {
            file.open(path, std::ios::binary);
            if (!file) {
                std::cerr << path << ": cannot read file\n";
                ctx.exit_code = 1;
                continue;
            }
        }
        std::istream& in = path == "-" ? std::cin : file;
        importers::SourceInfo source{path, opts.lang};
        auto result = importers::import_stream(in, source, lexicon, [&](core::Document&& doc) {
            std::map<std::string, const core::Entity*> by_id;
            for (const auto& e : doc.entities) by_id.emplace(e.id, &e);
            for (const auto& s : doc.statements) {
                Record r = statement_record(doc, s, by_id);
                if (format == Format::Table) {
                    Record row;
                    for (const char* key : {"subject", "relation", "object", "certainty",
                                            "negated", "attribution"}) {
                        for (auto& [k, v] : r.fields) {
                            if (k == key) row.add(k, v);
                        }
                    }
                    table.push_back(std::move(row));
                } else {
                    std::cout << to_json(r) << "\n";
                }
            }
            std::cout.flush();
        });
        for (const auto& d : result.diagnostics) std::cerr << d.format() << "\n";
        if (result.rejected > 0) ctx.exit_code = 1;
    }
    if (format == Format::Table) print_records(std::cout, format, table, ctx.colour_stdout());
}

} // namespace

void setup_extract(CLI::App& app, AppContext& ctx) {
    auto opts = std::make_shared<ExtractOptions>();
    auto* sub = app.add_subcommand(
        "extract", "Extract statements from articles (.txt .md, JSON Lines news); stores nothing");
    sub->add_option("inputs", opts->inputs, "Files, or - for standard input")->required();
    sub->add_option("--format", ctx.format_name, "Output: jsonl (default) or table")
        ->check(CLI::IsMember({"jsonl", "table", "json"}));
    sub->add_option("--lang", opts->lang, "Language of the articles (ko, en); detected if unset")
        ->check(CLI::IsMember({"ko", "en"}));
    sub->callback([&ctx, opts, sub] {
        if (sub->count("--format") == 0) ctx.format_name = "jsonl";
        if (ctx.format_name == "json") ctx.format_name = "jsonl";
        run_extract(ctx, *opts);
    });
}

} // namespace corpkg::cli
