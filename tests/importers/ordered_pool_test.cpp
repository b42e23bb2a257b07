#include <catch2/catch.hpp>

#include <chrono>
#include <stdexcept>
#include <thread>
#include <vector>

#include "importers/ordered_pool.hpp"

using corpkg::importers::OrderedPool;

TEST_CASE("an ordered pool delivers results in submission order whatever order they finish in",
          "[importers][threads]") {
    std::vector<int> got;
    OrderedPool<int, int> pool(
        3,
        [](int& job) {
            // Early jobs take longest, so later ones finish first.
            std::this_thread::sleep_for(std::chrono::microseconds((50 - job % 50) * 20));
            return job * 2;
        },
        [&](int&& r) { got.push_back(r); });
    for (int i = 0; i < 200; ++i) pool.submit(i);
    pool.finish();
    REQUIRE(got.size() == 200);
    for (int i = 0; i < 200; ++i) CHECK(got[static_cast<std::size_t>(i)] == i * 2);
}

TEST_CASE("an ordered pool rethrows a job's exception in its turn and stops cleanly",
          "[importers][threads]") {
    std::vector<int> got;
    auto run = [&] {
        OrderedPool<int, int> pool(
            2,
            [](int& job) {
                if (job == 7) throw std::runtime_error("job 7 failed");
                return job;
            },
            [&](int&& r) { got.push_back(r); });
        for (int i = 0; i < 50; ++i) pool.submit(i);
        pool.finish();
    };
    CHECK_THROWS_WITH(run(), "job 7 failed");
    // Everything before the failing job was delivered, in order, and nothing after it.
    REQUIRE(got.size() == 7);
    for (int i = 0; i < 7; ++i) CHECK(got[static_cast<std::size_t>(i)] == i);
}

TEST_CASE("an ordered pool whose receiver throws unwinds without waiting for the rest",
          "[importers][threads]") {
    int delivered = 0;
    auto run = [&] {
        OrderedPool<int, int> pool(
            2, [](int& job) { return job; },
            [&](int&& r) {
                if (r == 3) throw std::runtime_error("store full");
                ++delivered;
            });
        for (int i = 0; i < 1000; ++i) pool.submit(i);
        pool.finish();
    };
    CHECK_THROWS_WITH(run(), "store full");
    CHECK(delivered == 3);
}
