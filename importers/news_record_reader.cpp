#include "importers/news_record_reader.hpp"

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>

#include "importers/article_importer.hpp"
#include "importers/utf8.hpp"

namespace corpkg::importers {
namespace {

/// Reads one line, keeping at most `limit` bytes; returns false at end of input.
bool read_line(std::istream& in, std::string& line, std::size_t limit, bool& too_long) {
    line.clear();
    too_long = false;
    std::streambuf* buf = in.rdbuf();
    bool any = false;
    for (;;) {
        int c = buf->sbumpc();
        if (c == std::char_traits<char>::eof()) {
            in.setstate(std::ios::eofbit);
            return any;
        }
        any = true;
        if (c == '\n') return true;
        if (line.size() < limit) line.push_back(static_cast<char>(c));
        else too_long = true;
    }
}

std::string member(const rapidjson::Value& v, const char* name) {
    auto it = v.FindMember(name);
    if (it == v.MemberEnd() || !it->value.IsString()) return {};
    return std::string(it->value.GetString(), it->value.GetStringLength());
}

} // namespace

ImportResult NewsRecordReader::read(std::istream& in, const SourceInfo& source,
                                    const DocumentSink& sink) const {
    ImportResult result;
    std::string line;
    std::size_t line_no = 0;
    bool too_long = false;
    while (read_line(in, line, kMaxArticleBytes + 65536, too_long)) {
        ++line_no;
        if (line_no == 1 && line.rfind("\xEF\xBB\xBF", 0) == 0) line.erase(0, 3);
        if (!line.empty() && line.back() == '\r') line.pop_back();
        if (line.find_first_not_of(" \t") == std::string::npos) continue;
        auto reject = [&](const std::string& message) {
            result.error(source.name, line_no, message);
            ++result.rejected;
        };
        if (too_long) {
            reject("news record longer than " + std::to_string(kMaxArticleBytes >> 20) +
                   " MiB; skipped");
            continue;
        }
        if (auto off = find_invalid_utf8(line)) {
            reject((line[*off] == '\0' ? "binary content (NUL byte) at byte "
                                       : "invalid UTF-8 at byte ") +
                   std::to_string(*off) + " of the line");
            continue;
        }
        rapidjson::Document v;
        v.Parse<rapidjson::kParseIterativeFlag>(line.data(), line.size());
        if (v.HasParseError()) {
            reject("invalid JSON at column " + std::to_string(v.GetErrorOffset() + 1) + ": " +
                   rapidjson::GetParseError_En(v.GetParseError()));
            continue;
        }
        if (!v.IsObject()) {
            reject("a news record is one JSON object");
            continue;
        }
        auto text = v.FindMember("text");
        if (text == v.MemberEnd() || !text->value.IsString()) {
            reject("news record has no 'text'");
            continue;
        }
        core::Article a;
        a.id = member(v, "id");
        a.source = source.name + ":" + std::to_string(line_no);
        a.url = member(v, "url");
        a.title = member(v, "title");
        a.publisher = member(v, "publisher");
        a.published = member(v, "published");
        if (a.published.empty()) a.published = member(v, "date");
        if (a.published.size() > 10 && a.published[4] == '-') a.published.resize(10);
        a.lang = source.lang.empty() ? member(v, "lang") : source.lang;
        if (a.lang != "ko" && a.lang != "en") a.lang.clear();
        core::Document doc;
        std::string error;
        if (!build_article_document(
                std::string_view(text->value.GetString(), text->value.GetStringLength()), a,
                lexicon_, doc, error, true)) {
            reject(error);
            continue;
        }
        sink(std::move(doc));
        ++result.documents;
    }
    return result;
}

} // namespace corpkg::importers
