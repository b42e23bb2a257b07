#pragma once

#include <deque>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "core/model.hpp"
#include "importers/lexicon.hpp"

namespace corpkg::importers {

/// What one article has said so far, for resolving references in the next sentence:
/// the companies in order of mention (양사, both companies → the last two), the subject
/// of the last sentence that had one (zero subjects), the products of the previous
/// sentence (a missing counterpart of one type), person–company ties from appositions, and
/// the member each group short form stands for. Also owns the entities the document
/// discovered, and collects every entity its statements name.
class DocumentContext {
  public:
    explicit DocumentContext(const Lexicon& lexicon) : lexicon_(lexicon) {}
    DocumentContext(const DocumentContext&) = delete; // indexes point into discovered_
    DocumentContext& operator=(const DocumentContext&) = delete;

    /// The entity with this id, from the lexicon or discovered in this document.
    const core::Entity* entity(const std::string& id) const;
    /// Adds an entity found in the text (marked discovered); returns the stored one.
    const core::Entity& discover(core::Entity e);
    /// The entity already discovered under this name, if any.
    const core::Entity* discovered(const std::string& name) const;

    /// Ties a person to a company (apposition); later wins.
    void affiliate(const std::string& person, const std::string& company);
    /// The company a person stands for: from an apposition of this document, else from the
    /// lexicon's background facts; empty when unknown.
    std::string company_of(const std::string& person) const;

    /// Ties a product to its maker as the article states it (X's Y, X launched Y).
    void note_maker(const std::string& product, const std::string& maker);
    /// The maker of a product: from this article's statements, else from the lexicon;
    /// empty when unknown. Lets a product stand for its maker where a company is wanted.
    std::string maker_of(const std::string& product) const;

    /// Records companies mentioned in a sentence, in order.
    void mention_company(const std::string& id);
    /// The company named in most sentences so far (earliest on ties): what the article is
    /// about, for a titled person it names without a company (Chief Executive Jane Roe).
    std::optional<std::string> main_company() const;
    /// Makes a company already mentioned the most recent one, without counting a mention:
    /// a sentence's subject outlasts the names after it (X는 Y가 최대주주인 Z 계열사다).
    void bring_forward(const std::string& id);
    /// Counts a product mentioned in a sentence.
    void mention_product(const std::string& id);
    /// The product named most often so far (earliest on ties): what "the headset" means.
    std::optional<std::string> main_product() const;
    /// The last two distinct companies mentioned (older first); empty when fewer.
    std::vector<std::string> last_two_companies() const;

    std::optional<std::string> subject;       ///< subject of the last sentence that had one
    /// The last sentence subject that was a company (the company, it, the firm).
    std::optional<std::string> subject_company;
    /// The companies of recent sentences, most recent last (the San Diego chipmaker).
    const std::vector<std::string>& recent_companies() const noexcept { return recent_; }
    std::vector<std::string> previous_products; ///< products of the previous sentence
    std::map<std::uint32_t, std::string> group_member; ///< group index → entity id

    /// Remembers an entity a statement names, for Document::entities.
    void use(const std::string& id);
    /// Every entity used so far, by id.
    std::vector<core::Entity> used_entities() const;

    const Lexicon& lexicon() const noexcept { return lexicon_; }

  private:
    const Lexicon& lexicon_;
    std::deque<core::Entity> discovered_;
    // The discovered entities by name and by id (the first of equal ids wins), so a long
    // document with many of them is not searched end to end on every lookup.
    std::unordered_map<std::string_view, const core::Entity*> discovered_by_name_;
    std::unordered_map<std::string_view, const core::Entity*> discovered_by_id_;
    std::map<std::string, std::string> affiliation_;
    std::map<std::string, std::string> makers_;
    std::vector<std::string> recent_;
    std::map<std::string, std::pair<int, std::size_t>> mentions_; ///< id → (sentences, order)
    std::map<std::string, std::pair<int, std::size_t>> products_; ///< id → (mentions, order)
    std::unordered_set<std::string_view> used_ids_;
    std::vector<const core::Entity*> used_; ///< in the order of first use
};

} // namespace corpkg::importers
