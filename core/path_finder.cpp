#include "core/path_finder.hpp"

#include <algorithm>
#include <functional>
#include <unordered_map>
#include <utility>

namespace corpkg::core {
namespace {

/// What one side of the search knows: distances and every predecessor on a shortest path.
struct Side {
    std::unordered_map<std::int64_t, int> distance;
    std::unordered_map<std::int64_t, std::vector<std::int64_t>> predecessors;
    std::vector<std::int64_t> frontier;
    int level = 0;
};

struct PairHash {
    std::size_t operator()(const std::pair<std::int64_t, std::int64_t>& p) const noexcept {
        return std::hash<std::int64_t>{}(p.first * 1000003 ^ p.second);
    }
};
using BestEdges =
    std::unordered_map<std::pair<std::int64_t, std::int64_t>, EdgeEnds, PairHash>;

std::pair<std::int64_t, std::int64_t> pair_key(std::int64_t a, std::int64_t b) {
    return a < b ? std::pair{a, b} : std::pair{b, a};
}

/// Expands one side by a level; returns the newly reached entities.
std::vector<std::int64_t> expand(const Store& store, const EdgeFilter& filter, Side& side,
                                 BestEdges& best) {
    std::vector<std::int64_t> next;
    auto edges = store.edge_ends_of(side.frontier, filter, Direction::Both);
    int level = side.level;
    auto visit = [&](std::int64_t u, std::int64_t v, const EdgeEnds& e) {
        auto key = pair_key(u, v);
        auto b = best.find(key);
        if (b == best.end()) {
            best.emplace(key, e);
        } else if (stronger(e, b->second)) {
            b->second = e;
        }
        auto [it, inserted] = side.distance.emplace(v, level + 1);
        if (inserted) {
            next.push_back(v);
        }
        if (it->second == level + 1) {
            side.predecessors[v].push_back(u);
        }
    };
    for (const auto& e : edges) {
        if (e.subject == e.object) continue;
        auto ds = side.distance.find(e.subject);
        if (ds != side.distance.end() && ds->second == level) visit(e.subject, e.object, e);
        auto dobj = side.distance.find(e.object);
        if (dobj != side.distance.end() && dobj->second == level) visit(e.object, e.subject, e);
    }
    for (auto v : next) {
        auto& p = side.predecessors[v];
        std::sort(p.begin(), p.end());
        p.erase(std::unique(p.begin(), p.end()), p.end());
    }
    side.frontier = next;
    side.level = level + 1;
    return next;
}

/// Every chain from the side's origin to `node`, origin first, stopping at `cap` chains.
void chains_to(const Side& side, std::int64_t node, std::vector<std::int64_t>& suffix,
               std::vector<std::vector<std::int64_t>>& out, std::size_t cap) {
    if (out.size() >= cap) return;
    suffix.push_back(node);
    auto it = side.predecessors.find(node);
    if (it == side.predecessors.end() || side.distance.at(node) == 0) {
        out.emplace_back(suffix.rbegin(), suffix.rend());
    } else {
        for (auto p : it->second) chains_to(side, p, suffix, out, cap);
    }
    suffix.pop_back();
}

} // namespace

bool stronger(const EdgeEnds& a, const EdgeEnds& b) noexcept {
    if (a.certainty != b.certainty) return a.certainty > b.certainty;
    if (a.weight != b.weight) return a.weight > b.weight;
    if (a.mentions != b.mentions) return a.mentions > b.mentions;
    return a.id < b.id;
}

std::vector<Path> shortest_paths(const Store& store,
                                 std::int64_t from,
                                 std::int64_t to,
                                 const EdgeFilter& filter,
                                 const PathOptions& options) {
    if (from == to) {
        return {Path{{from}, {}}};
    }
    Side a, b;
    a.distance.emplace(from, 0);
    a.frontier = {from};
    b.distance.emplace(to, 0);
    b.frontier = {to};
    BestEdges best;
    std::vector<std::int64_t> meet;
    while (a.level + b.level < options.max_hops && !a.frontier.empty() && !b.frontier.empty()) {
        // Expanding the smaller frontier keeps both balls small around hubs.
        bool take_a = a.frontier.size() <= b.frontier.size();
        Side& side = take_a ? a : b;
        Side& other = take_a ? b : a;
        auto reached = expand(store, filter, side, best);
        for (auto v : reached) {
            if (other.distance.count(v)) meet.push_back(v);
        }
        if (!meet.empty()) {
            break;
        }
    }
    if (meet.empty()) {
        return {};
    }
    std::sort(meet.begin(), meet.end());
    // Enough chains to choose the strongest from, without enumerating a combinatorial
    // explosion around hubs.
    std::size_t cap = options.all ? std::max<std::size_t>(options.limit * 10, 1000) : 1000;
    std::vector<Path> paths;
    for (auto m : meet) {
        std::vector<std::vector<std::int64_t>> heads, tails;
        std::vector<std::int64_t> scratch;
        chains_to(a, m, scratch, heads, cap);
        chains_to(b, m, scratch, tails, cap);
        for (const auto& h : heads) {
            for (const auto& t : tails) {
                if (paths.size() >= cap) break;
                Path p;
                p.nodes = h;
                p.nodes.insert(p.nodes.end(), t.rbegin() + 1, t.rend());
                for (std::size_t i = 0; i + 1 < p.nodes.size(); ++i) {
                    p.edges.push_back(best.at(pair_key(p.nodes[i], p.nodes[i + 1])));
                }
                paths.push_back(std::move(p));
            }
        }
    }
    auto strength = [](const Path& p) {
        Certainty weakest = Certainty::Fact;
        std::int64_t weight = 0;
        for (const auto& e : p.edges) {
            weakest = std::min(weakest, e.certainty);
            weight += e.weight;
        }
        return std::pair{static_cast<int>(weakest), weight};
    };
    std::stable_sort(paths.begin(), paths.end(),
                     [&](const Path& x, const Path& y) { return strength(x) > strength(y); });
    paths.resize(std::min(paths.size(), options.all ? options.limit : std::size_t{1}));
    return paths;
}

} // namespace corpkg::core
