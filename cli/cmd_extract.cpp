#include <algorithm>
#include <charconv>
#include <fstream>
#include <iostream>
#include <thread>
#include <unistd.h>

#include "cli/commands.hpp"
#include "core/json_text.hpp"
#include "importers/input_router.hpp"

namespace corpkg::cli {
namespace {

using namespace std::string_view_literals;

struct ExtractOptions {
    std::vector<std::string> inputs;
    std::string lang;
    unsigned jobs = 1;
};

void append_int(std::string& out, std::size_t n) {
    char buf[24];
    auto [end, ec] = std::to_chars(buf, buf + sizeof buf, n);
    out.append(buf, end);
}

/// The entities of one document by id; the first of equal ids wins.
class EntityIndex {
  public:
    void reset(const std::vector<core::Entity>& entities) {
        sorted_.clear();
        for (const auto& e : entities) sorted_.push_back(&e);
        std::stable_sort(sorted_.begin(), sorted_.end(),
                         [](const core::Entity* a, const core::Entity* b) { return a->id < b->id; });
    }
    const core::Entity* find(const std::string& id) const {
        auto it = std::lower_bound(sorted_.begin(), sorted_.end(), id,
                                   [](const core::Entity* e, const std::string& k) { return e->id < k; });
        return it != sorted_.end() && (*it)->id == id ? *it : nullptr;
    }

  private:
    std::vector<const core::Entity*> sorted_;
};

void append_field(std::string& out, std::string_view key) {
    out += '"';
    out += key;
    out += "\": "sv;
}

/// The article's part of every statement's "source" object, from `{` to the comma after
/// "lang": the same for all statements of a document, so quoted once.
std::string article_source_json(const core::Article& a) {
    std::string out = "{";
    auto quoted = [&](std::string_view key, std::string_view value) {
        append_field(out, key);
        core::append_json_quoted(out, value);
        out += ", "sv;
    };
    quoted("file", a.source);
    quoted("url", a.url);
    quoted("title", a.title);
    quoted("publisher", a.publisher);
    append_field(out, "date");
    if (a.published.empty()) out += "null"sv;
    else core::append_json_quoted(out, a.published);
    out += ", "sv;
    quoted("lang", a.lang);
    return out;
}

/// Appends one statement as the jsonl line `corpkg import` reads back (see
/// StatementImporter). The same text as to_json(Record) with the fields in this order;
/// written straight into a reused buffer because extraction output is large.
void append_statement_json(std::string& out, std::string_view article_source,
                           const core::Statement& s, const EntityIndex& entities) {
    // Each key is written with the separator before it, one append per field.
    auto name_and_type = [&](std::string_view name_key, std::string_view type_key,
                             const std::string& id) {
        const core::Entity* e = entities.find(id);
        out += name_key;
        core::append_json_quoted(out, e ? e->name : id);
        out += type_key;
        core::append_json_quoted(out, e ? core::to_string(e->type) : std::string_view("company"));
    };
    name_and_type("{\"subject\": "sv, ", \"subject_type\": "sv, s.subject);
    out += ", \"relation\": "sv;
    core::append_json_quoted(out, core::to_string(s.relation));
    name_and_type(", \"object\": "sv, ", \"object_type\": "sv, s.object);
    out += ", \"certainty\": "sv;
    core::append_json_quoted(out, core::to_string(s.certainty));
    out += s.negated ? ", \"negated\": true, \"attribution\": "sv
                     : ", \"negated\": false, \"attribution\": "sv;
    core::append_json_quoted(out, core::to_string(s.attribution));
    out += ", \"topics\": ["sv;
    for (std::size_t i = 0; i < s.topics.size(); ++i) {
        if (i > 0) out += ',';
        core::append_json_quoted(out, s.topics[i]);
    }
    out += "], \"evidence\": "sv;
    core::append_json_quoted(out, s.evidence.sentence);
    out += ", \"source\": "sv;
    out += article_source;
    out += "\"rule\": "sv;
    core::append_json_quoted(out, s.evidence.rule);
    out += ", \"start\": "sv;
    append_int(out, s.evidence.start);
    out += ", \"end\": "sv;
    append_int(out, s.evidence.end);
    out += "}}\n"sv;
}

/// The columns `--format table` shows.
Record table_row(const core::Statement& s, const EntityIndex& entities) {
    auto name = [&](const std::string& id) {
        const core::Entity* e = entities.find(id);
        return e ? e->name : id;
    };
    Record row;
    row.add("subject", name(s.subject))
        .add("relation", std::string(core::to_string(s.relation)))
        .add("object", name(s.object))
        .add("certainty", std::string(core::to_string(s.certainty)))
        .add("negated", s.negated)
        .add("attribution", std::string(core::to_string(s.attribution)));
    return row;
}

void run_extract(AppContext& ctx, const ExtractOptions& opts) {
    const auto& lexicon = ctx.lexicon();
    Format format = ctx.format();
    std::vector<Record> table; // table output needs every row to align columns
    // A reader watching a terminal sees each article as it is done; a pipe or file gets
    // large writes.
    const bool interactive = isatty(STDOUT_FILENO) != 0;
    std::string out;
    EntityIndex entities;
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
        importers::SourceInfo source{path, opts.lang, opts.jobs};
        source.content_keys = false; // nothing is stored, so no deduplication key
        auto result = importers::import_stream(in, source, lexicon, [&](core::Document&& doc) {
            entities.reset(doc.entities);
            const std::string article_source =
                format == Format::Table ? std::string() : article_source_json(doc.article);
            for (const auto& s : doc.statements) {
                if (format == Format::Table) {
                    table.push_back(table_row(s, entities));
                } else {
                    append_statement_json(out, article_source, s, entities);
                }
            }
            if (interactive || out.size() >= (1u << 16)) {
                std::cout.write(out.data(), static_cast<std::streamsize>(out.size()));
                out.clear();
                if (interactive) std::cout.flush();
            }
        });
        std::cout.write(out.data(), static_cast<std::streamsize>(out.size()));
        out.clear();
        std::cout.flush();
        for (const auto& d : result.diagnostics) std::cerr << d.format() << "\n";
        if (result.rejected > 0) ctx.exit_code = 1;
    }
    if (format == Format::Table) print_records(std::cout, format, table, ctx.colour_stdout());
}

} // namespace

void add_jobs_option(CLI::App& sub, unsigned& jobs) {
    jobs = std::max(1u, std::thread::hardware_concurrency());
    sub.add_option("--jobs,-j", jobs,
                   "Threads extracting the articles of a news-record stream (default: one per "
                   "core); output order does not change")
        ->check(CLI::Range(1u, 256u));
}

void setup_extract(CLI::App& app, AppContext& ctx) {
    auto opts = std::make_shared<ExtractOptions>();
    auto* sub = app.add_subcommand(
        "extract", "Extract statements from articles (.txt .md, JSON Lines news); stores nothing");
    sub->add_option("inputs", opts->inputs, "Files, or - for standard input")->required();
    sub->add_option("--format", ctx.format_name, "Output: jsonl (default) or table")
        ->check(CLI::IsMember({"jsonl", "table", "json"}));
    sub->add_option("--lang", opts->lang, "Language of the articles (ko, en); detected if unset")
        ->check(CLI::IsMember({"ko", "en"}));
    add_jobs_option(*sub, opts->jobs);
    sub->callback([&ctx, opts, sub] {
        if (sub->count("--format") == 0) ctx.format_name = "jsonl";
        if (ctx.format_name == "json") ctx.format_name = "jsonl";
        run_extract(ctx, *opts);
    });
}

} // namespace corpkg::cli
