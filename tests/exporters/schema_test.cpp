#include <catch2/catch.hpp>

#include <filesystem>

#include "exporters/export_fixture.hpp"
#include "test_support.hpp"

using namespace corpkg;
using testing::run_corpkg;
using testing::run_shell;
using testing::ScratchDir;

namespace {

/// The schemas folder, or empty (with a warning) when the tests cannot validate.
std::string schemas_or_skip() {
    std::string dir = testing::shared_dir() + "/schemas";
    if (!std::filesystem::exists(dir + "/graphml/graphml.xsd")) {
        WARN("skipped: " << dir << " is absent (the schemas live in ../shared/schemas)");
        return {};
    }
    if (!testing::tool_available("xmllint --version")) {
        WARN("skipped: xmllint is not installed (apt-get install libxml2-utils)");
        return {};
    }
    return dir;
}

std::string quote(const std::string& s) { return "'" + s + "'"; }

} // namespace

TEST_CASE("graphml exports validate against graphml.xsd, and --gephi against graphml+gephi.xsd",
          "[exporters][schema][graphml]") {
    std::string schemas = schemas_or_skip();
    if (schemas.empty()) return;
    ScratchDir dir;
    std::string db = testing::make_fixture_db(dir.file("x.db"));
    for (bool negated : {false, true}) {
        std::vector<std::string> args{"--db", db, "export", "--format", "graphml",
                                      "-o", dir.file("plain.graphml")};
        if (negated) args.push_back("--include-negated");
        REQUIRE(run_corpkg(args).exit_code == 0);
        auto strict = run_shell("xmllint --nonet --noout --schema " +
                                quote(schemas + "/graphml/graphml.xsd") + " " +
                                quote(dir.file("plain.graphml")));
        INFO(strict.err);
        CHECK(strict.exit_code == 0);
    }
    REQUIRE(run_corpkg({"--db", db, "export", "--format", "graphml", "--gephi", "-o",
                        dir.file("gephi.graphml")})
                .exit_code == 0);
    auto gephi = run_shell("xmllint --nonet --noout --schema " +
                           quote(schemas + "/graphml/graphml+gephi.xsd") + " " +
                           quote(dir.file("gephi.graphml")));
    INFO(gephi.err);
    CHECK(gephi.exit_code == 0);
    // The strict schema has no edge label: it must reject the Gephi profile, which shows the
    // validation really looks at edges.
    auto strict = run_shell("xmllint --nonet --noout --schema " +
                            quote(schemas + "/graphml/graphml.xsd") + " " +
                            quote(dir.file("gephi.graphml")));
    CHECK(strict.exit_code != 0);
}

TEST_CASE("gexf exports validate against the GEXF 1.3 RELAX NG grammar",
          "[exporters][schema][gexf]") {
    std::string schemas = schemas_or_skip();
    if (schemas.empty()) return;
    ScratchDir dir;
    std::string db = testing::make_fixture_db(dir.file("x.db"));
    REQUIRE(run_corpkg({"--db", db, "export", "--format", "gexf", "--include-negated", "-o",
                        dir.file("g.gexf")})
                .exit_code == 0);
    auto r = run_shell("xmllint --nonet --noout --relaxng " + quote(schemas + "/gexf/gexf.rng") +
                       " " + quote(dir.file("g.gexf")));
    INFO(r.err);
    CHECK(r.exit_code == 0);
    auto text = run_shell("cat " + quote(dir.file("g.gexf"))).out;
    CHECK(text.find("mode=\"dynamic\"") != std::string::npos);
    CHECK(text.find("kind=\"supplies\"") != std::string::npos);
    CHECK(text.find("kind=\"partners_with\"") != std::string::npos);
    CHECK(text.find("start=\"2025-01-05\" end=\"2025-03-09\"") != std::string::npos);
    CHECK(text.find("<viz:color r=") != std::string::npos);
}

TEST_CASE("an ego export with filters validates and records the filters",
          "[exporters][schema][graphml]") {
    std::string schemas = schemas_or_skip();
    if (schemas.empty()) return;
    ScratchDir dir;
    std::string db = testing::make_fixture_db(dir.file("x.db"));
    auto r = run_corpkg({"--db", db, "export", "--format", "graphml", "--ego", "한빛모빌리티",
                         "--depth", "1", "--certainty", "fact"});
    REQUIRE(r.exit_code == 0);
    std::string file = dir.write("ego.graphml", r.out);
    CHECK(run_shell("xmllint --nonet --noout --schema " +
                    quote(schemas + "/graphml/graphml.xsd") + " " + quote(file))
              .exit_code == 0);
    CHECK(r.out.find("certainty&gt;=fact;ego=한빛모빌리티;depth=1") != std::string::npos);
    CHECK(r.out.find("partners_with") == std::string::npos); // planned, filtered out
    CHECK(r.out.find("jane-doe") == std::string::npos);      // two hops away
}
