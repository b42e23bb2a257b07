#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/relation.hpp"

namespace corpkg::core {

/// What an entity is. A `Unit` is a business unit with a parent company.
enum class EntityType : std::uint8_t { Company, Product, Person, Unit, Government, Other };

/// How sure the text is of a statement. Ordered by strength: a filter's minimum
/// certainty keeps everything at least as strong, and an edge keeps its strongest.
enum class Certainty : std::uint8_t { Speculative = 0, Planned = 1, Fact = 2 };

/// Who the text says the claim comes from.
enum class Attribution : std::uint8_t { Article, Company, Anonymous, Media };

std::string_view to_string(EntityType t) noexcept;
std::string_view to_string(Certainty c) noexcept;
std::string_view to_string(Attribution a) noexcept;
std::optional<EntityType> parse_entity_type(std::string_view s) noexcept;
std::optional<Certainty> parse_certainty(std::string_view s) noexcept;
std::optional<Attribution> parse_attribution(std::string_view s) noexcept;

/// One spelling of an entity's name in one language (`ko`, `en`, or empty when unknown).
struct Alias {
    std::string text;
    std::string lang;
    friend bool operator==(const Alias&, const Alias&) = default;
};

/// A company, product, person, business unit or government.
struct Entity {
    std::string id;   ///< stable slug of the canonical name (see slug.hpp)
    std::string name; ///< canonical English name
    EntityType type = EntityType::Company;
    std::vector<Alias> aliases;
    std::string parent;      ///< id of the parent entity, empty when none
    bool discovered = false; ///< found in text, not in the lexicon
};

/// The article (or statement file) a statement was read from.
struct Article {
    std::string id;           ///< the record's own id (news records), else empty
    std::string content_hash; ///< of the normalized content; the deduplication key
    std::string source;       ///< file path, `-`, or `file:line` for news records
    std::string url;
    std::string title;
    std::string publisher;
    std::string published; ///< ISO date `YYYY-MM-DD`, empty when unknown
    std::string lang;      ///< `ko`, `en`, or empty
    std::string kind = "article"; ///< `article`, `statements` or `graph`
};

/// Where a statement comes from inside its article.
struct Evidence {
    std::string sentence;
    std::size_t start = 0; ///< code-point offset of the sentence in the normalized text
    std::size_t end = 0;   ///< one past its last code point
    std::string url;       ///< source url when it differs from the article's (statement files)
    std::string date;      ///< ISO date when it differs from the article's (statement files)
    std::string title;     ///< source title when it differs from the article's (statement files)
    std::string publisher; ///< source publisher likewise
    std::string rule;      ///< name of the extraction rule, or `statement` for curated input
    std::string rule_version;
};

/// One claim of the text: subject —relation→ object, with its certainty and evidence.
struct Statement {
    std::string subject; ///< entity id
    Relation relation = Relation::PartnersWith;
    std::string object; ///< entity id
    Certainty certainty = Certainty::Fact;
    bool negated = false;
    Attribution attribution = Attribution::Article;
    std::vector<std::string> topics;
    Evidence evidence;
};

/// An aggregated edge as a graph file carries it (documents of kind `graph`): stored as it
/// is, not recomputed from statements, so a graph moves between databases unchanged.
struct EdgeAggregate {
    std::int64_t id = 0; ///< the edge id to keep when it is free in the store, 0 for any
    std::string subject; ///< entity id
    Relation relation = Relation::PartnersWith;
    std::string object; ///< entity id
    bool negated = false;
    Certainty certainty = Certainty::Fact;
    std::int64_t weight = 0;
    std::int64_t mentions = 0;
    std::string first_seen;
    std::string last_seen;
    std::vector<std::string> topics;
    std::int64_t evidence_count = 0;      ///< statements behind the edge
    std::string evidence;                 ///< the newest evidence sentence
    std::vector<std::string> source_urls; ///< distinct source urls, newest first
};

/// What an importer hands to the store: one article with every entity its statements
/// name. The store takes a Document whole or not at all.
struct Document {
    Article article;
    std::vector<Entity> entities;
    std::vector<Statement> statements;
    std::vector<EdgeAggregate> aggregates; ///< kind `graph` only: edges stored as they are
};

/// Puts a symmetric statement in canonical order (smaller id first); no-op otherwise.
void canonicalize(Statement& s);

} // namespace corpkg::core
