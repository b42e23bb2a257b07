#include "exporters/store_source.hpp"

#include "exporters/edge_pipeline.hpp"
#include "exporters/export_values.hpp"

namespace corpkg::exporters {
namespace {

void grow(std::vector<std::uint8_t>& v, std::size_t size) {
    if (v.size() < size) {
        v.resize(size, 0);
    }
}

std::uint32_t pack_date(std::string_view d) {
    auto digits = [&](std::size_t from, std::size_t n) {
        std::uint32_t v = 0;
        for (std::size_t i = from; i < from + n; ++i) {
            v = v * 10 + static_cast<std::uint32_t>(d[i] - '0');
        }
        return v;
    };
    return digits(0, 4) * 10000 + digits(5, 2) * 100 + digits(8, 2);
}

std::string unpack_date(std::uint32_t v) {
    std::string s = "0000-00-00";
    for (int i : {9, 8, 6, 5, 3, 2, 1, 0}) {
        s[static_cast<std::size_t>(i)] = static_cast<char>('0' + v % 10);
        v /= 10;
    }
    return s;
}

} // namespace

StoreSource::StoreSource(const core::Store& store, const core::EdgeFilter& filter)
    : scan_(store, filter) {}

void StoreSource::find_nodes(bool with_first_seen) {
    if (found_ && (found_starts_ || !with_first_seen)) {
        return;
    }
    if (exists_.empty()) {
        scan_.for_each_entity_key([&](std::int64_t key) {
            if (key >= 0) {
                grow(exists_, static_cast<std::size_t>(key) + 1);
                exists_[static_cast<std::size_t>(key)] = 1;
            }
        });
    }
    touched_.assign(exists_.size(), 0);
    if (with_first_seen) {
        start_.assign(exists_.size(), 0);
    }
    edges_ = 0;
    nodes_ = 0;
    // Like GraphView::load: an edge whose end is not a stored entity is left out.
    scan_.for_each_ends(
        [&](const core::EdgeEndsSeen& e) {
            if (!known(e.subject) || !known(e.object)) {
                return;
            }
            ++edges_;
            std::uint32_t date =
                with_first_seen && is_full_iso_date(e.first_seen) ? pack_date(e.first_seen) : 0;
            for (auto key : {e.subject, e.object}) {
                auto k = static_cast<std::size_t>(key);
                nodes_ += touched_[k] == 0;
                touched_[k] = 1;
                if (date != 0 && (start_[k] == 0 || date < start_[k])) {
                    start_[k] = date;
                }
            }
        },
        with_first_seen);
    found_ = true;
    found_starts_ = with_first_seen;
}

std::size_t StoreSource::node_count() {
    if (!edges_done_) {
        find_nodes(false);
    }
    return nodes_;
}

std::size_t StoreSource::edge_count() {
    if (!edges_done_) {
        find_nodes(false);
    }
    return edges_;
}

void StoreSource::for_each_node(const NodeFn& fn, bool with_first_seen) {
    find_nodes(with_first_seen);
    ids_.assign(exists_.size(), std::string());
    std::string start;
    scan_.for_each_entity([&](const core::StoredEntity& s) {
        auto k = static_cast<std::size_t>(s.key);
        if (s.key < 0 || k >= touched_.size() || touched_[k] == 0) {
            return;
        }
        ids_[k] = s.entity.id;
        start.clear();
        if (with_first_seen && start_[k] != 0) {
            start = unpack_date(start_[k]);
        }
        fn(s.entity, start);
    });
    ids_ready_ = true;
}

void StoreSource::for_each_edge(const EdgeFn& fn) {
    if (!ids_ready_) {
        // Edges without the node list first (jsonl, csv): every entity's id, and the
        // nodes counted as the edges go by.
        exists_.clear();
        ids_.clear();
        scan_.for_each_entity_id([&](std::int64_t key, std::string_view id) {
            if (key < 0) {
                return;
            }
            auto k = static_cast<std::size_t>(key);
            grow(exists_, k + 1);
            if (ids_.size() <= k) {
                ids_.resize(k + 1);
            }
            exists_[k] = 1;
            ids_[k].assign(id);
        });
        touched_.assign(exists_.size(), 0);
        ids_ready_ = true;
        found_ = false;
    }
    bool count_nodes = !found_;
    std::size_t edges = 0;
    if (count_nodes) {
        nodes_ = 0;
    }
    // SQLite is stepped on a second thread while this one formats (edge_pipeline.hpp);
    // the counts are the reader's until the pipeline has joined it.
    run_edge_pipeline(
        [&](EdgeSink& sink) {
            scan_.for_each_edge([&](core::EdgeRecord& r, EvidenceSummary& ev) {
                if (!known(r.subject) || !known(r.object)) {
                    return;
                }
                auto s = static_cast<std::size_t>(r.subject);
                auto o = static_cast<std::size_t>(r.object);
                if (count_nodes) {
                    for (auto k : {s, o}) {
                        nodes_ += touched_[k] == 0;
                        touched_[k] = 1;
                    }
                }
                ++edges;
                sink.push(r, ev, s, o);
            });
        },
        [&](const EdgeSlot& e) { fn(e.record, ids_[e.source], ids_[e.target], e.evidence); });
    edges_ = edges;
    edges_done_ = true;
}

} // namespace corpkg::exporters
