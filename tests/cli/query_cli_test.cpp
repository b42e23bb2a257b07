#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <functional>
#include <map>
#include <rapidjson/document.h>
#include <set>

#include "test_support.hpp"

using corpkg::testing::run_corpkg;
using corpkg::testing::ScratchDir;

namespace {

// A small graph with a known shape: Nvidia and LG Electronics are joined only through
// Meta Platforms; Alpha/Beta/Gamma form a second component; one negated edge.
const char* kGraph =
    R"({"subject": "Meta Platforms", "relation": "co_develops_with", "object": "LG Electronics", "certainty": "planned", "date": "2025-02-01", "evidence": "Meta and LG said they would build a headset together.", "source": {"url": "https://example.com/a1"}})" "\n"
    R"({"subject": "LG Electronics", "relation": "co_develops_with", "object": "Meta Platforms", "certainty": "fact", "date": "2025-03-05", "evidence": "LG and Meta started joint headset development.", "source": {"url": "https://example.com/a2"}})" "\n"
    R"({"subject": "Meta Platforms", "relation": "reduces_dependency_on", "object": "Nvidia", "certainty": "planned", "date": "2025-02-02", "evidence": "Meta wants to rely less on Nvidia chips.", "source": {"url": "https://example.com/a3"}})" "\n"
    R"({"subject": "Samsung Electronics", "relation": "manufactures_for", "object": "Meta Platforms", "certainty": "speculative", "date": "2024-11-15", "evidence": "Samsung may make chips for Meta.", "source": {"url": "https://example.com/a4"}})" "\n"
    R"({"subject": "Meta Platforms", "relation": "makes", "object": "Meta Quest 3", "object_type": "product", "certainty": "fact", "date": "2023-09-27", "evidence": "Meta released the Quest 3.", "source": {"url": "https://example.com/a5"}})" "\n"
    R"({"subject": "Apple", "relation": "acquires", "object": "LG Electronics", "negated": true, "date": "2025-03-01", "evidence": "Apple denied any plan to buy LG.", "source": {"url": "https://example.com/a6"}})" "\n"
    R"({"subject": "Alpha Corp", "relation": "supplies", "object": "Beta Corp", "date": "2024-06-01", "evidence": "Alpha supplies Beta.", "source": {"url": "https://example.com/b1"}})" "\n"
    R"({"subject": "Beta Corp", "relation": "partners_with", "object": "Gamma Corp", "date": "2024-06-20", "evidence": "Beta partners with Gamma.", "source": {"url": "https://example.com/b2"}})" "\n";

/// A scratch database holding kGraph.
struct Fixture {
    ScratchDir dir;
    std::string db = dir.file("q.db");
    Fixture() {
        std::string file = dir.write("graph.jsonl", kGraph);
        auto r = run_corpkg({"--db", db, "import", file});
        REQUIRE(r.exit_code == 0);
    }
    corpkg::testing::RunResult run(std::vector<std::string> args) const {
        args.insert(args.begin(), {"--db", db});
        return run_corpkg(args);
    }
    /// Runs a query with --format json and parses its output.
    rapidjson::Document json(std::vector<std::string> args) const {
        args.insert(args.end(), {"--format", "json"});
        auto r = run(args);
        INFO(r.err);
        REQUIRE(r.exit_code == 0);
        rapidjson::Document d;
        d.Parse(r.out.c_str());
        REQUIRE_FALSE(d.HasParseError());
        return d;
    }
};

std::string str(const rapidjson::Value& v, const char* name) {
    const auto& m = v[name];
    return m.IsString() ? m.GetString() : std::string();
}

/// The `edge` ids of a neighbors/evidence answer.
std::set<std::string> edge_ids(const rapidjson::Document& d) {
    std::set<std::string> out;
    for (const auto& row : d.GetArray()) out.insert(str(row, "edge"));
    return out;
}

std::set<std::string> edge_ids_where(const rapidjson::Document& d,
                                     const std::function<bool(const rapidjson::Value&)>& keep) {
    std::set<std::string> out;
    for (const auto& row : d.GetArray()) {
        if (keep(row)) out.insert(str(row, "edge"));
    }
    return out;
}

} // namespace

