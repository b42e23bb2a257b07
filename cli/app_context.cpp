#include "cli/app_context.hpp"

#include <cstdlib>
#include <filesystem>
#include <unistd.h>

#include "core/errors.hpp"

namespace corpkg::cli {

std::string AppContext::db_path() const {
    if (!db_option.empty()) {
        return db_option;
    }
    if (const char* env = std::getenv("CORPKG_DB"); env != nullptr && *env != '\0') {
        return env;
    }
    return "corpkg.db";
}

core::Store AppContext::open_store(core::Store::Mode mode) const {
    return core::Store(db_path(), mode);
}

const importers::Lexicon& AppContext::lexicon() {
    if (!lexicon_) {
        lexicon_ = std::make_unique<importers::Lexicon>(importers::Lexicon::load_default());
        for (const auto& path : lexicons) {
            lexicon_->add_file(path);
        }
        // Entities a user added (`corpkg entity add`) live in the database; extraction
        // knows them too. Entities found in text stay out until promoted.
        std::error_code ec;
        if (std::filesystem::exists(db_path(), ec)) {
            core::Store store(db_path(), core::Store::Mode::Existing);
            auto& registry = lexicon_->entities();
            store.for_each_entity([&](const core::StoredEntity& s) {
                if (!s.entity.discovered && registry.find_id(s.entity.id) == nullptr) {
                    registry.add(s.entity);
                }
            });
        }
    }
    return *lexicon_;
}

bool AppContext::colour_stdout() const { return use_colour(STDOUT_FILENO); }

core::StoredEntity resolve_entity(const core::Store& store, const std::string& name) {
    auto found = store.resolve(name);
    if (found.size() == 1) {
        return found.front();
    }
    if (found.empty()) {
        std::string message = "no entity named '" + name + "' in " + store.path();
        auto close = store.closest_names(name);
        if (!close.empty()) {
            message += "; did you mean: ";
            for (std::size_t i = 0; i < close.size(); ++i) {
                message += (i ? ", " : "") + close[i];
            }
        }
        throw core::NotFoundError(message);
    }
    std::string message = "'" + name + "' is ambiguous: ";
    for (std::size_t i = 0; i < found.size(); ++i) {
        message += (i ? ", " : "") + found[i].entity.name + " (" +
                   std::string(core::to_string(found[i].entity.type)) + ")";
    }
    throw core::NotFoundError(message + "; use the full name");
}

} // namespace corpkg::cli
