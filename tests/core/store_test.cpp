#include <catch2/catch.hpp>
#include <fstream>

#include "core/errors.hpp"
#include "core/store.hpp"
#include "test_support.hpp"

using namespace corpkg;
using corpkg::testing::make_document;
using corpkg::testing::ScratchDir;

TEST_CASE("a new store is migrated to the current schema version", "[core][store]") {
    ScratchDir dir;
    core::Store store(dir.file("a.db"));
    auto c = store.counts();
    CHECK(c.entities == 0);
    CHECK(c.edges == 0);
    // Reopening an up-to-date store migrates nothing and keeps the data.
    store.add(make_document("h1", "Alpha", core::Relation::Supplies, "Beta"));
    core::Store again(dir.file("a.db"), core::Store::Mode::Existing);
    CHECK(again.counts().statements == 1);
}

TEST_CASE("a second import of the same article changes nothing", "[core][store]") {
    ScratchDir dir;
    core::Store store(dir.file("a.db"));
    auto doc = make_document("same", "Alpha", core::Relation::Supplies, "Beta");
    CHECK(store.add(doc) == core::Store::AddResult::Added);
    auto before = store.counts();
    CHECK(store.add(doc) == core::Store::AddResult::Duplicate);
    auto after = store.counts();
    CHECK(after.articles == before.articles);
    CHECK(after.statements == before.statements);
    CHECK(after.edges == before.edges);
}

TEST_CASE("repeated statements aggregate into one weighted edge", "[core][store]") {
    ScratchDir dir;
    core::Store store(dir.file("a.db"));
    store.add(make_document("a1", "Alpha", core::Relation::Supplies, "Beta", "2024-05-01"));
    auto doc = make_document("a2", "Alpha", core::Relation::Supplies, "Beta", "2023-01-09");
    doc.statements.push_back(doc.statements.front()); // twice in one article
    doc.statements.back().certainty = core::Certainty::Speculative;
    doc.statements.front().certainty = core::Certainty::Planned;
    doc.statements.front().topics = {"semiconductor"};
    store.add(doc);
    std::vector<core::EdgeRecord> edges;
    store.for_each_edge({}, [&](const core::EdgeRecord& e) { edges.push_back(e); });
    REQUIRE(edges.size() == 1);
    CHECK(edges[0].weight == 2);   // two articles
    CHECK(edges[0].mentions == 3); // three statements
    CHECK(edges[0].certainty == core::Certainty::Fact);
    CHECK(edges[0].first_seen == "2023-01-09");
    CHECK(edges[0].last_seen == "2024-05-01");
    CHECK(edges[0].topics == std::vector<std::string>{"semiconductor"});
    CHECK(store.evidence(edges[0].id).size() == 3);
}

TEST_CASE("symmetric relations are stored once whatever the order", "[core][store]") {
    ScratchDir dir;
    core::Store store(dir.file("a.db"));
    store.add(make_document("s1", "Alpha", core::Relation::CompetesWith, "Beta"));
    store.add(make_document("s2", "Beta", core::Relation::CompetesWith, "Alpha"));
    store.add(make_document("s3", "Beta", core::Relation::Supplies, "Alpha"));
    store.add(make_document("s4", "Alpha", core::Relation::Supplies, "Beta"));
    CHECK(store.counts().edges == 3); // one competes_with, two supplies
}

TEST_CASE("negated statements form their own edge, hidden unless asked for", "[core][store]") {
    ScratchDir dir;
    core::Store store(dir.file("a.db"));
    store.add(make_document("n1", "Alpha", core::Relation::Acquires, "Beta"));
    auto doc = make_document("n2", "Alpha", core::Relation::Acquires, "Beta");
    doc.statements[0].negated = true;
    store.add(doc);
    int plain = 0, all = 0;
    store.for_each_edge({}, [&](const core::EdgeRecord&) { ++plain; });
    core::EdgeFilter f;
    f.include_negated = true;
    store.for_each_edge(f, [&](const core::EdgeRecord&) { ++all; });
    CHECK(plain == 1);
    CHECK(all == 2);
}

TEST_CASE("a document naming an unknown entity is rolled back whole", "[core][store]") {
    ScratchDir dir;
    core::Store store(dir.file("a.db"));
    auto doc = make_document("bad", "Alpha", core::Relation::Supplies, "Beta");
    core::Statement extra = doc.statements[0];
    extra.object = "no-such-entity";
    doc.statements.push_back(extra);
    CHECK_THROWS_AS(store.add(doc), core::StoreError);
    auto c = store.counts();
    CHECK(c.articles == 0);
    CHECK(c.statements == 0);
    CHECK(c.entities == 0);
    // The store is still usable afterwards.
    CHECK(store.add(make_document("good", "Alpha", core::Relation::Supplies, "Beta")) ==
          core::Store::AddResult::Added);
    CHECK(store.counts().edges == 1);
}

