#include <catch2/catch.hpp>
#include <sstream>

#include "importers/article_importer.hpp"
#include "importers/input_router.hpp"
#include "importers/line_reader.hpp"
#include "importers/lexicon.hpp"

using namespace corpkg;

namespace {
const importers::Lexicon& lexicon() {
    static const auto lex = importers::Lexicon::load_default();
    return lex;
}

struct Run {
    importers::ImportResult result;
    std::vector<core::Document> docs;
};

Run run(const std::string& name, const std::string& content) {
    std::istringstream in(content);
    Run r;
    r.result = importers::import_stream(in, importers::SourceInfo{name, ""}, lexicon(),
                                        [&](core::Document&& d) { r.docs.push_back(std::move(d)); });
    return r;
}
} // namespace

TEST_CASE("an article with header lines keeps its metadata", "[importers][article]") {
    auto r = run("a.txt", "title: 삼성전자, 애플에 패널 공급\nurl: https://example.com/1\ndate: 2025-05-01\n"
                          "publisher: 예시일보\n\n삼성전자가 애플에 OLED 패널을 공급했다.\n");
    REQUIRE(r.docs.size() == 1);
    CHECK(r.docs[0].article.title == "삼성전자, 애플에 패널 공급");
    CHECK(r.docs[0].article.published == "2025-05-01");
    CHECK(r.docs[0].article.lang == "ko");
    CHECK_FALSE(r.docs[0].statements.empty());
}

TEST_CASE("invalid UTF-8, binary and empty articles are refused whole with the byte offset",
          "[importers][article]") {
    auto bad = run("bad.txt", std::string("삼성전자가 애플에 공급했다.\xFF\xFE"));
    CHECK(bad.docs.empty());
    REQUIRE(bad.result.diagnostics.size() == 1);
    CHECK(bad.result.diagnostics[0].format().find("bad.txt") != std::string::npos);
    CHECK(bad.result.diagnostics[0].message.find("byte 39") != std::string::npos);
    auto binary = run("bin.txt", std::string("\x7f" "ELF\0\0\x01", 7));
    CHECK(binary.docs.empty());
    CHECK(binary.result.rejected == 1);
    auto empty = run("empty.txt", "\n\n");
    CHECK(empty.docs.empty());
    CHECK(empty.result.rejected == 1);
}

TEST_CASE("news records stream one article a line and a record without text is reported",
          "[importers][article]") {
    std::string jsonl =
        "{\"id\":\"n1\",\"title\":\"t\",\"published\":\"2025-05-02T09:00:00Z\",\"lang\":\"en\","
        "\"text\":\"Samsung Electronics supplies Apple with OLED panels.\"}\n"
        "{\"id\":\"n2\",\"title\":\"no text\"}\n"
        "not json\n"
        "{\"id\":\"n3\",\"text\":\"삼성전자가 애플에 패널을 공급했다.\"}\n";
    auto r = run("news.jsonl", jsonl);
    REQUIRE(r.docs.size() == 2);
    CHECK(r.docs[0].article.id == "n1");
    CHECK(r.docs[0].article.published == "2025-05-02");
    CHECK(r.docs[0].article.source == "news.jsonl:1");
    CHECK(r.docs[1].article.lang == "ko");
    CHECK(r.result.rejected == 2);
    REQUIRE(r.result.diagnostics.size() == 2);
    CHECK(r.result.diagnostics[0].format().rfind("news.jsonl:2:", 0) == 0);
    CHECK(r.result.diagnostics[0].message.find("text") != std::string::npos);
}

TEST_CASE("a record with gold statements inside is still a news record", "[importers][article]") {
    CHECK(importers::detect_kind("dev.jsonl", "{\"id\":\"x\",\"text\":\"a\",\"gold\":[{\"subject\":\"A\",\"relation\":\"acquires\",\"object\":\"B\"}]}") ==
          importers::InputKind::NewsRecords);
    CHECK(importers::detect_kind("s.jsonl", "{\"subject\":\"A\",\"relation\":\"acquires\",\"object\":\"B\"}") ==
          importers::InputKind::Statements);
}

TEST_CASE("the line reader keeps at most its limit of a line and reads past the rest",
          "[importers][article]") {
    // The long line spans several of the reader's blocks.
    std::string long_line(200000, 'x');
    std::istringstream in("ab\n\n" + long_line + "\r\nlast");
    importers::LineReader lines(in, 100);
    std::string line;
    bool too_long = true;
    REQUIRE(lines.next(line, too_long));
    CHECK(line == "ab");
    CHECK_FALSE(too_long);
    CHECK(lines.line_number() == 1);
    REQUIRE(lines.next(line, too_long));
    CHECK(line.empty());
    CHECK(lines.line_offset() == 3);
    REQUIRE(lines.next(line, too_long));
    CHECK(too_long);
    CHECK(line == long_line.substr(0, 100));
    CHECK(lines.line_number() == 3);
    CHECK(lines.line_offset() == 4);
    REQUIRE(lines.next(line, too_long));
    CHECK_FALSE(too_long);
    CHECK(line == "last");
    CHECK(lines.line_offset() == 4 + long_line.size() + 2);
    CHECK_FALSE(lines.next(line, too_long));
}

TEST_CASE("an over-long line refuses the article with its line and byte offset",
          "[importers][article]") {
    std::string text = "\xEC\xA0\x9C\xEB\xAA\xA9\n" + std::string(importers::kMaxArticleBytes + 10, 'a') +
                       "\n\xEB\x81\x9D.\n";
    auto r = run("long.txt", text);
    CHECK(r.docs.empty());
    CHECK(r.result.rejected == 1);
    REQUIRE(r.result.diagnostics.size() == 1);
    CHECK(r.result.diagnostics[0].format().rfind("long.txt:2:", 0) == 0);
    CHECK(r.result.diagnostics[0].message.find("starts at byte 7") != std::string::npos);
}

