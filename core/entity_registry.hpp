#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/model.hpp"

namespace corpkg::core {

/// Entities by id, canonical name and alias, in memory. Built from the lexicon (and from
/// the store's entity table) at start-up; lookups are O(1) on the name key (see name_keys.hpp).
class EntityRegistry {
  public:
    /// Adds an entity, or merges it into the one with the same canonical name: aliases are
    /// united, an empty parent is filled. The id is slugify(name) when empty; a slug already
    /// taken by another name gets a numeric suffix. The canonical name is always an alias.
    /// Returns the stored entity; references stay valid until the registry is destroyed.
    const Entity& add(Entity entity);

    /// The entity whose canonical name or alias has this name key; when several share the
    /// key, the one whose canonical name matches wins, else the first added. nullptr if none.
    const Entity* find(std::string_view name) const;

    /// Every entity answering to this name (an ambiguous alias gives more than one).
    std::vector<const Entity*> find_all(std::string_view name) const;

    /// The entity with this id; nullptr if none.
    const Entity* find_id(std::string_view id) const;

    /// The entity with this id; throws NotFoundError if none.
    const Entity& at(std::string_view id) const;

    /// Up to `limit` canonical names closest to `name` (edit distance on name keys, then
    /// prefix matches), for "did you mean" messages. O(entities × name length).
    std::vector<std::string> closest(std::string_view name, std::size_t limit = 3) const;

    std::size_t size() const noexcept { return entities_.size(); }
    /// Every entity in the order added.
    const std::vector<const Entity*>& entities() const noexcept { return order_; }

  private:
    /// Lets find_id() look a string_view up without building a string.
    struct Hash {
        using is_transparent = void;
        std::size_t operator()(std::string_view s) const noexcept {
            return std::hash<std::string_view>{}(s);
        }
    };
    void index_alias(const std::string& text, const Entity* e);

    // Node-based storage keeps references stable as the registry grows.
    std::unordered_map<std::string, Entity, Hash, std::equal_to<>> entities_;
    std::vector<const Entity*> order_;
    std::unordered_map<std::string, std::vector<const Entity*>> by_key_;
};

} // namespace corpkg::core
