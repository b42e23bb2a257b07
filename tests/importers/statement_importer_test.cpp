#include <catch2/catch.hpp>
#include <sstream>

#include "importers/input_router.hpp"
#include "importers/statement_importer.hpp"

using namespace corpkg;

namespace {

importers::Lexicon small_lexicon() {
    importers::Lexicon lex;
    lex.add_json(R"({"entities": [
        {"name": "Meta Platforms", "type": "company", "aliases": {"ko": ["메타"], "en": ["Meta"]}},
        {"name": "LG Electronics", "type": "company", "aliases": {"ko": ["LG전자"]}}
    ]})",
                 "test");
    return lex;
}

struct Collected {
    std::vector<core::Document> docs;
    importers::ImportResult result;
};

Collected read(const std::string& text) {
    static const importers::Lexicon lex = small_lexicon();
    Collected c;
    std::istringstream in(text);
    c.result = importers::StatementImporter(lex).read(
        in, {"s.jsonl", ""}, [&](core::Document&& d) { c.docs.push_back(std::move(d)); });
    return c;
}

} // namespace

TEST_CASE("statement lines resolve names through Korean and English aliases",
          "[importers][statements]") {
    auto c = read(R"({"subject": "메타", "relation": "co_develops_with", "object": "LG전자", "certainty": "planned", "topics": ["XR"]})"
                  "\n"
                  R"({"subject": "Meta", "relation": "leads", "object": "Nobody Inc"})"
                  "\n");
    REQUIRE(c.docs.size() == 1);
    CHECK(c.result.ok());
    const auto& doc = c.docs[0];
    REQUIRE(doc.statements.size() == 2);
    CHECK(doc.statements[0].subject == "meta-platforms");
    CHECK(doc.statements[0].object == "lg-electronics");
    CHECK(doc.statements[0].certainty == core::Certainty::Planned);
    CHECK(doc.statements[0].topics == std::vector<std::string>{"XR"});
    // An unknown name becomes a new entity carried by the document.
    bool found = false;
    for (const auto& e : doc.entities) {
        found = found || (e.name == "Nobody Inc" && e.type == core::EntityType::Company);
    }
    CHECK(found);
}

TEST_CASE("one bad line rejects the whole statement file and names the line",
          "[importers][statements]") {
    auto c = read(R"({"subject": "Meta", "relation": "supplies", "object": "LG전자"})"
                  "\n"
                  R"({"subject": "Meta", "relation": "befriends", "object": "LG전자"})"
                  "\n"
                  R"({"subject": "Meta", "object": "LG전자"})"
                  "\n"
                  "{not json\n");
    CHECK(c.docs.empty());
    CHECK(c.result.rejected == 1);
    REQUIRE(c.result.diagnostics.size() == 3);
    CHECK(c.result.diagnostics[0].line == 2);
    CHECK(c.result.diagnostics[0].message.find("unknown relation 'befriends'") !=
          std::string::npos);
    CHECK(c.result.diagnostics[0].message.find("partners_with") != std::string::npos);
    CHECK(c.result.diagnostics[1].line == 3);
    CHECK(c.result.diagnostics[1].message.find("relation") != std::string::npos);
    CHECK(c.result.diagnostics[2].line == 4);
    CHECK(c.result.diagnostics[2].format().rfind("s.jsonl:4: invalid JSON", 0) == 0);
}

TEST_CASE("invalid UTF-8 in a statement file is reported with its byte offset",
          "[importers][statements]") {
    auto c = read("{\"subject\": \"Me\xFFta\", \"relation\": \"supplies\", \"object\": \"LG\"}\n");
    CHECK(c.docs.empty());
    REQUIRE(c.result.diagnostics.size() == 1);
    CHECK(c.result.diagnostics[0].message.find("invalid UTF-8 at byte 15") != std::string::npos);
}

TEST_CASE("an empty statement file stores nothing and is not an error",
          "[importers][statements]") {
    auto c = read("\n\n");
    CHECK(c.docs.empty());
    CHECK(c.result.ok());
}

TEST_CASE("the same file content gives the same content hash", "[importers][statements]") {
    std::string line = R"({"subject": "Meta", "relation": "supplies", "object": "LG전자"})";
    auto a = read(line + "\n");
    auto b = read(line + "\n");
    REQUIRE(a.docs.size() == 1);
    REQUIRE(b.docs.size() == 1);
    CHECK(a.docs[0].article.content_hash == b.docs[0].article.content_hash);
}

TEST_CASE("input kinds are told apart by extension and content", "[importers][router]") {
    using importers::InputKind;
    CHECK(importers::detect_kind("a.jsonl", R"({"subject": "A"})") == InputKind::Statements);
    CHECK(importers::detect_kind("a.jsonl", R"({"id": 1, "text": "..."})") ==
          InputKind::NewsRecords);
    CHECK(importers::detect_kind("a.txt", "title: x") == InputKind::Article);
    CHECK(importers::detect_kind("-", R"({"relation": "supplies"})") == InputKind::Statements);
    CHECK(importers::detect_kind("-", "Samsung said on Monday") == InputKind::Article);
    CHECK(importers::detect_kind("a.bin", "") == InputKind::Unknown);
}