TEST_CASE("path finds Nvidia to LG Electronics through Meta Platforms with evidence per hop",
          "[cli][query]") {
    Fixture f;
    auto d = f.json({"path", "Nvidia", "LG Electronics"});
    REQUIRE(d.IsArray());
    REQUIRE(d.Size() == 1);
    const auto& p = d[0];
    CHECK(p["length"].GetInt() == 2);
    REQUIRE(p["nodes"].Size() == 3);
    CHECK(std::string(p["nodes"][1].GetString()) == "Meta Platforms");
    const auto& hops = p["hops"];
    REQUIRE(hops.Size() == 2);
    // Walking from Nvidia, the first edge points back at it (Meta → Nvidia).
    CHECK(str(hops[0], "relation") == "reduces_dependency_on");
    CHECK(str(hops[0], "subject") == "Meta Platforms");
    CHECK(str(hops[0], "direction") == "in");
    CHECK(str(hops[1], "relation") == "co_develops_with");
    CHECK(str(hops[1], "direction") == "both");
    for (const auto& hop : hops.GetArray()) {
        CHECK_FALSE(str(hop, "sentence").empty());
        CHECK(str(hop, "url").rfind("https://example.com/", 0) == 0);
        CHECK_FALSE(str(hop, "date").empty());
    }
    // The strongest statement of the co-development edge is the later fact.
    CHECK(str(hops[1], "certainty") == "fact");
    CHECK(str(hops[1], "sentence") == "LG and Meta started joint headset development.");

    auto table = f.run({"path", "Nvidia", "LG Electronics"});
    CHECK(table.exit_code == 0);
    CHECK(table.out.find("Nvidia ←reduces_dependency_on— Meta Platforms —co_develops_with— "
                         "LG Electronics") != std::string::npos);
    CHECK(table.out.find('\x1b') == std::string::npos); // NO_COLOR is set by run_corpkg

    // Korean alias, same answer.
    auto en = f.run({"path", "Nvidia", "Meta Platforms", "--format", "json"});
    auto ko = f.run({"path", "Nvidia", "메타", "--format", "json"});
    CHECK(en.out == ko.out);
}

TEST_CASE("path with a filter that removes the bridge finds nothing", "[cli][query]") {
    Fixture f;
    auto d = f.json({"path", "Nvidia", "LG Electronics", "--relation", "co_develops_with"});
    CHECK(d.Size() == 0);
    auto hops = f.json({"path", "Nvidia", "LG Electronics", "--max-hops", "1"});
    CHECK(hops.Size() == 0);
    auto all = f.json({"path", "Nvidia", "LG Electronics", "--all"});
    CHECK(all.Size() == 1);
}

TEST_CASE("filters remove exactly what they name", "[cli][query]") {
    Fixture f;
    auto base = f.json({"neighbors", "Meta Platforms", "--depth", "2"});
    REQUIRE(base.Size() == 4);
    auto check = [&](std::vector<std::string> flags,
                     const std::function<bool(const rapidjson::Value&)>& keep) {
        std::vector<std::string> args{"neighbors", "Meta Platforms", "--depth", "2"};
        args.insert(args.end(), flags.begin(), flags.end());
        auto filtered = f.json(args);
        INFO(flags[0]);
        auto expected = edge_ids_where(base, keep);
        CHECK(expected.size() < base.Size()); // the filter really removes something
        // Depth-2 entities reached only through a removed edge drop out too; everything
        // kept must pass and no passing depth-1 edge may be lost.
        auto got = edge_ids(filtered);
        for (const auto& row : filtered.GetArray()) CHECK(keep(row));
        for (const auto& row : base.GetArray()) {
            if (row["depth"].GetInt() == 1 && keep(row)) CHECK(got.count(str(row, "edge")));
        }
    };
    check({"--relation", "co_develops_with"},
          [](const rapidjson::Value& r) { return str(r, "relation") == "co_develops_with"; });
    check({"--relation", "makes", "--relation", "manufactures_for"}, [](const rapidjson::Value& r) {
        return str(r, "relation") == "makes" || str(r, "relation") == "manufactures_for";
    });
    check({"--certainty", "planned"},
          [](const rapidjson::Value& r) { return str(r, "certainty") != "speculative"; });
    check({"--certainty", "fact"},
          [](const rapidjson::Value& r) { return str(r, "certainty") == "fact"; });
    check({"--since", "2025-01-01"},
          [](const rapidjson::Value& r) { return str(r, "last_seen") >= "2025-01-01"; });
    check({"--until", "2024-12-31"},
          [](const rapidjson::Value& r) { return str(r, "first_seen") <= "2024-12-31"; });
    check({"--type", "company"},
          [](const rapidjson::Value& r) { return str(r, "type") == "company"; });

    // Negated edges are out by default and come back with --include-negated, and only they.
    auto lg = f.json({"neighbors", "LG Electronics"});
    auto lg_all = f.json({"neighbors", "LG Electronics", "--include-negated"});
    auto plain = edge_ids(lg);
    auto added = edge_ids_where(lg_all, [](const rapidjson::Value& r) {
        return r["negated"].GetBool();
    });
    CHECK(added.size() == 1);
    CHECK(edge_ids(lg_all).size() == plain.size() + added.size());
    for (const auto& row : lg.GetArray()) CHECK_FALSE(row["negated"].GetBool());
}

