#include "importers/mention_spans.hpp"

#include <boost/icl/interval_set.hpp>

#include "importers/mention_finder.hpp"

namespace corpkg::importers {

// Right-open byte intervals; touching ones join, which a check of a non-empty span cannot
// tell apart from two.
struct MentionSpans::Index {
    boost::icl::interval_set<std::uint32_t> covered;
    std::size_t indexed = 0; ///< mentions already in `covered`
};

MentionSpans::MentionSpans() = default;
MentionSpans::~MentionSpans() = default;
MentionSpans::MentionSpans(MentionSpans&&) noexcept = default;
MentionSpans& MentionSpans::operator=(MentionSpans&&) noexcept = default;

bool MentionSpans::overlaps(const std::vector<Mention>& mentions, std::size_t start,
                            std::size_t end) {
    using Interval = boost::icl::interval_set<std::uint32_t>::interval_type;
    if (!index_) index_ = std::make_unique<Index>();
    Index& ix = *index_;
    for (; ix.indexed < mentions.size(); ++ix.indexed) {
        const Mention& m = mentions[ix.indexed];
        if (m.start < m.end) ix.covered.add(Interval::right_open(m.start, m.end));
    }
    if (start >= end) return false;
    return boost::icl::intersects(
        ix.covered, Interval::right_open(static_cast<std::uint32_t>(start),
                                         static_cast<std::uint32_t>(end)));
}

} // namespace corpkg::importers
