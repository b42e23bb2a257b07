#include "exporters/table_writer.hpp"

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <variant>

#include "core/json_text.hpp"
#include "exporters/export_values.hpp"
#include "exporters/graph_source.hpp"
#include "exporters/out_buffer.hpp"

namespace corpkg::exporters {
namespace {

/// One cell: text, integer, float, boolean or a list of strings.
using Cell = std::variant<std::string_view, std::int64_t, double, bool,
                          const std::vector<std::string>*>;

constexpr std::string_view kEdgeColumns[] = {
    "Id",       "Source",     "Target",    "Type",   "Label",          "Weight",
    "relation", "certainty",  "negated",   "mentions", "first_seen",   "last_seen",
    "topics",   "evidence_count", "evidence", "source_urls"};
constexpr std::string_view kNodeColumns[] = {"Id",      "Label",  "type",
                                             "aliases", "parent", "discovered"};

/// Writes rows in one syntax; the columns are fixed per table.
class RowWriter {
  public:
    RowWriter(TableWriter::Syntax syntax, OutBuffer& out) : syntax_(syntax), out_(out) {}

    void header(const std::string_view* first, const std::string_view* last) {
        columns_.assign(first, last);
        if (syntax_ == TableWriter::Syntax::Csv) {
            for (std::size_t i = 0; i < columns_.size(); ++i) {
                out_ << (i ? "," : "") << columns_[i];
            }
            out_ << "\r\n";
        }
    }

    void row(const std::vector<Cell>& cells) {
        if (syntax_ == TableWriter::Syntax::Jsonl) {
            json_row(cells);
        } else {
            csv_row(cells);
        }
        out_.maybe_flush();
    }

  private:
    void json_row(const std::vector<Cell>& cells) {
        json_.Clear();
        rapidjson::Writer<rapidjson::StringBuffer> w(json_);
        w.StartObject();
        for (std::size_t i = 0; i < cells.size(); ++i) {
            w.Key(columns_[i].data(), static_cast<unsigned>(columns_[i].size()));
            std::visit(
                [&](const auto& v) {
                    using T = std::decay_t<decltype(v)>;
                    if constexpr (std::is_same_v<T, std::string_view>) {
                        w.String(v.data(), static_cast<unsigned>(v.size()));
                    } else if constexpr (std::is_same_v<T, std::int64_t>) {
                        w.Int64(v);
                    } else if constexpr (std::is_same_v<T, double>) {
                        w.Double(v);
                    } else if constexpr (std::is_same_v<T, bool>) {
                        w.Bool(v);
                    } else {
                        w.StartArray();
                        for (const auto& s : *v) {
                            w.String(s.data(), static_cast<unsigned>(s.size()));
                        }
                        w.EndArray();
                    }
                },
                cells[i]);
        }
        w.EndObject();
        out_ << std::string_view(json_.GetString(), json_.GetSize()) << '\n';
    }

    void csv_field(std::string_view s) {
        bool quote = s.find_first_of(",\"\r\n") != std::string_view::npos ||
                     (!s.empty() && (s.front() == ' ' || s.back() == ' '));
        if (quote) {
            out_ << '"';
        }
        for (char c : s) {
            if (c == '\0') {
                continue;
            }
            if (c == '"') {
                out_ << '"';
            }
            out_ << c;
        }
        if (quote) {
            out_ << '"';
        }
    }

    void csv_row(const std::vector<Cell>& cells) {
        for (std::size_t i = 0; i < cells.size(); ++i) {
            if (i) {
                out_ << ',';
            }
            std::visit(
                [&](const auto& v) {
                    using T = std::decay_t<decltype(v)>;
                    if constexpr (std::is_same_v<T, std::string_view>) {
                        csv_field(v);
                    } else if constexpr (std::is_same_v<T, std::int64_t>) {
                        out_ << v;
                    } else if constexpr (std::is_same_v<T, double>) {
                        out_.append_double(v);
                    } else if constexpr (std::is_same_v<T, bool>) {
                        out_ << (v ? "true" : "false");
                    } else {
                        csv_field(core::json_string_list(*v));
                    }
                },
                cells[i]);
        }
        out_ << "\r\n";
    }

    TableWriter::Syntax syntax_;
    OutBuffer& out_;
    std::vector<std::string_view> columns_;
    rapidjson::StringBuffer json_;
};

} // namespace

void TableWriter::write_source(GraphSource& source,
                               const ExportContext& /*context*/,
                               std::ostream& out) const {
    OutBuffer buffer(out);
    RowWriter rows(syntax_, buffer);
    std::vector<Cell> cells;
    if (nodes_) {
        rows.header(std::begin(kNodeColumns), std::end(kNodeColumns));
        std::vector<std::string> aliases;
        source.for_each_node(
            [&](const core::Entity& e, std::string_view) {
                aliases = alias_texts(e);
                cells = {std::string_view(e.id), std::string_view(e.name),
                         core::to_string(e.type), &aliases, std::string_view(e.parent),
                         e.discovered};
                rows.row(cells);
            },
            false);
        buffer.flush();
        return;
    }
    rows.header(std::begin(kEdgeColumns), std::end(kEdgeColumns));
    std::string id;
    source.for_each_edge([&](const core::EdgeRecord& r, std::string_view from,
                             std::string_view to, const EvidenceSummary& ev) {
        id = "e";
        id += std::to_string(r.id);
        auto relation = core::to_string(r.relation);
        cells = {std::string_view(id),
                 from,
                 to,
                 std::string_view("Directed"),
                 relation,
                 static_cast<double>(r.weight),
                 relation,
                 core::to_string(r.certainty),
                 r.negated,
                 r.mentions,
                 std::string_view(r.first_seen),
                 std::string_view(r.last_seen),
                 &r.topics,
                 ev.count,
                 std::string_view(ev.top_sentence),
                 &ev.urls};
        rows.row(cells);
    });
    buffer.flush();
}

} // namespace corpkg::exporters
