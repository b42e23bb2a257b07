#include <catch2/catch.hpp>
#include <map>

#include "importers/article_extractor.hpp"
#include "importers/lexicon.hpp"

using namespace corpkg;

namespace {
const importers::Lexicon& lexicon() {
    static const auto lex = importers::Lexicon::load_default();
    return lex;
}

struct Edge {
    std::string subject, relation, object, certainty;
    bool negated;
};

std::vector<Edge> edges(std::string_view text, std::string_view lang) {
    auto x = importers::extract_article(text, lang, lexicon());
    std::map<std::string, std::string> name;
    for (const auto& e : x.entities) name[e.id] = e.name;
    std::vector<Edge> out;
    for (const auto& s : x.statements) {
        out.push_back({name[s.subject], std::string(core::to_string(s.relation)), name[s.object],
                       std::string(core::to_string(s.certainty)), s.negated});
    }
    return out;
}

bool has(const std::vector<Edge>& es, const std::string& s, const std::string& r,
         const std::string& o, const std::string& certainty = "", bool negated = false) {
    for (const auto& e : es) {
        bool names = (e.subject == s && e.object == o) ||
                     (e.subject == o && e.object == s &&
                      (r == "partners_with" || r == "competes_with" || r == "meets_with" ||
                       r == "co_develops_with"));
        if (names && e.relation == r && (certainty.empty() || e.certainty == certainty) &&
            e.negated == negated) {
            return true;
        }
    }
    return false;
}
} // namespace

TEST_CASE("Korean particles decide the direction of a supply", "[importers][relations]") {
    auto es = edges("삼성전자가 애플에 OLED 패널을 공급했다.", "ko");
    CHECK(has(es, "Samsung Electronics", "supplies", "Apple", "fact"));
    CHECK_FALSE(has(es, "Apple", "supplies", "Samsung Electronics"));
    auto passive = edges("애플은 삼성전자로부터 OLED 패널을 공급받는다고 밝혔다.", "ko");
    CHECK(has(passive, "Samsung Electronics", "supplies", "Apple"));
}

TEST_CASE("English word order and voice decide the direction", "[importers][relations]") {
    auto es = edges("Samsung Electronics supplies Apple with OLED panels.", "en");
    CHECK(has(es, "Samsung Electronics", "supplies", "Apple", "fact"));
    auto passive = edges("Arm was acquired by SoftBank Group in 2016.", "en");
    CHECK(has(passive, "SoftBank Group", "acquires", "Arm"));
}

TEST_CASE("certainty comes from plan and hedge cues, speculative winning",
          "[importers][relations]") {
    CHECK(has(edges("삼성전자는 퀄컴과 협력할 계획이다.", "ko"), "Samsung Electronics",
              "partners_with", "Qualcomm", "planned"));
    CHECK(has(edges("삼성전자가 퀄컴과 협력을 추진할 것이란 전망이 나온다.", "ko"),
              "Samsung Electronics", "partners_with", "Qualcomm", "speculative"));
    CHECK(has(edges("Qualcomm could partner with Samsung Electronics next year.", "en"),
              "Samsung Electronics", "partners_with", "Qualcomm", "speculative"));
}

TEST_CASE("negated statements are kept with negated set", "[importers][relations]") {
    auto es = edges("삼성전자는 퀄컴과 협력하지 않기로 했다.", "ko");
    CHECK(has(es, "Samsung Electronics", "partners_with", "Qualcomm", "", true));
    CHECK_FALSE(has(es, "Samsung Electronics", "partners_with", "Qualcomm", "", false));
}

TEST_CASE("false friends do not fire", "[importers][relations]") {
    CHECK(edges("삼성전자와 애플의 경쟁력 비교가 화제다.", "ko").empty());
    CHECK(edges("삼성전자는 공급망 점검에 나섰다. 애플은 협력사 명단을 공개했다.", "ko").empty());
    CHECK(edges("Apple reviewed its supply chain while Samsung Electronics hired a partner at a law firm.", "en").empty());
}

