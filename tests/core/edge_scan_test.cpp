#include <catch2/catch.hpp>

#include <map>

#include "core/edge_scan.hpp"
#include "core/store.hpp"
#include "test_support.hpp"

using namespace corpkg;
using corpkg::testing::make_document;
using corpkg::testing::ScratchDir;

namespace {

/// Edge id → (statement count, top sentence) as one scan reads them.
std::map<std::int64_t, std::pair<std::int64_t, std::string>> read_all(const core::EdgeScan& scan) {
    std::map<std::int64_t, std::pair<std::int64_t, std::string>> out;
    scan.for_each_edge([&](core::EdgeRecord& r, core::EvidenceSummary& ev) {
        out[r.id] = {ev.count, ev.top_sentence};
    });
    return out;
}

core::Document sentence_document(const std::string& hash, const std::string& subject,
                                 const std::string& object, const std::string& date,
                                 const std::string& sentence) {
    auto d = make_document(hash, subject, core::Relation::Supplies, object, date);
    d.statements[0].evidence.sentence = sentence;
    return d;
}

} // namespace

TEST_CASE("a whole-store scan of a file reads the evidence on a second connection",
          "[core][edge_scan]") {
    ScratchDir dir;
    core::Store store(dir.file("a.db"));
    store.add(make_document("h1", "Alpha", core::Relation::Supplies, "Beta"));
    CHECK(core::EdgeScan(store, {}).reads_evidence_in_parallel());
    core::EdgeFilter selective;
    selective.relations = {core::Relation::Acquires};
    CHECK_FALSE(core::EdgeScan(store, selective).reads_evidence_in_parallel());
    core::Store memory(":memory:");
    CHECK_FALSE(core::EdgeScan(memory, {}).reads_evidence_in_parallel());
}

TEST_CASE("both connections of a scan read the snapshot taken when it began",
          "[core][edge_scan]") {
    ScratchDir dir;
    core::Store store(dir.file("a.db"));
    for (int i = 0; i < 50; ++i) {
        store.add(sentence_document("old-" + std::to_string(i), "Maker " + std::to_string(i),
                                    "Client", "2024-01-01", "old sentence"));
    }
    core::Store writer(dir.file("a.db"), core::Store::Mode::Existing);
    {
        core::EdgeScan scan(store, {});
        REQUIRE(scan.reads_evidence_in_parallel());
        // Another connection commits newer evidence for every edge, and a new edge, after
        // the scan began and before it reads.
        for (int i = 0; i < 50; ++i) {
            writer.add(sentence_document("new-" + std::to_string(i),
                                         "Maker " + std::to_string(i), "Client", "2025-01-01",
                                         "new sentence"));
        }
        writer.add(sentence_document("extra", "Late Maker", "Client", "2025-01-01", "late"));
        auto seen = read_all(scan);
        REQUIRE(seen.size() == 50);
        for (const auto& [id, summary] : seen) {
            INFO("edge " << id);
            CHECK(summary.first == 1);
            CHECK(summary.second == "old sentence");
        }
    }
    // A scan begun now sees the new evidence on its second connection too.
    core::EdgeScan later(store, {});
    REQUIRE(later.reads_evidence_in_parallel());
    auto now = read_all(later);
    REQUIRE(now.size() == 51);
    for (const auto& [id, summary] : now) {
        if (summary.second != "late") {
            CHECK(summary.first == 2);
            CHECK(summary.second == "new sentence");
        }
    }
}

TEST_CASE("a scan with a second connection summarises every edge as one connection does",
          "[core][edge_scan]") {
    ScratchDir dir;
    core::Store store(dir.file("a.db"));
    // Edges with no statement are not possible through add(); edges with one, several,
    // and statements added out of edge order are.
    for (int round = 0; round < 3; ++round) {
        for (int i = 0; i < 700; i += 1 + round) {
            store.add(sentence_document("r" + std::to_string(round) + "-" + std::to_string(i),
                                        "Maker " + std::to_string(i), "Client " + std::to_string(i % 7),
                                        "2024-0" + std::to_string(1 + round) + "-01",
                                        "round " + std::to_string(round)));
        }
    }
    std::map<std::int64_t, std::pair<std::int64_t, std::string>> twin;
    {
        core::EdgeScan parallel(store, {});
        REQUIRE(parallel.reads_evidence_in_parallel());
        twin = read_all(parallel);
    }
    store.begin(); // inside a caller's transaction a scan uses the one connection
    core::EdgeScan single(store, {});
    REQUIRE_FALSE(single.reads_evidence_in_parallel());
    auto one = read_all(single);
    store.rollback();
    CHECK(twin == one);
    CHECK(twin.size() == 700);
}
