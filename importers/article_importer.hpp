#pragma once

#include <istream>
#include <string>
#include <string_view>

#include "core/model.hpp"
#include "importers/diagnostic.hpp"
#include "importers/lexicon.hpp"

namespace corpkg::importers {

/// Largest article body accepted, in bytes; longer ones are rejected whole.
inline constexpr std::size_t kMaxArticleBytes = 16u << 20;

/// What build_article_document may leave out.
struct BuildOptions {
    bool validated = false;   ///< skip the UTF-8 check (not the NUL check): the caller checked
    bool content_key = true;  ///< set Article::content_hash, the store's deduplication key
};

/// Builds one Document from an article body and what is known about it. Validates UTF-8
/// (rejecting with the byte offset, NUL bytes included, so binary files are refused),
/// normalizes, detects the language when `article.lang` is empty, and extracts. Returns
/// false with `error` set when the article is refused; an empty article is refused too.
bool build_article_document(std::string_view body,
                            core::Article article,
                            const Lexicon& lexicon,
                            core::Document& doc,
                            std::string& error,
                            BuildOptions options = {});

/// Reads a plain-text or Markdown article: optional header lines `title:`, `url:`, `date:`,
/// `publisher:`, `lang:` before a blank line, then the body (the title also counts as the
/// headline sentence). All or nothing: an invalid, empty, binary or oversized article gives
/// one diagnostic naming the file and no document.
class ArticleImporter {
  public:
    explicit ArticleImporter(const Lexicon& lexicon) : lexicon_(lexicon) {}

    ImportResult read(std::istream& in, const SourceInfo& source, const DocumentSink& sink) const;

  private:
    const Lexicon& lexicon_;
};

} // namespace corpkg::importers
