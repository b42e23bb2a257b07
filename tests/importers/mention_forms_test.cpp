#include <catch2/catch.hpp>
#include <map>

#include "importers/article_extractor.hpp"
#include "importers/korean_names.hpp"
#include "importers/lexicon.hpp"

// Invented sentences for names in other forms than their alias: English product plurals,
// founders after a description, named products bought from a supplier; pronouns and
// descriptions standing for names; Korean names written only in Hangul.

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

TEST_CASE("Korean personal names are romanized as their bearers spell them", "[relations][persons]") {
    CHECK(importers::romanize_korean_name("한지우") == "Han Ji-woo");
    CHECK(importers::romanize_korean_name("윤태성") == "Yoon Tae-sung");
    CHECK(importers::romanize_korean_name("김동관") == "Kim Dong-kwan");
    CHECK(importers::romanize_korean_name("이현영") == "Lee Hyun-young");
    CHECK(importers::romanize_korean_name("박준수") == "Park Joon-soo");
    // Not a name: no family name first, or not three syllables.
    CHECK(importers::romanize_korean_name("삼성전자").empty());
    CHECK(importers::romanize_korean_name("쿠팡이").empty());
}

TEST_CASE("a person named in Hangul before a title founds and leads the company described",
          "[relations][persons]") {
    auto es = edges("한빛로보틱스는 카이스트 출신인 박준수 대표가 2019년 대전에서 설립했다. "
                    "박 대표는 네이버 출신 엔지니어들과 회사를 키웠다.\n", "ko");
    INFO(Catch::Detail::stringify(es));
    CHECK(has(es, "Park Joon-soo founded 한빛로보틱스"));
    CHECK(has(es, "Park Joon-soo leads 한빛로보틱스"));
    // A title with a case particle closes the phrase: the company after it is not his.
    CHECK_FALSE(has(es, "Park Joon-soo leads Naver"));
    // An institution before a title is no person.
    auto board = edges("한빛로보틱스는 이사회 의장이 회사를 설립했다고 밝혔다.\n", "ko");
    INFO(Catch::Detail::stringify(board));
    CHECK_FALSE(has(board, "Lee Sa-hoe founded 한빛로보틱스"));
}

TEST_CASE("a Korean company's head named in brackets leads it", "[relations][persons]") {
    auto es = edges("한빛로보틱스(대표 박준수)는 삼성전자에 부품을 공급한다.\n", "ko");
    INFO(Catch::Detail::stringify(es));
    CHECK(has(es, "Park Joon-soo leads 한빛로보틱스"));
    CHECK(importers::romanize_korean_name("김철교") == "Kim Cheol-kyo");
    // Brackets that hold no title are no head.
    auto other = edges("한빛로보틱스(옛 박준수)는 삼성전자에 부품을 공급한다.\n", "ko");
    INFO(Catch::Detail::stringify(other));
    CHECK_FALSE(has(other, "Park Joon-soo leads 한빛로보틱스"));
}

TEST_CASE("a title predicated of a person names the company it belongs to", "[relations][persons]") {
    auto its = edges("Mina Lindgren, who founded Kakao in 2010 and remains its chief executive, spoke "
                     "on Monday.\n", "en");
    INFO(Catch::Detail::stringify(its));
    CHECK(has(its, "Mina Lindgren leads Kakao"));
    auto as = edges("The venture will open next year, with Naver's Jensen Huang serving as "
                    "chairman.\n", "en");
    INFO(Catch::Detail::stringify(as));
    CHECK(has(as, "Jensen Huang leads Naver"));
    // A title of another company in a list is not the person's.
    auto list = edges("Mina Lindgren, who founded Kakao in 2010, praised Naver and its chief executive.\n", "en");
    INFO(Catch::Detail::stringify(list));
    CHECK_FALSE(has(list, "Mina Lindgren leads Naver"));
}

