// Bad input of every kind gets one clear line on stderr naming what and where, a non-zero
// exit when the run could not do its job, and never costs what the store already holds.

#include <catch2/catch.hpp>

#include <fstream>
#include <rapidjson/document.h>
#include <sstream>

#include "reliability/reliability_support.hpp"
#include "core/store.hpp"
#include "test_support.hpp"

using namespace corpkg::testing;

namespace {

const std::string kGood =
    R"({"subject":"Alpha Corp","relation":"supplies","object":"Beta Corp","evidence":"Alpha supplies Beta."})"
    "\n";

std::vector<std::string> lines_of(const std::string& text) {
    std::vector<std::string> out;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) {
        if (!line.empty()) out.push_back(line);
    }
    return out;
}

/// A database holding one stored statement file, and what it held.
struct Seeded {
    std::string db;
    StoreFacts before;
};

Seeded seed(const ScratchDir& dir) {
    std::string db = dir.file("kg.db");
    auto r = run_corpkg({"--db", db, "import", dir.write("seed.jsonl", kGood)});
    REQUIRE(r.exit_code == 0);
    return {db, read_store_facts(db)};
}

/// The store still holds everything it held before.
void require_kept(const Seeded& s) {
    StoreFacts now = read_store_facts(s.db);
    REQUIRE(now.integrity == "ok");
    REQUIRE(now.articles >= s.before.articles);
    REQUIRE(now.statements >= s.before.statements);
    for (const auto& [source, n] : s.before.statements_by_source) {
        REQUIRE(now.statements_by_source.count(source) == 1);
        REQUIRE(now.statements_by_source.at(source) == n);
    }
}

/// Imports `files` with a JSON summary on stdout, so stderr holds only the diagnostics.
RunResult import(const std::string& db, const std::vector<std::string>& files) {
    std::vector<std::string> args{"--db", db, "import", "--format", "json"};
    args.insert(args.end(), files.begin(), files.end());
    return run_corpkg(args);
}

bool is_root() { return geteuid() == 0; }

/// Runs corpkg as user nobody (root reads and writes everything, so permission problems
/// only show for an ordinary user). Empty when that is not possible here.
std::optional<RunResult> run_as_nobody(const std::vector<std::string>& args) {
    std::string cmd;
    if (is_root()) {
        if (run_shell("command -v setpriv").exit_code != 0) return std::nullopt;
        cmd = "setpriv --reuid=65534 --regid=65534 --clear-groups ";
        // A build under a private directory (mktemp -d is mode 0700) is out of nobody's reach.
        if (run_shell(cmd + "test -x '" + std::string(CORPKG_BINARY) + "'").exit_code != 0) {
            return std::nullopt;
        }
    }
    cmd += "env -u CORPKG_DB '" + std::string(CORPKG_BINARY) + "'";
    for (const auto& a : args) cmd += " '" + a + "'";
    return run_shell(cmd);
}

} // namespace

TEST_CASE("a statement file with invalid UTF-8 is rejected by line and the rest is stored",
          "[reliability][hostile]") {
    ScratchDir dir;
    Seeded s = seed(dir);
    std::string bad = dir.write("bad.jsonl", kGood + "{\"subject\":\"Gamma \xff\xfe\",\"relation\":"
                                                     "\"supplies\",\"object\":\"Delta\"}\n");
    std::string good = dir.write(
        "good.jsonl", R"({"subject":"Gamma","relation":"acquires","object":"Delta"})" "\n");
    auto r = import(s.db, {bad, good});
    REQUIRE(r.exit_code == 1);
    auto err = lines_of(r.err);
    REQUIRE(err.size() == 1);
    REQUIRE(err[0].find(bad + ":2:") == 0);
    REQUIRE(err[0].find("UTF-8") != std::string::npos);
    require_kept(s);
    StoreFacts f = read_store_facts(s.db);
    REQUIRE(f.statements_by_source.count(good) == 1);
    REQUIRE(f.statements_by_source.count(bad) == 0);
}

TEST_CASE("NUL bytes in a statement file or on standard input are rejected with the line",
          "[reliability][hostile]") {
    ScratchDir dir;
    Seeded s = seed(dir);
    std::string nul_line = std::string(R"({"subject":"Nul)") + '\0' +
                           R"(Corp","relation":"supplies","object":"Beta Corp"})" + "\n";
    std::string file = dir.write("nul.jsonl", kGood + nul_line);
    auto r = import(s.db, {file});
    REQUIRE(r.exit_code == 1);
    auto err = lines_of(r.err);
    REQUIRE(err.size() == 1);
    REQUIRE(err[0].find(file + ":2:") == 0);

    auto piped = run_corpkg({"--db", s.db, "import", "--format", "json", "-"}, nul_line);
    REQUIRE(piped.exit_code == 1);
    REQUIRE(lines_of(piped.err).size() == 1);
    REQUIRE(piped.err.find("-:1:") == 0);
    require_kept(s);
    REQUIRE(read_store_facts(s.db).articles == s.before.articles);
}

