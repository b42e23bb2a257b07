#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

namespace corpkg::importers {

/// A multi-pattern byte automaton (Aho–Corasick) that folds ASCII letters to lower case.
///
/// Built once by add() calls followed by build(), then immutable and safe to share between
/// threads. scan() reports every occurrence of every pattern, overlapping ones included, in
/// one pass: O(text length + matches). Patterns are byte strings (UTF-8); ASCII case is
/// ignored, so callers that care about case check the matched text themselves.
class AhoCorasick {
  public:
    /// One occurrence: bytes [start, end) of the text matched pattern `id`.
    struct Match {
        std::uint32_t start;
        std::uint32_t end;
        std::uint32_t id;
    };

    /// Adds a pattern with a caller-chosen id. Empty patterns are ignored.
    void add(std::string_view pattern, std::uint32_t id);
    /// Computes failure links and the transition tables; add() after build() is not allowed.
    void build();
    /// Appends every match in `text` to `out`, ordered by end position.
    void scan(std::string_view text, std::vector<Match>& out) const;

    std::size_t states() const noexcept { return nodes_.size(); }

  private:
    struct Node {
        std::uint32_t first_edge = 0; ///< index into edges_ (after build: sorted block)
        std::uint32_t edge_count = 0;
        std::uint32_t fail = 0;
        std::uint32_t output = 0;      ///< index into outputs_ lists, 0 = none
        std::uint32_t output_link = 0; ///< nearest state on the fail chain with output
        std::uint32_t depth = 0;
    };
    struct Edge {
        std::uint8_t byte;
        std::uint32_t target;
    };

    std::uint32_t child(std::uint32_t node, std::uint8_t byte) const;
    void renumber_states();
    void build_dense_rows();

    std::vector<Node> nodes_{Node{}};
    std::vector<std::vector<Edge>> building_{{}};
    std::vector<Edge> edges_;
    std::vector<std::vector<std::uint32_t>> outputs_{{}};

    // Built by build(). The shallow states, where a scan spends most of its bytes, come
    // first, numbered breadth first; each of the first `dense_states_` has a full row of
    // resolved transitions (failure links followed) over byte classes, one class per
    // distinct (folded) pattern byte and class 0 for bytes no pattern holds. Deeper states
    // keep the order add() made them in (a pattern's tail stays contiguous in memory) and
    // follow sparse edges and failure links until they reach a dense state.
    std::uint8_t class_of_[256] = {};          ///< byte → class, ASCII case folded
    std::uint32_t classes_ = 1;                ///< row width
    std::vector<std::uint8_t> rep_byte_;       ///< class → its (folded) byte
    std::uint32_t dense_states_ = 0;
    std::vector<std::uint32_t> dense_;         ///< dense_states_ × classes_
    std::vector<std::uint32_t> report_;        ///< state → first state with output, 0 = none
    std::vector<std::uint32_t> output_begin_;  ///< flattened outputs_ (by Node::output)
    std::vector<std::uint32_t> output_ids_;
    bool built_ = false;
};

} // namespace corpkg::importers
