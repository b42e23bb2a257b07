#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace corpkg::importers {

/// A small pull parser for the XML corpkg itself writes (GraphML): elements, attributes,
/// text, comments, CDATA, processing instructions and a skipped DOCTYPE; the five named
/// entities and numeric character references. No DTDs, no external entities, so reading a
/// file never touches the network. Namespace prefixes are kept in names; use local_name().
class XmlPullParser {
  public:
    enum class Event { StartElement, EndElement, Text, End };

    /// Parses `text`, which must outlive the parser.
    explicit XmlPullParser(std::string_view text) : text_(text) {}

    /// Advances to the next event. A self-closing element yields StartElement then
    /// EndElement. Throws std::runtime_error naming the line on malformed markup,
    /// mismatched end tags, or an end of input inside an element.
    Event next();

    /// The element name of the current StartElement/EndElement.
    std::string_view name() const noexcept { return name_; }
    /// The name without its namespace prefix.
    std::string_view local_name() const noexcept;
    /// The decoded text of the current Text event.
    const std::string& text() const noexcept { return value_; }
    /// The decoded value of an attribute of the current StartElement, or nullptr.
    const std::string* attribute(std::string_view name) const noexcept;
    /// 1-based line of the current position, for messages.
    std::size_t line() const noexcept;

  private:
    [[noreturn]] void fail(const std::string& message) const;
    void decode(std::string_view raw, std::string& out) const;

    std::string_view text_;
    std::size_t pos_ = 0;
    std::string_view name_;
    std::string value_;
    std::vector<std::pair<std::string_view, std::string>> attributes_;
    bool pending_end_ = false;
    std::vector<std::string_view> open_; ///< elements not yet closed, to check nesting
    // line() counts newlines incrementally: positions only move forward.
    mutable std::size_t counted_pos_ = 0;
    mutable std::size_t counted_lines_ = 1;
};

} // namespace corpkg::importers
