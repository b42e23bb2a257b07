#pragma once
// Helpers for the reliability tests: statement corpora, a corpkg process running in the
// background, and checks made directly on the SQLite file.

#include <map>
#include <string>
#include <sys/types.h>
#include <vector>

namespace corpkg::testing {

/// Writes `files` statement files of `lines` statements each into `dir` (shard-NNN.jsonl)
/// and returns their paths. Names are drawn from `entities` companies, so edges are shared
/// between files and every import merges into existing edges. Deterministic.
std::vector<std::string> write_statement_corpus(const std::string& dir,
                                                int files,
                                                int lines,
                                                int entities = 500,
                                                int first_file = 0);

/// A corpkg process started in the background, its stdout and stderr going to files.
class BackgroundCorpkg {
  public:
    /// Starts the built binary with these arguments; `dir` holds its output files.
    BackgroundCorpkg(const std::vector<std::string>& args, const std::string& dir);
    ~BackgroundCorpkg();
    BackgroundCorpkg(const BackgroundCorpkg&) = delete;
    BackgroundCorpkg& operator=(const BackgroundCorpkg&) = delete;

    /// True while the process has not exited (reaps it when it has).
    bool running();
    /// Sends SIGKILL and reaps the process.
    void kill_now();
    /// Waits for the exit; the exit code, or 128 + signal when killed.
    int wait();
    std::string err() const;
    std::string out() const;

  private:
    pid_t pid_ = -1;
    int status_ = -1;
    std::string out_path_, err_path_;
};

/// What a database file holds, read straight from SQLite.
struct StoreFacts {
    std::string integrity;               ///< PRAGMA integrity_check: "ok" when sound
    int schema_version = 0;              ///< PRAGMA user_version; 0 before the schema exists
    long long tables = 0;                ///< rows of sqlite_master
    long long foreign_key_violations = 0;
    long long articles = 0;
    long long statements = 0;
    long long edges = 0;
    long long entities = 0;
    long long edges_with_wrong_mentions = 0; ///< edges whose mentions != their statements
    long long duplicate_sources = 0;         ///< articles stored twice from one file
    std::map<std::string, long long> statements_by_source; ///< article source → statements
};

/// Reads StoreFacts from the database at `path` (opened read-write so WAL is recovered).
StoreFacts read_store_facts(const std::string& path);

/// Runs one SQL statement on the database at `path` (test setup: break or age a file).
void exec_sql(const std::string& path, const std::string& sql);

/// The integer member `name` of the JSON object `json` (an import summary); -1 when absent.
long long json_int(const std::string& json, const char* name);

/// Milliseconds since an arbitrary start, for polling loops.
long long now_ms();

} // namespace corpkg::testing
