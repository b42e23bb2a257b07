#include <catch2/catch.hpp>
#include <filesystem>
#include <sstream>

#include "test_support.hpp"

using namespace corpkg;
using testing::run_corpkg;
using testing::ScratchDir;

namespace {

bool line_has(const std::string& out, const std::vector<std::string>& parts) {
    std::istringstream in(out);
    std::string line;
    while (std::getline(in, line)) {
        // Compare without the space JSON puts after a colon.
        for (std::size_t p; (p = line.find("\": ")) != std::string::npos;) line.erase(p + 2, 1);
        bool all = true;
        for (const auto& p : parts) all = all && line.find(p) != std::string::npos;
        if (all) return true;
    }
    return false;
}

/// The overall F1 from `corpkg eval --format json` output.
double overall_f1(const std::string& json) {
    auto at = json.find("\"f1\"");
    if (at == std::string::npos) return -1;
    return std::stod(json.substr(json.find(':', at) + 1));
}

} // namespace

TEST_CASE("extract writes statement lines that import reads back", "[cli][extract]") {
    ScratchDir dir;
    std::string article = dir.write("a.txt", "title: 예시 기사\n\n삼성전자가 애플에 OLED 패널을 공급했다고 밝혔다.\n");
    auto x = run_corpkg({"extract", article, "--format", "jsonl"});
    REQUIRE(x.exit_code == 0);
    CHECK(line_has(x.out, {"\"subject\":\"Samsung Electronics\"", "\"relation\":\"supplies\"",
                           "\"object\":\"Apple\"", "\"certainty\":\"fact\"", "\"source\":{",
                           "\"rule\":"}));
    auto imported = run_corpkg({"--db", dir.file("g.db"), "import", "-"}, x.out);
    CHECK(imported.exit_code == 0);
    auto n = run_corpkg({"--db", dir.file("g.db"), "neighbors", "삼성전자", "--format", "jsonl"});
    CHECK(n.out.find("Apple") != std::string::npos);
}

TEST_CASE("extract reads news records from standard input", "[cli][extract]") {
    auto x = run_corpkg({"extract", "-"},
                        "{\"id\":\"1\",\"lang\":\"en\",\"text\":\"Samsung Electronics supplies Apple with panels.\"}\n");
    REQUIRE(x.exit_code == 0);
    CHECK(line_has(x.out, {"Samsung Electronics", "supplies", "Apple"}));
}

TEST_CASE("extract and import give the same output and store on one thread and on several",
          "[cli][extract][threads]") {
    ScratchDir dir;
    std::string news = testing::source_dir() + "/examples/articles/news-2025-05.jsonl";
    auto one = run_corpkg({"extract", news, "--jobs", "1"});
    auto three = run_corpkg({"extract", news, "-j", "3"});
    REQUIRE(one.exit_code == 0);
    CHECK_FALSE(one.out.empty());
    CHECK(three.exit_code == 0);
    CHECK(three.out == one.out);
    // A directory of articles and news records: files are read ahead on the workers.
    std::string examples = testing::source_dir() + "/examples";
    auto a = run_corpkg({"--db", dir.file("a.db"), "import", examples, "--jobs", "1"});
    auto b = run_corpkg({"--db", dir.file("b.db"), "import", examples, "--jobs", "3"});
    REQUIRE(a.exit_code == 0);
    REQUIRE(b.exit_code == 0);
    // The same summary (files, documents, statements), the database's name aside.
    std::string summary_b = b.err;
    summary_b.replace(summary_b.find("b.db"), 4, "a.db");
    CHECK(summary_b == a.err);
    auto ea = run_corpkg({"--db", dir.file("a.db"), "export", "--format", "jsonl"});
    auto eb = run_corpkg({"--db", dir.file("b.db"), "export", "--format", "jsonl"});
    CHECK_FALSE(ea.out.empty());
    CHECK(eb.out == ea.out);
    auto sa = run_corpkg({"--db", dir.file("a.db"), "evidence", "Meta Platforms", "--format", "jsonl"});
    auto sb = run_corpkg({"--db", dir.file("b.db"), "evidence", "Meta Platforms", "--format", "jsonl"});
    CHECK_FALSE(sa.out.empty());
    CHECK(sb.out == sa.out);
    CHECK(run_corpkg({"extract", news, "--jobs", "0"}).exit_code == 2);
}