TEST_CASE("a 100 MB line is refused without reading it whole, and the other files are stored",
          "[reliability][hostile]") {
    ScratchDir dir;
    Seeded s = seed(dir);
    std::string big = dir.file("big.jsonl");
    {
        std::ofstream out(big, std::ios::binary);
        out << kGood << R"({"subject":"Alpha Corp","relation":"supplies","object":"Beta Corp","evidence":")";
        std::string chunk(1 << 20, 'x');
        for (int i = 0; i < 100; ++i) out << chunk;
        out << "\"}\n" << kGood;
    }
    std::string good = dir.write(
        "good.jsonl", R"({"subject":"Gamma","relation":"acquires","object":"Delta"})" "\n");
    long long start = now_ms();
    auto r = import(s.db, {big, good});
    long long took = now_ms() - start;
    REQUIRE(r.exit_code == 1);
    auto err = lines_of(r.err);
    REQUIRE(err.size() == 1);
    REQUIRE(err[0].find(big + ":2:") == 0);
    REQUIRE(err[0].find("longer than") != std::string::npos);
    CHECK(took < 8000);
    REQUIRE(read_store_facts(s.db).statements_by_source.count(good) == 1);
    require_kept(s);
}

TEST_CASE("deeply nested and huge JSON neither crashes nor hangs the statement importer",
          "[reliability][hostile]") {
    ScratchDir dir;
    Seeded s = seed(dir);
    // A million unclosed brackets after a good line: invalid JSON, reported by line.
    std::string deep = dir.write("deep.jsonl", kGood + std::string(1000000, '[') + "\n");
    auto r = import(s.db, {deep});
    REQUIRE(r.exit_code == 1);
    REQUIRE(lines_of(r.err).size() == 1);
    REQUIRE(r.err.find(deep + ":2: invalid JSON") == 0);

    // Valid JSON nested 200,000 deep inside an optional field, and 100,000 topics.
    std::string nested = R"({"subject":"Nest Corp","relation":"supplies","object":"Beta Corp"})"
                         "\n"
                         R"({"subject":"Nest Corp","relation":"supplies","object":"Beta Corp","topics":)" +
                         std::string(200000, '[') + std::string(200000, ']') + "}\n";
    std::string wide = R"({"subject":"Wide Corp","relation":"supplies","object":"Beta Corp","topics":[)";
    for (int i = 0; i < 100000; ++i) wide += (i ? ",\"t" : "\"t") + std::to_string(i % 50) + "\"";
    wide += "]}\n";
    auto ok = import(s.db, {dir.write("nested.jsonl", nested), dir.write("wide.jsonl", wide)});
    INFO(ok.err);
    REQUIRE(ok.exit_code == 0);
    StoreFacts f = read_store_facts(s.db);
    REQUIRE(f.articles == s.before.articles + 2);
    require_kept(s);
}

TEST_CASE("names full of XML and JSON metacharacters survive import and every export",
          "[reliability][hostile]") {
    ScratchDir dir;
    Seeded s = seed(dir);
    const std::string nasty = "<Acme & \"Sons\">'s ]]> {\"x\":[1]} \\ back\\slash";
    std::string line = R"({"subject":"<Acme & \"Sons\">'s ]]> {\"x\":[1]} \\ back\\slash",)"
                       R"("relation":"partners_with","object":"Beta Corp",)"
                       R"("evidence":"ctl \u0001 char </data> & <!-- -->"})"
                       "\n";
    REQUIRE(import(s.db, {dir.write("meta.jsonl", line)}).exit_code == 0);

    auto json = run_corpkg({"--db", s.db, "export", "--format", "json"});
    REQUIRE(json.exit_code == 0);
    rapidjson::Document doc;
    doc.Parse(json.out.data(), json.out.size());
    REQUIRE_FALSE(doc.HasParseError());
    bool found = false;
    for (const auto& n : doc["nodes"].GetArray()) {
        for (auto it = n.MemberBegin(); it != n.MemberEnd(); ++it) {
            if (it->value.IsString() && nasty == it->value.GetString()) found = true;
        }
    }
    REQUIRE(found);

    std::string graphml = dir.file("out.graphml");
    auto g = run_corpkg({"--db", s.db, "export", "--format", "graphml", "-o", graphml});
    REQUIRE(g.exit_code == 0);
    if (run_shell("command -v xmllint").exit_code != 0) {
        WARN("xmllint not installed: GraphML well-formedness not checked");
        return;
    }
    auto lint = run_shell("xmllint --noout --nonet '" + graphml + "'");
    INFO(lint.err);
    REQUIRE(lint.exit_code == 0);
    std::ifstream in(graphml);
    std::stringstream all;
    all << in.rdbuf();
    REQUIRE(all.str().find("&lt;Acme &amp; &quot;Sons&quot;&gt;") != std::string::npos);
    REQUIRE(all.str().find('\x01') == std::string::npos);
}

