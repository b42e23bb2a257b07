#include "importers/document_context.hpp"

#include <algorithm>

#include "core/name_keys.hpp"

namespace corpkg::importers {

const core::Entity* DocumentContext::entity(const std::string& id) const {
    if (const core::Entity* e = lexicon_.entities().find_id(id)) return e;
    auto it = discovered_by_id_.find(id);
    return it == discovered_by_id_.end() ? nullptr : it->second;
}

const core::Entity& DocumentContext::discover(core::Entity e) {
    if (const core::Entity* known = discovered(e.name)) return *known;
    e.id = core::slugify(e.name);
    e.discovered = true;
    discovered_.push_back(std::move(e));
    const core::Entity& stored = discovered_.back(); // a deque keeps it in place
    discovered_by_name_.emplace(stored.name, &stored);
    discovered_by_id_.emplace(stored.id, &stored);
    return stored;
}

const core::Entity* DocumentContext::discovered(const std::string& name) const {
    auto it = discovered_by_name_.find(name);
    return it == discovered_by_name_.end() ? nullptr : it->second;
}

void DocumentContext::affiliate(const std::string& person, const std::string& company) {
    affiliation_[person] = company;
}

std::string DocumentContext::company_of(const std::string& person) const {
    if (auto it = affiliation_.find(person); it != affiliation_.end()) return it->second;
    const auto& facts = lexicon_.facts(person);
    if (!facts.affiliation_id.empty()) {
        if (const core::Entity* e = entity(facts.affiliation_id);
            e != nullptr && (e->type == core::EntityType::Company ||
                             e->type == core::EntityType::Unit)) {
            return e->id;
        }
    }
    return {};
}

void DocumentContext::note_maker(const std::string& product, const std::string& maker) {
    makers_.emplace(product, maker); // the first statement wins: later ones may be rivals'
}

std::string DocumentContext::maker_of(const std::string& product) const {
    if (auto it = makers_.find(product); it != makers_.end()) return it->second;
    const std::string& maker = lexicon_.facts(product).maker_id;
    if (!maker.empty() && entity(maker) != nullptr) return maker;
    return {};
}

void DocumentContext::mention_company(const std::string& id) {
    recent_.erase(std::remove(recent_.begin(), recent_.end(), id), recent_.end());
    recent_.push_back(id);
    auto& c = mentions_.try_emplace(id, 0, mentions_.size()).first->second;
    ++c.first;
}

void DocumentContext::bring_forward(const std::string& id) {
    auto it = std::find(recent_.begin(), recent_.end(), id);
    if (it == recent_.end()) return;
    recent_.erase(it);
    recent_.push_back(id);
}

void DocumentContext::mention_product(const std::string& id) {
    ++products_.try_emplace(id, 0, products_.size()).first->second.first;
}

std::optional<std::string> DocumentContext::main_product() const {
    std::optional<std::string> best;
    std::pair<int, std::size_t> score{0, 0};
    for (const auto& [id, c] : products_) {
        if (!best || c.first > score.first || (c.first == score.first && c.second < score.second)) {
            best = id;
            score = c;
        }
    }
    return best;
}

std::optional<std::string> DocumentContext::main_company() const {
    std::optional<std::string> best;
    std::pair<int, std::size_t> score{0, 0};
    for (const auto& [id, c] : mentions_) {
        if (!best || c.first > score.first || (c.first == score.first && c.second < score.second)) {
            best = id;
            score = c;
        }
    }
    return best;
}

std::vector<std::string> DocumentContext::last_two_companies() const {
    if (recent_.size() < 2) return {};
    // A company and its own unit are not "the two companies" (Amazon and AWS): the older
    // of the two gives way to the company before it.
    auto kin = [&](const std::string& a, const std::string& b) {
        const core::Entity* x = entity(a);
        const core::Entity* y = entity(b);
        return (x && x->parent == b) || (y && y->parent == a);
    };
    const std::string& last = recent_.back();
    for (std::size_t i = recent_.size() - 1; i-- > 0;) {
        if (!kin(recent_[i], last)) return {recent_[i], last};
    }
    return {recent_[recent_.size() - 2], last};
}

void DocumentContext::use(const std::string& id) {
    if (used_ids_.count(id) != 0) return;
    if (const core::Entity* e = entity(id)) {
        used_ids_.insert(e->id); // the lexicon's or discovered_'s string: it stays in place
        used_.push_back(e);
        // A unit's parent travels with it, so the store can link them.
        if (!e->parent.empty()) use(e->parent);
    }
}

std::vector<core::Entity> DocumentContext::used_entities() const {
    std::vector<const core::Entity*> sorted = used_;
    std::sort(sorted.begin(), sorted.end(),
              [](const core::Entity* a, const core::Entity* b) { return a->id < b->id; });
    std::vector<core::Entity> out;
    out.reserve(sorted.size());
    for (const core::Entity* e : sorted) out.push_back(*e);
    return out;
}

} // namespace corpkg::importers