TEST_CASE("a run with bad inputs reports each and still imports the good article",
          "[cli][extract]") {
    ScratchDir dir;
    std::string good = dir.write("good.txt", "삼성전자가 애플에 OLED 패널을 공급했다.\n");
    std::string bad = dir.write("bad.txt", std::string("삼성전자\xC3\x28 공급\n"));
    std::string empty = dir.write("empty.txt", "");
    std::string huge = dir.write("huge.txt", std::string(50u << 20, 'a'));
    std::string news = dir.write("news.jsonl", "{\"id\":\"x\",\"title\":\"no text\"}\n");
    auto r = run_corpkg({"--db", dir.file("g.db"), "import", good, bad, empty, huge, news});
    CHECK(r.exit_code == 1);
    CHECK(r.err.find("bad.txt") != std::string::npos);
    CHECK(r.err.find("invalid UTF-8 at byte") != std::string::npos);
    CHECK(r.err.find("empty.txt") != std::string::npos);
    CHECK(r.err.find("huge.txt") != std::string::npos);
    CHECK(r.err.find("news.jsonl:1") != std::string::npos);
    auto n = run_corpkg({"--db", dir.file("g.db"), "neighbors", "Samsung Electronics", "--format", "jsonl"});
    CHECK(n.out.find("Apple") != std::string::npos);
}

TEST_CASE("the corpus article yields the four design-card edges", "[cli][extract][corpus]") {
    std::string article = testing::shared_dir() + "/corpus/000_7f03d7d79b0b3f18.txt";
    if (!std::filesystem::exists(article)) {
        WARN("skipped: " << article << " is absent");
        return;
    }
    auto x = run_corpkg({"extract", article, "--format", "jsonl"});
    REQUIRE(x.exit_code == 0);
    auto edge = [&](const std::string& s, const std::string& r, const std::string& o,
                    const std::string& c) {
        return line_has(x.out, {"\"subject\":\"" + s + "\"", "\"relation\":\"" + r + "\"",
                                "\"object\":\"" + o + "\"", "\"certainty\":\"" + c + "\""}) ||
               line_has(x.out, {"\"subject\":\"" + o + "\"", "\"relation\":\"" + r + "\"",
                                "\"object\":\"" + s + "\"", "\"certainty\":\"" + c + "\""});
    };
    CHECK(edge("Meta Platforms", "co_develops_with", "LG Electronics", "planned"));
    CHECK((edge("Samsung Electronics", "manufactures_for", "Meta Platforms", "speculative") ||
           edge("Samsung Foundry", "manufactures_for", "Meta Platforms", "speculative")));
    CHECK(line_has(x.out, {"\"subject\":\"Meta Platforms\"", "reduces_dependency_on",
                           "\"object\":\"Nvidia\"", "planned"}));
    CHECK(edge("Apple Vision Pro", "competes_with", "Meta Quest 3", "fact"));
    auto gold = testing::shared_dir() + "/corpus/000_7f03d7d79b0b3f18.gold.jsonl";
    auto e = run_corpkg({"eval", "--gold", gold, article, "--format", "json"});
    REQUIRE(e.exit_code == 0);
    double f1 = overall_f1(e.out);
    INFO(e.out.substr(0, 400));
    CHECK(f1 >= 0.92); // measured 0.95
}

