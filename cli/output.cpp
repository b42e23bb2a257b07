#include "cli/output.hpp"

#include <algorithm>
#include <charconv>
#include <cstdlib>
#include <ostream>
#include <unistd.h>
#include <utf8proc.h>

#include "core/errors.hpp"
#include "core/json_text.hpp"

namespace corpkg::cli {

Format parse_format(std::string_view name) {
    if (name == "table") return Format::Table;
    if (name == "json") return Format::Json;
    if (name == "jsonl") return Format::Jsonl;
    if (name == "tsv") return Format::Tsv;
    throw core::UsageError("unknown format '" + std::string(name) +
                           "' (valid: table, json, jsonl, tsv)");
}

namespace {

std::string number_text(double d) {
    char buf[64];
    auto [end, ec] = std::to_chars(buf, buf + sizeof buf, d);
    return std::string(buf, end);
}

/// Plain text of a value for tables and TSV.
std::string to_text(const Value& v) {
    return std::visit(
        [](const auto& x) -> std::string {
            using T = std::decay_t<decltype(x)>;
            if constexpr (std::is_same_v<T, std::nullptr_t>) {
                return "";
            } else if constexpr (std::is_same_v<T, bool>) {
                return x ? "true" : "false";
            } else if constexpr (std::is_same_v<T, std::int64_t>) {
                return std::to_string(x);
            } else if constexpr (std::is_same_v<T, double>) {
                return number_text(x);
            } else if constexpr (std::is_same_v<T, std::string>) {
                return x;
            } else if constexpr (std::is_same_v<T, std::vector<std::string>>) {
                std::string out;
                for (const auto& s : x) {
                    out += (out.empty() ? "" : ",") + s;
                }
                return out;
            } else {
                return x.text;
            }
        },
        v);
}

std::string tsv_cell(std::string s) {
    for (char& c : s) {
        if (c == '\t' || c == '\n' || c == '\r') c = ' ';
    }
    return s;
}

} // namespace

std::string to_json(const Value& v) {
    return std::visit(
        [](const auto& x) -> std::string {
            using T = std::decay_t<decltype(x)>;
            if constexpr (std::is_same_v<T, std::nullptr_t>) {
                return "null";
            } else if constexpr (std::is_same_v<T, bool>) {
                return x ? "true" : "false";
            } else if constexpr (std::is_same_v<T, std::int64_t>) {
                return std::to_string(x);
            } else if constexpr (std::is_same_v<T, double>) {
                return number_text(x);
            } else if constexpr (std::is_same_v<T, std::string>) {
                return core::json_quote(x);
            } else if constexpr (std::is_same_v<T, std::vector<std::string>>) {
                return core::json_string_list(x);
            } else {
                return x.text;
            }
        },
        v);
}

std::string to_json(const Record& r) {
    std::string out = "{";
    for (std::size_t i = 0; i < r.fields.size(); ++i) {
        out += (i ? ", " : "") + core::json_quote(r.fields[i].first) + ": " +
               to_json(r.fields[i].second);
    }
    return out + "}";
}

std::size_t display_width(std::string_view text) {
    std::size_t width = 0;
    const auto* p = reinterpret_cast<const utf8proc_uint8_t*>(text.data());
    utf8proc_ssize_t left = static_cast<utf8proc_ssize_t>(text.size());
    while (left > 0) {
        utf8proc_int32_t cp = 0;
        auto n = utf8proc_iterate(p, left, &cp);
        if (n <= 0) {
            ++p;
            --left;
            ++width;
            continue;
        }
        width += static_cast<std::size_t>(std::max(0, utf8proc_charwidth(cp)));
        p += n;
        left -= n;
    }
    return width;
}

bool use_colour(int stream_fd) {
    const char* no_colour = std::getenv("NO_COLOR");
    if (no_colour != nullptr && *no_colour != '\0') {
        return false;
    }
    const char* term = std::getenv("TERM");
    if (term != nullptr && std::string_view(term) == "dumb") {
        return false;
    }
    return isatty(stream_fd) != 0;
}

void print_records(std::ostream& out, Format format, const std::vector<Record>& records,
                   bool colour) {
    switch (format) {
    case Format::Json: {
        out << "[";
        for (std::size_t i = 0; i < records.size(); ++i) {
            out << (i ? ",\n " : "\n ") << to_json(records[i]);
        }
        out << (records.empty() ? "]\n" : "\n]\n");
        return;
    }
    case Format::Jsonl:
        for (const auto& r : records) {
            out << to_json(r) << '\n';
        }
        return;
    case Format::Tsv:
        if (records.empty()) return;
        for (std::size_t i = 0; i < records[0].fields.size(); ++i) {
            out << (i ? "\t" : "") << records[0].fields[i].first;
        }
        out << '\n';
        for (const auto& r : records) {
            for (std::size_t i = 0; i < r.fields.size(); ++i) {
                out << (i ? "\t" : "") << tsv_cell(to_text(r.fields[i].second));
            }
            out << '\n';
        }
        return;
    case Format::Table: {
        if (records.empty()) return;
        const auto& header = records[0].fields;
        std::vector<std::size_t> widths(header.size());
        for (std::size_t i = 0; i < header.size(); ++i) {
            widths[i] = display_width(header[i].first);
        }
        std::vector<std::vector<std::string>> cells;
        for (const auto& r : records) {
            auto& row = cells.emplace_back();
            for (std::size_t i = 0; i < r.fields.size() && i < widths.size(); ++i) {
                row.push_back(tsv_cell(to_text(r.fields[i].second)));
                widths[i] = std::max(widths[i], display_width(row.back()));
            }
        }
        auto print_row = [&](const std::vector<std::string>& row, bool bold) {
            std::string line;
            for (std::size_t i = 0; i < row.size(); ++i) {
                if (i) line += "  ";
                line += row[i];
                if (i + 1 < row.size()) {
                    line.append(widths[i] - display_width(row[i]), ' ');
                }
            }
            out << (bold ? "\x1b[1m" : "") << line << (bold ? "\x1b[0m" : "") << '\n';
        };
        std::vector<std::string> names;
        for (const auto& f : header) names.push_back(f.first);
        print_row(names, colour);
        for (const auto& row : cells) print_row(row, false);
        return;
    }
    }
}

void print_record(std::ostream& out, Format format, const Record& record, bool colour) {
    if (format == Format::Json || format == Format::Jsonl) {
        out << to_json(record) << '\n';
        return;
    }
    std::vector<Record> rows;
    for (const auto& [k, v] : record.fields) {
        rows.push_back(Record{}.add("field", k).add("value", v));
    }
    print_records(out, format, rows, colour);
}

} // namespace corpkg::cli
