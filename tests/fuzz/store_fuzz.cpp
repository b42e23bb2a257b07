// libFuzzer entry: statement files read by the router and stored in an in-memory store,
// twice, so the store's aggregation, entity merging and deduplication see arbitrary
// documents. The second add of a document must be a duplicate.

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <memory>
#include <sstream>
#include <string>

#include "core/errors.hpp"
#include "core/store.hpp"
#include "importers/input_router.hpp"
#include "importers/lexicon.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace corpkg;
    static const importers::Lexicon lexicon = importers::Lexicon::load_default();
    static std::unique_ptr<core::Store> store;
    static int runs = 0;
    // A fresh store now and then keeps memory flat over a long run.
    if (!store || ++runs % 500 == 0) {
        store = std::make_unique<core::Store>(":memory:");
    }
    std::istringstream in(std::string(reinterpret_cast<const char*>(data), size));
    importers::SourceInfo source{"fuzz.jsonl", ""};
    importers::import_stream(in, source, lexicon, [](core::Document&& doc) {
        try {
            auto before = store->counts();
            if (store->add(doc) == core::Store::AddResult::Added &&
                store->add(doc) != core::Store::AddResult::Duplicate) {
                std::abort();
            }
            auto after = store->counts();
            if (after.statements < before.statements || after.edges < before.edges) {
                std::abort();
            }
        } catch (const core::StoreError&) {
            // Refused documents are fine; the store must still answer afterwards.
            store->counts();
        }
    });
    return 0;
}
