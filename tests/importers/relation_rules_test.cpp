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
