#pragma once

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <exception>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace corpkg::core {

/// Thrown inside a producer when the consumer has given up, to unwind it.
struct ChannelCancelled {};

/// Items passed in order from one producer thread to one consumer through a small fixed
/// pool of batches that cycle free -> full -> free. The lock is taken once per batch, not
/// per item; slots are reused, so items whose strings keep their capacity make the steady
/// state allocate nothing; memory is `batches * batch_size` items whatever the stream's
/// length.
template <typename Item>
class BatchChannel {
  public:
    struct Batch {
        std::vector<Item> items;
        std::size_t used = 0;
    };

    BatchChannel(std::size_t batches, std::size_t batch_size) : batches_(batches) {
        for (auto& b : batches_) {
            b.items.resize(batch_size);
            free_.push_back(&b);
        }
    }

    // Producer side.
    /// The next slot to fill (it holds an earlier item's values); throws ChannelCancelled
    /// once the consumer has cancelled.
    Item& slot() {
        if (filling_ == nullptr) {
            filling_ = take(free_);
            if (filling_ == nullptr) {
                throw ChannelCancelled{};
            }
        }
        return filling_->items[filling_->used];
    }
    /// The slot returned by slot() is filled.
    void commit() {
        if (++filling_->used == filling_->items.size()) {
            hand_over();
        }
    }
    /// No more items; `error` (or null) is passed to the consumer.
    void finish(std::exception_ptr error) {
        if (filling_ != nullptr && filling_->used > 0) {
            hand_over();
        }
        std::lock_guard lock(mutex_);
        error_ = error;
        done_ = true;
        changed_.notify_all();
    }

    // Consumer side.
    /// The next full batch, or nullptr once the producer has finished (or failed: see
    /// error()) and every batch has been taken.
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

/// Runs `produce(channel)` on a new thread; joins it (cancelling first when the caller is
/// unwinding) when destroyed. The producer's exception reaches the consumer through
/// `channel.error()` once `next()` has returned nullptr.
template <typename Item>
class ProducerThread {
  public:
    ProducerThread(BatchChannel<Item>& channel,
                   std::function<void(BatchChannel<Item>&)> produce)
        : channel_(channel), thread_([this, produce = std::move(produce)] {
              std::exception_ptr error;
              try {
                  produce(channel_);
              } catch (const ChannelCancelled&) {
              } catch (...) {
                  error = std::current_exception();
              }
              channel_.finish(error);
          }) {}
    ~ProducerThread() {
        if (!joined_) {
            channel_.cancel();
            thread_.join();
        }
    }
    ProducerThread(const ProducerThread&) = delete;
    ProducerThread& operator=(const ProducerThread&) = delete;
    /// Waits for the producer to end (after the consumer has taken every batch) and
    /// rethrows its exception, if any.
    void join_and_rethrow() {
        thread_.join();
        joined_ = true;
        if (auto error = channel_.error()) {
            std::rethrow_exception(error);
        }
    }

  private:
    BatchChannel<Item>& channel_;
    std::thread thread_;
    bool joined_ = false;
};

} // namespace corpkg::core
