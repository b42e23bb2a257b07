#include "exporters/edge_evidence.hpp"

#include <algorithm>

namespace corpkg::exporters {
namespace {

void accumulate(EvidenceSummary& s, const core::EvidenceRecord& r) {
    ++s.count;
    if (s.top_sentence.empty() && !r.sentence.empty()) {
        s.top_sentence = r.sentence;
    }
    if (!r.url.empty() && s.urls.size() < kMaxEvidenceUrls &&
        std::find(s.urls.begin(), s.urls.end(), r.url) == s.urls.end()) {
        s.urls.push_back(r.url);
    }
}

bool ordered_by_id(const std::vector<core::GraphEdge>& edges) {
    for (std::size_t i = 1; i < edges.size(); ++i) {
        if (edges[i - 1].record.id >= edges[i].record.id) {
            return false;
        }
    }
    return true;
}

} // namespace

void for_each_edge_with_evidence(
    const core::GraphView& graph,
    const ExportContext& context,
    const std::function<void(const core::GraphEdge&, const EvidenceSummary&)>& fn) {
    const auto& edges = graph.edges();
    EvidenceSummary summary;
    if (context.store == nullptr || edges.empty()) {
        for (const auto& e : edges) {
            fn(e, summary);
        }
        return;
    }
    if (!ordered_by_id(edges)) {
        for (const auto& e : edges) {
            summary.clear();
            for (const auto& r : context.store->evidence(e.record.id)) {
                accumulate(summary, r);
            }
            fn(e, summary);
        }
        return;
    }
    // Merge walk: the evidence stream covers every edge passing the filter (a superset of
    // an ego view's edges), both sides ordered by edge id.
    std::size_t next = 0;
    context.store->for_each_evidence(context.filter, [&](const core::EvidenceRecord& r) {
        while (next < edges.size() && edges[next].record.id < r.edge_id) {
            fn(edges[next], summary);
            summary.clear();
            ++next;
        }
        if (next < edges.size() && edges[next].record.id == r.edge_id) {
            accumulate(summary, r);
        }
    });
    for (; next < edges.size(); ++next) {
        fn(edges[next], summary);
        summary.clear();
    }
}

bool is_full_iso_date(std::string_view s) noexcept {
    if (s.size() != 10) {
        return false;
    }
    for (std::size_t i = 0; i < s.size(); ++i) {
        bool dash = i == 4 || i == 7;
        if (dash ? s[i] != '-' : (s[i] < '0' || s[i] > '9')) {
            return false;
        }
    }
    return true;
}

std::vector<std::string> node_first_seen(const core::GraphView& graph) {
    std::vector<std::string> first(graph.nodes().size());
    for (const auto& e : graph.edges()) {
        const auto& date = e.record.first_seen;
        if (!is_full_iso_date(date)) {
            continue;
        }
        for (auto end : {e.source, e.target}) {
            if (first[end].empty() || date < first[end]) {
                first[end] = date;
            }
        }
    }
    return first;
}

std::vector<std::string> alias_texts(const core::Entity& entity) {
    std::vector<std::string> texts;
    texts.reserve(entity.aliases.size());
    for (const auto& a : entity.aliases) {
        if (a.text != entity.name) {
            texts.push_back(a.text);
        }
    }
    std::sort(texts.begin(), texts.end());
    texts.erase(std::unique(texts.begin(), texts.end()), texts.end());
    return texts;
}

} // namespace corpkg::exporters