TEST_CASE("evidence lists every sentence newest first and reads the same from both ends",
          "[cli][query]") {
    Fixture f;
    auto d = f.json({"evidence", "Meta Platforms", "LG Electronics"});
    REQUIRE(d.Size() == 2);
    CHECK(str(d[0], "date") == "2025-03-05");
    CHECK(str(d[1], "date") == "2025-02-01");
    CHECK(str(d[0], "url") == "https://example.com/a2");
    for (const char* k : {"sentence", "title", "publisher", "date", "url", "certainty"}) {
        CHECK(d[0].HasMember(k));
    }
    auto a = f.run({"evidence", "Meta Platforms", "LG Electronics", "--format", "json"});
    auto b = f.run({"evidence", "LG Electronics", "Meta Platforms", "--format", "json"});
    CHECK(a.out == b.out);
    auto all = f.json({"evidence", "Meta Platforms"});
    CHECK(all.Size() == 5); // two co-development statements and three other edges
    for (rapidjson::SizeType i = 1; i < all.Size(); ++i) {
        CHECK(str(all[i - 1], "date") >= str(all[i], "date"));
    }
    auto facts = f.json({"evidence", "Meta Platforms", "--certainty", "fact"});
    for (const auto& row : facts.GetArray()) CHECK(str(row, "certainty") == "fact");
    CHECK(facts.Size() == 2);
}

TEST_CASE("rank by degree, pagerank and betweenness", "[cli][query]") {
    Fixture f;
    auto degree = f.json({"rank", "--by", "degree", "--top", "1"});
    REQUIRE(degree.Size() == 1);
    CHECK(str(degree[0], "entity") == "Meta Platforms");
    CHECK(degree[0]["score"].GetInt() == 4);

    auto pr = f.json({"rank", "--by", "pagerank", "--top", "0"});
    CHECK(pr.Size() == 8); // every entity with a non-negated edge
    double total = 0;
    for (const auto& row : pr.GetArray()) total += row["score"].GetDouble();
    CHECK(total == Approx(1.0));
    for (rapidjson::SizeType i = 1; i < pr.Size(); ++i) {
        CHECK(pr[i - 1]["score"].GetDouble() >= pr[i]["score"].GetDouble());
    }

    // Meta Platforms sits between everything in its component: 4 neighbours, each pair
    // of them joined only through it (6 pairs).
    auto bc = f.json({"rank", "--by", "betweenness", "--top", "2"});
    CHECK(str(bc[0], "entity") == "Meta Platforms");
    CHECK(bc[0]["score"].GetDouble() == Approx(6.0));
    CHECK(str(bc[1], "entity") == "Beta Corp");
    CHECK(bc[1]["score"].GetDouble() == Approx(1.0));

    auto companies = f.json({"rank", "--by", "degree", "--top", "0", "--type", "company"});
    for (const auto& row : companies.GetArray()) CHECK(str(row, "type") == "company");
    CHECK(companies.Size() == 7); // Meta Quest 3 (a product) is gone

    CHECK(f.run({"rank", "--by", "fame"}).exit_code == 2);

    // With at least as many samples as entities the estimate is the exact value.
    auto sampled = f.json({"rank", "--by", "betweenness", "--top", "2", "--samples", "100"});
    CHECK(str(sampled[0], "entity") == "Meta Platforms");
    CHECK(sampled[0]["score"].GetDouble() == Approx(6.0));
    CHECK(sampled[1]["score"].GetDouble() == Approx(1.0));
}