TEST_CASE("양사 resolves to the last two companies and a zero subject carries over",
          "[importers][relations]") {
    auto es = edges("삼성전자는 퀄컴과 만났다. 양사는 칩을 공동 개발하기로 했다.", "ko");
    CHECK(has(es, "Samsung Electronics", "co_develops_with", "Qualcomm", "planned"));
    auto zero = edges("삼성전자는 새 전략을 내놨다. 이를 통해 퀄컴에 대한 의존도를 낮추겠다는 것이다.", "ko");
    CHECK(has(zero, "Samsung Electronics", "reduces_dependency_on", "Qualcomm", "planned"));
}

TEST_CASE("appositions give leads edges and let a person stand for the company",
          "[importers][relations]") {
    auto es = edges("젠슨 황 엔비디아 CEO는 삼성전자와 협력하겠다고 밝혔다.", "ko");
    CHECK(has(es, "Jensen Huang", "leads", "Nvidia", "fact"));
    CHECK(has(es, "Nvidia", "partners_with", "Samsung Electronics", "planned"));
    auto en = edges("Nvidia CEO Jensen Huang met Samsung Electronics chairman Lee Jae-yong.", "en");
    CHECK(has(en, "Jensen Huang", "leads", "Nvidia"));
    CHECK(has(en, "Lee Jae-yong", "leads", "Samsung Electronics"));
}

TEST_CASE("unknown names with company endings are discovered", "[importers][relations]") {
    auto x = importers::extract_article("한빛모빌리티는 삼성전자에 부품을 공급한다고 밝혔다.", "ko", lexicon());
    bool found = false;
    for (const auto& e : x.entities) found |= e.discovered && e.name == "한빛모빌리티";
    CHECK(found);
    auto en = importers::extract_article("Norvale Robotics Inc. will supply Hyundai Motor.", "en", lexicon());
    found = false;
    for (const auto& e : en.entities) found |= e.discovered && e.name == "Norvale Robotics";
    CHECK(found);
}

TEST_CASE("empty and entity-free text gives no statements", "[importers][relations]") {
    CHECK(importers::extract_article("", "ko", lexicon()).statements.empty());
    CHECK(importers::extract_article("오늘은 날씨가 맑다.", "ko", lexicon()).statements.empty());
    CHECK(importers::detect_language("삼성전자가 공급한다") == "ko");
    CHECK(importers::detect_language("Samsung supplies Apple") == "en");
}

TEST_CASE("an agent after a participle makes the relation passive", "[importers][relations]") {
    auto es = edges("Apple's newest modem chips are manufactured in Arizona by TSMC.", "en");
    CHECK(has(es, "TSMC", "manufactures_for", "Apple"));
    CHECK_FALSE(has(es, "Apple", "manufactures_for", "TSMC"));
    // A "by" in another clause is not the agent.
    auto other = edges("Apple manufactures its phones in India, and Samsung Electronics is hit by tariffs.", "en");
    CHECK_FALSE(has(other, "Samsung Electronics", "manufactures_for", "Apple"));
}

TEST_CASE("passive agents and patients are listed pairwise", "[importers][relations]") {
    auto es = edges("The screens of the latest iPhone are supplied by Samsung Display and LG Display.", "en");
    CHECK(has(es, "Samsung Display", "supplies", "Apple"));
    CHECK(has(es, "LG Display", "supplies", "Apple"));
    auto owned = edges("Kia and Hyundai Mobis are both controlled by Hyundai Motor.", "en");
    CHECK(has(owned, "Kia", "subsidiary_of", "Hyundai Motor"));
    CHECK(has(owned, "Hyundai Mobis", "subsidiary_of", "Hyundai Motor"));
}

TEST_CASE("a product stands for its maker in a directed relation", "[importers][relations]") {
    auto es = edges("The Model Y relies on battery cells supplied by CATL.", "en");
    CHECK(has(es, "CATL", "supplies", "Tesla"));
    // Not in a symmetric one: a company does not partner with a phone's maker by the phone.
    auto sym = edges("Samsung Electronics is partnering with the iPhone team.", "en");
    CHECK_FALSE(has(sym, "Samsung Electronics", "partners_with", "Apple"));
}

