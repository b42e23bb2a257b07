#include "reliability/reliability_support.hpp"

#include <SQLiteCpp/SQLiteCpp.h>
#include <rapidjson/document.h>

#include <chrono>
#include <csignal>
#include <fcntl.h>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <sys/wait.h>
#include <unistd.h>

namespace corpkg::testing {

namespace {

std::string slurp(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

const char* const kRelations[] = {"partners_with", "supplies", "invests_in", "competes_with",
                                  "acquires", "depends_on"};

} // namespace

std::vector<std::string> write_statement_corpus(const std::string& dir,
                                                int files,
                                                int lines,
                                                int entities,
                                                int first_file) {
    std::filesystem::create_directories(dir);
    std::vector<std::string> paths;
    // A fixed linear congruential sequence: the same corpus on every run and platform.
    unsigned long long state = 0x9E3779B97F4A7C15ULL;
    auto next = [&state](unsigned long long bound) {
        state = state * 6364136223846793005ULL + 1442695040888963407ULL;
        return (state >> 33) % bound;
    };
    for (int f = 0; f < first_file + files; ++f) {
        std::ostringstream text;
        for (int i = 0; i < lines; ++i) {
            auto s = next(entities);
            auto o = (s + 1 + next(entities - 1)) % entities;
            // Skewed popularity: half the statements name one of the first 20 companies.
            if (next(2) == 0) s %= 20;
            if (s == o) o = (o + 1) % entities;
            const char* rel = kRelations[next(std::size(kRelations))];
            text << R"({"subject":"Company )" << s << R"(","relation":")" << rel
                 << R"(","object":"Company )" << o
                 << R"(","certainty":"fact","evidence":"File )" << f << " line " << i
                 << R"(.","source":{"url":"https://example.com/)" << f << "/" << i
                 << R"(","date":"2025-0)" << 1 + (i % 9) << "-1" << (f % 9) << "\"}}\n";
        }
        if (f < first_file) continue;
        char name[32];
        std::snprintf(name, sizeof name, "shard-%03d.jsonl", f);
        std::string path = (std::filesystem::path(dir) / name).string();
        std::ofstream(path, std::ios::binary) << text.str();
        paths.push_back(path);
    }
    return paths;
}

BackgroundCorpkg::BackgroundCorpkg(const std::vector<std::string>& args, const std::string& dir)
    : out_path_(dir + "/bg-" + std::to_string(now_ms()) + "-" + std::to_string(rand()) + ".out"),
      err_path_(out_path_ + ".err") {
    std::vector<std::string> argv_storage{CORPKG_BINARY};
    argv_storage.insert(argv_storage.end(), args.begin(), args.end());
    std::vector<char*> argv;
    for (auto& a : argv_storage) argv.push_back(a.data());
    argv.push_back(nullptr);
    pid_ = fork();
    if (pid_ == 0) {
        int out = open(out_path_.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
        int err = open(err_path_.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
        int in = open("/dev/null", O_RDONLY);
        dup2(in, 0);
        dup2(out, 1);
        dup2(err, 2);
        unsetenv("CORPKG_DB");
        execv(argv[0], argv.data());
        _exit(127);
    }
}

BackgroundCorpkg::~BackgroundCorpkg() {
    if (running()) kill_now();
}

bool BackgroundCorpkg::running() {
    if (pid_ <= 0 || status_ != -1) return false;
    int st = 0;
    if (waitpid(pid_, &st, WNOHANG) == pid_) {
        status_ = WIFEXITED(st) ? WEXITSTATUS(st) : 128 + WTERMSIG(st);
        return false;
    }
    return true;
}

void BackgroundCorpkg::kill_now() {
    if (running()) {
        ::kill(pid_, SIGKILL);
        wait();
    }
}

int BackgroundCorpkg::wait() {
    if (pid_ > 0 && status_ == -1) {
        int st = 0;
        waitpid(pid_, &st, 0);
        status_ = WIFEXITED(st) ? WEXITSTATUS(st) : 128 + WTERMSIG(st);
    }
    return status_;
}

std::string BackgroundCorpkg::err() const { return slurp(err_path_); }
std::string BackgroundCorpkg::out() const { return slurp(out_path_); }

StoreFacts read_store_facts(const std::string& path) {
    SQLite::Database db(path, SQLite::OPEN_READWRITE, 30000);
    StoreFacts f;
    f.integrity = db.execAndGet("PRAGMA integrity_check").getString();
    {
        SQLite::Statement q(db, "PRAGMA foreign_key_check");
        while (q.executeStep()) ++f.foreign_key_violations;
    }
    // A run killed before its schema transaction committed leaves a file without tables;
    // the schema is all-or-nothing, so no tables at all means nothing was stored.
    f.schema_version = db.execAndGet("PRAGMA user_version").getInt();
    f.tables = db.execAndGet("SELECT count(*) FROM sqlite_master").getInt64();
    if (f.schema_version == 0) {
        return f;
    }
    f.articles = db.execAndGet("SELECT count(*) FROM articles").getInt64();
    f.statements = db.execAndGet("SELECT count(*) FROM statements").getInt64();
    f.edges = db.execAndGet("SELECT count(*) FROM edges").getInt64();
    f.entities = db.execAndGet("SELECT count(*) FROM entities").getInt64();
    f.edges_with_wrong_mentions =
        db.execAndGet("SELECT count(*) FROM edges e WHERE e.mentions != "
                      "(SELECT count(*) FROM statements s WHERE s.edge = e.id)")
            .getInt64();
    f.duplicate_sources =
        db.execAndGet("SELECT count(*) - count(DISTINCT source) FROM articles").getInt64();
    SQLite::Statement q(db, "SELECT a.source, (SELECT count(*) FROM statements s "
                            "WHERE s.article = a.id) FROM articles a");
    while (q.executeStep()) {
        f.statements_by_source[q.getColumn(0).getString()] = q.getColumn(1).getInt64();
    }
    return f;
}

void exec_sql(const std::string& path, const std::string& sql) {
    SQLite::Database db(path, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE, 30000);
    db.exec(sql);
}

long long json_int(const std::string& json, const char* name) {
    rapidjson::Document doc;
    doc.Parse(json.data(), json.size());
    if (doc.HasParseError() || !doc.IsObject() || !doc.HasMember(name) ||
        !doc[name].IsInt64()) {
        return -1;
    }
    return doc[name].GetInt64();
}

long long now_ms() {
    using namespace std::chrono;
    return duration_cast<milliseconds>(steady_clock::now().time_since_epoch()).count();
}

} // namespace corpkg::testing