TEST_CASE("SQL-looking names are stored and found as plain text", "[reliability][hostile]") {
    ScratchDir dir;
    Seeded s = seed(dir);
    const std::string name = "Robert'); DROP TABLE edges;--";
    std::string line = R"({"subject":"Robert'); DROP TABLE edges;--","relation":"sues",)"
                       R"("object":"x' OR '1'='1"})" "\n";
    REQUIRE(import(s.db, {dir.write("sql.jsonl", line)}).exit_code == 0);
    auto r = run_corpkg({"--db", s.db, "neighbors", name, "--format", "json"});
    INFO(r.err);
    REQUIRE(r.exit_code == 0);
    REQUIRE(r.out.find("x' OR '1'='1") != std::string::npos);
    StoreFacts f = read_store_facts(s.db);
    REQUIRE(f.edges == s.before.edges + 1);
    require_kept(s);
}

TEST_CASE("a path that does not exist is named and the other inputs are stored",
          "[reliability][hostile]") {
    ScratchDir dir;
    Seeded s = seed(dir);
    std::string good = dir.write(
        "good.jsonl", R"({"subject":"Gamma","relation":"acquires","object":"Delta"})" "\n");
    auto r = import(s.db, {dir.file("missing/nothing.jsonl"), good});
    REQUIRE(r.exit_code == 1);
    auto err = lines_of(r.err);
    REQUIRE(err.size() == 1);
    REQUIRE(err[0].find(dir.file("missing/nothing.jsonl")) == 0);
    REQUIRE(read_store_facts(s.db).statements_by_source.count(good) == 1);

    auto no_dir = run_corpkg({"--db", dir.file("no/such/dir/kg.db"), "import", good});
    REQUIRE(no_dir.exit_code == 1);
    REQUIRE(lines_of(no_dir.err).size() == 1);
    REQUIRE(no_dir.err.find(dir.file("no/such/dir/kg.db")) != std::string::npos);
    require_kept(s);
}

TEST_CASE("an unreadable input file is named and the other inputs are stored",
          "[reliability][hostile]") {
    ScratchDir dir;
    std::filesystem::permissions(dir.path(), std::filesystem::perms::all);
    std::string good = dir.write(
        "good.jsonl", R"({"subject":"Gamma","relation":"acquires","object":"Delta"})" "\n");
    std::string secret = dir.write("secret.jsonl", kGood);
    std::filesystem::permissions(secret, std::filesystem::perms::none);
    std::string db = dir.file("kg.db");
    auto r = run_as_nobody({"--db", db, "import", "--format", "json", secret, good});
    if (!r) {
        WARN("cannot run as an unprivileged user here: unreadable files not checked");
        return;
    }
    INFO(r->err);
    REQUIRE(r->exit_code == 1);
    auto err = lines_of(r->err);
    REQUIRE(err.size() == 1);
    REQUIRE(err[0].find(secret) == 0);
    REQUIRE(err[0].find("cannot read") != std::string::npos);
    REQUIRE(read_store_facts(db).statements_by_source.count(good) == 1);
}

