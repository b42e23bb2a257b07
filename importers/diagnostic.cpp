#include "importers/diagnostic.hpp"

namespace corpkg::importers {
namespace {

/// Appends `text` with control characters written as escapes (\n, \r, \t, \xHH): a message
/// quoting bad input, or a file name holding a line break, still prints as one line.
void append_one_line(std::string& out, const std::string& text) {
    static constexpr char kHex[] = "0123456789abcdef";
    for (char ch : text) {
        auto c = static_cast<unsigned char>(ch);
        if (c >= 0x20 && c != 0x7F) {
            out += ch;
        } else if (c == '\n') {
            out += "\\n";
        } else if (c == '\r') {
            out += "\\r";
        } else if (c == '\t') {
            out += "\\t";
        } else {
            out += "\\x";
            out += kHex[c >> 4];
            out += kHex[c & 0xF];
        }
    }
}

} // namespace

std::string Diagnostic::format() const {
    std::string out;
    append_one_line(out, source);
    if (line > 0) {
        out += ":" + std::to_string(line);
    }
    out += ": ";
    if (severity == Severity::Warning) {
        out += "warning: ";
    }
    append_one_line(out, message);
    return out;
}

} // namespace corpkg::importers
