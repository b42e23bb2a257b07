#include "core/relation.hpp"

#include "core/errors.hpp"

namespace corpkg::core {
namespace {

struct RelationInfo {
    Relation relation;
    std::string_view name;
    bool symmetric;
};

constexpr std::array<RelationInfo, kRelationCount> kRelations{{
    {Relation::PartnersWith, "partners_with", true},
    {Relation::CoDevelopsWith, "co_develops_with", true},
    {Relation::Supplies, "supplies", false},
    {Relation::ManufacturesFor, "manufactures_for", false},
    {Relation::InvestsIn, "invests_in", false},
    {Relation::Acquires, "acquires", false},
    {Relation::CompetesWith, "competes_with", true},
    {Relation::DependsOn, "depends_on", false},
    {Relation::ReducesDependencyOn, "reduces_dependency_on", false},
    {Relation::SubsidiaryOf, "subsidiary_of", false},
    {Relation::Sues, "sues", false},
    {Relation::Makes, "makes", false},
    {Relation::Uses, "uses", false},
    {Relation::Leads, "leads", false},
    {Relation::Founded, "founded", false},
    {Relation::MeetsWith, "meets_with", true},
    {Relation::PartOf, "part_of", false},
}};

} // namespace

const std::array<Relation, kRelationCount>& all_relations() noexcept {
    static const auto relations = [] {
        std::array<Relation, kRelationCount> out{};
        for (std::size_t i = 0; i < kRelationCount; ++i) {
            out[i] = kRelations[i].relation;
        }
        return out;
    }();
    return relations;
}

std::string_view to_string(Relation r) noexcept {
    return kRelations[static_cast<std::size_t>(r)].name;
}

std::optional<Relation> parse_relation(std::string_view name) noexcept {
    for (const auto& info : kRelations) {
        if (info.name == name) {
            return info.relation;
        }
    }
    return std::nullopt;
}

Relation relation_at(std::string_view name) {
    if (auto r = parse_relation(name)) {
        return *r;
    }
    throw UsageError("unknown relation '" + std::string(name) + "' (valid: " + relation_names() +
                     ")");
}

bool is_symmetric(Relation r) noexcept {
    return kRelations[static_cast<std::size_t>(r)].symmetric;
}

std::string relation_names() {
    std::string out;
    for (const auto& info : kRelations) {
        if (!out.empty()) {
            out += ", ";
        }
        out += info.name;
    }
    return out;
}

} // namespace corpkg::core
