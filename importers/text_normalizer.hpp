#pragma once

#include <string>
#include <string_view>

#include "importers/rule_set.hpp"

namespace corpkg::importers {

/// Turns an article body as scraped into the text extraction reads: NFC (utf8proc), one
/// kind of quote mark (‘’「」“” → ' and "), full-width ASCII folded, white space collapsed,
/// page furniture dropped (navigation and recommendation lines, e-mail addresses, bylines
/// such as [매체=이름 기자], photo credits such as [연합], Markdown markers), and hard-wrapped
/// lines of one paragraph joined. Lines of the result are separated by '\n'; each is a
/// headline or a paragraph.
class TextNormalizer {
  public:
    explicit TextNormalizer(const RuleSet& rules) : rules_(rules) {}

    /// The normalized text. `text` must be valid UTF-8 (see find_invalid_utf8); empty input
    /// gives an empty result. O(n).
    std::string normalize(std::string_view text) const;

    /// One line with quotes, full-width forms and white space unified, furniture segments
    /// (e-mail addresses, bylines, credits) removed; no line-level decisions. `line` must be
    /// valid UTF-8.
    std::string clean_line(std::string_view line) const;

    /// True when a cleaned line is page furniture as a whole.
    bool is_furniture(std::string_view line) const;

  private:
    /// clean_line into a caller's buffer, so normalize() reuses one for every line.
    void clean_line_into(std::string_view line, std::string& out) const;

    const RuleSet& rules_;
};

/// True when NFC would leave the text unchanged for sure (ASCII, precomposed Hangul, CJK,
/// common punctuation), so normalization can skip utf8proc. May answer false for text that
/// is in fact NFC.
bool is_quick_nfc(std::string_view text) noexcept;

} // namespace corpkg::importers