TEST_CASE("a read-only database refuses the import in one line and keeps its content",
          "[reliability][hostile]") {
    ScratchDir dir;
    std::filesystem::permissions(dir.path(), std::filesystem::perms::all);
    Seeded s = seed(dir);
    std::filesystem::permissions(s.db, std::filesystem::perms::owner_read |
                                           std::filesystem::perms::group_read |
                                           std::filesystem::perms::others_read);
    std::string more = dir.write(
        "more.jsonl", R"({"subject":"Gamma","relation":"acquires","object":"Delta"})" "\n");
    std::filesystem::permissions(more, std::filesystem::perms::all);
    auto r = run_as_nobody({"--db", s.db, "import", "--format", "json", more});
    if (!r) {
        WARN("cannot run as an unprivileged user here: read-only databases not checked");
        return;
    }
    INFO(r->err);
    REQUIRE(r->exit_code == 1);
    auto err = lines_of(r->err);
    REQUIRE(err.size() == 1);
    REQUIRE(err[0].find(s.db) != std::string::npos);
    REQUIRE(err[0].find("readonly") != std::string::npos);
    // Queries still read it, also where its directory is not writable either.
    std::filesystem::permissions(dir.path(), std::filesystem::perms::owner_all |
                                                 std::filesystem::perms::group_read |
                                                 std::filesystem::perms::group_exec |
                                                 std::filesystem::perms::others_read |
                                                 std::filesystem::perms::others_exec);
    auto stats = run_as_nobody({"--db", s.db, "stats", "--format", "json"});
    INFO(stats->err);
    REQUIRE(stats->exit_code == 0);
    REQUIRE(stats->out.find("\"articles\"") != std::string::npos);
    std::filesystem::permissions(s.db, std::filesystem::perms::owner_all);
    require_kept(s);
    REQUIRE(read_store_facts(s.db).articles == s.before.articles);
}

namespace {

/// A tiny tmpfs mounted for one test (root only), unmounted when done.
class TinyDisk {
  public:
    explicit TinyDisk(const std::string& dir) : dir_(dir) {
        std::filesystem::create_directories(dir);
        mounted_ = is_root() &&
                   run_shell("mount -t tmpfs -o size=1m corpkg-test '" + dir + "'").exit_code == 0;
    }
    ~TinyDisk() {
        if (mounted_) run_shell("umount '" + dir_ + "'");
    }
    bool mounted() const { return mounted_; }

  private:
    std::string dir_;
    bool mounted_ = false;
};

} // namespace

TEST_CASE("a full disk stops the import in one line and keeps what was stored",
          "[reliability][hostile]") {
    ScratchDir dir;
    write_statement_corpus(dir.file("corpus"), 12, 1500);
    TinyDisk disk(dir.file("disk"));
    std::string db = dir.file("disk/kg.db");
    std::string limit; // a file-size limit stands in for a full disk where mounting fails
    if (!disk.mounted()) {
        limit = "trap '' XFSZ; ulimit -f 1024; ";
    }
    auto run = [&](const std::vector<std::string>& files) {
        std::string cmd = limit + "exec env -u CORPKG_DB '" + std::string(CORPKG_BINARY) +
                          "' --db '" + db + "' import --format json";
        for (const auto& f : files) cmd += " '" + f + "'";
        return run_shell(cmd);
    };
    auto first = run({dir.file("corpus/shard-000.jsonl")});
    INFO(first.err);
    REQUIRE(first.exit_code == 0);
    StoreFacts before = read_store_facts(db);

    auto r = run({dir.file("corpus")});
    INFO(r.err);
    REQUIRE(r.exit_code == 1);
    auto err = lines_of(r.err);
    REQUIRE(err.size() == 1);
    REQUIRE(err[0].find(db) != std::string::npos);
    REQUIRE((err[0].find("full") != std::string::npos ||
             err[0].find("I/O error") != std::string::npos));
    StoreFacts after = read_store_facts(db);
    REQUIRE(after.integrity == "ok");
    REQUIRE(after.edges_with_wrong_mentions == 0);
    REQUIRE(after.articles >= before.articles);
    REQUIRE(after.articles < 12);
    for (const auto& [source, n] : after.statements_by_source) {
        REQUIRE(n == 1500);
    }
}

TEST_CASE("a database from a newer schema version is refused and left alone",
          "[reliability][hostile]") {
    ScratchDir dir;
    Seeded s = seed(dir);
    exec_sql(s.db, "PRAGMA user_version = 99");
    for (const auto& args : std::vector<std::vector<std::string>>{
             {"--db", s.db, "import", dir.write("more.jsonl", kGood)},
             {"--db", s.db, "stats"}}) {
        auto r = run_corpkg(args);
        REQUIRE(r.exit_code == 1);
        auto err = lines_of(r.err);
        REQUIRE(err.size() == 1);
        REQUIRE(err[0].find(s.db) != std::string::npos);
        REQUIRE(err[0].find("newer") != std::string::npos);
    }
    exec_sql(s.db, "PRAGMA user_version = " + std::to_string(corpkg::core::Store::kSchemaVersion));
    require_kept(s);
    REQUIRE(read_store_facts(s.db).articles == s.before.articles);
}