TEST_CASE("an over-long news record is skipped with its line and offset, the others are read",
          "[importers][article]") {
    std::string good = "{\"id\":\"g\",\"lang\":\"en\","
                       "\"text\":\"Samsung Electronics supplies Apple with OLED panels.\"}";
    std::string huge = "{\"id\":\"h\",\"text\":\"" +
                       std::string(importers::kMaxArticleBytes + 70000, 'a') + "\"}";
    // Over-long first: the kind is still told from the start of the line.
    auto first = run("news.jsonl", huge + "\n" + good + "\n");
    CHECK(first.docs.size() == 1);
    REQUIRE(first.result.diagnostics.size() == 1);
    CHECK(first.result.diagnostics[0].format().rfind("news.jsonl:1:", 0) == 0);
    CHECK(first.result.diagnostics[0].message.find("starts at byte 0") != std::string::npos);

    auto middle = run("news.jsonl", good + "\n" + huge + "\n" + good + "\n");
    CHECK(middle.docs.size() == 2);
    CHECK(middle.result.rejected == 1);
    REQUIRE(middle.result.diagnostics.size() == 1);
    CHECK(middle.result.diagnostics[0].format().rfind("news.jsonl:2:", 0) == 0);
    CHECK(middle.result.diagnostics[0].message.find(
              "starts at byte " + std::to_string(good.size() + 1)) != std::string::npos);
}

TEST_CASE("news records extracted on several threads arrive in stream order with the same "
          "statements and diagnostics as on one",
          "[importers][article][threads]") {
    // Records of different lengths finish out of order on the workers; bad lines between
    // them must still be reported in line order.
    const std::vector<std::string> bodies = {
        "Samsung Electronics supplies Apple with OLED panels.",
        "삼성전자가 애플에 패널을 공급했다. 양사는 차세대 제품도 공동 개발할 계획이다.",
        "Intel agreed to acquire Tower Semiconductor, the companies said.",
        "LG전자는 마이크로소프트와 데이터센터 냉각 분야에서 협력하기로 했다.",
    };
    std::string jsonl;
    std::size_t expected_docs = 0, expected_bad = 0;
    for (int i = 0; i < 120; ++i) {
        if (i % 17 == 5) {
            jsonl += "{\"id\": broken\n";
            ++expected_bad;
            continue;
        }
        if (i % 23 == 7) {
            jsonl += "{\"id\":\"x" + std::to_string(i) + "\"}\n";
            ++expected_bad;
            continue;
        }
        std::string body = bodies[static_cast<std::size_t>(i) % bodies.size()];
        for (int k = 0; k < i % 5; ++k) body += " " + body; // uneven work per record
        jsonl += "{\"id\":\"n" + std::to_string(i) + "\",\"text\":\"" + body + "\"}\n";
        ++expected_docs;
    }
    auto read = [&](unsigned workers) {
        std::istringstream in(jsonl);
        Run r;
        r.result = importers::import_stream(
            in, importers::SourceInfo{"news.jsonl", "", workers}, lexicon(),
            [&](core::Document&& d) { r.docs.push_back(std::move(d)); });
        return r;
    };
    Run one = read(1);
    Run four = read(4);
    REQUIRE(one.docs.size() == expected_docs);
    REQUIRE(four.docs.size() == expected_docs);
    CHECK(four.result.documents == one.result.documents);
    CHECK(four.result.rejected == expected_bad);
    for (std::size_t i = 0; i < one.docs.size(); ++i) {
        CHECK(four.docs[i].article.id == one.docs[i].article.id);
        REQUIRE(four.docs[i].statements.size() == one.docs[i].statements.size());
        for (std::size_t k = 0; k < one.docs[i].statements.size(); ++k) {
            CHECK(four.docs[i].statements[k].subject == one.docs[i].statements[k].subject);
            CHECK(four.docs[i].statements[k].relation == one.docs[i].statements[k].relation);
            CHECK(four.docs[i].statements[k].object == one.docs[i].statements[k].object);
        }
    }
    REQUIRE(four.result.diagnostics.size() == one.result.diagnostics.size());
    for (std::size_t i = 0; i < one.result.diagnostics.size(); ++i) {
        CHECK(four.result.diagnostics[i].format() == one.result.diagnostics[i].format());
    }
}

TEST_CASE("articles carry their deduplication key unless the caller stores nothing",
          "[importers][article]") {
    const std::string article = "삼성전자가 애플에 OLED 패널을 공급했다.\n";
    const std::string record =
        "{\"id\":\"n1\",\"text\":\"Samsung Electronics supplies Apple with OLED panels.\"}\n";
    for (const std::string& name : {std::string("a.txt"), std::string("news.jsonl")}) {
        INFO(name);
        const std::string& content = name == "a.txt" ? article : record;
        auto keyed = run(name, content);
        REQUIRE(keyed.docs.size() == 1);
        CHECK(keyed.docs[0].article.content_hash.size() == 32);
        // Same text, same key: the store refuses the second import as a duplicate.
        CHECK(run(name, content).docs[0].article.content_hash == keyed.docs[0].article.content_hash);
        std::istringstream in(content);
        std::vector<core::Document> docs;
        importers::SourceInfo source{name, ""};
        source.content_keys = false;
        importers::import_stream(in, source, lexicon(),
                                 [&](core::Document&& d) { docs.push_back(std::move(d)); });
        REQUIRE(docs.size() == 1);
        CHECK(docs[0].article.content_hash.empty());
        CHECK(docs[0].statements.size() == keyed.docs[0].statements.size());
    }
}
