#include "core/entity_registry.hpp"

#include <algorithm>

#include "core/errors.hpp"
#include "core/name_keys.hpp"

namespace corpkg::core {
namespace {

std::size_t edit_distance(std::string_view a, std::string_view b) {
    std::vector<std::size_t> row(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j) {
        row[j] = j;
    }
    for (std::size_t i = 1; i <= a.size(); ++i) {
        std::size_t diag = row[0];
        row[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            std::size_t up = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diag + (a[i - 1] == b[j - 1] ? 0 : 1)});
            diag = up;
        }
    }
    return row[b.size()];
}

} // namespace

void EntityRegistry::index_alias(const std::string& text, const Entity* e) {
    auto& list = by_key_[name_key(text)];
    if (std::find(list.begin(), list.end(), e) == list.end()) {
        list.push_back(e);
    }
}

const Entity& EntityRegistry::add(Entity entity) {
    // Merge into an existing entity of the same canonical name.
    for (const Entity* existing : find_all(entity.name)) {
        if (existing->name != entity.name) {
            continue;
        }
        auto& target = entities_.at(existing->id);
        for (auto& alias : entity.aliases) {
            if (std::find(target.aliases.begin(), target.aliases.end(), alias) ==
                target.aliases.end()) {
                target.aliases.push_back(alias);
                index_alias(alias.text, &target);
            }
        }
        if (target.parent.empty()) {
            target.parent = entity.parent;
        }
        target.discovered = target.discovered && entity.discovered;
        return target;
    }
    std::string base = entity.id.empty() ? slugify(entity.name) : entity.id;
    std::string id = base;
    for (int n = 2; entities_.count(id) != 0; ++n) {
        id = base + "-" + std::to_string(n);
    }
    entity.id = id;
    bool has_name = std::any_of(entity.aliases.begin(), entity.aliases.end(),
                                [&](const Alias& a) { return a.text == entity.name; });
    if (!has_name) {
        entity.aliases.insert(entity.aliases.begin(), Alias{entity.name, ""});
    }
    auto [it, inserted] = entities_.emplace(id, std::move(entity));
    const Entity* stored = &it->second;
    order_.push_back(stored);
    for (const auto& alias : stored->aliases) {
        index_alias(alias.text, stored);
    }
    return *stored;
}

std::vector<const Entity*> EntityRegistry::find_all(std::string_view name) const {
    auto it = by_key_.find(name_key(name));
    return it == by_key_.end() ? std::vector<const Entity*>{} : it->second;
}

const Entity* EntityRegistry::find(std::string_view name) const {
    auto it = by_key_.find(name_key(name));
    if (it == by_key_.end() || it->second.empty()) {
        return nullptr;
    }
    std::string key = name_key(name);
    for (const Entity* e : it->second) {
        if (name_key(e->name) == key) {
            return e;
        }
    }
    return it->second.front();
}

const Entity* EntityRegistry::find_id(std::string_view id) const {
    auto it = entities_.find(id);
    return it == entities_.end() ? nullptr : &it->second;
}

const Entity& EntityRegistry::at(std::string_view id) const {
    if (const Entity* e = find_id(id)) {
        return *e;
    }
    throw NotFoundError("no entity with id '" + std::string(id) + "'");
}

std::vector<std::string> EntityRegistry::closest(std::string_view name, std::size_t limit) const {
    std::string key = name_key(name);
    std::vector<std::pair<std::size_t, const Entity*>> scored;
    for (const auto& [alias_key, list] : by_key_) {
        std::size_t d = edit_distance(key, alias_key);
        if (alias_key.rfind(key, 0) == 0 && !key.empty()) {
            d = std::min<std::size_t>(d, 1);
        }
        for (const Entity* e : list) {
            scored.emplace_back(d, e);
        }
    }
    std::sort(scored.begin(), scored.end(), [](const auto& a, const auto& b) {
        return a.first != b.first ? a.first < b.first : a.second->name < b.second->name;
    });
    std::vector<std::string> out;
    std::size_t max_distance = std::max<std::size_t>(2, key.size() / 2);
    for (const auto& [d, e] : scored) {
        if (out.size() >= limit || d > max_distance) {
            break;
        }
        if (std::find(out.begin(), out.end(), e->name) == out.end()) {
            out.push_back(e->name);
        }
    }
    return out;
}

} // namespace corpkg::core