// The floor is the F1 measured when extraction last changed (0.854), less a small margin:
// any rule change that loses examples fails here. The target for the examples is 0.85.
TEST_CASE("eval over the example articles does not fall below its measured F1 floor", "[eval]") {
    namespace fs = std::filesystem;
    std::string dir = testing::source_dir() + "/examples/articles";
    std::string gold = testing::source_dir() + "/tests/data/gold";
    if (!fs::exists(dir) || !fs::exists(gold)) {
        WARN("skipped: examples/articles or tests/data/gold is absent");
        return;
    }
    std::vector<std::string> args{"eval", "--gold", gold, "--format", "json"};
    for (const auto& f : fs::directory_iterator(dir)) {
        auto ext = f.path().extension().string();
        if (ext == ".txt" || ext == ".md") args.push_back(f.path().string());
    }
    auto e = run_corpkg(args);
    REQUIRE(e.exit_code == 0);
    double f1 = overall_f1(e.out);
    WARN("example articles F1 = " << f1);
    CHECK(f1 >= 0.848);
}

TEST_CASE("a discovered company is listed and an added entity is recognized by extraction",
          "[cli][extract]") {
    ScratchDir dir;
    std::string article = dir.write("d.txt", "한빛모빌리티는 삼성전자에 부품을 공급한다고 밝혔다.\n");
    std::string db = dir.file("g.db");
    REQUIRE(run_corpkg({"--db", db, "import", article}).exit_code == 0);
    auto listed = run_corpkg({"--db", db, "entities", "--discovered", "--format", "jsonl"});
    CHECK(listed.out.find("한빛모빌리티") != std::string::npos);
    auto added = run_corpkg({"--db", db, "entity", "add", "Hanbit Mobility", "--type", "company",
                             "--alias", "한빛모빌리티"});
    REQUIRE(added.exit_code == 0);
    auto x = run_corpkg({"--db", db, "extract", article, "--format", "jsonl"});
    CHECK(line_has(x.out, {"\"subject\":\"Hanbit Mobility\"", "\"relation\":\"supplies\"",
                           "\"object\":\"Samsung Electronics\""}));
    CHECK(run_corpkg({"--db", db, "entity", "add", "X", "--type", "planet"}).exit_code == 2);
}

TEST_CASE("a --lexicon file adds entities and relation cues without recompiling",
          "[cli][extract]") {
    ScratchDir dir;
    std::string lex = dir.write(
        "extra.json",
        R"({"entities":[{"name":"Zorblax Dynamics","type":"company","aliases":{"en":["Zorblax"]}}],)"
        R"("relation_cues":[{"lang":"en","relation":"partners_with","cues":["befriended"]}]})");
    std::string article = dir.write("z.txt", "Zorblax befriended Samsung Electronics on Monday.\n");
    auto plain = run_corpkg({"extract", article});
    CHECK(plain.out.find("Zorblax Dynamics") == std::string::npos);
    auto x = run_corpkg({"--lexicon", lex, "extract", article});
    REQUIRE(x.exit_code == 0);
    CHECK(line_has(x.out, {"Zorblax Dynamics", "\"relation\":\"partners_with\"", "Samsung Electronics"}));
    auto bad = run_corpkg({"--lexicon", dir.write("bad.json", "{\"relation_cues\":[{\"relation\":\"befriends\",\"cues\":[\"x\"]}]}"),
                           "extract", article});
    CHECK(bad.exit_code == 1);
    CHECK(bad.err.find("bad.json") != std::string::npos);
}

TEST_CASE("eval over the development set does not fall below its measured F1 floor", "[eval]") {
    std::string dev = testing::shared_dir() + "/corpus/dev.jsonl";
    if (!std::filesystem::exists(dev)) {
        WARN("skipped: " << dev << " is absent");
        return;
    }
    auto e = run_corpkg({"eval", dev, "--format", "json"});
    REQUIRE(e.exit_code == 0);
    double f1 = overall_f1(e.out);
    WARN("development set F1 = " << f1);
    CHECK(f1 >= 0.62); // measured 0.636
}
