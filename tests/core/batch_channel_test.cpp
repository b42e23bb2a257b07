#include <catch2/catch.hpp>

#include <stdexcept>
#include <vector>

#include "core/batch_channel.hpp"

using namespace corpkg;

namespace {

/// Everything a consumer receives, in order, and the producer's exception text if any.
struct Received {
    std::vector<int> items;
    std::string error;
};

Received consume_all(core::BatchChannel<int>& channel, core::ProducerThread<int>& producer) {
    Received r;
    while (auto* b = channel.next()) {
        for (std::size_t i = 0; i < b->used; ++i) {
            r.items.push_back(b->items[i]);
        }
        channel.release(b);
    }
    try {
        producer.join_and_rethrow();
    } catch (const std::exception& e) {
        r.error = e.what();
    }
    return r;
}

} // namespace

TEST_CASE("a batch channel hands every item over in order, the last batch part full",
          "[core][batch_channel]") {
    core::BatchChannel<int> channel(3, 4);
    core::ProducerThread<int> producer(channel, [](core::BatchChannel<int>& c) {
        for (int i = 0; i < 1001; ++i) {
            c.slot() = i;
            c.commit();
        }
    });
    auto r = consume_all(channel, producer);
    REQUIRE(r.items.size() == 1001);
    for (int i = 0; i < 1001; ++i) {
        REQUIRE(r.items[static_cast<std::size_t>(i)] == i);
    }
    CHECK(r.error.empty());
}

TEST_CASE("a producer's exception reaches the consumer after the items before it",
          "[core][batch_channel]") {
    core::BatchChannel<int> channel(2, 8);
    core::ProducerThread<int> producer(channel, [](core::BatchChannel<int>& c) {
        for (int i = 0; i < 20; ++i) {
            c.slot() = i;
            c.commit();
        }
        throw std::runtime_error("disk gone");
    });
    auto r = consume_all(channel, producer);
    CHECK(r.items.size() == 20);
    CHECK(r.error == "disk gone");
}

TEST_CASE("a consumer that stops early releases a producer blocked on a full channel",
          "[core][batch_channel]") {
    core::BatchChannel<int> channel(2, 2);
    bool unwound = false;
    {
        core::ProducerThread<int> producer(channel, [&](core::BatchChannel<int>& c) {
            try {
                for (int i = 0;; ++i) { // endless: only cancelling ends it
                    c.slot() = i;
                    c.commit();
                }
            } catch (const core::ChannelCancelled&) {
                unwound = true;
                throw;
            }
        });
        auto* first = channel.next();
        REQUIRE(first != nullptr);
        CHECK(first->items[0] == 0);
        // Leaving the scope without taking the rest: the destructor cancels and joins.
    }
    CHECK(unwound);
}
