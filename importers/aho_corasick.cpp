#include "importers/aho_corasick.hpp"

#include <algorithm>
#include <stdexcept>

namespace corpkg::importers {
namespace {

inline std::uint8_t fold(std::uint8_t b) { return b >= 'A' && b <= 'Z' ? b + 32 : b; }

/// States up to this depth get dense rows (a Hangul syllable is three bytes)...
constexpr std::uint32_t kDenseDepth = 3;
/// ...as long as the rows stay within this many entries (4 MiB), so they stay in cache.
constexpr std::size_t kMaxDenseEntries = std::size_t{1} << 20;

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

[[gnu::always_inline]] inline std::uint32_t AhoCorasick::child(std::uint32_t node,
                                                              std::uint8_t byte) const {
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

void AhoCorasick::renumber_states() {
    // The shallow states first, breadth first (depth never decreases with the number, so
    // their failure links point to smaller numbers); then the deeper ones in the order
    // add() made them, which keeps each pattern's tail contiguous in memory.
    std::vector<std::uint32_t> order{0};
    order.reserve(nodes_.size());
    for (std::size_t k = 0; k < order.size(); ++k) {
        auto& edges = building_[order[k]];
        std::sort(edges.begin(), edges.end(),
                  [](const Edge& a, const Edge& b) { return a.byte < b.byte; });
        for (const Edge& e : edges) order.push_back(e.target);
    }
    std::size_t shallow = 0;
    while (shallow < order.size() && nodes_[order[shallow]].depth <= kDenseDepth) ++shallow;
    order.resize(shallow);
    std::vector<bool> placed(nodes_.size());
    for (std::uint32_t old : order) placed[old] = true;
    for (std::uint32_t old = 0; old < nodes_.size(); ++old) {
        if (!placed[old]) order.push_back(old);
    }
    std::vector<std::uint32_t> new_id(nodes_.size());
    for (std::uint32_t k = 0; k < order.size(); ++k) new_id[order[k]] = k;
    std::vector<Node> nodes(nodes_.size());
    edges_.clear();
    edges_.reserve(nodes_.size());
    for (std::uint32_t k = 0; k < order.size(); ++k) {
        Node n = nodes_[order[k]];
        n.first_edge = static_cast<std::uint32_t>(edges_.size());
        n.edge_count = static_cast<std::uint32_t>(building_[order[k]].size());
        for (const Edge& e : building_[order[k]]) edges_.push_back(Edge{e.byte, new_id[e.target]});
        nodes[k] = n;
    }
    nodes_ = std::move(nodes);
    building_.clear();
    building_.shrink_to_fit();
}

void AhoCorasick::build_dense_rows() {
    // One class per distinct edge byte (upper-case ASCII shares its lower-case class).
    std::uint8_t byte_of_class[256] = {};
    classes_ = 1;
    for (const Edge& e : edges_) {
        if (class_of_[e.byte] == 0) {
            class_of_[e.byte] = static_cast<std::uint8_t>(classes_);
            byte_of_class[classes_] = e.byte;
            ++classes_;
        }
    }
    for (int b = 'A'; b <= 'Z'; ++b) class_of_[b] = class_of_[b + 32];
    rep_byte_.assign(byte_of_class, byte_of_class + classes_);

    std::size_t dense = 0;
    while (dense < nodes_.size() && nodes_[dense].depth <= kDenseDepth &&
           (dense + 1) * classes_ <= kMaxDenseEntries) {
        ++dense;
    }
    dense_states_ = static_cast<std::uint32_t>(std::max<std::size_t>(dense, 1));
    dense_.assign(std::size_t{dense_states_} * classes_, 0);
    for (std::uint32_t s = 0; s < dense_states_; ++s) {
        std::uint32_t* row = dense_.data() + std::size_t{s} * classes_;
        const std::uint32_t* fail_row = dense_.data() + std::size_t{nodes_[s].fail} * classes_;
        for (std::uint32_t c = 1; c < classes_; ++c) {
            std::uint32_t t = child(s, byte_of_class[c]);
            row[c] = t != 0 || s == 0 ? t : fail_row[c];
        }
    }
}

void AhoCorasick::build() {
    if (built_) return;
    renumber_states();
    // Failure links breadth first: a state's link is known before its children's.
    std::vector<std::uint32_t> queue{0};
    queue.reserve(nodes_.size());
    for (std::size_t q = 0; q < queue.size(); ++q) {
        const std::uint32_t node = queue[q];
        const Node& n = nodes_[node];
        for (std::uint32_t i = 0; i < n.edge_count; ++i) {
            const Edge e = edges_[n.first_edge + i];
            std::uint32_t fail = 0;
            if (node != 0) {
                std::uint32_t f = n.fail;
                while (f != 0 && child(f, e.byte) == 0) f = nodes_[f].fail;
                fail = child(f, e.byte);
            }
            nodes_[e.target].fail = fail;
            nodes_[e.target].output_link =
                nodes_[fail].output != 0 ? fail : nodes_[fail].output_link;
            queue.push_back(e.target);
        }
    }
    build_dense_rows();
    report_.resize(nodes_.size());
    for (std::uint32_t s = 0; s < nodes_.size(); ++s) {
        report_[s] = nodes_[s].output != 0 ? s : nodes_[s].output_link;
    }
    output_begin_.assign(1, 0);
    for (const auto& ids : outputs_) {
        output_ids_.insert(output_ids_.end(), ids.begin(), ids.end());
        output_begin_.push_back(static_cast<std::uint32_t>(output_ids_.size()));
    }
    outputs_.clear();
    outputs_.shrink_to_fit();
    built_ = true;
}

void AhoCorasick::scan(std::string_view text, std::vector<Match>& out) const {
    if (!built_) {
        throw std::logic_error("AhoCorasick::scan before build");
    }
    std::uint32_t state = 0;
    const auto* data = reinterpret_cast<const std::uint8_t*>(text.data());
    const std::uint32_t* dense = dense_.data();
    const std::uint32_t width = classes_;
    // Deep states follow sparse edges and failure links down to a dense row.
    auto step = [&](std::uint32_t from, std::uint32_t c) {
        while (from >= dense_states_) {
            if (std::uint32_t t = child(from, rep_byte_[c]); t != 0) return t;
            from = nodes_[from].fail;
        }
        return dense[std::size_t{from} * width + c];
    };
    for (std::size_t i = 0; i < text.size(); ++i) {
        std::uint32_t c = class_of_[data[i]];
        if (c == 0) { // a byte no pattern holds: back to the root, which reports nothing
            state = 0;
            continue;
        }
        state = step(state, c);
        for (std::uint32_t s = report_[state]; s != 0; s = nodes_[s].output_link) {
            auto end = static_cast<std::uint32_t>(i + 1);
            auto begin = end - nodes_[s].depth;
            const std::uint32_t out_index = nodes_[s].output;
            for (std::uint32_t k = output_begin_[out_index]; k < output_begin_[out_index + 1]; ++k) {
                out.push_back(Match{begin, end, output_ids_[k]});
            }
        }
    }
}

} // namespace corpkg::importers
