#include "cli/query_support.hpp"

namespace corpkg::cli {

std::unordered_map<std::int64_t, core::StoredEntity> entities_by_key(
    const core::Store& store, const std::vector<std::int64_t>& keys) {
    std::unordered_map<std::int64_t, core::StoredEntity> out;
    for (auto& s : store.entities(keys)) {
        std::int64_t key = s.key;
        out.emplace(key, std::move(s));
    }
    return out;
}

Value date_value(const std::string& date) {
    return date.empty() ? Value(nullptr) : Value(date);
}

std::string arrow(core::Relation relation, bool forward) {
    if (core::is_symmetric(relation)) return "—";
    return forward ? "→" : "←";
}

std::string direction_name(core::Relation relation, bool forward) {
    if (core::is_symmetric(relation)) return "both";
    return forward ? "out" : "in";
}

core::Direction parse_direction(const std::string& name) {
    if (name == "out") return core::Direction::Out;
    if (name == "in") return core::Direction::In;
    return core::Direction::Both;
}

} // namespace corpkg::cli
