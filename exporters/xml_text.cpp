#include "exporters/xml_text.hpp"

namespace corpkg::exporters {

namespace {

/// Printable ASCII that XML takes as it is: the common case, copied in runs.
bool plain(unsigned char c) {
    return c >= 0x20 && c < 0x7F && c != '&' && c != '<' && c != '>' && c != '"' && c != '\'';
}

} // namespace

void append_xml_escaped(std::string& out, std::string_view text) {
    for (std::size_t i = 0; i < text.size();) {
        auto c = static_cast<unsigned char>(text[i]);
        if (plain(c)) {
            std::size_t run = i + 1;
            while (run < text.size() && plain(static_cast<unsigned char>(text[run]))) {
                ++run;
            }
            out.append(text.data() + i, run - i);
            i = run;
            continue;
        }
        if (c < 0x80) {
            switch (c) {
            case '&': out += "&amp;"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '"': out += "&quot;"; break;
            case '\'': out += "&apos;"; break;
            case '\t': out += "&#9;"; break;
            case '\n': out += "&#10;"; break;
            case '\r': out += "&#13;"; break;
            default:
                if (c >= 0x20 && c != 0x7F) {
                    out += static_cast<char>(c);
                }
            }
            ++i;
            continue;
        }
        int len = (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 0;
        bool valid = len > 0 && i + len <= text.size();
        for (int k = 1; valid && k < len; ++k) {
            valid = (static_cast<unsigned char>(text[i + k]) & 0xC0) == 0x80;
        }
        if (!valid) {
            ++i; // a stray byte is not a character XML can hold
            continue;
        }
        // U+FFFE and U+FFFF (EF BF BE / EF BF BF) are not XML characters.
        bool non_char = len == 3 && c == 0xEF && static_cast<unsigned char>(text[i + 1]) == 0xBF &&
                        static_cast<unsigned char>(text[i + 2]) >= 0xBE;
        if (!non_char) {
            out.append(text.substr(i, len));
        }
        i += len;
    }
}

std::string xml_escape(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    append_xml_escaped(out, text);
    return out;
}

} // namespace corpkg::exporters
