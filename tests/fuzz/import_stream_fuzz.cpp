// libFuzzer entry: arbitrary bytes read by importers::import_stream as one input file whose
// name (CORPKG_FUZZ_SOURCE_NAME) picks the importer. Crashes, sanitizer reports and broken
// invariants are findings; diagnostics are the expected answer to bad bytes.

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <sstream>
#include <string>

#include "importers/input_router.hpp"
#include "importers/lexicon.hpp"

namespace {

// A document the store would accept must name its article and every statement's ends.
void check_document(const corpkg::core::Document& doc) {
    if (doc.article.content_hash.empty()) {
        std::abort();
    }
    for (const auto& s : doc.statements) {
        if (s.subject.empty() || s.object.empty()) {
            std::abort();
        }
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace corpkg;
    static const importers::Lexicon lexicon = importers::Lexicon::load_default();
    std::istringstream in(std::string(reinterpret_cast<const char*>(data), size));
    importers::SourceInfo source{CORPKG_FUZZ_SOURCE_NAME, ""};
    auto result = importers::import_stream(in, source, lexicon, [](core::Document&& doc) {
        check_document(doc);
    });
    for (const auto& d : result.diagnostics) {
        // Every diagnostic must format to one line: the CLI prints them one per line.
        if (d.format().find('\n') != std::string::npos) {
            std::abort();
        }
    }
    return 0;
}
