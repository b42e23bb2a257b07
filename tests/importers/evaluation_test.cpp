#include <catch2/catch.hpp>
#include <sstream>

#include "core/errors.hpp"
#include "importers/evaluation.hpp"

using namespace corpkg;
using importers::GoldEdge;
using importers::PredictedEdge;

namespace {

const importers::Lexicon& lexicon() {
    static const importers::Lexicon lex = [] {
        importers::Lexicon l;
        l.add_json(R"({"entities": [
            {"name": "Samsung Electronics", "aliases": {"ko": ["삼성전자"]}},
            {"name": "Samsung Foundry", "type": "unit", "parent": "Samsung Electronics"},
            {"name": "Meta Platforms", "aliases": {"ko": ["메타"]}},
            {"name": "LG Electronics"},
            {"name": "Danaher"},
            {"name": "GE BioPharma", "type": "unit", "parent": "General Electric"},
            {"name": "General Electric"}
        ]})",
                   "test");
        return l;
    }();
    return lex;
}

GoldEdge gold(std::string s, std::string r, std::string o,
              core::Certainty c = core::Certainty::Fact, bool optional = false,
              bool negated = false) {
    return GoldEdge{std::move(s), std::move(r), std::move(o), c, negated, optional, ""};
}

PredictedEdge pred(std::string s, std::string r, std::string o,
                   core::Certainty c = core::Certainty::Fact, bool negated = false) {
    return PredictedEdge{std::move(s), std::move(r), std::move(o), c, negated, ""};
}

} // namespace

TEST_CASE("symmetric relations match in either order", "[importers][eval]") {
    importers::EvalReport r;
    r.add("d", {pred("LG Electronics", "co_develops_with", "Meta Platforms")},
          {gold("Meta Platforms", "co_develops_with", "LG Electronics")}, lexicon());
    CHECK(r.overall.hits == 1);
    CHECK(r.overall.precision() == 1.0);
    CHECK(r.overall.recall() == 1.0);
}

TEST_CASE("directed relations do not match reversed", "[importers][eval]") {
    importers::EvalReport r;
    r.add("d", {pred("Meta Platforms", "supplies", "LG Electronics")},
          {gold("LG Electronics", "supplies", "Meta Platforms")}, lexicon());
    CHECK(r.overall.hits == 0);
    CHECK(r.misses.size() == 1);
    CHECK(r.false_positives.size() == 1);
}

TEST_CASE("business units roll up except where the unit is the point", "[importers][eval]") {
    importers::EvalReport r;
    r.add("d",
          {pred("Samsung Foundry", "manufactures_for", "Meta Platforms",
                core::Certainty::Speculative),
           pred("Samsung Electronics", "manufactures_for", "Meta Platforms"),
           pred("Danaher", "acquires", "General Electric")},
          {gold("Samsung Electronics", "manufactures_for", "Meta Platforms",
                core::Certainty::Speculative),
           gold("Danaher", "acquires", "GE BioPharma", core::Certainty::Planned)},
          lexicon());
    // The two Samsung predictions collapse into one hit, whose strongest certainty is fact.
    CHECK(r.overall.hits == 1);
    CHECK(r.overall.predicted == 2);
    CHECK(r.overall.certainty_correct == 0);
    REQUIRE(r.misses.size() == 1);
    CHECK(r.misses[0].object == "GE BioPharma");
}

TEST_CASE("optional gold is neither hit nor false positive", "[importers][eval]") {
    importers::EvalReport r;
    r.add("d", {pred("메타", "competes_with", "LG Electronics")},
          {gold("Meta Platforms", "competes_with", "LG Electronics", core::Certainty::Fact, true),
           gold("Samsung Electronics", "supplies", "Meta Platforms")},
          lexicon());
    CHECK(r.overall.predicted == 0);
    CHECK(r.overall.gold == 1);
    CHECK(r.overall.hits == 0);
    CHECK(r.false_positives.empty());
}

TEST_CASE("negation is part of the edge", "[importers][eval]") {
    importers::EvalReport r;
    r.add("d", {pred("Samsung Electronics", "acquires", "LG Electronics")},
          {gold("Samsung Electronics", "acquires", "LG Electronics", core::Certainty::Fact, false,
                true)},
          lexicon());
    CHECK(r.overall.hits == 0);
    CHECK(r.misses.size() == 1);
    CHECK(r.false_positives.size() == 1);
}

TEST_CASE("per-relation counts add up to the overall counts", "[importers][eval]") {
    importers::EvalReport r;
    r.add("a", {pred("Meta Platforms", "partners_with", "LG Electronics")},
          {gold("Meta Platforms", "partners_with", "LG Electronics"),
           gold("Samsung Electronics", "supplies", "Meta Platforms")},
          lexicon());
    r.add("b", {pred("Danaher", "sues", "General Electric")}, {}, lexicon());
    std::size_t hits = 0, predicted = 0, gold_n = 0;
    for (const auto& [rel, c] : r.by_relation) {
        hits += c.hits;
        predicted += c.predicted;
        gold_n += c.gold;
    }
    CHECK(hits == r.overall.hits);
    CHECK(predicted == r.overall.predicted);
    CHECK(gold_n == r.overall.gold);
    CHECK(r.overall.precision() == Approx(0.5));
    CHECK(r.overall.recall() == Approx(0.5));
    CHECK(r.by_document.size() == 2);
}

TEST_CASE("gold files with a bad line name the line", "[importers][eval]") {
    std::istringstream in(R"({"subject": "A", "relation": "supplies", "object": "B"})"
                          "\n"
                          R"({"subject": "A", "relation": "hugs", "object": "B"})"
                          "\n");
    CHECK_THROWS_WITH(importers::read_gold(in, "g.jsonl"), Catch::Contains("g.jsonl:2"));
}
