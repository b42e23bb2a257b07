#include <catch2/catch.hpp>
#include <map>

#include "core/errors.hpp"
#include "importers/lexicon.hpp"

using namespace corpkg;

TEST_CASE("the default lexicon covers at least 400 entities of every kind",
          "[importers][lexicon]") {
    auto lex = importers::Lexicon::load_default();
    std::map<core::EntityType, int> by_type;
    for (const core::Entity* e : lex.entities().entities()) {
        ++by_type[e->type];
    }
    CHECK(lex.entities().size() >= 400);
    CHECK(by_type[core::EntityType::Company] >= 200);
    CHECK(by_type[core::EntityType::Product] >= 30);
    CHECK(by_type[core::EntityType::Person] >= 30);
    CHECK_FALSE(lex.groups().empty());
}

TEST_CASE("every default entity answers to an English alias and its parents exist",
          "[importers][lexicon]") {
    auto lex = importers::Lexicon::load_default();
    for (const core::Entity* e : lex.entities().entities()) {
        INFO(e->name);
        CHECK(lex.entities().find(e->name) != nullptr);
        if (!e->parent.empty()) {
            CHECK(lex.entities().find_id(e->parent) != nullptr);
        }
        if (e->type == core::EntityType::Unit) {
            CHECK_FALSE(e->parent.empty());
        }
    }
    for (const auto& g : lex.groups()) {
        INFO(g.name);
        CHECK(lex.entities().find_id(g.default_id) != nullptr);
    }
}

TEST_CASE("the design card's entities resolve from Korean and English names",
          "[importers][lexicon]") {
    auto lex = importers::Lexicon::load_default();
    const std::pair<const char*, const char*> pairs[] = {
        {"메타", "Meta Platforms"},         {"LG전자", "LG Electronics"},
        {"삼성전자", "Samsung Electronics"}, {"엔비디아", "Nvidia"},
        {"애플", "Apple"},                   {"비전프로", "Apple Vision Pro"},
        {"퀘스트3", "Meta Quest 3"},         {"마크 저커버그", "Mark Zuckerberg"},
    };
    for (const auto& [alias, name] : pairs) {
        INFO(alias);
        const core::Entity* e = lex.entities().find(alias);
        REQUIRE(e != nullptr);
        CHECK(e->name == name);
    }
}

TEST_CASE("a lexicon file with a syntax error names the file and the byte",
          "[importers][lexicon]") {
    importers::Lexicon lex;
    CHECK_THROWS_WITH(lex.add_json("{\"entities\": [", "extra.json"),
                      Catch::Contains("extra.json") && Catch::Contains("byte"));
    CHECK_THROWS_WITH(lex.add_json(R"({"entities": [{"name": "X", "type": "planet"}]})", "t.json"),
                      Catch::Contains("unknown type 'planet'"));
}
