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
    std::unordered_map<std::int64_t, StoredEntity> entities;
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
                auto ent = entities.find(other);
                if (ent == entities.end()) {
                    auto loaded = store.entity(other);
                    if (!loaded) continue;
                    ent = entities.emplace(other, std::move(*loaded)).first;
                }
                out.push_back(Neighbor{ent->second, std::move(edge), outgoing, d, from});
            }
        }
        frontier = std::move(next);
    }
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
