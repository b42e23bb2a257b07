#include "importers/eval_runner.hpp"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <rapidjson/document.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>
#include <sstream>

#include "core/errors.hpp"
#include "importers/input_router.hpp"

namespace corpkg::importers {
namespace {

namespace fs = std::filesystem;

bool is_gold_file(const fs::path& p) {
    std::string name = p.filename().string();
    return name.size() > 11 && name.substr(name.size() - 11) == ".gold.jsonl";
}

std::vector<std::string> expand(const std::vector<std::string>& inputs,
                                std::vector<Diagnostic>& diagnostics) {
    std::vector<std::string> files;
    for (const auto& input : inputs) {
        std::error_code ec;
        if (fs::is_directory(input, ec)) {
            std::vector<std::string> found;
            for (const auto& entry : fs::recursive_directory_iterator(input, ec)) {
                if (entry.is_regular_file() && is_importable_path(entry.path().string()) &&
                    !is_gold_file(entry.path())) {
                    found.push_back(entry.path().string());
                }
            }
            std::sort(found.begin(), found.end());
            files.insert(files.end(), found.begin(), found.end());
        } else if (fs::exists(input, ec)) {
            files.push_back(input);
        } else {
            diagnostics.push_back({Diagnostic::Severity::Error, input, 0, "no such file"});
        }
    }
    return files;
}


/// Gold edges of one record's inline `gold` array, through read_gold's parser.
std::vector<GoldEdge> inline_gold(const rapidjson::Value& record, const std::string& source,
                                  std::size_t line) {
    std::string lines;
    auto it = record.FindMember("gold");
    if (it == record.MemberEnd() || !it->value.IsArray()) {
        throw core::InputError(source, line, "record has no gold array");
    }
    for (const auto& g : it->value.GetArray()) {
        rapidjson::StringBuffer buf;
        rapidjson::Writer<rapidjson::StringBuffer> w(buf);
        g.Accept(w);
        lines += std::string(buf.GetString(), buf.GetSize()) + "\n";
    }
    std::istringstream in(lines);
    return read_gold(in, source + ":" + std::to_string(line));
}

std::vector<core::Document> extract(std::istream& in, const SourceInfo& source,
                                    const Lexicon& lexicon,
                                    std::vector<Diagnostic>& diagnostics) {
    std::vector<core::Document> docs;
    auto result = import_stream(in, source, lexicon,
                                [&](core::Document&& d) { docs.push_back(std::move(d)); });
    diagnostics.insert(diagnostics.end(), result.diagnostics.begin(), result.diagnostics.end());
    return docs;
}

void score_inline(const std::string& path, const EvalRequest& request, const Lexicon& lexicon,
                  EvalReport& report, std::vector<Diagnostic>& diagnostics) {
    std::ifstream in(path, std::ios::binary);
    std::string line;
    std::size_t line_no = 0;
    while (std::getline(in, line)) {
        ++line_no;
        if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
        rapidjson::Document record;
        record.Parse<rapidjson::kParseIterativeFlag>(line.data(), line.size());
        if (record.HasParseError() || !record.IsObject()) {
            diagnostics.push_back({Diagnostic::Severity::Error, path, line_no, "invalid JSON"});
            continue;
        }
        try {
            auto gold = inline_gold(record, path, line_no);
            auto id_it = record.FindMember("id");
            std::string id = id_it != record.MemberEnd() && id_it->value.IsString()
                                 ? id_it->value.GetString()
                                 : path + ":" + std::to_string(line_no);
            std::istringstream one(line + "\n");
            auto docs = extract(one, SourceInfo{path, request.lang}, lexicon, diagnostics);
            std::vector<PredictedEdge> predicted;
            for (const auto& d : docs) {
                auto p = predicted_edges(d);
                predicted.insert(predicted.end(), p.begin(), p.end());
            }
            report.add(id, predicted, gold, lexicon);
        } catch (const core::InputError& e) {
            diagnostics.push_back({Diagnostic::Severity::Error, path, line_no, e.what()});
        }
    }
}

} // namespace

EvalReport run_evaluation(const EvalRequest& request,
                          const Lexicon& lexicon,
                          std::vector<Diagnostic>& diagnostics) {
    EvalReport report;
    bool gold_is_dir = !request.gold.empty() && fs::is_directory(request.gold);
    auto files = expand(request.inputs, diagnostics);
    for (const auto& path : files) {
        if (request.gold.empty()) {
            score_inline(path, request, lexicon, report, diagnostics);
            continue;
        }
        std::ifstream in(path, std::ios::binary);
        if (!in) {
            diagnostics.push_back({Diagnostic::Severity::Error, path, 0, "cannot read file"});
            continue;
        }
        auto docs = extract(in, SourceInfo{path, request.lang}, lexicon, diagnostics);
        if (docs.empty() && detect_kind(path, "") == InputKind::Article) {
            // An article that yielded nothing still has gold to miss.
            core::Document empty;
            empty.article.source = path;
            docs.push_back(std::move(empty));
        }
        for (const auto& doc : docs) {
            std::string name = doc.article.id.empty() ? fs::path(path).stem().string()
                                                      : doc.article.id;
            std::string gold_path = gold_is_dir
                                        ? (fs::path(request.gold) / (name + ".gold.jsonl")).string()
                                        : request.gold;
            std::ifstream gold_in(gold_path, std::ios::binary);
            if (!gold_in) {
                diagnostics.push_back({Diagnostic::Severity::Warning, path, 0,
                                       "no gold file " + gold_path + "; not scored"});
                continue;
            }
            try {
                report.add(name, predicted_edges(doc), read_gold(gold_in, gold_path), lexicon);
            } catch (const core::InputError& e) {
                diagnostics.push_back({Diagnostic::Severity::Error, gold_path, e.line(), e.what()});
            }
        }
    }
    return report;
}

} // namespace corpkg::importers
