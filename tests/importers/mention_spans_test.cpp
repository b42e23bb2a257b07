#include <catch2/catch.hpp>
#include <algorithm>
#include <random>
#include <string>

#include "importers/document_context.hpp"
#include "importers/entity_discovery.hpp"
#include "importers/lexicon.hpp"
#include "importers/mention_finder.hpp"
#include "importers/mention_spans.hpp"

using namespace corpkg;
using importers::Mention;

namespace {
Mention span(std::uint32_t start, std::uint32_t end) {
    Mention m;
    m.start = start;
    m.end = end;
    return m;
}

bool naive_overlaps(const std::vector<Mention>& ms, std::size_t a, std::size_t b) {
    return std::any_of(ms.begin(), ms.end(), [&](const Mention& m) { return m.start < b && a < m.end; });
}
} // namespace

TEST_CASE("mention spans see mentions appended between checks; touching is no overlap",
          "[importers][mentions]") {
    importers::MentionSpans spans;
    std::vector<Mention> ms{span(10, 20)};
    CHECK(spans.overlaps(ms, 15, 16));
    CHECK_FALSE(spans.overlaps(ms, 20, 30)); // right-open: [10, 20) ends where this starts
    CHECK_FALSE(spans.overlaps(ms, 0, 10));
    ms.push_back(span(20, 25)); // joins the first, still no byte before 10 or from 25
    CHECK(spans.overlaps(ms, 24, 40));
    CHECK_FALSE(spans.overlaps(ms, 25, 40));
    CHECK(spans.overlaps(ms, 0, 11));
}

TEST_CASE("mention spans answer as a walk over every mention would", "[importers][mentions]") {
    std::mt19937 rng(7);
    std::vector<Mention> ms;
    importers::MentionSpans spans;
    for (int step = 0; step < 2000; ++step) {
        auto a = static_cast<std::uint32_t>(rng() % 5000);
        auto b = a + 1 + static_cast<std::uint32_t>(rng() % 12);
        REQUIRE(spans.overlaps(ms, a, b) == naive_overlaps(ms, a, b));
        if (step % 3 == 0) ms.push_back(span(a, b)); // overlapping ones too
    }
}

TEST_CASE("a company discovered in a long article is a mention at every place it stands",
          "[importers][mentions]") {
    static const auto lexicon = importers::Lexicon::load_default();
    std::string text;
    const int repeats = 300;
    for (int i = 0; i < repeats; ++i) {
        text += "Tarnwick Memory Ltd. will supply chips to Apple, and Tarnwick Memory said so. ";
    }
    importers::ScanResult scan = lexicon.finder().scan(text);
    importers::DocumentContext ctx(lexicon);
    importers::discover_entities(text, lexicon.finder(), ctx, scan);
    const core::Entity* tarnwick = ctx.discovered("Tarnwick Memory");
    REQUIRE(tarnwick != nullptr);
    std::size_t full = 0, short_form = 0, apple = 0;
    for (const Mention& m : scan.mentions) {
        std::string_view t(text.data() + m.start, m.end - m.start);
        if (m.entity == tarnwick) (t == "Tarnwick Memory Ltd." ? full : short_form) += 1;
        else if (m.entity && t == "Apple") ++apple;
    }
    // The full name once per sentence (never also its shorter name inside it), the short
    // name once, Apple untouched.
    CHECK(full == repeats);
    CHECK(short_form == repeats);
    CHECK(apple == repeats);
    auto sorted = scan.mentions;
    std::sort(sorted.begin(), sorted.end(), [](const Mention& a, const Mention& b) { return a.start < b.start; });
    for (std::size_t i = 1; i < sorted.size(); ++i) CHECK(sorted[i - 1].end <= sorted[i].start);
}

TEST_CASE("a discovered company name neither starts with a technology word nor crosses a "
          "sentence end",
          "[importers][mentions]") {
    static const auto lexicon = importers::Lexicon::load_default();
    std::string text = "The claim came from a firm based in Galway. Brennock OLED filed it on "
                       "Monday, and OLED Ltd. was not involved.";
    importers::ScanResult scan = lexicon.finder().scan(text);
    importers::DocumentContext ctx(lexicon);
    importers::discover_entities(text, lexicon.finder(), ctx, scan);
    CHECK(ctx.discovered("Brennock OLED") != nullptr);
    CHECK(ctx.discovered("Galway. Brennock OLED") == nullptr);
    // "OLED" may end a name but not start one: "OLED Ltd." names nobody.
    CHECK(ctx.discovered("OLED") == nullptr);
    CHECK(ctx.discovered("OLED Ltd.") == nullptr);
}
