#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace corpkg::core {

/// At most this many source urls are listed per edge; a hub edge with thousands of
/// articles would otherwise carry an unbounded attribute.
inline constexpr std::size_t kMaxEvidenceUrls = 20;

/// What every export format tells about the statements behind one edge.
struct EvidenceSummary {
    std::int64_t count = 0;        ///< statements behind the edge
    std::string top_sentence;      ///< the newest non-empty evidence sentence
    std::vector<std::string> urls; ///< distinct source urls, newest first, at most kMaxEvidenceUrls

    void clear() {
        count = 0;
        top_sentence.clear();
        urls.clear();
    }
};

/// Builds an EvidenceSummary from one edge's statements in any order, given that
/// statements of the same date arrive in statement-id order. "Newest" is the greatest
/// date (a missing date is the empty string, oldest of all); among equal dates the one
/// that arrived first wins. Memory stays bounded by kMaxEvidenceUrls however many
/// statements an edge has.
class EvidenceAccumulator {
  public:
    void add(std::string_view date, std::string_view sentence, std::string_view url);
    /// Writes the summary of the statements added since the last call and starts over.
    void finish(EvidenceSummary& out);

  private:
    struct Candidate {
        std::string url;
        std::string date;
        std::int64_t seq = 0;
    };
    /// True when `a` ranks before `b` (newer, or as new and earlier).
    static bool before(const Candidate& a, const Candidate& b) {
        return a.date != b.date ? a.date > b.date : a.seq < b.seq;
    }

    std::int64_t count_ = 0;
    bool has_sentence_ = false;
    std::string sentence_;
    std::string sentence_date_;
    std::vector<Candidate> urls_; ///< the best kMaxEvidenceUrls urls so far, unordered
    std::size_t used_ = 0;        ///< live entries of urls_ (the rest keep their capacity)
};

} // namespace corpkg::core
