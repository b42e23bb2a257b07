#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "cli/output.hpp"
#include "core/store.hpp"
#include "importers/lexicon.hpp"

namespace corpkg::cli {

/// Options every command shares, and the resources they open lazily.
class AppContext {
  public:
    std::string db_option;             ///< --db
    std::vector<std::string> lexicons; ///< --lexicon (repeatable)
    std::string format_name = "table"; ///< --format of the running subcommand
    int exit_code = 0;                 ///< raised to 1 by commands that had failures

    /// --db, else $CORPKG_DB, else ./corpkg.db.
    std::string db_path() const;
    /// Opens the database; Existing mode for queries (a clear error when absent).
    core::Store open_store(core::Store::Mode mode) const;
    /// The default lexicon plus every --lexicon file, loaded once.
    const importers::Lexicon& lexicon();
    Format format() const { return parse_format(format_name); }
    bool colour_stdout() const;

  private:
    std::unique_ptr<importers::Lexicon> lexicon_;
};

/// Resolves a name or alias in either language to one stored entity. Throws
/// core::NotFoundError with the closest names ("did you mean") when unknown or ambiguous.
core::StoredEntity resolve_entity(const core::Store& store, const std::string& name);

} // namespace corpkg::cli