TEST_CASE("buying goods from a company is a supply, not an acquisition", "[importers][relations]") {
    auto es = edges("Tesla buys battery cells from LG Energy Solution and CATL.", "en");
    CHECK(has(es, "LG Energy Solution", "supplies", "Tesla"));
    CHECK(has(es, "CATL", "supplies", "Tesla"));
    CHECK_FALSE(has(es, "Tesla", "acquires", "LG Energy Solution"));
    auto deal = edges("Nvidia bought Mellanox from its shareholders.", "en");
    CHECK_FALSE(has(deal, "Mellanox", "supplies", "Nvidia"));
}

TEST_CASE("English company descriptions resolve to a company", "[importers][relations]") {
    // A plain description at the start of a sentence: the subject company.
    auto plain = edges("Apple unveiled a new laptop on Monday. The company also wants to reduce its "
                       "reliance on Qualcomm.", "en");
    CHECK(has(plain, "Apple", "reduces_dependency_on", "Qualcomm"));
    // With modifiers: another company than the subject, named earlier.
    auto described = edges("Apple sold more phones this year. Apple still relies on Qualcomm modems, and "
                           "the San Diego chipmaker will supply Apple until 2027.", "en");
    CHECK(has(described, "Qualcomm", "supplies", "Apple"));
    CHECK_FALSE(has(described, "Apple", "supplies", "Apple"));
    // After a person of a known company: that company.
    auto person = edges("Intel unveiled a new chip. Jensen Huang, Nvidia's chief executive, said the company "
                        "would invest in Arm.", "en");
    CHECK(has(person, "Nvidia", "invests_in", "Arm"));
    CHECK_FALSE(has(person, "Intel", "invests_in", "Arm"));
}

TEST_CASE("an owner's possessive names the maker of a product a few words on",
          "[importers][relations]") {
    auto es = edges("Tesla's best-selling car, the Model Y, uses cells from Panasonic.", "en");
    CHECK(has(es, "Tesla", "makes", "Tesla Model Y"));
}

TEST_CASE("Korean cues as news writes them: imports, funding, CDMO, head-to-head",
          "[importers][relations]") {
    auto imported = edges("LG에너지솔루션은 그동안 양극재 원료를 중국 CATL로부터 들여왔다.", "ko");
    CHECK(has(imported, "CATL", "supplies", "LG Energy Solution"));
    auto funded = edges("네이버는 소프트뱅크그룹으로부터 대규모 투자를 유치했다.", "ko");
    CHECK(has(funded, "SoftBank Group", "invests_in", "Naver"));
    CHECK_FALSE(has(funded, "Naver", "invests_in", "SoftBank Group"));
    auto rivals = edges("현대차와 도요타는 수소차 시장에서 맞대결을 펼친다.", "ko");
    CHECK(has(rivals, "Hyundai Motor", "competes_with", "Toyota"));
}

TEST_CASE("a Korean predicate decides the roles over a noun cue before it", "[importers][relations]") {
    auto es = edges("AMD가 TSMC에 반도체 위탁생산을 맡겼다.", "ko");
    CHECK(has(es, "TSMC", "manufactures_for", "AMD"));
    CHECK_FALSE(has(es, "AMD", "manufactures_for", "TSMC"));
    // Without the entrusting verb the noun keeps its roles.
    auto plain = edges("TSMC가 AMD의 반도체를 위탁생산한다.", "ko");
    CHECK(has(plain, "TSMC", "manufactures_for", "AMD"));
}

TEST_CASE("a description in the same clause as a name is another company", "[importers][relations]") {
    auto es = edges("Hyundai Motor Group unveiled a new robot. The group signed a deal with SoftBank Group "
                    "to acquire the robotics firm.", "en");
    CHECK_FALSE(has(es, "Hyundai Motor Group", "acquires", "SoftBank Group"));
}

TEST_CASE("pairs with modifiers stand for the last two companies", "[importers][relations]") {
    auto es = edges("Toyota sold more cars than Hyundai Motor in Europe. The two automakers compete "
                    "in the hydrogen market.", "en");
    CHECK(has(es, "Toyota", "competes_with", "Hyundai Motor"));
    auto both = edges("Samsung Electronics and SK hynix reported record profits. Both Korean chipmakers "
                      "compete fiercely in memory.", "en");
    CHECK(has(both, "Samsung Electronics", "competes_with", "SK hynix"));
}

