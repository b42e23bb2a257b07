#include "importers/input_router.hpp"

#include <rapidjson/document.h>
#include <sstream>
#include <streambuf>

#include "importers/article_importer.hpp"
#include "importers/graph_importer.hpp"
#include "importers/news_record_reader.hpp"
#include "importers/statement_importer.hpp"

namespace corpkg::importers {
namespace {

bool ends_with(std::string_view s, std::string_view suffix) {
    return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

/// Replays an already-read prefix before the rest of a stream, so the kind can be decided
/// from standard input without seeking.
class PrefixedBuf : public std::streambuf {
  public:
    PrefixedBuf(std::string prefix, std::istream& rest) : prefix_(std::move(prefix)), rest_(rest) {
        setg(prefix_.data(), prefix_.data(), prefix_.data() + prefix_.size());
    }

  protected:
    int_type underflow() override {
        if (!in_rest_) {
            in_rest_ = true;
        }
        rest_.read(buffer_, sizeof buffer_);
        auto n = rest_.gcount();
        if (n <= 0) {
            return traits_type::eof();
        }
        setg(buffer_, buffer_, buffer_ + n);
        return traits_type::to_int_type(buffer_[0]);
    }

  private:
    std::string prefix_;
    std::istream& rest_;
    bool in_rest_ = false;
    char buffer_[1 << 16];
};

} // namespace

bool is_importable_path(std::string_view path) {
    return ends_with(path, ".txt") || ends_with(path, ".md") || ends_with(path, ".jsonl") ||
           ends_with(path, ".json") || ends_with(path, ".graphml");
}

InputKind detect_kind(std::string_view path, std::string_view first_line) {
    bool json_line = first_line.find_first_not_of(" \t\xEF\xBB\xBF") != std::string_view::npos &&
                     first_line[first_line.find_first_not_of(" \t\xEF\xBB\xBF")] == '{';
    if (ends_with(path, ".jsonl") || ((path == "-" || ends_with(path, ".json")) && json_line)) {
        // Decided by the top-level keys: a news record may carry gold statements inside.
        rapidjson::Document v;
        v.Parse<rapidjson::kParseIterativeFlag>(first_line.data(), first_line.size());
        if (!v.HasParseError() && v.IsObject()) {
            if (v.HasMember("text") && !v.HasMember("relation")) return InputKind::NewsRecords;
            if (v.HasMember("subject") || v.HasMember("relation")) return InputKind::Statements;
        }
        if (first_line.find("\"text\"") != std::string_view::npos &&
            first_line.find("\"relation\"") == std::string_view::npos) {
            return InputKind::NewsRecords;
        }
        if (first_line.find("\"subject\"") != std::string_view::npos ||
            first_line.find("\"relation\"") != std::string_view::npos) {
            return InputKind::Statements;
        }
        return json_line ? InputKind::Statements : InputKind::Unknown;
    }
    if (ends_with(path, ".txt") || ends_with(path, ".md") || path == "-") {
        return InputKind::Article;
    }
    return InputKind::Unknown;
}

ImportResult import_stream(std::istream& in,
                           const SourceInfo& source,
                           const Lexicon& lexicon,
                           const DocumentSink& sink) {
    // Read up to the end of the first non-empty line to decide the kind, then replay what
    // was read. A first line longer than any importer accepts is judged by its start and
    // not read further here: the importer reads past it and reports it.
    constexpr std::size_t kSniffLimit = kMaxArticleBytes + 65536;
    std::string prefix;
    std::size_t from = 0;     // start of the line being looked at
    std::size_t searched = 0; // where the search for its end goes on
    std::size_t first_begin = 0, first_end = 0;
    char block[1 << 16];
    for (;;) {
        bool found = false;
        for (std::size_t nl; (nl = prefix.find('\n', searched)) != std::string::npos;
             from = searched = nl + 1) {
            std::string_view l(prefix.data() + from, nl - from);
            if (l.find_first_not_of(" \t\r") != std::string_view::npos) {
                first_begin = from;
                first_end = nl;
                found = true;
                break;
            }
        }
        if (found) break;
        searched = prefix.size();
        bool over_long = prefix.size() - from >= kSniffLimit;
        auto got = over_long ? 0 : in.rdbuf()->sgetn(block, sizeof block);
        if (got <= 0) { // the end, or an over-long line: what is left of it counts
            std::string_view rest(prefix.data() + from, prefix.size() - from);
            if (rest.find_first_not_of(" \t\r") != std::string_view::npos) {
                first_begin = from;
                first_end = prefix.size();
            }
            break;
        }
        prefix.append(block, static_cast<std::size_t>(got));
    }
    std::string_view line(prefix.data() + first_begin, first_end - first_begin);
    enum class Route { Graph, Statements, News, Article, Unknown } route = Route::Unknown;
    if (is_graph_input(source.name, line)) { // corpkg's own GraphML / node-link exports
        route = Route::Graph;
    } else {
        switch (detect_kind(source.name, line)) {
        case InputKind::Statements: route = Route::Statements; break;
        case InputKind::NewsRecords: route = Route::News; break;
        case InputKind::Article: route = Route::Article; break;
        case InputKind::Unknown: break;
        }
    }
    PrefixedBuf buf(std::move(prefix), in);
    std::istream replay(&buf);
    switch (route) {
    case Route::Graph: return GraphImporter().read(replay, source, sink);
    case Route::Statements: return StatementImporter(lexicon).read(replay, source, sink);
    case Route::News: return NewsRecordReader(lexicon).read(replay, source, sink);
    case Route::Article: return ArticleImporter(lexicon).read(replay, source, sink);
    case Route::Unknown: break;
    }
    ImportResult result;
    result.error(source.name, 0,
                 "cannot tell what this file holds (expected .txt, .md or .jsonl)");
    result.rejected = 1;
    return result;
}

} // namespace corpkg::importers