TEST_CASE("rollback of a grouped run removes every document of the run", "[core][store]") {
    ScratchDir dir;
    core::Store store(dir.file("a.db"));
    store.add(make_document("keep", "Alpha", core::Relation::Supplies, "Beta"));
    store.begin();
    store.add(make_document("r1", "Gamma", core::Relation::Supplies, "Delta"));
    store.add(make_document("r2", "Alpha", core::Relation::Supplies, "Beta"));
    store.rollback();
    auto c = store.counts();
    CHECK(c.articles == 1);
    CHECK(c.entities == 2);
    std::vector<core::EdgeRecord> edges;
    store.for_each_edge({}, [&](const core::EdgeRecord& e) { edges.push_back(e); });
    REQUIRE(edges.size() == 1);
    CHECK(edges[0].weight == 1);
}

TEST_CASE("a file that is not a corpkg database is refused with its path", "[core][store]") {
    ScratchDir dir;
    std::string path = dir.write("notes.db", "this is plain text, not SQLite at all........");
    try {
        core::Store store(path);
        FAIL("expected StoreError");
    } catch (const core::StoreError& e) {
        CHECK(std::string(e.what()).find("notes.db") != std::string::npos);
    }
}

TEST_CASE("a database from a newer schema version is refused", "[core][store]") {
    ScratchDir dir;
    {
        core::Store store(dir.file("new.db"));
    }
    REQUIRE(corpkg::testing::run_shell("sqlite3 " + dir.file("new.db") +
                                       " 'PRAGMA user_version = 99'")
                .exit_code == 0);
    CHECK_THROWS_WITH(core::Store(dir.file("new.db")), Catch::Contains("newer"));
}

TEST_CASE("opening a missing database for a query says so", "[core][store]") {
    ScratchDir dir;
    CHECK_THROWS_AS(core::Store(dir.file("missing.db"), core::Store::Mode::Existing),
                    core::NotFoundError);
}

TEST_CASE("names with quotes and SQL text are stored verbatim", "[core][store]") {
    ScratchDir dir;
    core::Store store(dir.file("a.db"));
    std::string evil = "Robert'); DROP TABLE edges;--";
    store.add(make_document("evil", evil, core::Relation::Sues, "Beta \"Corp\""));
    auto found = store.resolve(evil);
    REQUIRE(found.size() == 1);
    CHECK(found[0].entity.name == evil);
    CHECK(store.counts().edges == 1);
}

TEST_CASE("filters select by relation, certainty, dates and topic", "[core][store]") {
    ScratchDir dir;
    core::Store store(dir.file("a.db"));
    auto a = make_document("f1", "Alpha", core::Relation::Supplies, "Beta", "2023-03-01");
    a.statements[0].topics = {"battery"};
    store.add(a);
    auto b = make_document("f2", "Gamma", core::Relation::InvestsIn, "Delta", "2025-06-01");
    b.statements[0].certainty = core::Certainty::Speculative;
    store.add(b);
    auto count = [&](const core::EdgeFilter& f) {
        int n = 0;
        store.for_each_edge(f, [&](const core::EdgeRecord&) { ++n; });
        return n;
    };
    core::EdgeFilter f;
    f.relations = {core::Relation::Supplies};
    CHECK(count(f) == 1);
    f = {};
    f.min_certainty = core::Certainty::Planned;
    CHECK(count(f) == 1);
    f = {};
    f.since = "2024-01-01";
    CHECK(count(f) == 1);
    f = {};
    f.until = "2024-01-01";
    CHECK(count(f) == 1);
    f = {};
    f.topic = "BATTERY";
    CHECK(count(f) == 1);
    f = {};
    f.types = {core::EntityType::Person};
    CHECK(count(f) == 0);
}

TEST_CASE("a version 1 database is migrated in place and keeps its data", "[core][store]") {
    ScratchDir dir;
    std::string path = dir.file("old.db");
    {
        core::Store store(path);
        store.add(make_document("v1", "Alpha", core::Relation::Supplies, "Beta"));
    }
    // Turn the file back into the version 1 layout.
    REQUIRE(corpkg::testing::run_shell("sqlite3 " + path +
                                       " 'ALTER TABLE statements DROP COLUMN title; "
                                       "ALTER TABLE statements DROP COLUMN publisher; "
                                       "PRAGMA user_version = 1'")
                .exit_code == 0);
    core::Store store(path, core::Store::Mode::Existing);
    CHECK(store.counts().statements == 1);
    auto doc = make_document("v2", "Alpha", core::Relation::Supplies, "Beta");
    doc.article.kind = "statements";
    doc.statements[0].evidence.title = "Quarterly supply update";
    doc.statements[0].evidence.publisher = "Example Wire";
    store.add(doc);
    std::vector<core::EdgeRecord> edges;
    store.for_each_edge({}, [&](const core::EdgeRecord& e) { edges.push_back(e); });
    REQUIRE(edges.size() == 1);
    auto evidence = store.evidence(edges[0].id);
    REQUIRE(evidence.size() == 2);
    bool titled = false;
    for (const auto& e : evidence) {
        titled = titled || (e.title == "Quarterly supply update" && e.publisher == "Example Wire");
    }
    CHECK(titled);
}
