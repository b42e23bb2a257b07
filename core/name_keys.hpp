#pragma once

#include <string>
#include <string_view>

namespace corpkg::core {

/// The stable id of an entity: its canonical name lower-cased, ASCII punctuation and spaces
/// folded to single `-`, Hangul and CJK letters kept (`LG Electronics` → `lg-electronics`,
/// `한빛모빌리티` → `한빛모빌리티`). Characters that cannot stand in an XML NMTOKEN are dropped,
/// so every id is a valid GraphML node id. Never empty: a name with nothing usable left
/// becomes `e-<hash>`.
std::string slugify(std::string_view name);

/// The lookup key of a name or alias: ASCII lower-cased, white space removed
/// (`LG 전자`, `lg전자` and `LG전자` share one key). Input is expected in NFC.
std::string name_key(std::string_view name);

} // namespace corpkg::core
