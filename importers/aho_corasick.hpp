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
    /// Computes failure links; add() after build() is not allowed.
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
    std::uint32_t next(std::uint32_t node, std::uint8_t byte) const;

    std::vector<Node> nodes_{Node{}};
    std::vector<std::vector<Edge>> building_{{}};
    std::vector<Edge> edges_;
    std::vector<std::vector<std::uint32_t>> outputs_{{}};
    std::uint32_t root_next_[256] = {};
    bool built_ = false;
};

} // namespace corpkg::importers
