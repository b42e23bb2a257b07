#include <catch2/catch.hpp>

#include "core/entity_registry.hpp"
#include "core/errors.hpp"

using namespace corpkg::core;

namespace {
Entity entity(const std::string& name, std::vector<Alias> aliases, EntityType t = EntityType::Company) {
    Entity e;
    e.name = name;
    e.type = t;
    e.aliases = std::move(aliases);
    return e;
}
} // namespace

TEST_CASE("aliases in Korean and English resolve to one entity", "[core][registry]") {
    EntityRegistry r;
    r.add(entity("Meta Platforms", {{"메타", "ko"}, {"Meta", "en"}}));
    const Entity* ko = r.find("메타");
    const Entity* en = r.find("meta platforms");
    REQUIRE(ko != nullptr);
    REQUIRE(en != nullptr);
    CHECK(ko == en);
    CHECK(ko->id == "meta-platforms");
    CHECK(r.find("LG Electronics") == nullptr);
}

TEST_CASE("lookup ignores case and white space", "[core][registry]") {
    EntityRegistry r;
    r.add(entity("LG Electronics", {{"LG전자", "ko"}}));
    CHECK(r.find("LG 전자") != nullptr);
    CHECK(r.find("lg전자") != nullptr);
    CHECK(r.find("LGELECTRONICS") != nullptr);
}

TEST_CASE("adding a known name merges aliases instead of duplicating", "[core][registry]") {
    EntityRegistry r;
    r.add(entity("Nvidia", {{"엔비디아", "ko"}}));
    r.add(entity("Nvidia", {{"NVIDIA Corp.", "en"}}));
    CHECK(r.size() == 1);
    CHECK(r.find("NVIDIA Corp.") == r.find("엔비디아"));
}

TEST_CASE("ids that collide get a numeric suffix", "[core][registry]") {
    EntityRegistry r;
    const Entity& a = r.add(entity("Acme Corp", {}));
    const Entity& b = r.add(entity("Acme-Corp", {}));
    CHECK(a.id == "acme-corp");
    CHECK(b.id == "acme-corp-2");
    CHECK(&r.at("acme-corp-2") == &b);
    CHECK_THROWS_AS(r.at("nothing"), NotFoundError);
}

TEST_CASE("an alias shared by two entities prefers the exact canonical name", "[core][registry]") {
    EntityRegistry r;
    r.add(entity("Samsung Electronics", {{"Samsung", "en"}}));
    r.add(entity("Samsung", {}, EntityType::Other));
    CHECK(r.find("Samsung")->name == "Samsung");
    CHECK(r.find_all("samsung").size() == 2);
}

TEST_CASE("closest names suggest near misses", "[core][registry]") {
    EntityRegistry r;
    r.add(entity("Samsung Electronics", {}));
    r.add(entity("SK hynix", {}));
    auto close = r.closest("Samsung Electronic");
    REQUIRE_FALSE(close.empty());
    CHECK(close.front() == "Samsung Electronics");
}
