#include "core/model.hpp"

#include <array>
#include <utility>

namespace corpkg::core {
namespace {

constexpr std::array<std::string_view, 6> kEntityTypes{"company", "product",    "person",
                                                       "unit",    "government", "other"};
constexpr std::array<std::string_view, 3> kCertainties{"speculative", "planned", "fact"};
constexpr std::array<std::string_view, 4> kAttributions{"article", "company", "anonymous",
                                                        "media"};

template <typename Enum, std::size_t N>
std::optional<Enum> parse_from(const std::array<std::string_view, N>& names, std::string_view s) {
    for (std::size_t i = 0; i < N; ++i) {
        if (names[i] == s) {
            return static_cast<Enum>(i);
        }
    }
    return std::nullopt;
}

} // namespace

std::string_view to_string(EntityType t) noexcept { return kEntityTypes[static_cast<int>(t)]; }
std::string_view to_string(Certainty c) noexcept { return kCertainties[static_cast<int>(c)]; }
std::string_view to_string(Attribution a) noexcept { return kAttributions[static_cast<int>(a)]; }

std::optional<EntityType> parse_entity_type(std::string_view s) noexcept {
    return parse_from<EntityType>(kEntityTypes, s);
}
std::optional<Certainty> parse_certainty(std::string_view s) noexcept {
    return parse_from<Certainty>(kCertainties, s);
}
std::optional<Attribution> parse_attribution(std::string_view s) noexcept {
    return parse_from<Attribution>(kAttributions, s);
}

void canonicalize(Statement& s) {
    if (is_symmetric(s.relation) && s.object < s.subject) {
        std::swap(s.subject, s.object);
    }
}

} // namespace corpkg::core
