#include "core/graph.hpp"

#include <algorithm>
#include <deque>

namespace corpkg::core {

GraphView GraphView::load(const Store& store, const EdgeFilter& filter, LoadOptions options) {
    std::vector<EdgeRecord> records;
    std::unordered_map<std::int64_t, bool> touched;
    store.for_each_edge(filter, [&](const EdgeRecord& r) {
        touched[r.subject] = true;
        touched[r.object] = true;
        records.push_back(r);
    });
    GraphView view;
    store.for_each_entity(
        [&](const StoredEntity& s) {
            if (!options.include_isolated && touched.count(s.key) == 0) {
                return;
            }
            if (options.include_isolated && !filter.types.empty() &&
                std::find(filter.types.begin(), filter.types.end(), s.entity.type) ==
                    filter.types.end()) {
                return;
            }
            view.nodes_.push_back(GraphNode{s.key, s.entity});
        },
        options.with_aliases);
    view.index();
    view.edges_.reserve(records.size());
    for (auto& r : records) {
        auto s = view.find_key(r.subject);
        auto o = view.find_key(r.object);
        if (s && o) {
            view.edges_.push_back(GraphEdge{std::move(r), *s, *o});
        }
    }
    return view;
}

GraphView GraphView::from_parts(std::vector<GraphNode> nodes, std::vector<GraphEdge> edges) {
    GraphView view;
    view.nodes_ = std::move(nodes);
    view.index();
    for (auto& e : edges) {
        if (e.source < view.nodes_.size() && e.target < view.nodes_.size()) {
            view.edges_.push_back(std::move(e));
        }
    }
    return view;
}

void GraphView::index() {
    by_key_.clear();
    by_id_.clear();
    by_key_.reserve(nodes_.size());
    by_id_.reserve(nodes_.size());
    for (std::uint32_t i = 0; i < nodes_.size(); ++i) {
        by_key_.emplace(nodes_[i].key, i);
        by_id_.emplace(nodes_[i].entity.id, i);
    }
}

std::optional<std::uint32_t> GraphView::find_id(std::string_view id) const {
    auto it = by_id_.find(std::string(id));
    return it == by_id_.end() ? std::nullopt : std::optional<std::uint32_t>(it->second);
}

std::optional<std::uint32_t> GraphView::find_key(std::int64_t key) const {
    auto it = by_key_.find(key);
    return it == by_key_.end() ? std::nullopt : std::optional<std::uint32_t>(it->second);
}

GraphView GraphView::ego(std::uint32_t center, int depth) const {
    std::vector<std::vector<std::uint32_t>> adjacent(nodes_.size());
    for (const auto& e : edges_) {
        adjacent[e.source].push_back(e.target);
        adjacent[e.target].push_back(e.source);
    }
    std::vector<int> distance(nodes_.size(), -1);
    std::deque<std::uint32_t> queue;
    if (center < nodes_.size()) {
        distance[center] = 0;
        queue.push_back(center);
    }
    while (!queue.empty()) {
        auto v = queue.front();
        queue.pop_front();
        if (distance[v] >= depth) {
            continue;
        }
        for (auto w : adjacent[v]) {
            if (distance[w] < 0) {
                distance[w] = distance[v] + 1;
                queue.push_back(w);
            }
        }
    }
    std::vector<std::uint32_t> remap(nodes_.size(), UINT32_MAX);
    std::vector<GraphNode> nodes;
    for (std::uint32_t i = 0; i < nodes_.size(); ++i) {
        if (distance[i] >= 0) {
            remap[i] = static_cast<std::uint32_t>(nodes.size());
            nodes.push_back(nodes_[i]);
        }
    }
    std::vector<GraphEdge> edges;
    for (const auto& e : edges_) {
        if (remap[e.source] != UINT32_MAX && remap[e.target] != UINT32_MAX) {
            edges.push_back(GraphEdge{e.record, remap[e.source], remap[e.target]});
        }
    }
    return from_parts(std::move(nodes), std::move(edges));
}

} // namespace corpkg::core
