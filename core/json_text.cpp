#include "core/json_text.hpp"

#include "core/utf8_encode.hpp"

#include <cstdio>

namespace corpkg::core {

std::string json_quote(std::string_view s) {
    std::string out;
    out.reserve(s.size() + 2);
    out += '"';
    for (char ch : s) {
        auto c = static_cast<unsigned char>(ch);
        switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        case '\b': out += "\\b"; break;
        case '\f': out += "\\f"; break;
        default:
            if (c < 0x20) {
                char buf[8];
                std::snprintf(buf, sizeof buf, "\\u%04x", c);
                out += buf;
            } else {
                out += ch;
            }
        }
    }
    out += '"';
    return out;
}

std::string json_string_list(const std::vector<std::string>& items) {
    std::string out = "[";
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (i > 0) {
            out += ',';
        }
        out += json_quote(items[i]);
    }
    out += ']';
    return out;
}

namespace {

unsigned parse_hex4(std::string_view s, std::size_t i) {
    unsigned v = 0;
    for (std::size_t k = i; k < i + 4 && k < s.size(); ++k) {
        char c = s[k];
        v = v * 16 + (c >= '0' && c <= '9'   ? c - '0'
                      : c >= 'a' && c <= 'f' ? c - 'a' + 10
                      : c >= 'A' && c <= 'F' ? c - 'A' + 10
                                             : 0);
    }
    return v;
}

} // namespace

std::vector<std::string> parse_json_string_list(std::string_view text) {
    std::vector<std::string> out;
    std::size_t i = text.find('[');
    if (i == std::string_view::npos) {
        return out;
    }
    while (true) {
        i = text.find_first_of("\"]", i + 1);
        if (i == std::string_view::npos || text[i] == ']') {
            return out;
        }
        std::string item;
        for (++i; i < text.size() && text[i] != '"'; ++i) {
            if (text[i] != '\\' || i + 1 >= text.size()) {
                item += text[i];
                continue;
            }
            char e = text[++i];
            switch (e) {
            case 'n': item += '\n'; break;
            case 'r': item += '\r'; break;
            case 't': item += '\t'; break;
            case 'b': item += '\b'; break;
            case 'f': item += '\f'; break;
            case 'u': {
                unsigned cp = parse_hex4(text, i + 1);
                i += 4;
                if (cp >= 0xD800 && cp < 0xDC00 && i + 6 < text.size() && text[i + 1] == '\\' &&
                    text[i + 2] == 'u') {
                    unsigned lo = parse_hex4(text, i + 3);
                    cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
                    i += 6;
                }
                append_utf8(item, cp);
                break;
            }
            default: item += e;
            }
        }
        if (i >= text.size()) {
            return out;
        }
        out.push_back(std::move(item));
    }
}

} // namespace corpkg::core
