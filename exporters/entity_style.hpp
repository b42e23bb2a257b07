#pragma once

#include <string_view>

#include "core/model.hpp"

namespace corpkg::exporters {

/// How an entity type looks in pictures and in Gephi: one colour per type (a palette that
/// stays distinct for colour-blind readers) and a Graphviz shape.
struct EntityStyle {
    unsigned char r, g, b;
    std::string_view hex;   ///< `#rrggbb`
    std::string_view shape; ///< Graphviz node shape
    bool light_text;        ///< the fill is dark enough to need white text
};

/// The style of an entity type.
const EntityStyle& entity_style(core::EntityType type) noexcept;

/// The Graphviz line style of a certainty: solid fact, dashed planned, dotted speculative.
std::string_view certainty_line_style(core::Certainty certainty) noexcept;

} // namespace corpkg::exporters
