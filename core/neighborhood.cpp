#include "core/neighborhood.hpp"

#include <algorithm>
#include <unordered_map>

namespace corpkg::core {

std::vector<Neighbor> neighbors(const Store& store,
                                std::int64_t center,
                                const EdgeFilter& filter,
                                int depth,
                                Direction direction) {
    std::vector<Neighbor> out;
    std::unordered_map<std::int64_t, int> seen{{center, 0}};
    std::vector<std::int64_t> frontier{center};
    for (int d = 1; d <= depth && !frontier.empty(); ++d) {
        std::vector<std::int64_t> next;
        for (std::int64_t from : frontier) {
            for (auto& edge : store.edges_of(from, filter, direction)) {
                bool outgoing = edge.subject == from;
                std::int64_t other = outgoing ? edge.object : edge.subject;
                auto it = seen.find(other);
                if (it != seen.end() && it->second < d) {
                    continue; // already reached closer to the center
                }
                if (it == seen.end()) {
                    seen.emplace(other, d);
                    next.push_back(other);
                }
                StoredEntity placeholder;
                placeholder.key = other;
                out.push_back(Neighbor{std::move(placeholder), std::move(edge), outgoing, d, from});
            }
        }
        frontier = std::move(next);
    }
    // Names and types in one batch read once the search is done: a hub's thousands of
    // neighbours cost one prepared statement, not one query each.
    std::vector<std::int64_t> keys;
    keys.reserve(seen.size());
    for (const auto& [key, d] : seen) keys.push_back(key);
    std::unordered_map<std::int64_t, StoredEntity> entities;
    for (auto& e : store.entities(keys)) {
        std::int64_t key = e.key;
        entities.emplace(key, std::move(e));
    }
    std::erase_if(out, [&](const Neighbor& n) { return entities.count(n.entity.key) == 0; });
    for (auto& n : out) n.entity = entities.at(n.entity.key);
    std::stable_sort(out.begin(), out.end(), [](const Neighbor& a, const Neighbor& b) {
        if (a.depth != b.depth) return a.depth < b.depth;
        if (a.edge.weight != b.edge.weight) return a.edge.weight > b.edge.weight;
        if (a.entity.entity.name != b.entity.entity.name)
            return a.entity.entity.name < b.entity.entity.name;
        return a.edge.id < b.edge.id;
    });
    return out;
}

} // namespace corpkg::core
