#include <catch2/catch.hpp>
#include <map>

#include "importers/article_extractor.hpp"
#include "importers/lexicon.hpp"

// Invented sentences for names in other forms than their alias: English product plurals,
// founders after a description, named products bought from a supplier.

using namespace corpkg;

namespace {

const importers::Lexicon& lexicon() {
    static const auto lex = importers::Lexicon::load_default();
    return lex;
}

std::vector<std::string> edges(std::string_view text, std::string_view lang = "en") {
    auto x = importers::extract_article(text, lang, lexicon());
    std::map<std::string, std::string> name;
    for (const auto& e : x.entities) name[e.id] = e.name;
    std::vector<std::string> out;
    for (const auto& s : x.statements) {
        out.push_back(name[s.subject] + " " + std::string(core::to_string(s.relation)) + " " +
                      name[s.object]);
    }
    return out;
}

bool has(const std::vector<std::string>& es, const std::string& edge) {
    return std::find(es.begin(), es.end(), edge) != es.end();
}

} // namespace

TEST_CASE("an English product name in the plural is the product", "[mentions][plural]") {
    auto es = edges("The modems in current iPads are supplied by Samsung Electronics and MediaTek.\n");
    INFO(Catch::Detail::stringify(es));
    CHECK(has(es, "Samsung Electronics supplies Apple"));
    CHECK(has(es, "MediaTek supplies Apple"));
}

TEST_CASE("a founder after two description words is found", "[mentions][persons]") {
    auto es = edges("Corvane Robotics Inc., which was founded in 2019 by MIT roboticist Dana Whitfield, "
                    "builds arms for warehouses.\n");
    INFO(Catch::Detail::stringify(es));
    CHECK(has(es, "Dana Whitfield founded Corvane Robotics"));
}

TEST_CASE("named products bought from a company make it a supplier", "[relations][goods]") {
    auto es = edges("Microsoft will buy H100s from Nvidia for its new data center.\n");
    INFO(Catch::Detail::stringify(es));
    CHECK(has(es, "Nvidia supplies Microsoft"));
    CHECK_FALSE(has(es, "Microsoft acquires Nvidia"));
}

TEST_CASE("a two-word title does not split the persons who meet", "[mentions][titles]") {
    auto es = edges("Sony Chairman Kenichiro Yoshida and Kia Executive Chair Song Ho-sung met in Tokyo.\n");
    INFO(Catch::Detail::stringify(es));
    bool met = has(es, "Kenichiro Yoshida meets_with Song Ho-sung") ||
               has(es, "Song Ho-sung meets_with Kenichiro Yoshida");
    CHECK(met);
}

TEST_CASE("\"the Y subsidiary\" is the company the text is about", "[mentions][memberships]") {
    auto es = edges("LG Display won a new panel order on Monday. "
                    "The LG Electronics affiliate will expand its plant in Paju next year.\n");
    INFO(Catch::Detail::stringify(es));
    CHECK(has(es, "LG Display subsidiary_of LG Electronics"));
}

TEST_CASE("an unknown company is named by an industry word, a technology term is not",
          "[mentions][discovery]") {
    auto es = edges("Norvik Memory filed a patent infringement lawsuit against Micron on Tuesday.\n");
    INFO(Catch::Detail::stringify(es));
    CHECK(has(es, "Norvik Memory sues Micron"));
    auto tech = edges("Samsung Electronics supplies DRAM and NAND Memory to Apple.\n");
    INFO(Catch::Detail::stringify(tech));
    for (const auto& e : tech) CHECK(e.find("NAND") == std::string::npos);
}

TEST_CASE("a short form's product belongs to its maker, not to a subsidiary company",
          "[mentions][makers]") {
    auto es = edges("Samsung Display ships foldable panels to Apple. Samsung's own Galaxy S25 sold well last quarter.\n");
    INFO(Catch::Detail::stringify(es));
    CHECK(has(es, "Samsung Electronics makes Galaxy S25"));
    CHECK_FALSE(has(es, "Samsung Display makes Galaxy S25"));
}

TEST_CASE("a Korean quoted name after a noun of its kind is a new product or company",
          "[mentions][discovery]") {
    auto es = edges("한빛반도체는 추론용 NPU '새벽-1'을 공개했다. 새벽-1에는 SK하이닉스의 HBM3E가 탑재된다. "
                    "현대차와 LG에너지솔루션이 세운 합작법인 '미래셀컴퍼니'는 내년부터 현대차에 배터리를 공급한다.\n",
                    "ko");
    INFO(Catch::Detail::stringify(es));
    CHECK(has(es, "새벽-1 uses HBM3E"));
    CHECK(has(es, "미래셀컴퍼니 supplies Hyundai Motor"));
}

TEST_CASE("a founder named before \", who founded\" is found", "[mentions][persons]") {
    auto es = edges("Title line\n\nNora Lindqvist, who founded Corvane Robotics Inc. in 2015, said the deal was fair.\n");
    INFO(Catch::Detail::stringify(es));
    CHECK(has(es, "Nora Lindqvist founded Corvane Robotics"));
}

TEST_CASE("a lower-case industry word does not end a company name", "[mentions][discovery]") {
    auto x = importers::extract_article("Foxconn, the Taiwanese electronics giant, agreed to take a stake in Nissan.\n",
                                        "en", lexicon());
    for (const auto& e : x.entities) CHECK(e.name.find("electronics") == std::string::npos);
    auto es = edges("Foxconn, the Taiwanese electronics giant, agreed to take a stake in Nissan.\n");
    INFO(Catch::Detail::stringify(es));
    CHECK(has(es, "Foxconn invests_in Nissan"));
}
