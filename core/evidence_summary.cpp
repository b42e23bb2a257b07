#include "core/evidence_summary.hpp"

#include <algorithm>

namespace corpkg::core {

void EvidenceAccumulator::add(std::string_view date, std::string_view sentence,
                              std::string_view url) {
    std::int64_t seq = ++count_;
    if (!sentence.empty() && (!has_sentence_ || date > sentence_date_)) {
        sentence_.assign(sentence);
        sentence_date_.assign(date);
        has_sentence_ = true;
    }
    if (url.empty()) {
        return;
    }
    for (std::size_t i = 0; i < used_; ++i) {
        auto& c = urls_[i];
        if (c.url == url) {
            // Rows of one date arrive in id order, so only a newer date improves the rank.
            if (date > c.date) {
                c.date.assign(date);
                c.seq = seq;
            }
            return;
        }
    }
    // A url once pushed out had kMaxEvidenceUrls better ones, which only get better; if it
    // comes back newer it re-enters with its true rank, if older it loses again.
    Candidate* slot = nullptr;
    if (used_ < kMaxEvidenceUrls) {
        if (urls_.size() == used_) {
            urls_.emplace_back();
        }
        slot = &urls_[used_++];
    } else {
        auto worst = std::max_element(urls_.begin(), urls_.begin() + used_,
                                      [](const Candidate& a, const Candidate& b) {
                                          return before(a, b);
                                      });
        Candidate incoming{std::string(), std::string(date), seq};
        if (!before(incoming, *worst)) {
            return;
        }
        slot = &*worst;
    }
    slot->url.assign(url);
    slot->date.assign(date);
    slot->seq = seq;
}

void EvidenceAccumulator::finish(EvidenceSummary& out) {
    out.count = count_;
    out.top_sentence.clear();
    if (has_sentence_) {
        out.top_sentence.swap(sentence_);
    }
    if (used_ > 1) {
        std::sort(urls_.begin(), urls_.begin() + used_, before);
    }
    // Assigned in place: the strings keep their capacity from edge to edge.
    out.urls.resize(used_);
    for (std::size_t i = 0; i < used_; ++i) {
        out.urls[i].assign(urls_[i].url);
    }
    count_ = 0;
    has_sentence_ = false;
    used_ = 0;
}

} // namespace corpkg::core
