#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace corpkg::core {

/// The typed relations of the graph. Direction is subject → object; symmetric relations
/// are stored once, with the smaller entity id as subject.
enum class Relation : std::uint8_t {
    PartnersWith,
    CoDevelopsWith,
    Supplies,
    ManufacturesFor,
    InvestsIn,
    Acquires,
    CompetesWith,
    DependsOn,
    ReducesDependencyOn,
    SubsidiaryOf,
    Sues,
    Makes,
    Uses,
    Leads,
    Founded,
    MeetsWith,
    PartOf,
};

inline constexpr std::size_t kRelationCount = 17;

/// Every relation, in declaration order.
const std::array<Relation, kRelationCount>& all_relations() noexcept;

/// The snake_case name (`co_develops_with`).
std::string_view to_string(Relation r) noexcept;

/// Parses a snake_case name; std::nullopt when unknown.
std::optional<Relation> parse_relation(std::string_view name) noexcept;

/// Parses a snake_case name; throws UsageError listing the valid names when unknown.
Relation relation_at(std::string_view name);

/// True for relations that read the same from both ends (partners_with, co_develops_with,
/// competes_with, meets_with).
bool is_symmetric(Relation r) noexcept;

/// Comma-separated list of every relation name, for messages.
std::string relation_names();

} // namespace corpkg::core
