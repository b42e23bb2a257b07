#include "importers/news_record_reader.hpp"

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>

#include <memory>
#include <optional>
#include <vector>

#include "importers/article_importer.hpp"
#include "importers/line_reader.hpp"
#include "importers/ordered_pool.hpp"
#include "importers/utf8.hpp"

namespace corpkg::importers {
namespace {

std::string member(const rapidjson::Value& v, const char* name) {
    auto it = v.FindMember(name);
    if (it == v.MemberEnd() || !it->value.IsString()) return {};
    return std::string(it->value.GetString(), it->value.GetStringLength());
}

/// One record on its way through extraction, and what came of it. A record refused
/// before extraction travels with its `refusal`, so diagnostics keep the stream's order.
struct RecordJob {
    std::size_t line = 0;
    std::string text;
    core::Article article;
    std::string refusal;
};
struct RecordResult {
    std::size_t line = 0;
    bool ok = false;
    core::Document doc;
    std::string error;
};

} // namespace

ImportResult NewsRecordReader::read(std::istream& in, const SourceInfo& source,
                                    const DocumentSink& sink) const {
    ImportResult result;
    std::string line;
    bool too_long = false;
    LineReader lines(in, kMaxArticleBytes + 65536);
    // One parse buffer for every record: most records fit, so parsing allocates nothing.
    static constexpr std::size_t kParseBuffer = 1 << 16;
    auto parse_buffer = std::make_unique<char[]>(kParseBuffer);
    rapidjson::MemoryPoolAllocator<> pool(parse_buffer.get(), kParseBuffer);
    auto extract = [&](RecordJob& job) {
        RecordResult r;
        r.line = job.line;
        if (!job.refusal.empty()) {
            r.error = std::move(job.refusal);
            return r;
        }
        r.ok = build_article_document(job.text, std::move(job.article), lexicon_, r.doc, r.error,
                                      BuildOptions{true, source.content_keys});
        return r;
    };
    auto deliver = [&](RecordResult&& r) {
        if (!r.ok) {
            result.error(source.name, r.line, r.error);
            ++result.rejected;
            return;
        }
        sink(std::move(r.doc));
        ++result.documents;
    };
    // Records travel to the workers in batches: handing each over alone cost more in
    // wake-ups than the extraction of a short article.
    using Batch = std::vector<RecordJob>;
    using Results = std::vector<RecordResult>;
    std::optional<OrderedPool<Batch, Results>> workers;
    if (source.workers > 1) {
        lexicon_.finder(); // built once here, then only read by the workers
        workers.emplace(
            source.workers,
            [&](Batch& batch) {
                Results out;
                out.reserve(batch.size());
                for (auto& job : batch) out.push_back(extract(job));
                return out;
            },
            [&](Results&& results) {
                for (auto& r : results) deliver(std::move(r));
            });
    }
    static constexpr std::size_t kBatchRecords = 32;
    static constexpr std::size_t kBatchBytes = 1 << 18;
    Batch batch;
    std::size_t batch_bytes = 0;
    auto submit = [&](RecordJob&& job) {
        if (!workers) {
            deliver(extract(job));
            return;
        }
        batch_bytes += job.text.size();
        batch.push_back(std::move(job));
        if (batch.size() >= kBatchRecords || batch_bytes >= kBatchBytes) {
            workers->submit(std::move(batch));
            batch = Batch{};
            batch_bytes = 0;
        }
    };
    while (lines.next(line, too_long)) {
        const std::size_t line_no = lines.line_number();
        if (line_no == 1 && line.rfind("\xEF\xBB\xBF", 0) == 0) line.erase(0, 3);
        if (!line.empty() && line.back() == '\r') line.pop_back();
        if (line.find_first_not_of(" \t") == std::string::npos) continue;
        auto reject = [&](std::string message) {
            submit(RecordJob{line_no, {}, {}, std::move(message)});
        };
        if (too_long) {
            reject("news record longer than " + std::to_string(kMaxArticleBytes >> 20) +
                   " MiB (the line starts at byte " + std::to_string(lines.line_offset()) +
                   "); skipped");
            continue;
        }
        if (auto off = find_invalid_utf8(line)) {
            reject((line[*off] == '\0' ? "binary content (NUL byte) at byte "
                                       : "invalid UTF-8 at byte ") +
                   std::to_string(*off) + " of the line");
            continue;
        }
        pool.Clear();
        rapidjson::Document v(&pool);
        // In place: the strings are unescaped inside `line` instead of being copied out
        // first (the record's text is most of its bytes). The line holds no NUL byte (see
        // above), so its terminator ends the parse exactly where the line ends.
        v.ParseInsitu<rapidjson::kParseIterativeFlag>(line.data());
        if (v.HasParseError()) {
            reject("invalid JSON at column " + std::to_string(v.GetErrorOffset() + 1) + ": " +
                   rapidjson::GetParseError_En(v.GetParseError()));
            continue;
        }
        if (!v.IsObject()) {
            reject("a news record is one JSON object");
            continue;
        }
        auto text = v.FindMember("text");
        if (text == v.MemberEnd() || !text->value.IsString()) {
            reject("news record has no 'text'");
            continue;
        }
        core::Article a;
        a.id = member(v, "id");
        a.source = source.name + ":" + std::to_string(line_no);
        a.url = member(v, "url");
        a.title = member(v, "title");
        a.publisher = member(v, "publisher");
        a.published = member(v, "published");
        if (a.published.empty()) a.published = member(v, "date");
        if (a.published.size() > 10 && a.published[4] == '-') a.published.resize(10);
        a.lang = source.lang.empty() ? member(v, "lang") : source.lang;
        if (a.lang != "ko" && a.lang != "en") a.lang.clear();
        submit(RecordJob{line_no, std::string(text->value.GetString(), text->value.GetStringLength()),
                         std::move(a), {}});
    }
    if (workers) {
        if (!batch.empty()) workers->submit(std::move(batch));
        workers->finish();
    }
    return result;
}

} // namespace corpkg::importers
