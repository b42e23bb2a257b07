#include "core/edge_row.hpp"

#include <algorithm>

#include "core/json_text.hpp"
#include "core/raw_statement.hpp"

namespace corpkg::core {

void read_topics(std::string_view text, std::vector<std::string>& out) {
    std::size_t n = 0;
    bool simple = text.size() >= 2 && text.front() == '[' && text.back() == ']';
    for (std::size_t i = 1; simple && i + 1 < text.size();) {
        if (text[i] != '"') {
            simple = false;
            break;
        }
        std::size_t end = i + 1;
        while (end + 1 < text.size() && text[end] != '"' && text[end] != '\\' &&
               static_cast<unsigned char>(text[end]) >= 0x20) {
            ++end;
        }
        if (end + 1 >= text.size() || text[end] != '"' ||
            (text[end + 1] != ',' && end + 2 != text.size())) {
            simple = false;
            break;
        }
        if (out.size() <= n) {
            out.emplace_back();
        }
        out[n++].assign(text.substr(i + 1, end - i - 1));
        i = end + 1 + (text[end + 1] == ',');
        if (text[end + 1] == ',' && i + 1 >= text.size()) {
            simple = false; // a trailing comma: leave it to the parser
        }
    }
    if (simple) {
        out.resize(n);
    } else {
        out = parse_json_string_list(text);
    }
}

void read_edge_row(sqlite3_stmt* st, EdgeRecord& r) {
    r.id = sqlite3_column_int64(st, 0);
    r.subject = sqlite3_column_int64(st, 1);
    r.object = sqlite3_column_int64(st, 2);
    r.relation = relation_from(sqlite3_column_text(st, 3), sqlite3_column_bytes(st, 3));
    r.negated = sqlite3_column_int(st, 4) != 0;
    r.certainty = static_cast<Certainty>(std::clamp(sqlite3_column_int(st, 5), 0, 2));
    r.weight = sqlite3_column_int64(st, 6);
    r.mentions = sqlite3_column_int64(st, 7);
    r.first_seen.assign(column_view(st, 8));
    r.last_seen.assign(column_view(st, 9));
    read_topics(column_view(st, 10), r.topics);
}

} // namespace corpkg::core