TEST_CASE("stats takes the query filters", "[cli][query]") {
    Fixture f;
    auto all = f.json({"stats"});
    CHECK(all["edges"].GetInt() == 7); // the negated edge included
    CHECK(all["negated_edges"].GetInt() == 1);

    auto supplies = f.json({"stats", "--relation", "supplies"});
    CHECK(supplies["edges"].GetInt() == 1);
    CHECK(supplies["entities"].GetInt() == 2);
    CHECK(supplies["statements"].GetInt() == 1);
    CHECK(supplies["articles"].GetInt() == 1);
    CHECK(supplies["edges_by_relation"]["supplies"].GetInt() == 1);
    CHECK_FALSE(supplies["edges_by_relation"].HasMember("makes"));
    CHECK(str(supplies, "first_date") == "2024-06-01");

    // Filters that keep nothing give zeros, not an error.
    auto none = f.json({"stats", "--since", "2030-01-01"});
    CHECK(none["edges"].GetInt() == 0);
    CHECK(none["entities"].GetInt() == 0);
    CHECK(none["first_date"].IsNull());

    auto denied = f.json({"stats", "--include-negated", "--relation", "acquires"});
    CHECK(denied["edges"].GetInt() == 1);
    CHECK(denied["negated_edges"].GetInt() == 1);
    CHECK(f.run({"stats", "--certainty", "sure"}).exit_code != 0);
}

TEST_CASE("components and communities of a graph with two parts", "[cli][query]") {
    Fixture f;
    auto c = f.json({"components"});
    REQUIRE(c.Size() == 2);
    CHECK(c[0]["size"].GetInt() == 5);
    CHECK(str(c[0], "central") == "Meta Platforms");
    CHECK(c[0]["members"].Size() == 5);
    CHECK(c[1]["size"].GetInt() == 3);
    CHECK(str(c[1], "central") == "Beta Corp");
    auto limited = f.json({"components", "--top", "1", "--members", "2"});
    REQUIRE(limited.Size() == 1);
    CHECK(limited[0]["members"].Size() == 2);
    CHECK(limited[0]["size"].GetInt() == 5);

    auto m = f.json({"communities"});
    REQUIRE(m.IsObject());
    CHECK(str(m, "method") == "louvain");
    CHECK(m["modularity"].GetDouble() > 0.0);
    std::set<std::string> seen;
    std::size_t total = 0;
    for (const auto& comm : m["communities"].GetArray()) {
        total += comm["size"].GetUint();
        for (const auto& name : comm["members"].GetArray()) seen.insert(name.GetString());
        // A community never spans the two components.
        bool alpha_side = false, meta_side = false;
        for (const auto& name : comm["members"].GetArray()) {
            std::string n = name.GetString();
            (n.find("Corp") != std::string::npos ? alpha_side : meta_side) = true;
        }
        CHECK_FALSE((alpha_side && meta_side));
    }
    CHECK(total == 8);
    CHECK(seen.size() == 8);
}

TEST_CASE("timeline groups the relations of an entity by month", "[cli][query]") {
    Fixture f;
    auto t = f.json({"timeline", "LG Electronics"});
    REQUIRE(t.Size() == 2);
    CHECK(str(t[0], "month") == "2025-02");
    CHECK(str(t[1], "month") == "2025-03");
    CHECK(str(t[0], "entity") == "Meta Platforms");
    CHECK(str(t[0], "direction") == "both");
    CHECK(str(t[0], "certainty") == "planned");
    CHECK(str(t[1], "certainty") == "fact");
    auto meta = f.json({"timeline", "Meta Platforms", "--since", "2025-01-01"});
    for (const auto& row : meta.GetArray()) CHECK(str(row, "month") >= "2025-01");
    CHECK(meta.Size() == 3);
}