TEST_CASE("a bare Korean company name before a quoted product is its maker", "[importers][relations]") {
    auto es = edges("이번 전시회에는 삼성전자 ‘갤럭시 S24’가 처음 공개됐다.", "ko");
    CHECK(has(es, "Samsung Electronics", "makes", "Galaxy S24"));
    // Another company's product is not claimed.
    auto other = edges("이번 전시회에는 LG전자 ‘갤럭시 S24’ 비교 부스가 마련됐다.", "ko");
    CHECK_FALSE(has(other, "LG Electronics", "makes", "Galaxy S24"));
}

TEST_CASE("a Korean companion right before the object shares its role", "[importers][relations]") {
    auto es = edges("현대모비스는 현대차와 기아에 핵심 부품을 공급한다.", "ko");
    CHECK(has(es, "Hyundai Mobis", "supplies", "Kia"));
    CHECK(has(es, "Hyundai Mobis", "supplies", "Hyundai Motor"));
    // A companion of the subject (함께) is not an object.
    auto with = edges("삼성전자는 퀄컴과 함께 애플에 부품을 공급한다.", "ko");
    CHECK_FALSE(has(with, "Samsung Electronics", "supplies", "Qualcomm"));
}

TEST_CASE("an unknown person after a title or a founding agent is discovered", "[importers][relations][discovery]") {
    auto es = edges("Veltrano Robotics Inc. builds warehouse robots. Veltrano was founded in 2018 by "
                    "Priya Nandakumar and Oskar Lindqvist. Chief Executive Priya Nandakumar said orders "
                    "doubled.", "en");
    CHECK(has(es, "Priya Nandakumar", "founded", "Veltrano Robotics"));
    CHECK(has(es, "Oskar Lindqvist", "founded", "Veltrano Robotics"));
    CHECK(has(es, "Priya Nandakumar", "leads", "Veltrano Robotics"));
    // A chain of titles of two relations gives both, to the person's known company.
    auto chain = edges("Founder and chairman Wang Chuanfu said the plant would open next year.", "en");
    CHECK(has(chain, "Wang Chuanfu", "founded", "BYD"));
    CHECK(has(chain, "Wang Chuanfu", "leads", "BYD"));
    // All-capital words and single capitalized words after a title are not persons.
    auto none = edges("Samsung Electronics said its CEO TSMC visit went well.", "en");
    for (const auto& e : none) CHECK(e.relation != "leads");
}

TEST_CASE("a business unit named with its parent is part of it", "[importers][relations][membership]") {
    auto es = edges("삼성전자 시스템LSI사업부는 새 이미지센서를 양산한다.", "ko");
    CHECK(has(es, "Samsung System LSI", "part_of", "Samsung Electronics"));
    auto en = edges("Intel Foundry, the division that makes chips for others, won a new order.", "en");
    CHECK(has(en, "Intel Foundry", "part_of", "Intel"));
    auto beside = edges("Samsung Catalyst Fund, the venture arm of Samsung Electronics, joined the round.", "en");
    CHECK(has(beside, "Samsung Catalyst Fund", "part_of", "Samsung Electronics"));
}

TEST_CASE("a possessive apposition with subsidiary gives subsidiary_of", "[importers][relations][membership]") {
    auto es = edges("The van was designed by Foxtron, Foxconn's EV subsidiary, in Taipei.", "en");
    CHECK(has(es, "Foxtron", "subsidiary_of", "Foxconn"));
    // A possessive naming something other than a subsidiary gives nothing.
    auto plain = edges("The van was designed by Foxtron, Foxconn's long-time partner, in Taipei.", "en");
    CHECK_FALSE(has(plain, "Foxtron", "subsidiary_of", "Foxconn"));
}

TEST_CASE("an English pair reference as subject fills a directed relation per member", "[importers][relations]") {
    auto es = edges("Samsung Electronics and SK hynix reported record profits. Both Korean companies "
                    "supply Nvidia.", "en");
    CHECK(has(es, "Samsung Electronics", "supplies", "Nvidia"));
    CHECK(has(es, "SK hynix", "supplies", "Nvidia"));
}

