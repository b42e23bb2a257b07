#include "core/timeline.hpp"

#include <algorithm>
#include <map>

#include "core/evidence_query.hpp"

namespace corpkg::core {

std::vector<TimelineEntry> timeline(const Store& store, std::int64_t key,
                                    const EdgeFilter& filter) {
    std::vector<TimelineEntry> out;
    for (const auto& edge : store.edges_of(key, filter, Direction::Both)) {
        std::map<std::string, TimelineEntry> by_month;
        for (const auto& ev : store.evidence(edge.id)) {
            if (!statement_passes(filter, ev)) continue;
            std::string month = ev.date.size() >= 7 ? ev.date.substr(0, 7) : std::string();
            auto [it, inserted] = by_month.try_emplace(month);
            TimelineEntry& t = it->second;
            if (inserted) {
                t.month = month;
                t.edge = edge;
                t.outgoing = edge.subject == key;
                t.other = t.outgoing ? edge.object : edge.subject;
                t.certainty = ev.certainty;
            }
            ++t.statements;
            t.certainty = std::max(t.certainty, ev.certainty);
            const std::string& label = !ev.title.empty() ? ev.title
                                       : !ev.url.empty() ? ev.url
                                                         : ev.source;
            if (std::find(t.articles.begin(), t.articles.end(), label) == t.articles.end()) {
                t.articles.push_back(label);
            }
        }
        for (auto& [m, t] : by_month) out.push_back(std::move(t));
    }
    std::stable_sort(out.begin(), out.end(), [](const TimelineEntry& a, const TimelineEntry& b) {
        if (a.month.empty() != b.month.empty()) return b.month.empty();
        if (a.month != b.month) return a.month < b.month;
        if (a.edge.relation != b.edge.relation)
            return to_string(a.edge.relation) < to_string(b.edge.relation);
        return a.edge.id < b.edge.id;
    });
    return out;
}

} // namespace corpkg::core
