#include "exporters/entity_style.hpp"

namespace corpkg::exporters {

const EntityStyle& entity_style(core::EntityType type) noexcept {
    // Okabe–Ito colours, indexed by EntityType's declaration order.
    static constexpr EntityStyle kStyles[] = {
        {0, 114, 178, "#0072b2", "box", true},          // company
        {230, 159, 0, "#e69f00", "ellipse", false},      // product
        {0, 158, 115, "#009e73", "oval", true},         // person (drawn with a rounded style)
        {86, 180, 233, "#56b4e9", "component", false},   // unit
        {213, 94, 0, "#d55e00", "house", true},         // government
        {153, 153, 153, "#999999", "diamond", false},    // other
    };
    auto i = static_cast<std::size_t>(type);
    return kStyles[i < std::size(kStyles) ? i : std::size(kStyles) - 1];
}

std::string_view certainty_line_style(core::Certainty certainty) noexcept {
    switch (certainty) {
    case core::Certainty::Fact: return "solid";
    case core::Certainty::Planned: return "dashed";
    case core::Certainty::Speculative: return "dotted";
    }
    return "solid";
}

} // namespace corpkg::exporters
