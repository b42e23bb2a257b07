#pragma once
// Private to core: the statements side of an export scan (core/edge_scan.cpp).

#include <sqlite3.h>

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "core/evidence_summary.hpp"
#include "core/raw_statement.hpp"

namespace corpkg::core {

/// Every article's url and published date, for statements that name neither themselves.
/// Held once per article (a join would seek the articles table once per statement).
class ArticleCache {
  public:
    void load(sqlite3* db, const std::string& path) {
        RawStatement q(db, "SELECT id, url, published FROM articles ORDER BY id", path);
        while (q.step()) {
            sqlite3_stmt* st = q.get();
            std::int64_t id = sqlite3_column_int64(st, 0);
            auto url = column_view(st, 1);
            auto date = column_view(st, 2);
            Entry e{text_.size(), static_cast<std::uint32_t>(url.size()),
                    static_cast<std::uint32_t>(date.size())};
            text_.append(url);
            text_.append(date);
            // Article ids are rowids, normally dense from 1: index them directly.
            if (id >= 0 && static_cast<std::uint64_t>(id) <= 2 * entries_.size() + 1024) {
                if (dense_.size() <= static_cast<std::size_t>(id)) {
                    dense_.resize(static_cast<std::size_t>(id) + 1, kNone);
                }
                dense_[static_cast<std::size_t>(id)] = entries_.size();
            } else {
                sparse_.emplace(id, entries_.size());
            }
            entries_.push_back(e);
        }
        loaded_ = true;
    }
    bool loaded() const noexcept { return loaded_; }
    /// The url and date of an article; empty views when it is unknown.
    std::pair<std::string_view, std::string_view> find(std::int64_t id) const {
        std::size_t index = kNone;
        if (id >= 0 && static_cast<std::size_t>(id) < dense_.size()) {
            index = dense_[static_cast<std::size_t>(id)];
        } else if (auto it = sparse_.find(id); it != sparse_.end()) {
            index = it->second;
        }
        if (index == kNone) {
            return {};
        }
        const auto& e = entries_[index];
        std::string_view all(text_);
        return {all.substr(e.offset, e.url_size), all.substr(e.offset + e.url_size, e.date_size)};
    }

  private:
    static constexpr std::size_t kNone = static_cast<std::size_t>(-1);
    struct Entry {
        std::size_t offset;
        std::uint32_t url_size;
        std::uint32_t date_size;
    };
    bool loaded_ = false;
    std::string text_;
    std::vector<Entry> entries_;
    std::vector<std::size_t> dense_;
    std::unordered_map<std::int64_t, std::size_t> sparse_;
};

/// Every statement of the store by edge, then id (through the statements_edge index),
/// summarised one edge at a time in ascending edge id: merged beside an ordered pass over
/// the edges, no per-edge query and no sort.
class EvidenceReader {
  public:
    EvidenceReader(sqlite3* db, const std::string& path);
    /// The summary of edge `id` into `out` (count 0 when it has no statements). Ids must
    /// ascend from call to call; the statements of edges skipped over are stepped past
    /// without reading their text.
    void summary_of(std::int64_t id, EvidenceSummary& out);
    /// The next edge that has statements, its id and summary; false after the last.
    bool next(std::int64_t& id, EvidenceSummary& out);

  private:
    /// Adds the statements of the current edge to the accumulator and steps past them.
    void add_current_edge();

    sqlite3* db_;
    const std::string& path_;
    RawStatement statements_;
    bool more_ = false;
    ArticleCache articles_;
    EvidenceAccumulator accumulator_;
};

} // namespace corpkg::core