TEST_CASE("stats keeps its integer totals and adds breakdowns", "[cli][query]") {
    Fixture f;
    auto s = f.json({"stats"});
    CHECK(s["entities"].GetInt() == 9);
    CHECK(s["edges"].GetInt() == 7);
    CHECK(s["statements"].GetInt() == 8);
    CHECK(s["articles"].GetInt() == 1);
    CHECK(s["negated_edges"].GetInt() == 1);
    CHECK(s["edges_by_relation"]["co_develops_with"].GetInt() == 1);
    CHECK(s["edges_by_certainty"]["fact"].GetInt() == 5);
    CHECK(s["entities_by_type"]["product"].GetInt() == 1);
    CHECK(str(s, "first_date") == "2023-09-27");
    CHECK(str(s, "last_date") == "2025-03-05");
    auto table = f.run({"stats"});
    CHECK(table.out.find("edges_by_relation.co_develops_with") != std::string::npos);
}

TEST_CASE("every query names close candidates for an unknown entity and exits 1",
          "[cli][query]") {
    Fixture f;
    for (std::vector<std::string> args :
         {std::vector<std::string>{"path", "Nvidea", "LG Electronics"},
          std::vector<std::string>{"path", "Nvidia", "LG Electronic"},
          std::vector<std::string>{"evidence", "Meta Platfrms"},
          std::vector<std::string>{"timeline", "Meta Platfrms"},
          std::vector<std::string>{"neighbors", "Meta Platfrms"}}) {
        auto r = f.run(args);
        INFO(args[0] + " " + args[1]);
        CHECK(r.exit_code == 1);
        CHECK(r.err.find("did you mean") != std::string::npos);
        CHECK(r.out.empty());
    }
}

TEST_CASE("every query answers in jsonl and tsv with the same rows as json", "[cli][query]") {
    Fixture f;
    for (std::vector<std::string> args :
         {std::vector<std::string>{"neighbors", "Meta Platforms"},
          std::vector<std::string>{"evidence", "Meta Platforms"},
          std::vector<std::string>{"timeline", "Meta Platforms"},
          std::vector<std::string>{"rank", "--by", "pagerank"},
          std::vector<std::string>{"components"}}) {
        auto json = f.json(args);
        auto jsonl_args = args;
        jsonl_args.insert(jsonl_args.end(), {"--format", "jsonl"});
        auto jsonl = f.run(jsonl_args);
        auto tsv_args = args;
        tsv_args.insert(tsv_args.end(), {"--format", "tsv"});
        auto tsv = f.run(tsv_args);
        INFO(args[0]);
        auto lines = [](const std::string& s) { return std::count(s.begin(), s.end(), '\n'); };
        CHECK(static_cast<rapidjson::SizeType>(lines(jsonl.out)) == json.Size());
        CHECK(static_cast<rapidjson::SizeType>(lines(tsv.out)) == json.Size() + 1); // header
    }
}

TEST_CASE("the example statements give the Nvidia to LG Electronics chain", "[cli][query]") {
    namespace fs = std::filesystem;
    fs::path examples = fs::path(corpkg::testing::source_dir()) / "examples" / "statements";
    if (!fs::is_directory(examples)) {
        WARN("examples/statements is absent; skipping the example-graph check");
        return;
    }
    ScratchDir dir;
    std::string db = dir.file("ex.db");
    std::vector<std::string> args{"--db", db, "import"};
    for (const auto& entry : fs::directory_iterator(examples)) {
        if (entry.path().extension() == ".jsonl") args.push_back(entry.path().string());
    }
    if (args.size() == 3) {
        WARN("examples/statements holds no .jsonl file; skipping");
        return;
    }
    REQUIRE(run_corpkg(args).exit_code == 0);
    auto r = run_corpkg({"--db", db, "path", "Nvidia", "LG Electronics", "--format", "json"});
    REQUIRE(r.exit_code == 0);
    rapidjson::Document d;
    d.Parse(r.out.c_str());
    REQUIRE_FALSE(d.HasParseError());
    REQUIRE(d.Size() == 1);
    CHECK(d[0]["length"].GetInt() == 2);
    CHECK(std::string(d[0]["nodes"][1].GetString()) == "Meta Platforms");
    for (const auto& hop : d[0]["hops"].GetArray()) {
        CHECK(hop["sentence"].IsString());
    }
}