TEST_CASE("a file that is not a corpkg database is refused and left unchanged",
          "[reliability][hostile]") {
    ScratchDir dir;
    std::string text = dir.write("notes.db", "These are my notes, not a database.\n");
    std::string other = dir.file("other.db");
    exec_sql(other, "CREATE TABLE accounts (name TEXT); INSERT INTO accounts VALUES ('x')");
    std::string input = dir.write("in.jsonl", kGood);
    for (const std::string& db : {text, other}) {
        for (const auto& args : std::vector<std::vector<std::string>>{
                 {"--db", db, "import", input}, {"--db", db, "stats"}}) {
            auto r = run_corpkg(args);
            INFO(r.err);
            REQUIRE(r.exit_code == 1);
            auto err = lines_of(r.err);
            REQUIRE(err.size() == 1);
            REQUIRE(err[0].find(db) != std::string::npos);
            REQUIRE(err[0].find("not a corpkg database") != std::string::npos);
        }
    }
    std::ifstream in(text);
    std::string content((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    REQUIRE(content == "These are my notes, not a database.\n");
    auto tables = run_shell("sqlite3 '" + other + "' 'SELECT group_concat(name) FROM sqlite_master'");
    if (tables.exit_code == 0) {
        REQUIRE(tables.out == "accounts\n");
    }
}

TEST_CASE("import reports stored, duplicate and rejected files and exits 1 on a rejection",
          "[reliability][hostile]") {
    ScratchDir dir;
    std::string db = dir.file("kg.db");
    std::string a = dir.write("a.jsonl", kGood);
    std::string b = dir.write(
        "b.jsonl", R"({"subject":"Gamma","relation":"acquires","object":"Delta"})" "\n"
                   R"({"subject":"Gamma","relation":"sues","object":"Delta"})" "\n");
    std::string bad = dir.write("bad.jsonl", R"({"subject":"Gamma","relation":"likes","object":"Delta"})" "\n");
    auto first = import(db, {a, b, bad});
    REQUIRE(first.exit_code == 1);
    REQUIRE(first.err.find(bad + ":1: unknown relation 'likes'") == 0);
    REQUIRE(json_int(first.out, "stored") == 2);
    REQUIRE(json_int(first.out, "rejected") == 1);
    REQUIRE(json_int(first.out, "statements") == 3);
    auto again = import(db, {a, b});
    REQUIRE(again.exit_code == 0);
    REQUIRE(json_int(again.out, "duplicates") == 2);
    REQUIRE(json_int(again.out, "stored") == 0);

    auto strict = run_corpkg({"--db", db, "import", "--format", "json", "--strict",
                              dir.write("c.jsonl", R"({"subject":"Eps","relation":"sues","object":"Zeta"})" "\n"),
                              bad});
    REQUIRE(strict.exit_code == 1);
    REQUIRE(read_store_facts(db).articles == 2);
}

// Deep nesting on the line the input router reads to decide the kind, in a news record
// and in a node-link graph file: every JSON reader parses iteratively, so the stack
// does not grow with nesting.
TEST_CASE("deeply nested JSON in news records and graph files is rejected without a crash",
          "[reliability][hostile]") {
    ScratchDir dir;
    Seeded s = seed(dir);
    std::string news = dir.write(
        "deep-news.jsonl", "{\"text\":" + std::string(300000, '[') + "\n");
    std::string graph = dir.write("deep.json", "{\"nodes\":" + std::string(300000, '[') + "\n");
    for (const auto& file : {news, graph}) {
        auto r = import(s.db, {file});
        INFO(file << ": " << r.err);
        CHECK(r.exit_code == 1);
        CHECK(r.err.find(file) == 0);
    }
    require_kept(s);
}

TEST_CASE("bad input quoted in a diagnostic never breaks the diagnostic's line",
          "[reliability][hostile]") {
    // Found by fuzzing the GraphML importer: an entity reference cut by a line break was
    // echoed into the message with the break in it.
    ScratchDir dir;
    Seeded s = seed(dir);
    std::string graph = dir.write(
        "broken.graphml",
        "<?xml version=\"1.0\"?>\n<graphml><graph edgedefault=\"directed\">\n"
        "<node id=\"a&q\nuot;\"/>\n</graph></graphml>\n");
    std::string statements = dir.write(
        "odd.jsonl", "{\"subject\":\"Acme\",\"relation\":\"buys\\r\\nfrom\",\"object\":\"Zeta\"}\n");
    auto r = import(s.db, {graph, statements});
    INFO(r.err);
    CHECK(r.exit_code == 1);
    std::istringstream lines(r.err);
    std::string line;
    int diagnostics = 0;
    while (std::getline(lines, line)) {
        if (line.rfind("corpkg:", 0) == 0) continue; // the run's summary
        CHECK((line.rfind(graph, 0) == 0 || line.rfind(statements, 0) == 0));
        ++diagnostics;
    }
    CHECK(diagnostics == 2);
    require_kept(s);
}
