#include "core/topology.hpp"

#include <algorithm>
#include <limits>
#include <string>

#include "core/errors.hpp"

namespace corpkg::core {
namespace {

std::uint32_t clamp_u32(std::int64_t v) {
    return static_cast<std::uint32_t>(
        std::clamp<std::int64_t>(v, 0, std::numeric_limits<std::uint32_t>::max()));
}

} // namespace

std::optional<std::uint32_t> Topology::find_key(std::int64_t key) const {
    auto it = std::lower_bound(keys.begin(), keys.end(), key);
    if (it == keys.end() || *it != key) {
        return std::nullopt;
    }
    return static_cast<std::uint32_t>(it - keys.begin());
}

Topology Topology::load(const Store& store, const EdgeFilter& filter, ArcColumns columns) {
    Topology t;
    // Arcs are first collected with raw entity keys in their source/target fields and
    // renumbered in place afterwards: no second copy of a million edges.
    t.arcs.reserve(static_cast<std::size_t>(store.max_edge_id()));
    std::int64_t max_key = 0;
    constexpr std::int64_t kKeyLimit = std::numeric_limits<std::uint32_t>::max() - 1;
    store.for_each_arc_batch(filter, columns, [&](const EdgeArc* arcs, std::size_t count) {
        for (std::size_t i = 0; i < count; ++i) {
            const EdgeArc& e = arcs[i];
            if (e.subject < 0 || e.object < 0 || e.subject > kKeyLimit || e.object > kKeyLimit) {
                throw StoreError(store.path() + ": entity key beyond 2^32 in an edge of " +
                                     std::to_string(e.subject) + " and " +
                                     std::to_string(e.object) + "; graph algorithms cannot load it",
                                 0);
            }
            max_key = std::max({max_key, e.subject, e.object});
            t.arcs.push_back(Arc{static_cast<std::uint32_t>(e.subject),
                                 static_cast<std::uint32_t>(e.object), e.relation,
                                 clamp_u32(e.mentions)});
        }
    });
    if (static_cast<std::size_t>(max_key) > 16 * t.arcs.size() + (1u << 20)) {
        // Sparse keys (rows inserted by hand): binary search instead of a direct index.
        for (const auto& a : t.arcs) {
            t.keys.push_back(a.source);
            t.keys.push_back(a.target);
        }
        std::sort(t.keys.begin(), t.keys.end());
        t.keys.erase(std::unique(t.keys.begin(), t.keys.end()), t.keys.end());
        for (auto& a : t.arcs) {
            a.source = *t.find_key(a.source);
            a.target = *t.find_key(a.target);
        }
        return t;
    }
    // Entity keys are SQLite rowids, dense from 1: a direct index from key to position.
    constexpr std::uint32_t kNone = std::numeric_limits<std::uint32_t>::max();
    std::vector<std::uint32_t> position(static_cast<std::size_t>(max_key) + 1, kNone);
    for (const auto& a : t.arcs) {
        position[a.source] = 0;
        position[a.target] = 0;
    }
    for (std::size_t k = 0; k < position.size(); ++k) {
        if (position[k] != kNone) {
            position[k] = static_cast<std::uint32_t>(t.keys.size());
            t.keys.push_back(static_cast<std::int64_t>(k));
        }
    }
    for (auto& a : t.arcs) {
        a.source = position[a.source];
        a.target = position[a.target];
    }
    return t;
}

Topology Topology::from_view(const GraphView& view) {
    Topology t;
    t.keys.reserve(view.nodes().size());
    for (const auto& n : view.nodes()) {
        t.keys.push_back(n.key);
    }
    for (const auto& e : view.edges()) {
        const auto& r = e.record;
        t.arcs.push_back(Arc{e.source, e.target, r.relation, clamp_u32(r.mentions)});
    }
    // find_key relies on ascending keys; a view's nodes are ordered by id, not key, so
    // reorder positions when needed.
    if (!std::is_sorted(t.keys.begin(), t.keys.end())) {
        std::vector<std::uint32_t> order(t.keys.size());
        for (std::uint32_t i = 0; i < order.size(); ++i) order[i] = i;
        std::sort(order.begin(), order.end(),
                  [&](auto a, auto b) { return t.keys[a] < t.keys[b]; });
        std::vector<std::uint32_t> remap(order.size());
        std::vector<std::int64_t> keys(order.size());
        for (std::uint32_t i = 0; i < order.size(); ++i) {
            remap[order[i]] = i;
            keys[i] = t.keys[order[i]];
        }
        t.keys = std::move(keys);
        for (auto& a : t.arcs) {
            a.source = remap[a.source];
            a.target = remap[a.target];
        }
    }
    return t;
}

} // namespace corpkg::core