TEST_CASE("a discovered company's distinctive first word names it later", "[importers][discovery]") {
    auto es = edges("Norvik Photonics Ltd. designs optical chips. Norvik depends on TSMC for its modules.", "en");
    CHECK(has(es, "Norvik Photonics", "depends_on", "TSMC"));
    // A first word that is also a common word is not taken alone.
    auto common = edges("General Photonics Ltd. designs optical chips. In general, TSMC supplies the industry.", "en");
    for (const auto& e : common) CHECK(e.subject != "General Photonics");
}

TEST_CASE("a product after its owner's 'its' is made by the owner", "[importers][relations]") {
    auto es = edges("Samsung Electronics is widening its lead with its new Galaxy S24 phone.", "en");
    CHECK(has(es, "Samsung Electronics", "makes", "Galaxy S24"));
    // A product the lexicon gives to another maker is not claimed.
    auto other = edges("LG Electronics compared its display with its rival Galaxy S24.", "en");
    CHECK_FALSE(has(other, "LG Electronics", "makes", "Galaxy S24"));
}

TEST_CASE("an English plan governs its own clause only", "[importers][relations][modality]") {
    auto es = edges("Celltrion works with Samsung Biologics on an antibody, and the two companies plan to "
                    "co-develop a new process.", "en");
    CHECK(has(es, "Samsung Biologics", "partners_with", "Celltrion", "fact"));
    CHECK(has(es, "Samsung Biologics", "co_develops_with", "Celltrion", "planned"));
    auto plain = edges("Samsung Electronics will supply memory chips to Apple.", "en");
    CHECK(has(plain, "Samsung Electronics", "supplies", "Apple", "planned"));
    // Reports and hedges still cover the whole sentence.
    auto hedge = edges("Samsung Electronics supplies memory chips to Apple, according to a report.", "en");
    CHECK(has(hedge, "Samsung Electronics", "supplies", "Apple", "speculative"));
}

TEST_CASE("a pair reference prefers two companies named earlier in its sentence", "[importers][relations]") {
    auto es = edges("Hyundai Motor builds cars in Alabama. BYD overtook Tesla in sales last year, and the "
                    "two companies now compete in Germany.", "en");
    CHECK(has(es, "BYD", "competes_with", "Tesla"));
    CHECK_FALSE(has(es, "Hyundai Motor", "competes_with", "Tesla"));
}

TEST_CASE("the owner of a funding round is its object", "[importers][relations]") {
    auto es = edges("SoftBank Group, which led OpenAI's latest funding round, will gain a board seat.", "en");
    CHECK(has(es, "SoftBank Group", "invests_in", "OpenAI", "fact"));
    CHECK_FALSE(has(es, "OpenAI", "invests_in", "SoftBank Group"));
}

TEST_CASE("Korean coordination sees through a country modifier and 간의", "[importers][relations]") {
    auto es = edges("삼성바이오로직스는 스위스 론자, 중국 우시바이오로직스와 1위 자리를 다투고 있다.", "ko");
    CHECK(has(es, "Samsung Biologics", "competes_with", "Lonza"));
    CHECK(has(es, "Samsung Biologics", "competes_with", "WuXi Biologics"));
    auto between = edges("삼성전자와 LG전자 간의 화면 크기 경쟁이 치열하다.", "ko");
    CHECK(has(between, "Samsung Electronics", "competes_with", "LG Electronics"));
}

TEST_CASE("English builds ... for names the customer", "[importers][relations]") {
    auto es = edges("Foxconn will build electric vehicles for Mitsubishi Motors from next year.", "en");
    CHECK(has(es, "Foxconn", "manufactures_for", "Mitsubishi Motors", "planned"));
    // Without "for" building is no contract work.
    auto own = edges("Hyundai Motor builds the Ioniq 5 in Georgia.", "en");
    CHECK_FALSE(has(own, "Hyundai Motor", "manufactures_for", "Hyundai Motor"));
    for (const auto& e : own) CHECK(e.relation != "manufactures_for");
}

