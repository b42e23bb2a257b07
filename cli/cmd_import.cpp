#include <algorithm>
#include <atomic>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <unistd.h>

#include "cli/commands.hpp"
#include "core/errors.hpp"
#include "importers/input_router.hpp"
#include "importers/ordered_pool.hpp"

namespace corpkg::cli {
namespace {

struct ImportOptions {
    std::vector<std::string> inputs;
    bool strict = false;
    std::string lang;
    unsigned jobs = 1;
};

struct Totals {
    std::size_t files = 0, stored = 0, duplicates = 0, rejected = 0, statements = 0;
};

/// True for SQLite result codes that say the database file itself cannot take the run's
/// writes (so every further document would fail the same way), as opposed to one
/// document's problem. Codes as in sqlite3.h, which cli/ does not include.
bool store_unusable(int sqlite_code) {
    switch (sqlite_code & 0xFF) {
    case 3:  // SQLITE_PERM
    case 5:  // SQLITE_BUSY: the busy timeout ran out
    case 8:  // SQLITE_READONLY
    case 10: // SQLITE_IOERR
    case 11: // SQLITE_CORRUPT
    case 13: // SQLITE_FULL
    case 14: // SQLITE_CANTOPEN
    case 26: // SQLITE_NOTADB
        return true;
    default:
        return false;
    }
}

/// Expands directories into their importable files, sorted, so runs are reproducible.
std::vector<std::string> expand_inputs(const std::vector<std::string>& inputs, Totals& totals,
                                       int& exit_code) {
    namespace fs = std::filesystem;
    std::vector<std::string> files;
    for (const auto& input : inputs) {
        std::error_code ec;
        if (input != "-" && fs::is_directory(input, ec)) {
            std::vector<std::string> found;
            for (auto it = fs::recursive_directory_iterator(input, ec);
                 !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
                if (it->is_regular_file(ec) && importers::is_importable_path(it->path().string()) &&
                    it->path().filename().string().front() != '.') {
                    found.push_back(it->path().string());
                }
            }
            std::sort(found.begin(), found.end());
            files.insert(files.end(), found.begin(), found.end());
        } else if (input == "-" || fs::exists(input, ec)) {
            files.push_back(input);
        } else {
            std::cerr << input << ": no such file or directory\n";
            ++totals.rejected;
            exit_code = 1;
        }
    }
    return files;
}

void run_import(AppContext& ctx, const ImportOptions& opts) {
    const auto& lexicon = ctx.lexicon();
    core::Store store = ctx.open_store(core::Store::Mode::Create);
    Totals totals;
    auto files = expand_inputs(opts.inputs, totals, ctx.exit_code);
    bool progress = isatty(STDERR_FILENO) != 0 && files.size() > 1;
    if (opts.strict) {
        store.begin();
    }
    std::atomic<bool> aborted = false;
    std::string fatal; // a store failure that stopped the run
    auto store_document = [&](core::Document&& doc) {
        if (aborted) return;
        try {
            if (store.add(doc) == core::Store::AddResult::Duplicate) {
                ++totals.duplicates;
            } else {
                ++totals.stored;
                totals.statements += doc.statements.size();
            }
        } catch (const core::StoreError& e) {
            ctx.exit_code = 1;
            if (store_unusable(e.sqlite_code())) {
                // One line for the database, not one per remaining document.
                fatal = e.what();
                aborted = true;
                return;
            }
            std::cerr << doc.article.source << ": not stored: " << e.what() << "\n";
            ++totals.rejected;
            if (opts.strict) aborted = true;
        }
    };
    auto cannot_read = [&](const std::string& path) {
        if (progress) std::cerr << "\r\x1b[K";
        std::cerr << path << ": cannot read file\n";
        ++totals.rejected;
        ctx.exit_code = 1;
        if (opts.strict) aborted = true;
    };
    auto report = [&](const importers::ImportResult& result) {
        if (progress && !result.diagnostics.empty()) std::cerr << "\r\x1b[K";
        for (const auto& d : result.diagnostics) {
            std::cerr << d.format() << "\n";
        }
        if (result.rejected > 0) {
            totals.rejected += result.rejected;
            ctx.exit_code = 1;
            if (opts.strict) aborted = true;
        }
    };
    // Articles (.txt, .md) are read and extracted on worker threads, several files ahead;
    // everything else streams through this thread (a news-record file then uses the
    // workers for its own records). Files are stored in the order given either way.
    struct FileJob {
        std::size_t index = 0;
    };
    struct FileRead {
        std::size_t index = 0;
        bool streamed = false; ///< left for this thread to read as a stream
        bool unreadable = false;
        importers::ImportResult result;
        std::vector<core::Document> documents;
    };
    auto read_ahead = [&](FileJob& job) {
        FileRead r;
        r.index = job.index;
        const std::string& path = files[job.index];
        bool article = path.size() > 4 && (path.rfind(".txt") == path.size() - 4 ||
                                           path.rfind(".md") == path.size() - 3);
        if (!article || opts.jobs < 2 || aborted) {
            r.streamed = true;
            return r;
        }
        std::ifstream file(path, std::ios::binary);
        if (!file) {
            r.unreadable = true;
            return r;
        }
        importers::SourceInfo source{path, opts.lang, 1};
        r.result = importers::import_stream(file, source, lexicon, [&](core::Document&& doc) {
            r.documents.push_back(std::move(doc));
        });
        return r;
    };
    auto store_file = [&](FileRead&& r) {
        const std::string& path = files[r.index];
        if (aborted) return;
        if (progress) {
            std::cerr << "\r\x1b[K[" << r.index + 1 << "/" << files.size() << "] " << path
                      << std::flush;
        }
        if (r.unreadable) {
            cannot_read(path);
            return;
        }
        if (!r.streamed) {
            ++totals.files;
            for (auto& doc : r.documents) store_document(std::move(doc));
            report(r.result);
            return;
        }
        std::ifstream file;
        if (path != "-") {
            file.open(path, std::ios::binary);
            if (!file) {
                cannot_read(path);
                return;
            }
        }
        std::istream& in = path == "-" ? std::cin : file;
        ++totals.files;
        importers::SourceInfo source{path, opts.lang, opts.jobs};
        report(importers::import_stream(in, source, lexicon, store_document));
    };
    if (opts.jobs > 1 && files.size() > 1) {
        lexicon.finder(); // built once here, then only read by the workers
        importers::OrderedPool<FileJob, FileRead> pool(opts.jobs, read_ahead, store_file);
        for (std::size_t i = 0; i < files.size() && !aborted; ++i) pool.submit(FileJob{i});
        pool.finish();
    } else {
        for (std::size_t i = 0; i < files.size() && !aborted; ++i) {
            FileJob job{i};
            store_file(read_ahead(job));
        }
    }
    if (progress) std::cerr << "\r\x1b[K";
    if (!fatal.empty()) {
        std::cerr << "corpkg: import stopped: " << fatal
                  << (opts.strict ? "; nothing stored\n"
                                  : "; documents stored before it are kept\n");
    }
    if (opts.strict) {
        if (aborted) {
            store.rollback();
            if (fatal.empty()) {
                std::cerr << "corpkg: --strict: nothing stored because of the errors above\n";
            }
            totals.stored = totals.duplicates = totals.statements = 0;
        } else {
            store.commit();
        }
    }
    auto counts = store.counts();
    Record summary;
    summary.add("files", static_cast<std::int64_t>(totals.files))
        .add("stored", static_cast<std::int64_t>(totals.stored))
        .add("duplicates", static_cast<std::int64_t>(totals.duplicates))
        .add("rejected", static_cast<std::int64_t>(totals.rejected))
        .add("statements", static_cast<std::int64_t>(totals.statements))
        .add("database", store.path())
        .add("entities_total", counts.entities)
        .add("edges_total", counts.edges);
    if (ctx.format() == Format::Table) {
        std::cerr << "corpkg: " << totals.files << " files read: " << totals.stored
                  << " documents stored (" << totals.statements << " statements), "
                  << totals.duplicates << " already stored, " << totals.rejected
                  << " rejected; " << store.path() << " now holds " << counts.entities
                  << " entities and " << counts.edges << " edges\n";
    } else {
        print_record(std::cout, ctx.format(), summary, false);
    }
}

} // namespace

void setup_import(CLI::App& app, AppContext& ctx) {
    auto opts = std::make_shared<ImportOptions>();
    auto* sub = app.add_subcommand(
        "import", "Import articles (.txt .md, JSON Lines news) and statement files into the store");
    sub->add_option("inputs", opts->inputs, "Files, directories, or - for standard input")
        ->required();
    sub->add_flag("--strict", opts->strict,
                  "Store nothing at all unless every input is accepted");
    sub->add_option("--lang", opts->lang, "Language of the articles (ko, en); detected if unset")
        ->check(CLI::IsMember({"ko", "en"}));
    sub->add_option("--format", ctx.format_name, "Summary format: table (stderr) or json")
        ->check(CLI::IsMember({"table", "json", "jsonl", "tsv"}));
    add_jobs_option(*sub, opts->jobs);
    sub->callback([&ctx, opts] { run_import(ctx, *opts); });
}

} // namespace corpkg::cli
