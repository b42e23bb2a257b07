#pragma once

#include <cstdint>
#include <iosfwd>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

namespace corpkg::cli {

/// Output formats every query accepts.
enum class Format { Table, Json, Jsonl, Tsv };

/// Parses `table|json|jsonl|tsv`.
Format parse_format(std::string_view name);

/// Pre-encoded JSON, for nesting a structure inside a record.
struct RawJson {
    std::string text;
};

/// One cell of a result.
using Value = std::variant<std::nullptr_t, bool, std::int64_t, double, std::string,
                           std::vector<std::string>, RawJson>;

/// One result row: ordered (column, value) pairs.
struct Record {
    std::vector<std::pair<std::string, Value>> fields;
    Record& add(std::string name, Value value) {
        fields.emplace_back(std::move(name), std::move(value));
        return *this;
    }
};

/// JSON text of one value / one record.
std::string to_json(const Value& v);
std::string to_json(const Record& r);

/// Prints records: an aligned table (East Asian wide characters measured as two columns,
/// header bold when `colour`), a JSON array, JSON lines, or tab-separated values with a
/// header line. An empty result prints `[]` in json and nothing in jsonl/tsv/table.
void print_records(std::ostream& out, Format format, const std::vector<Record>& records,
                   bool colour);

/// Prints one record: a two-column key/value table, or a JSON object.
void print_record(std::ostream& out, Format format, const Record& record, bool colour);

/// True when `stream_fd` is a terminal and NO_COLOR is unset and TERM is not `dumb`.
bool use_colour(int stream_fd);

/// Display width of UTF-8 text in terminal columns.
std::size_t display_width(std::string_view text);

} // namespace corpkg::cli
