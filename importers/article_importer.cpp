#include "importers/article_importer.hpp"

#include "core/content_hash.hpp"
#include "importers/article_extractor.hpp"
#include "importers/text_normalizer.hpp"
#include "importers/utf8.hpp"

namespace corpkg::importers {
namespace {

std::string trim(std::string_view s) {
    std::size_t b = s.find_first_not_of(" \t\r");
    if (b == std::string_view::npos) return {};
    std::size_t e = s.find_last_not_of(" \t\r");
    return std::string(s.substr(b, e - b + 1));
}

/// Splits `key: value` header lines off the top of an article; returns the body.
std::string_view read_headers(std::string_view text, core::Article& a) {
    std::string_view rest = text;
    if (rest.substr(0, 3) == "\xEF\xBB\xBF") rest.remove_prefix(3);
    std::string_view body = rest;
    bool any = false;
    while (!rest.empty()) {
        std::size_t nl = rest.find('\n');
        std::string_view line = rest.substr(0, nl);
        std::string_view after = nl == std::string_view::npos ? std::string_view() : rest.substr(nl + 1);
        if (trim(line).empty()) {
            return any ? after : body;
        }
        std::size_t colon = line.find(':');
        if (colon == std::string_view::npos || colon > 12) return body;
        std::string key = trim(line.substr(0, colon));
        std::string value = trim(line.substr(colon + 1));
        if (key == "title") a.title = value;
        else if (key == "url") a.url = value;
        else if (key == "date" || key == "published") a.published = value;
        else if (key == "publisher") a.publisher = value;
        else if (key == "lang") a.lang = value;
        else return body;
        any = true;
        rest = after;
    }
    return any ? rest : body;
}

} // namespace

bool build_article_document(std::string_view body,
                            core::Article article,
                            const Lexicon& lexicon,
                            core::Document& doc,
                            std::string& error,
                            BuildOptions options) {
    if (body.size() > kMaxArticleBytes) {
        error = "article of " + std::to_string(body.size() >> 20) +
                " MiB is larger than the limit of " + std::to_string(kMaxArticleBytes >> 20) +
                " MiB";
        return false;
    }
    if (options.validated) {
        if (auto nul = body.find('\0'); nul != std::string_view::npos) {
            error = "binary content (NUL byte) at byte " + std::to_string(nul);
            return false;
        }
    } else if (auto bad = find_invalid_utf8(body)) {
        error = body[*bad] == '\0' ? "binary content (NUL byte) at byte " + std::to_string(*bad)
                                   : "invalid UTF-8 at byte " + std::to_string(*bad);
        return false;
    }
    if (auto bad = find_invalid_utf8(article.title)) {
        error = "invalid UTF-8 in the title at byte " + std::to_string(*bad);
        return false;
    }
    TextNormalizer normalizer(lexicon.rules());
    std::string text = normalizer.normalize(body);
    std::string title = normalizer.clean_line(article.title);
    if (!title.empty() && text.compare(0, title.size(), title) != 0) {
        text = title + "\n" + text;
    }
    if (text.empty()) {
        error = "empty article (no text after normalization)";
        return false;
    }
    if (article.lang.empty()) article.lang = detect_language(text);
    if (options.content_key) article.content_hash = core::content_hash(text);
    Extraction x = extract_article(text, article.lang, lexicon);
    doc.article = std::move(article);
    doc.entities = std::move(x.entities);
    doc.statements = std::move(x.statements);
    for (auto& s : doc.statements) {
        s.evidence.url.clear(); // the article carries them
    }
    return true;
}

ImportResult ArticleImporter::read(std::istream& in, const SourceInfo& source,
                                   const DocumentSink& sink) const {
    ImportResult result;
    std::string text;
    char buffer[1 << 16];
    std::size_t line_no = 1, line_start = 0; // of the line being read
    while (in.read(buffer, sizeof buffer) || in.gcount() > 0) {
        std::size_t from = text.size();
        text.append(buffer, static_cast<std::size_t>(in.gcount()));
        // Reading stops at the limit, so a runaway line is never held whole.
        for (;;) {
            std::size_t nl = text.find('\n', from);
            std::size_t line_end = nl == std::string::npos ? text.size() : nl;
            if (line_end - line_start > kMaxArticleBytes) {
                result.error(source.name, line_no,
                             "line longer than " + std::to_string(kMaxArticleBytes >> 20) +
                                 " MiB (it starts at byte " + std::to_string(line_start) +
                                 "); article skipped");
                result.rejected = 1;
                return result;
            }
            if (nl == std::string::npos) break;
            ++line_no;
            line_start = from = nl + 1;
        }
        if (text.size() > kMaxArticleBytes + 4096) {
            result.error(source.name, 0, "article is larger than the limit of " +
                                             std::to_string(kMaxArticleBytes >> 20) + " MiB");
            result.rejected = 1;
            return result;
        }
    }
    core::Article article;
    article.source = source.name;
    std::string_view body = read_headers(text, article);
    if (!source.lang.empty()) article.lang = source.lang;
    core::Document doc;
    std::string error;
    if (!build_article_document(body, article, lexicon_, doc, error,
                                BuildOptions{false, source.content_keys})) {
        if (auto off = find_invalid_utf8(text); off && error.find("byte") != std::string::npos) {
            error = (text[*off] == '\0' ? "binary content (NUL byte) at byte "
                                        : "invalid UTF-8 at byte ") +
                    std::to_string(*off);
        }
        result.error(source.name, 0, error);
        result.rejected = 1;
        return result;
    }
    sink(std::move(doc));
    result.documents = 1;
    return result;
}

} // namespace corpkg::importers
