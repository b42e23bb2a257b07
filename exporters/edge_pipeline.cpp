#include "exporters/edge_pipeline.hpp"

#include "core/batch_channel.hpp"

namespace corpkg::exporters {
namespace {

// Enough edges per batch that the lock is taken a few thousand times per million edges;
// few enough batches that the queue holds well under a megabyte of evidence.
constexpr std::size_t kBatchEdges = 512;
constexpr std::size_t kBatches = 4;

using EdgeChannel = core::BatchChannel<EdgeSlot>;

class ChannelSink final : public EdgeSink {
  public:
    explicit ChannelSink(EdgeChannel& channel) : channel_(channel) {}

    void push(core::EdgeRecord& record, core::EvidenceSummary& evidence, std::size_t source,
              std::size_t target) override {
        EdgeSlot& slot = channel_.slot();
        // Member by member: std::swap of the whole struct would move every string three
        // times.
        auto& r = slot.record;
        r.id = record.id;
        r.subject = record.subject;
        r.object = record.object;
        r.relation = record.relation;
        r.negated = record.negated;
        r.certainty = record.certainty;
        r.weight = record.weight;
        r.mentions = record.mentions;
        r.first_seen.swap(record.first_seen);
        r.last_seen.swap(record.last_seen);
        r.topics.swap(record.topics);
        slot.evidence.count = evidence.count;
        slot.evidence.top_sentence.swap(evidence.top_sentence);
        slot.evidence.urls.swap(evidence.urls);
        slot.source = source;
        slot.target = target;
        channel_.commit();
    }

  private:
    EdgeChannel& channel_;
};

} // namespace

void run_edge_pipeline(const std::function<void(EdgeSink&)>& produce,
                       const std::function<void(const EdgeSlot&)>& consume) {
    EdgeChannel channel(kBatches, kBatchEdges);
    core::ProducerThread<EdgeSlot> reader(channel, [&](EdgeChannel& c) {
        ChannelSink sink(c);
        produce(sink);
    });
    while (auto* b = channel.next()) {
        for (std::size_t i = 0; i < b->used; ++i) {
            consume(b->items[i]);
        }
        channel.release(b);
    }
    reader.join_and_rethrow();
}

} // namespace corpkg::exporters