TEST_CASE("an English list before a symmetric cue pairs each with each name after it", "[importers][relations]") {
    auto es = edges("Samsung Electronics and Google are also working with Qualcomm and Sony on glasses.", "en");
    CHECK(has(es, "Samsung Electronics", "partners_with", "Qualcomm"));
    CHECK(has(es, "Samsung Electronics", "partners_with", "Sony"));
    CHECK(has(es, "Google", "partners_with", "Qualcomm"));
    CHECK(has(es, "Google", "partners_with", "Sony"));
    CHECK_FALSE(has(es, "Samsung Electronics", "partners_with", "Google"));
}

TEST_CASE("a Korean passive mounting names the user in the dative", "[importers][relations]") {
    auto es = edges("EV4에는 SK온의 배터리가 탑재됐다.", "ko");
    CHECK(has(es, "Kia EV4", "uses", "SK On"));
    CHECK_FALSE(has(es, "SK On", "uses", "Kia EV4"));
}

TEST_CASE("a joint venture's parents invest in it rather than partner with it",
          "[importers][relations][joint-venture]") {
    // Korean: a venture "with" one partner belongs to the subject too.
    auto ko = edges("카카오는 오픈AI와 합작법인 '카카오AI'를 세웠다.", "ko");
    CHECK(has(ko, "Kakao", "invests_in", "카카오AI", "fact"));
    CHECK(has(ko, "OpenAI", "invests_in", "카카오AI", "fact"));
    CHECK_FALSE(has(ko, "Kakao", "partners_with", "카카오AI"));
    // Korean: A와 B의 합작사 Z — the parents are the names joined to the noun, not the
    // sentence's subject, which supplies the venture.
    auto list = edges("포스코퓨처엠은 GM과 LG에너지솔루션의 배터리 합작사 얼티엄셀즈에 양극재를 납품한다.", "ko");
    CHECK(has(list, "General Motors", "invests_in", "Ultium Cells"));
    CHECK(has(list, "LG Energy Solution", "invests_in", "Ultium Cells"));
    CHECK(has(list, "POSCO Future M", "supplies", "Ultium Cells"));
    CHECK_FALSE(has(list, "POSCO Future M", "invests_in", "Ultium Cells"));
    CHECK_FALSE(has(list, "General Motors", "partners_with", "POSCO Future M"));
    // English: the venture named after the noun or before ", a joint venture".
    for (const char* text : {"Toyota and Panasonic formed a joint venture called Prime Planet Energy in 2020.",
                             "Toyota and Panasonic set up Prime Planet Energy, a joint venture, in 2020."}) {
        auto en = edges(text, "en");
        INFO(text);
        CHECK(has(en, "Toyota", "invests_in", "Prime Planet Energy", "fact"));
        CHECK(has(en, "Panasonic Holdings", "invests_in", "Prime Planet Energy", "fact"));
        CHECK_FALSE(has(en, "Panasonic Holdings", "partners_with", "Prime Planet Energy"));
    }
    // A joint venture that is only planned stays planned.
    auto planned = edges("한빛전자와 대성화학은 합작법인 '한빛대성배터리'를 설립할 계획이다.", "ko");
    CHECK(has(planned, "대성화학", "invests_in", "한빛대성배터리", "planned"));
}

TEST_CASE("relying on a maker for production is contract manufacturing and a dependence; losing "
          "ground is competition",
          "[importers][relations]") {
    auto maker = edges("Zeta Robotics relies on Acme Foundry Corp. for wafer production and packaging.", "en");
    CHECK(has(maker, "Acme Foundry", "manufactures_for", "Zeta Robotics", "fact"));
    CHECK(has(maker, "Zeta Robotics", "depends_on", "Acme Foundry", "fact"));
    CHECK_FALSE(has(maker, "Acme Foundry", "depends_on", "Zeta Robotics"));
    // A vendor relied on for its products stays a dependency.
    auto vendor = edges("Apple relies on Qualcomm for modems.", "en");
    CHECK(has(vendor, "Apple", "depends_on", "Qualcomm"));
    CHECK_FALSE(has(vendor, "Qualcomm", "manufactures_for", "Apple"));
    auto rival = edges("Intel keeps losing ground to AMD in data-center processors.", "en");
    CHECK(has(rival, "Intel", "competes_with", "AMD", "fact"));
}
