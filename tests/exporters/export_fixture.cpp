#include "exporters/export_fixture.hpp"

#include <algorithm>
#include <map>
#include <set>

#include "core/graph.hpp"
#include "core/json_text.hpp"
#include "test_support.hpp"

namespace corpkg::testing {
namespace {

core::Statement statement(const std::string& s, core::Relation r, const std::string& o,
                          const std::string& sentence) {
    core::Statement st;
    st.subject = s;
    st.relation = r;
    st.object = o;
    st.evidence.sentence = sentence;
    st.evidence.rule = "test";
    return st;
}

} // namespace

void fill_fixture(core::Store& store) {
    auto markup = make_entity("Angle <&> \"Quoted\" 'Co'");
    markup.aliases = {{"A&Q", "en"}, {"앵글", "ko"}};
    auto hangul = make_entity("한빛모빌리티");
    hangul.aliases = {{"Hanbit Mobility", "en"}};
    auto emoji = make_entity("Rocket 🚀 Labs");
    auto control = make_entity(std::string("Ctrl\x01Tab\tCo"));
    control.type = core::EntityType::Unit;
    control.parent = hangul.id;
    auto person = make_entity("Jane Doe", core::EntityType::Person);
    auto product = make_entity("Widget One", core::EntityType::Product);
    product.discovered = true;

    core::Document a;
    a.article.content_hash = "fixture-a";
    a.article.source = "a.txt";
    a.article.url = "https://news.example/a";
    a.article.published = "2025-01-05";
    a.article.lang = "en";
    a.entities = {markup, hangul, emoji, control, person, product};
    auto s1 = statement(markup.id, core::Relation::Supplies, hangul.id,
                        "Angle <&> supplies \"parts\" to 한빛.");
    s1.topics = {"semiconductor"};
    auto s2 = statement(markup.id, core::Relation::PartnersWith, hangul.id,
                        "They partner on AI.");
    s2.certainty = core::Certainty::Planned;
    s2.topics = {"AI"};
    auto s3 = statement(person.id, core::Relation::Leads, emoji.id, "Jane leads Rocket 🚀.");
    auto s4 = statement(emoji.id, core::Relation::Makes, product.id,
                        std::string("Widget\x02 line\nbreak."));
    s4.certainty = core::Certainty::Speculative;
    auto s5 = statement(control.id, core::Relation::PartOf, hangul.id, "");
    auto s6 = statement(emoji.id, core::Relation::Acquires, markup.id, "Denied.");
    s6.negated = true;
    a.statements = {s1, s2, s3, s4, s5, s6};
    store.add(a);

    core::Document b;
    b.article.content_hash = "fixture-b";
    b.article.source = "b.txt";
    b.article.url = "https://news.example/b?x=1&y=2";
    b.article.published = "2025-03-09";
    b.article.lang = "ko";
    b.entities = {markup, hangul};
    auto s7 = statement(markup.id, core::Relation::Supplies, hangul.id, "앵글이 한빛에 공급한다.");
    s7.topics = {"foundry"};
    b.statements = {s7, s7};
    store.add(b);
}

std::string make_fixture_db(const std::string& path) {
    core::Store store(path);
    fill_fixture(store);
    return path;
}

std::string expected_graph_json(const core::Store& store) {
    auto view = core::GraphView::load(store, core::EdgeFilter{});
    std::string out = "{\"nodes\":{";
    bool first = true;
    for (const auto& n : view.nodes()) {
        const auto& e = n.entity;
        std::set<std::string> aliases;
        for (const auto& a : e.aliases) {
            if (a.text != e.name) aliases.insert(a.text);
        }
        out += std::string(first ? "" : ",") + core::json_quote(e.id) + ":{\"label\":" +
               core::json_quote(e.name) + ",\"type\":" +
               core::json_quote(std::string(core::to_string(e.type))) + ",\"aliases\":" +
               core::json_string_list({aliases.begin(), aliases.end()}) +
               ",\"parent\":" + core::json_quote(e.parent) +
               ",\"discovered\":" + (e.discovered ? "true" : "false") + "}";
        first = false;
    }
    out += "},\"edges\":{";
    first = true;
    for (const auto& edge : view.edges()) {
        const auto& r = edge.record;
        auto evidence = store.evidence(r.id);
        std::string sentence;
        std::vector<std::string> urls;
        for (const auto& ev : evidence) {
            if (sentence.empty()) sentence = ev.sentence;
            if (!ev.url.empty() && std::find(urls.begin(), urls.end(), ev.url) == urls.end()) {
                urls.push_back(ev.url);
            }
        }
        out += std::string(first ? "" : ",") + "\"e" + std::to_string(r.id) + "\":{" +
               "\"source\":" + core::json_quote(view.nodes()[edge.source].entity.id) +
               ",\"target\":" + core::json_quote(view.nodes()[edge.target].entity.id) +
               ",\"relation\":" + core::json_quote(std::string(core::to_string(r.relation))) +
               ",\"certainty\":" + core::json_quote(std::string(core::to_string(r.certainty))) +
               ",\"negated\":" + (r.negated ? "true" : "false") +
               ",\"weight\":" + std::to_string(r.weight) +
               ",\"mentions\":" + std::to_string(r.mentions) +
               ",\"first_seen\":" + core::json_quote(r.first_seen) +
               ",\"last_seen\":" + core::json_quote(r.last_seen) +
               ",\"topics\":" + core::json_string_list(r.topics) +
               ",\"evidence_count\":" + std::to_string(evidence.size()) +
               ",\"evidence\":" + core::json_quote(sentence) +
               ",\"source_urls\":" + core::json_string_list(urls) + "}";
        first = false;
    }
    return out + "}}";
}

bool tool_available(const std::string& command) {
    return run_shell(command + " >/dev/null 2>&1").exit_code == 0;
}

} // namespace corpkg::testing
