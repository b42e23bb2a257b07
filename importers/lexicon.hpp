#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/entity_registry.hpp"
#include "core/model.hpp"
#include "importers/rule_set.hpp"

namespace corpkg::importers {

class MentionFinder;

/// A family of companies sharing a short name (삼성, LG, SK): the short form stands for the
/// most specific member an article names, else for `default_id`.
struct EntityGroup {
    std::string name;
    std::string default_id;
    std::vector<core::Alias> short_forms;
};

/// Known background facts about an entity, used to resolve references, never as edges.
struct EntityFacts {
    std::string group;        ///< group name, empty when none
    std::string maker_id;     ///< for products
    std::string affiliation_id; ///< for persons: the company or government they belong to
    std::string role;         ///< for persons: CEO, chairman, founder, …
};

/// The entity lexicon: every known entity with its aliases, groups and background facts,
/// read from JSON files (see importers/lexicon/entities/). Built once at start-up, then
/// shared read-only.
class Lexicon {
  public:
    Lexicon();
    ~Lexicon();
    Lexicon(Lexicon&& other) noexcept;
    Lexicon& operator=(Lexicon&& other) noexcept;
    Lexicon(const Lexicon&) = delete;
    Lexicon& operator=(const Lexicon&) = delete;

    /// The lexicon compiled into corpkg from importers/lexicon/.
    static Lexicon load_default();

    /// Adds the entities, groups and extraction rules (see RuleSet) of one JSON lexicon
    /// file. Throws core::InputError naming the file (and the byte offset of a JSON syntax
    /// error). Unknown keys are ignored.
    void add_json(std::string_view json, const std::string& source);
    /// Reads a file and adds it as add_json does.
    void add_file(const std::string& path);

    const core::EntityRegistry& entities() const noexcept { return entities_; }
    /// Mutable access (`corpkg entity add`); drops the compiled automaton.
    core::EntityRegistry& entities() noexcept;
    /// The extraction rules read with the entities.
    const RuleSet& rules() const noexcept { return rules_; }
    /// The automaton over every alias and cue, compiled on first use and kept until the
    /// lexicon changes. Not thread-safe on first call.
    const MentionFinder& finder() const;
    const std::vector<EntityGroup>& groups() const noexcept { return groups_; }
    /// Background facts of an entity id; an empty EntityFacts when none are known.
    const EntityFacts& facts(const std::string& id) const;

  private:
    core::EntityRegistry entities_;
    std::vector<EntityGroup> groups_;
    std::unordered_map<std::string, EntityFacts> facts_;
    RuleSet rules_;
    mutable std::unique_ptr<MentionFinder> finder_;
};

/// One data file compiled into the binary.
struct EmbeddedFile {
    const char* path; ///< relative to importers/lexicon/
    const char* text;
};

/// Every file under importers/lexicon/, compiled in by the build (generated source).
const std::vector<EmbeddedFile>& default_lexicon_files();

} // namespace corpkg::importers
