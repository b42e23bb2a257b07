// Store::add_graph: stores the aggregated edges of an imported graph file as they are.

#include <algorithm>
#include <set>

#include "core/errors.hpp"
#include "core/json_text.hpp"
#include "core/store_impl.hpp"

namespace corpkg::core {
namespace {

std::int64_t entity_key(SQLite::Statement& q, const std::string& id, const std::string& source) {
    q.reset();
    q.bind(1, id);
    if (!q.executeStep()) {
        throw StoreError(source + ": edge names unknown entity '" + id + "'", 0);
    }
    std::int64_t key = q.getColumn(0).getInt64();
    q.reset();
    return key;
}

} // namespace

Store::AddResult Store::add_graph(const Document& doc) {
    auto& db = impl_->db;
    const Article& article = doc.article;
    try {
        DocumentTransaction tx(db, impl_->in_run, impl_->key_cache, "corpkg_graph");
        if (has_article(article.content_hash)) {
            return AddResult::Duplicate;
        }
        {
            std::int64_t article_id = impl_->insert_article(article);
            for (const auto& entity : doc.entities) {
                upsert_entity(entity);
            }

            auto& find_key = impl_->cached("SELECT key FROM entities WHERE id = ?");
            auto& find_edge = impl_->cached(kFindEdge);
            auto& id_taken = impl_->cached("SELECT 1 FROM edges WHERE id = ?");
            auto& update_edge = impl_->cached(kUpdateEdge);
            auto& insert_edge = impl_->cached("INSERT INTO edges (id, subject, relation, object, "
                                              "negated, certainty, weight, mentions, "
                                              "first_seen, last_seen, topics) "
                                              "VALUES (?,?,?,?,?,?,?,?,?,?,?)");
            auto& insert_statement = impl_->cached(
                "INSERT INTO statements (edge, article, certainty, attribution, topics, "
                "sentence, url, rule) VALUES (?, ?, ?, 'article', '[]', ?, ?, 'graph')");

            for (const auto& a : doc.aggregates) {
                std::int64_t subject = entity_key(find_key, a.subject, article.source);
                std::int64_t object = entity_key(find_key, a.object, article.source);
                std::string rel(to_string(a.relation));
                std::set<std::string> topics(a.topics.begin(), a.topics.end());
                find_edge.reset();
                find_edge.bind(1, subject);
                find_edge.bind(2, rel);
                find_edge.bind(3, object);
                find_edge.bind(4, a.negated ? 1 : 0);
                std::int64_t edge_id = 0;
                if (find_edge.executeStep()) {
                    edge_id = find_edge.getColumn(0).getInt64();
                    int certainty =
                        std::max(static_cast<int>(a.certainty), find_edge.getColumn(1).getInt());
                    for (auto& t : parse_json_string_list(find_edge.getColumn(6).getString())) {
                        topics.insert(std::move(t));
                    }
                    update_edge.reset();
                    update_edge.bind(1, certainty);
                    update_edge.bind(2, a.weight + find_edge.getColumn(2).getInt64());
                    update_edge.bind(3, a.mentions + find_edge.getColumn(3).getInt64());
                    bind_text_or_null(update_edge, 4,
                                      pick_date(find_edge.getColumn(4).getString(), a.first_seen,
                                                true));
                    bind_text_or_null(update_edge, 5,
                                      pick_date(find_edge.getColumn(5).getString(), a.last_seen,
                                                false));
                    update_edge.bind(6, json_string_list({topics.begin(), topics.end()}));
                    update_edge.bind(7, edge_id);
                    find_edge.reset();
                    update_edge.exec();
                } else {
                    find_edge.reset();
                    // Keep the file's edge id when this store has not used it, so `e<N>`
                    // stays the same name for the same edge across databases.
                    bool keep_id = a.id > 0;
                    if (keep_id) {
                        id_taken.reset();
                        id_taken.bind(1, a.id);
                        keep_id = !id_taken.executeStep();
                        id_taken.reset();
                    }
                    insert_edge.reset();
                    if (keep_id) {
                        insert_edge.bind(1, a.id);
                    } else {
                        insert_edge.bind(1);
                    }
                    insert_edge.bind(2, subject);
                    insert_edge.bind(3, rel);
                    insert_edge.bind(4, object);
                    insert_edge.bind(5, a.negated ? 1 : 0);
                    insert_edge.bind(6, static_cast<int>(a.certainty));
                    insert_edge.bind(7, a.weight);
                    insert_edge.bind(8, a.mentions);
                    bind_text_or_null(insert_edge, 9, a.first_seen);
                    bind_text_or_null(insert_edge, 10, a.last_seen);
                    insert_edge.bind(11, json_string_list({topics.begin(), topics.end()}));
                    insert_edge.exec();
                    edge_id = db.getLastInsertRowid();
                }
                // One statement per evidence the file counted: the first carries the
                // sentence, the first few the source urls. They have no date of their own,
                // so they keep this order behind the edge.
                std::int64_t count = std::max<std::int64_t>(
                    {a.evidence_count, static_cast<std::int64_t>(a.source_urls.size()),
                     a.evidence.empty() ? 0 : 1});
                for (std::int64_t i = 0; i < count; ++i) {
                    insert_statement.reset();
                    insert_statement.bind(1, edge_id);
                    insert_statement.bind(2, article_id);
                    insert_statement.bind(3, static_cast<int>(a.certainty));
                    insert_statement.bind(4, i == 0 ? a.evidence : std::string());
                    auto u = static_cast<std::size_t>(i);
                    bind_text_or_null(insert_statement, 5,
                                      u < a.source_urls.size() ? a.source_urls[u] : std::string());
                    insert_statement.exec();
                }
            }
        }
        tx.commit();
        return AddResult::Added;
    } catch (const SQLite::Exception& e) {
        rethrow_store_error(e, impl_->path);
    }
}

} // namespace corpkg::core
