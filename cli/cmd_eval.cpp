#include <cstdio>
#include <iostream>

#include "cli/commands.hpp"
#include "importers/eval_runner.hpp"

namespace corpkg::cli {
namespace {

struct EvalOptions {
    importers::EvalRequest request;
    double fail_under = -1;
    bool details = true;
};

std::string fixed3(double v) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.3f", v);
    return buf;
}

Record counts_record(const std::string& slice, const importers::EvalCounts& c) {
    return Record{}
        .add("slice", slice)
        .add("gold", static_cast<std::int64_t>(c.gold))
        .add("predicted", static_cast<std::int64_t>(c.predicted))
        .add("hits", static_cast<std::int64_t>(c.hits))
        .add("precision", std::stod(fixed3(c.precision())))
        .add("recall", std::stod(fixed3(c.recall())))
        .add("f1", std::stod(fixed3(c.f1())))
        .add("certainty_accuracy", std::stod(fixed3(c.certainty_accuracy())));
}

std::vector<Record> item_records(const std::vector<importers::EvalItem>& items) {
    std::vector<Record> out;
    for (const auto& i : items) {
        Record r;
        r.add("document", i.document)
            .add("subject", i.subject)
            .add("relation", i.relation)
            .add("object", i.object)
            .add("negated", i.negated)
            .add("certainty", i.certainty);
        if (!i.gold_certainty.empty()) r.add("gold_certainty", i.gold_certainty);
        r.add("evidence", i.evidence);
        out.push_back(std::move(r));
    }
    return out;
}

RawJson json_array(const std::vector<Record>& records) {
    std::string out = "[";
    for (std::size_t i = 0; i < records.size(); ++i) {
        out += (i ? ", " : "") + to_json(records[i]);
    }
    return RawJson{out + "]"};
}

void run_eval(AppContext& ctx, const EvalOptions& opts) {
    Format format = ctx.format();
    std::vector<importers::Diagnostic> diagnostics;
    auto report = importers::run_evaluation(opts.request, ctx.lexicon(), diagnostics);
    bool errors = false;
    for (const auto& d : diagnostics) {
        std::cerr << d.format() << "\n";
        errors = errors || d.severity == importers::Diagnostic::Severity::Error;
    }
    std::vector<Record> slices{counts_record("overall", report.overall)};
    for (const auto& [relation, c] : report.by_relation) {
        slices.push_back(counts_record(relation, c));
    }
    std::vector<Record> documents;
    for (const auto& [doc, c] : report.by_document) {
        documents.push_back(counts_record(doc, c));
    }
    if (format == Format::Json || format == Format::Jsonl) {
        Record r = counts_record("overall", report.overall);
        r.fields.erase(r.fields.begin());
        std::vector<Record> relations(slices.begin() + 1, slices.end());
        r.add("by_relation", json_array(relations))
            .add("by_document", json_array(documents))
            .add("misses", json_array(item_records(report.misses)))
            .add("false_positives", json_array(item_records(report.false_positives)))
            .add("wrong_certainty", json_array(item_records(report.wrong_certainty)));
        std::cout << to_json(r) << "\n";
    } else {
        bool colour = ctx.colour_stdout();
        print_records(std::cout, format, slices, colour);
        if (opts.details) {
            if (!report.misses.empty()) {
                std::cout << "\nmisses (" << report.misses.size() << ")\n";
                print_records(std::cout, format, item_records(report.misses), colour);
            }
            if (!report.false_positives.empty()) {
                std::cout << "\nfalse positives (" << report.false_positives.size() << ")\n";
                print_records(std::cout, format, item_records(report.false_positives), colour);
            }
            if (!report.wrong_certainty.empty()) {
                std::cout << "\nwrong certainty (" << report.wrong_certainty.size() << ")\n";
                print_records(std::cout, format, item_records(report.wrong_certainty), colour);
            }
        }
    }
    if (errors) {
        ctx.exit_code = 1;
    }
    if (opts.fail_under >= 0 && report.overall.f1() < opts.fail_under) {
        std::cerr << "corpkg: F1 " << fixed3(report.overall.f1()) << " is below "
                  << opts.fail_under << "\n";
        ctx.exit_code = 1;
    }
}

} // namespace

void setup_eval(CLI::App& app, AppContext& ctx) {
    auto opts = std::make_shared<EvalOptions>();
    auto* sub = app.add_subcommand(
        "eval", "Score extraction against gold edges: precision, recall, F1, certainty accuracy");
    sub->add_option("inputs", opts->request.inputs,
                    "Articles, news-record files or directories; without --gold, JSON Lines "
                    "records carrying their own `gold` arrays")
        ->required();
    sub->add_option("--gold", opts->request.gold,
                    "Gold file, or directory of <article stem>.gold.jsonl files");
    sub->add_option("--lang", opts->request.lang, "Language of the articles (ko, en)")
        ->check(CLI::IsMember({"ko", "en"}));
    sub->add_option("--fail-under", opts->fail_under, "Exit 1 when overall F1 is below this");
    sub->add_flag("!--no-details", opts->details, "Do not list misses and false positives");
    add_format_option(*sub, ctx);
    sub->callback([&ctx, opts] { run_eval(ctx, *opts); });
}

} // namespace corpkg::cli
