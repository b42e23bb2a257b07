#pragma once
// Helpers shared by the tests: scratch directories, running the real corpkg binary.

#include <filesystem>
#include <string>
#include <vector>

#include "core/model.hpp"

namespace corpkg::testing {

/// A fresh directory under the system temp dir, removed when the object dies.
class ScratchDir {
  public:
    ScratchDir();
    ~ScratchDir();
    ScratchDir(const ScratchDir&) = delete;
    ScratchDir& operator=(const ScratchDir&) = delete;
    const std::filesystem::path& path() const { return path_; }
    std::string file(const std::string& name) const { return (path_ / name).string(); }
    /// Writes `content` to a file in the directory and returns its path.
    std::string write(const std::string& name, const std::string& content) const;

  private:
    std::filesystem::path path_;
};

/// Result of running a command.
struct RunResult {
    int exit_code = -1;
    std::string out;
    std::string err;
};

/// Runs the built corpkg binary with these arguments (and optional stdin text).
RunResult run_corpkg(const std::vector<std::string>& args, const std::string& stdin_text = "");

/// Runs a shell command line, capturing stdout and stderr.
RunResult run_shell(const std::string& command, const std::string& stdin_text = "");

/// The repository root, and the shared folder beside it (may not exist).
std::string source_dir();
std::string shared_dir();

/// A minimal entity for tests.
core::Entity make_entity(const std::string& name, core::EntityType type = core::EntityType::Company);

/// A one-statement document for tests.
core::Document make_document(const std::string& hash, const std::string& subject,
                             core::Relation relation, const std::string& object,
                             const std::string& date = "2025-01-01");

} // namespace corpkg::testing
