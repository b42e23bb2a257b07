#pragma once

// Sentence-level structure before the relation rules: names resolved to arguments with
// roles, appositions (person, company, title), coordinated names, and makers named in the
// genitive. Each step reads and refines one SentenceView.

#include <cstdint>
#include <set>
#include <vector>

#include "core/model.hpp"
#include "importers/document_context.hpp"
#include "importers/lexicon.hpp"
#include "importers/sentence_view.hpp"

namespace corpkg::importers {

/// Resolves the sentence's mentions to arguments (groups to their member, 양사 to the last
/// two companies, descriptions to the company they stand for) with the roles their
/// particles, prepositions and Korean follow words give. `descriptive` holds the starts
/// of descriptions with modifiers (see add_company_descriptions).
void resolve_arguments(SentenceView& view, const std::vector<const Mention*>& mentions,
                       DocumentContext& ctx, const std::set<std::uint32_t>& descriptive,
                       const MentionFinder& finder, const RuleSet& rules);

/// Appositions: one person, one company and one title side by side, in any order
/// (메타의 마크 저커버그 최고경영자(CEO)가, 조주완 LG전자 CEO와의, Meta CEO Mark Zuckerberg).
/// Ties the person to the company in the context and appends the title's relation
/// (leads, founded) to `out`. `titles` are the title cues of the sentence, one per place.
void find_appositions(SentenceView& view, const std::vector<CueHit>& titles,
                      DocumentContext& ctx, const MentionFinder& finder, const RuleSet& rules,
                      std::vector<core::Statement>& out);

/// "The company" after a person of a known company is that company; Korean coordinated
/// names share the particle of the last one (삼성·LG와, 구글, MS까지).
void resolve_coreference(SentenceView& view, const DocumentContext& ctx);

/// A company's product in the genitive (애플의 … '비전프로', Apple's Vision Pro): appends
/// `makes` statements and notes the maker in the context.
void find_genitive_makers(const SentenceView& view, DocumentContext& ctx, const Lexicon& lexicon,
                          std::vector<core::Statement>& out);

/// Memberships a sentence states by naming: a business unit named with its parent
/// (part_of: Intel Foundry, 삼성전자 시스템LSI사업부, the venture arm of X) and English
/// possessive appositions (X, Y's EV subsidiary: subsidiary_of).
void find_memberships(const SentenceView& view, const DocumentContext& ctx,
                      std::vector<core::Statement>& out);

} // namespace corpkg::importers
