#include "importers/aho_corasick.hpp"

#include <algorithm>
#include <queue>
#include <stdexcept>

namespace corpkg::importers {
namespace {

inline std::uint8_t fold(std::uint8_t b) { return b >= 'A' && b <= 'Z' ? b + 32 : b; }

} // namespace

void AhoCorasick::add(std::string_view pattern, std::uint32_t id) {
    if (built_) {
        throw std::logic_error("AhoCorasick::add after build");
    }
    if (pattern.empty()) {
        return;
    }
    std::uint32_t node = 0;
    for (char c : pattern) {
        std::uint8_t b = fold(static_cast<std::uint8_t>(c));
        auto& edges = building_[node];
        auto it = std::find_if(edges.begin(), edges.end(), [&](const Edge& e) { return e.byte == b; });
        if (it != edges.end()) {
            node = it->target;
            continue;
        }
        auto target = static_cast<std::uint32_t>(nodes_.size());
        Node n;
        n.depth = nodes_[node].depth + 1;
        nodes_.push_back(n);
        building_.emplace_back();
        building_[node].push_back(Edge{b, target});
        node = target;
    }
    if (nodes_[node].output == 0) {
        nodes_[node].output = static_cast<std::uint32_t>(outputs_.size());
        outputs_.emplace_back();
    }
    outputs_[nodes_[node].output].push_back(id);
}

std::uint32_t AhoCorasick::child(std::uint32_t node, std::uint8_t byte) const {
    const Node& n = nodes_[node];
    const Edge* begin = edges_.data() + n.first_edge;
    const Edge* end = begin + n.edge_count;
    // Edge blocks are sorted by byte; most nodes have one or two edges.
    if (n.edge_count <= 4) {
        for (const Edge* e = begin; e != end; ++e) {
            if (e->byte == byte) return e->target;
        }
        return 0;
    }
    const Edge* it = std::lower_bound(begin, end, byte,
                                      [](const Edge& e, std::uint8_t b) { return e.byte < b; });
    return it != end && it->byte == byte ? it->target : 0;
}

void AhoCorasick::build() {
    // Flatten edge lists into one sorted array for cache-friendly lookups.
    for (std::size_t i = 0; i < building_.size(); ++i) {
        auto& edges = building_[i];
        std::sort(edges.begin(), edges.end(),
                  [](const Edge& a, const Edge& b) { return a.byte < b.byte; });
        nodes_[i].first_edge = static_cast<std::uint32_t>(edges_.size());
        nodes_[i].edge_count = static_cast<std::uint32_t>(edges.size());
        edges_.insert(edges_.end(), edges.begin(), edges.end());
    }
    building_.clear();
    building_.shrink_to_fit();
    for (int b = 0; b < 256; ++b) {
        root_next_[b] = child(0, static_cast<std::uint8_t>(b));
    }
    std::queue<std::uint32_t> queue;
    for (int b = 0; b < 256; ++b) {
        if (std::uint32_t c = root_next_[b]; c != 0) {
            nodes_[c].fail = 0;
            queue.push(c);
        }
    }
    while (!queue.empty()) {
        std::uint32_t node = queue.front();
        queue.pop();
        const Node& n = nodes_[node];
        for (std::uint32_t i = 0; i < n.edge_count; ++i) {
            const Edge e = edges_[n.first_edge + i];
            std::uint32_t f = n.fail;
            while (f != 0 && child(f, e.byte) == 0) {
                f = nodes_[f].fail;
            }
            std::uint32_t fc = f == 0 ? root_next_[e.byte] : child(f, e.byte);
            nodes_[e.target].fail = fc == e.target ? 0 : fc;
            std::uint32_t fail = nodes_[e.target].fail;
            nodes_[e.target].output_link =
                nodes_[fail].output != 0 ? fail : nodes_[fail].output_link;
            queue.push(e.target);
        }
    }
    built_ = true;
}

std::uint32_t AhoCorasick::next(std::uint32_t node, std::uint8_t byte) const {
    // Sparse rows and failure links: the trie stays small enough to live in cache, which
    // beats a full transition table on these sizes.
    while (node != 0) {
        if (std::uint32_t c = child(node, byte); c != 0) {
            return c;
        }
        node = nodes_[node].fail;
    }
    return root_next_[byte];
}

void AhoCorasick::scan(std::string_view text, std::vector<Match>& out) const {
    if (!built_) {
        throw std::logic_error("AhoCorasick::scan before build");
    }
    std::uint32_t state = 0;
    const auto* data = reinterpret_cast<const std::uint8_t*>(text.data());
    for (std::size_t i = 0; i < text.size(); ++i) {
        state = next(state, fold(data[i]));
        for (std::uint32_t s = nodes_[state].output != 0 ? state : nodes_[state].output_link;
             s != 0; s = nodes_[s].output_link) {
            const Node& n = nodes_[s];
            auto end = static_cast<std::uint32_t>(i + 1);
            for (std::uint32_t id : outputs_[n.output]) {
                out.push_back(Match{end - n.depth, end, id});
            }
        }
    }
}

} // namespace corpkg::importers
