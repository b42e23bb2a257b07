#include "core/graph.hpp"

#include <algorithm>
#include <deque>

namespace corpkg::core {

GraphView GraphView::load(const Store& store, const EdgeFilter& filter, LoadOptions options) {
    GraphView view;
    // Entity keys are SQLite rowids, dense from 1: a flat vector beats a hash map at a
    // million edges.
    std::vector<std::uint32_t> position;
    auto mark = [&](std::int64_t key) {
        auto k = static_cast<std::size_t>(key);
        if (k >= position.size()) position.resize(std::max(k + 1, position.size() * 2), 0);
        position[k] = 1;
    };
    view.edges_.reserve(static_cast<std::size_t>(store.max_edge_id()));
    store.for_each_edge(filter, [&](const EdgeRecord& r) {
        mark(r.subject);
        mark(r.object);
        view.edges_.push_back(GraphEdge{r, 0, 0});
    });
    store.for_each_entity(
        [&](const StoredEntity& s) {
            auto k = static_cast<std::size_t>(s.key);
            bool touched = s.key >= 0 && k < position.size() && position[k] != 0;
            if (!options.include_isolated && !touched) {
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
    std::fill(position.begin(), position.end(), UINT32_MAX);
    for (std::uint32_t i = 0; i < view.nodes_.size(); ++i) {
        auto k = static_cast<std::size_t>(view.nodes_[i].key);
        if (k >= position.size()) position.resize(k + 1, UINT32_MAX);
        position[k] = i;
    }
    auto at = [&](std::int64_t key) {
        auto k = static_cast<std::size_t>(key);
        return k < position.size() ? position[k] : UINT32_MAX;
    };
    std::size_t kept = 0;
    for (std::size_t i = 0; i < view.edges_.size(); ++i) {
        auto& e = view.edges_[i];
        e.source = at(e.record.subject);
        e.target = at(e.record.object);
        if (e.source != UINT32_MAX && e.target != UINT32_MAX) {
            if (kept != i) view.edges_[kept] = std::move(e); // never self-move: it empties strings
            ++kept;
        }
    }
    view.edges_.resize(kept);
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
