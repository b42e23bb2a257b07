#include "exporters/edge_pipeline.hpp"

#include <condition_variable>
#include <deque>
#include <exception>
#include <mutex>
#include <thread>
#include <vector>

namespace corpkg::exporters {
namespace {

// Enough edges per batch that the lock is taken a few thousand times per million edges;
// few enough batches that the queue holds well under a megabyte of evidence.
constexpr std::size_t kBatchEdges = 512;
constexpr std::size_t kBatches = 4;

struct Batch {
    std::vector<EdgeSlot> slots = std::vector<EdgeSlot>(kBatchEdges);
    std::size_t used = 0;
};

/// Thrown inside the producer's scan when the consumer has given up, to unwind it.
struct Cancelled {};

/// The bounded queue between the two threads: batches cycle free -> full -> free.
class BatchQueue final : public EdgeSink {
  public:
    BatchQueue() : batches_(kBatches) {
        for (auto& b : batches_) {
            free_.push_back(&b);
        }
    }

    // Producer side.
    void push(const core::EdgeRecord& record, const core::EvidenceSummary& evidence,
              std::size_t source, std::size_t target) override {
        if (filling_ == nullptr) {
            filling_ = take(free_);
            if (filling_ == nullptr) {
                throw Cancelled{};
            }
        }
        EdgeSlot& slot = filling_->slots[filling_->used++];
        slot.record = record;
        slot.evidence.count = evidence.count;
        slot.evidence.top_sentence = evidence.top_sentence;
        slot.evidence.urls = evidence.urls;
        slot.source = source;
        slot.target = target;
        if (filling_->used == kBatchEdges) {
            hand_over();
        }
    }
    void finish(std::exception_ptr error) {
        if (filling_ != nullptr && filling_->used > 0) {
            hand_over();
        }
        std::lock_guard lock(mutex_);
        error_ = error;
        done_ = true;
        changed_.notify_all();
    }

    // Consumer side: the next full batch, or nullptr once the producer is done.
    Batch* next() { return take(full_); }
    void release(Batch* b) {
        b->used = 0;
        std::lock_guard lock(mutex_);
        free_.push_back(b);
        changed_.notify_all();
    }
    void cancel() {
        std::lock_guard lock(mutex_);
        cancelled_ = true;
        changed_.notify_all();
    }
    std::exception_ptr error() {
        std::lock_guard lock(mutex_);
        return error_;
    }

  private:
    void hand_over() {
        std::lock_guard lock(mutex_);
        full_.push_back(filling_);
        filling_ = nullptr;
        changed_.notify_all();
    }
    /// Waits for a batch on `list`; nullptr when none will come (producer done and the
    /// list empty, or the consumer cancelled).
    Batch* take(std::deque<Batch*>& list) {
        std::unique_lock lock(mutex_);
        changed_.wait(lock, [&] {
            return !list.empty() || cancelled_ || (done_ && &list == &full_);
        });
        if (cancelled_ || list.empty()) {
            return nullptr;
        }
        Batch* b = list.front();
        list.pop_front();
        return b;
    }

    std::vector<Batch> batches_;
    std::mutex mutex_;
    std::condition_variable changed_;
    std::deque<Batch*> free_;
    std::deque<Batch*> full_;
    Batch* filling_ = nullptr; ///< producer-owned
    bool done_ = false;
    bool cancelled_ = false;
    std::exception_ptr error_;
};

} // namespace

void run_edge_pipeline(const std::function<void(EdgeSink&)>& produce,
                       const std::function<void(const EdgeSlot&)>& consume) {
    BatchQueue queue;
    std::thread reader([&] {
        std::exception_ptr error;
        try {
            produce(queue);
        } catch (const Cancelled&) {
        } catch (...) {
            error = std::current_exception();
        }
        queue.finish(error);
    });
    try {
        while (Batch* b = queue.next()) {
            for (std::size_t i = 0; i < b->used; ++i) {
                consume(b->slots[i]);
            }
            queue.release(b);
        }
    } catch (...) {
        queue.cancel();
        reader.join();
        throw;
    }
    reader.join();
    if (auto error = queue.error()) {
        std::rethrow_exception(error);
    }
}

} // namespace corpkg::exporters
