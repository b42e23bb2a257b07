#include "importers/xml_pull_parser.hpp"

#include "core/utf8_encode.hpp"

#include <algorithm>
#include <stdexcept>

namespace corpkg::importers {
namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

bool is_name_char(char c) {
    return !is_space(c) && c != '>' && c != '/' && c != '=' && c != '<' && c != '"' &&
           c != '\'';
}

} // namespace

std::size_t XmlPullParser::line() const noexcept {
    auto end = std::min(pos_, text_.size());
    if (end > counted_pos_) {
        counted_lines_ += static_cast<std::size_t>(
            std::count(text_.begin() + static_cast<std::ptrdiff_t>(counted_pos_),
                       text_.begin() + static_cast<std::ptrdiff_t>(end), '\n'));
        counted_pos_ = end;
    }
    return counted_lines_;
}

void XmlPullParser::fail(const std::string& message) const {
    throw std::runtime_error("line " + std::to_string(line()) + ": " + message);
}

std::string_view XmlPullParser::local_name() const noexcept {
    auto colon = name_.find(':');
    return colon == std::string_view::npos ? name_ : name_.substr(colon + 1);
}

const std::string* XmlPullParser::attribute(std::string_view name) const noexcept {
    for (const auto& [key, value] : attributes_) {
        if (key == name) {
            return &value;
        }
    }
    return nullptr;
}

void XmlPullParser::decode(std::string_view raw, std::string& out) const {
    out.clear();
    for (std::size_t i = 0; i < raw.size(); ++i) {
        if (raw[i] != '&') {
            out += raw[i];
            continue;
        }
        auto semi = raw.find(';', i);
        if (semi == std::string_view::npos) {
            fail("unterminated character reference");
        }
        auto ref = raw.substr(i + 1, semi - i - 1);
        if (ref == "lt") out += '<';
        else if (ref == "gt") out += '>';
        else if (ref == "amp") out += '&';
        else if (ref == "quot") out += '"';
        else if (ref == "apos") out += '\'';
        else if (ref.size() > 1 && ref[0] == '#') {
            bool hex = ref[1] == 'x' || ref[1] == 'X';
            std::string digits(ref.substr(hex ? 2 : 1));
            try {
                core::append_utf8(out, std::stoul(digits, nullptr, hex ? 16 : 10));
            } catch (const std::exception&) {
                fail("bad character reference &" + std::string(ref) + ";");
            }
        } else {
            fail("unknown entity &" + std::string(ref) + ";");
        }
        i = semi;
    }
}

XmlPullParser::Event XmlPullParser::next() {
    if (pending_end_) {
        pending_end_ = false;
        open_.pop_back();
        return Event::EndElement;
    }
    while (pos_ < text_.size()) {
        if (text_[pos_] != '<') {
            auto lt = text_.find('<', pos_);
            auto raw = text_.substr(pos_, lt == std::string_view::npos ? lt : lt - pos_);
            pos_ = lt == std::string_view::npos ? text_.size() : lt;
            decode(raw, value_);
            return Event::Text;
        }
        auto rest = text_.substr(pos_);
        if (rest.starts_with("<?")) {
            auto end = text_.find("?>", pos_);
            if (end == std::string_view::npos) fail("unterminated processing instruction");
            pos_ = end + 2;
            continue;
        }
        if (rest.starts_with("<!--")) {
            auto end = text_.find("-->", pos_);
            if (end == std::string_view::npos) fail("unterminated comment");
            pos_ = end + 3;
            continue;
        }
        if (rest.starts_with("<![CDATA[")) {
            auto end = text_.find("]]>", pos_);
            if (end == std::string_view::npos) fail("unterminated CDATA section");
            value_.assign(text_.substr(pos_ + 9, end - pos_ - 9));
            pos_ = end + 3;
            return Event::Text;
        }
        if (rest.starts_with("<!")) {
            auto end = text_.find('>', pos_);
            if (end == std::string_view::npos) fail("unterminated declaration");
            pos_ = end + 1;
            continue;
        }
        bool closing = rest.size() > 1 && rest[1] == '/';
        std::size_t p = pos_ + (closing ? 2 : 1);
        std::size_t start = p;
        while (p < text_.size() && is_name_char(text_[p])) ++p;
        if (p == start) fail("element without a name");
        name_ = text_.substr(start, p - start);
        if (closing) {
            auto end = text_.find('>', p);
            if (end == std::string_view::npos) fail("unterminated end tag");
            if (open_.empty() || open_.back() != name_) {
                fail("end tag </" + std::string(name_) + "> does not match " +
                     (open_.empty() ? std::string("any open element")
                                    : "<" + std::string(open_.back()) + ">"));
            }
            open_.pop_back();
            pos_ = end + 1;
            return Event::EndElement;
        }
        attributes_.clear();
        while (true) {
            while (p < text_.size() && is_space(text_[p])) ++p;
            if (p >= text_.size()) fail("unterminated start tag <" + std::string(name_) + ">");
            if (text_[p] == '>') {
                pos_ = p + 1;
                open_.push_back(name_);
                return Event::StartElement;
            }
            if (text_[p] == '/' && p + 1 < text_.size() && text_[p + 1] == '>') {
                pos_ = p + 2;
                open_.push_back(name_);
                pending_end_ = true;
                return Event::StartElement;
            }
            std::size_t a = p;
            while (p < text_.size() && is_name_char(text_[p])) ++p;
            auto attr = text_.substr(a, p - a);
            while (p < text_.size() && is_space(text_[p])) ++p;
            if (attr.empty() || p >= text_.size() || text_[p] != '=') {
                fail("malformed attribute in <" + std::string(name_) + ">");
            }
            ++p;
            while (p < text_.size() && is_space(text_[p])) ++p;
            if (p >= text_.size() || (text_[p] != '"' && text_[p] != '\'')) {
                fail("unquoted attribute value in <" + std::string(name_) + ">");
            }
            char quote = text_[p];
            auto close = text_.find(quote, p + 1);
            if (close == std::string_view::npos) fail("unterminated attribute value");
            std::string value;
            decode(text_.substr(p + 1, close - p - 1), value);
            attributes_.emplace_back(attr, std::move(value));
            p = close + 1;
        }
    }
    if (!open_.empty()) {
        fail("input ends inside <" + std::string(open_.back()) + ">");
    }
    return Event::End;
}

} // namespace corpkg::importers
