#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <vector>

namespace corpkg::importers {

struct Mention;

/// The bytes a growing list of mentions covers, for the overlap checks of the discovery
/// passes: each check is O(log n) where a walk over the list made a long document
/// quadratic. Catches up with mentions appended to the list since the last check; valid
/// while the list is only appended to (the passes run before the mentions are sorted).
class MentionSpans {
  public:
    MentionSpans();
    ~MentionSpans();
    MentionSpans(MentionSpans&&) noexcept;
    MentionSpans& operator=(MentionSpans&&) noexcept;
    MentionSpans(const MentionSpans&) = delete;
    MentionSpans& operator=(const MentionSpans&) = delete;

    /// Whether a mention of `mentions` shares a byte with [start, end) (start < end).
    bool overlaps(const std::vector<Mention>& mentions, std::size_t start, std::size_t end);

  private:
    struct Index;
    std::unique_ptr<Index> index_; ///< made on the first check
};

} // namespace corpkg::importers