TEST_CASE("a new name in apposition to a product noun is a product of the owner",
          "[relations][makes]") {
    auto es = edges("Hanwha Aerospace unveiled its plans on Monday. Its first product, the Orca-3 "
                    "drone engine, is built by Samsung Electronics.\n", "en");
    INFO(Catch::Detail::stringify(es));
    CHECK(has(es, "Hanwha Aerospace makes Orca-3"));
    CHECK(has(es, "Samsung Electronics manufactures_for Hanwha Aerospace"));
    auto owned = edges("Kia's only model, the Marlin pickup, uses cells from CATL.\n", "en");
    INFO(Catch::Detail::stringify(owned));
    CHECK(has(owned, "Kia makes Marlin"));
    // A customer in apposition is no product.
    auto customer = edges("Kia's largest customer, Hertz, ordered more cars.\n", "en");
    INFO(Catch::Detail::stringify(customer));
    CHECK_FALSE(has(customer, "Kia makes Hertz"));
}

TEST_CASE("a group's short form stands for a named member before the group itself",
          "[relations][reference]") {
    auto es = edges("Hyundai Motor Group said on Monday it would expand in Alabama. Hyundai Motor "
                    "builds the Ioniq 5 there. Toyota and Hyundai now compete head to head.\n", "en");
    INFO(Catch::Detail::stringify(es));
    CHECK((has(es, "Toyota competes_with Hyundai Motor") || has(es, "Hyundai Motor competes_with Toyota")));
    CHECK_FALSE((has(es, "Toyota competes_with Hyundai Motor Group") ||
                 has(es, "Hyundai Motor Group competes_with Toyota")));
    // Only the group named: the short form is still the group.
    auto group = edges("Hyundai Motor Group said on Monday it would expand in Alabama. Toyota and "
                       "Hyundai now compete head to head.\n", "en");
    INFO(Catch::Detail::stringify(group));
    CHECK((has(group, "Toyota competes_with Hyundai Motor Group") ||
           has(group, "Hyundai Motor Group competes_with Toyota")));
}

TEST_CASE("a sentence opening with It continues the previous company", "[relations][reference]") {
    auto es = edges("Hyundai Motor opened a plant in Georgia last year. It buys batteries from LG Energy "
                    "Solution for the cars built there.\n", "en");
    INFO(Catch::Detail::stringify(es));
    CHECK(has(es, "LG Energy Solution supplies Hyundai Motor"));
    // An expletive "it" names nothing.
    auto expletive = edges("Hyundai Motor opened a plant in Georgia last year. It is expected that "
                           "batteries will be bought from LG Energy Solution.\n", "en");
    INFO(Catch::Detail::stringify(expletive));
    CHECK_FALSE(has(expletive, "LG Energy Solution supplies Hyundai Motor"));
}

TEST_CASE("the robot, the headset: the product the article is about", "[relations][reference]") {
    auto es = edges("Samsung Electronics unveiled the Galaxy XR on Tuesday. The Galaxy XR costs $1,799.\n\n"
                    "The headset competes with Apple Vision Pro and the Meta Quest 3.\n", "en");
    INFO(Catch::Detail::stringify(es));
    CHECK((has(es, "Galaxy XR competes_with Apple Vision Pro") || has(es, "Apple Vision Pro competes_with Galaxy XR")));
    CHECK((has(es, "Galaxy XR competes_with Meta Quest 3") || has(es, "Meta Quest 3 competes_with Galaxy XR")));
    // A company noun stays a company description.
    auto company = edges("Samsung Electronics unveiled the Galaxy XR on Tuesday.\n\n"
                         "The company competes with Apple.\n", "en");
    INFO(Catch::Detail::stringify(company));
    CHECK_FALSE((has(company, "Galaxy XR competes_with Apple") || has(company, "Apple competes_with Galaxy XR")));
}

TEST_CASE("it after a conjunction is the sentence's subject", "[relations][reference]") {
    auto es = edges("Foxconn assembles most of Apple's iPhones, but it has steadily reduced its "
                    "reliance on Apple.\n", "en");
    INFO(Catch::Detail::stringify(es));
    CHECK(has(es, "Foxconn reduces_dependency_on Apple"));
    auto named = edges("Foxconn assembles most of Apple's iPhones, but Apple has steadily reduced its "
                       "reliance on Samsung Electronics.\n", "en");
    INFO(Catch::Detail::stringify(named));
    CHECK(has(named, "Apple reduces_dependency_on Samsung Electronics"));
    CHECK_FALSE(has(named, "Foxconn reduces_dependency_on Samsung Electronics"));
}
