#pragma once

#include <algorithm>
#include <condition_variable>
#include <cstddef>
#include <exception>
#include <functional>
#include <mutex>
#include <optional>
#include <thread>
#include <utility>
#include <vector>

namespace corpkg::importers {

/// Runs `work` over jobs on worker threads and hands the results to `deliver` on the
/// submitting thread, in the order the jobs were submitted: extraction of a stream's
/// articles uses every core while the output (and the store) sees them exactly as one
/// thread would. At most `capacity` jobs are in flight, so memory stays bounded however
/// long the stream; submit() delivers finished results as it goes and waits when full.
/// An exception thrown by `work` is rethrown from submit() or finish() when its turn to be
/// delivered comes. `work` must be safe to run on several threads at once.
template <class Job, class Result>
class OrderedPool {
  public:
    OrderedPool(unsigned workers,
                std::function<Result(Job&)> work,
                std::function<void(Result&&)> deliver)
        : work_(std::move(work)), deliver_(std::move(deliver)),
          slots_(std::max<std::size_t>(2, std::size_t{workers} * 4)) {
        for (unsigned i = 0; i < std::max(1u, workers); ++i) {
            threads_.emplace_back([this] { run(); });
        }
    }
    ~OrderedPool() { stop(); }
    OrderedPool(const OrderedPool&) = delete;
    OrderedPool& operator=(const OrderedPool&) = delete;

    void submit(Job job) {
        std::unique_lock lock(mutex_);
        while (submitted_ - delivered_ == slots_.size()) {
            deliver_next(lock); // waits for the oldest job
        }
        Slot& slot = slots_[submitted_ % slots_.size()];
        slot.job.emplace(std::move(job));
        ++submitted_;
        job_ready_.notify_one();
        while (delivered_ < submitted_ && slots_[delivered_ % slots_.size()].done) {
            deliver_next(lock);
        }
    }

    /// Delivers every result still outstanding and stops the workers.
    void finish() {
        std::unique_lock lock(mutex_);
        while (delivered_ < submitted_) {
            deliver_next(lock);
        }
        lock.unlock();
        stop();
    }

  private:
    struct Slot {
        std::optional<Job> job;
        std::optional<Result> result;
        std::exception_ptr error;
        bool done = false;
    };

    void run() {
        std::unique_lock lock(mutex_);
        for (;;) {
            job_ready_.wait(lock, [&] { return stopping_ || dispatched_ < submitted_; });
            if (stopping_) return;
            Slot& slot = slots_[dispatched_++ % slots_.size()];
            Job job = std::move(*slot.job);
            slot.job.reset();
            lock.unlock();
            std::optional<Result> result;
            std::exception_ptr error;
            try {
                result.emplace(work_(job));
            } catch (...) {
                error = std::current_exception();
            }
            lock.lock();
            // The slot is not reused before it is delivered, which waits for `done`.
            slot.result = std::move(result);
            slot.error = error;
            slot.done = true;
            result_ready_.notify_all();
        }
    }

    /// Waits for the oldest outstanding job and delivers its result (outside the lock).
    void deliver_next(std::unique_lock<std::mutex>& lock) {
        Slot& slot = slots_[delivered_ % slots_.size()];
        result_ready_.wait(lock, [&] { return slot.done; });
        std::optional<Result> result = std::move(slot.result);
        std::exception_ptr error = slot.error;
        slot = Slot{};
        ++delivered_;
        lock.unlock();
        if (error) {
            lock.lock();
            std::rethrow_exception(error);
        }
        deliver_(std::move(*result));
        lock.lock();
    }

    void stop() {
        {
            std::lock_guard lock(mutex_);
            stopping_ = true;
        }
        job_ready_.notify_all();
        for (auto& t : threads_) {
            if (t.joinable()) t.join();
        }
    }

    std::function<Result(Job&)> work_;
    std::function<void(Result&&)> deliver_;
    std::vector<Slot> slots_;
    std::vector<std::thread> threads_;
    std::mutex mutex_;
    std::condition_variable job_ready_;
    std::condition_variable result_ready_;
    std::size_t submitted_ = 0;  ///< jobs handed in
    std::size_t dispatched_ = 0; ///< jobs a worker has taken
    std::size_t delivered_ = 0;  ///< results handed out
    bool stopping_ = false;
};

} // namespace corpkg::importers
