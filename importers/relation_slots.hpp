#pragma once

// Helpers shared by the relation rules: which entity types fill which slot, persons and
// products standing for their company, name lists, and emitting a statement once.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/model.hpp"
#include "importers/document_context.hpp"
#include "importers/relation_modality.hpp"
#include "importers/sentence_view.hpp"

namespace corpkg::importers {

inline bool is_org(core::EntityType t) {
    return t == core::EntityType::Company || t == core::EntityType::Unit;
}

/// Whether an entity of type `t` may fill the subject (or object) slot of a relation.
bool fits(core::Relation r, core::EntityType t, bool subject);

/// One argument candidate after persons stand for their company where the relation wants
/// a company.
struct Slot {
    std::string id;
    core::EntityType type;
    std::size_t pos;
};

/// The slot filler an argument gives: itself when its type fits, else the maker of a
/// product or the company of a person; nothing when neither fits.
std::optional<Slot> slot_for(const Arg& a, core::Relation r, bool subject, const DocumentContext& ctx);

bool has_role(const std::vector<Role>& roles, Role r);

/// Appends a statement unless it is empty, reflexive or already emitted for this sentence.
void emit(std::vector<core::Statement>& out, core::Relation r, const std::string& subject,
          const std::string& object, const Modality& m, const std::string& rule);

bool sentence_has(const SentenceView& v, std::string_view word);

/// English names listed after `first` (X, Y and Z; OpenAI's ChatGPT and Google's Gemini):
/// `first` and every name joined to it by commas, "and" or "or"; owners in the possessive
/// give way to what they own.
std::vector<const Arg*> listed_from(const SentenceView& v, std::size_t first);

/// Whether a name after args[k] in the same clause can fill the slot.
bool fitting_after(const SentenceView& v, std::size_t k, core::Relation r, bool subject,
                   const DocumentContext& ctx);

/// The cue-driven relation of one sentence, by relation shape (see relation_rules.hpp).
struct CueContext {
    const SentenceView& view;
    const DocumentContext& ctx;
    const RuleSet& rules;
    const CueHit& hit;
    const RelationCue& cue;
    Modality modality;
    std::string rule;
    bool has_subject; ///< the sentence has a name in the subject role
};

/// Symmetric relations (partners_with, competes_with, …): every pair of fitting names.
void extract_symmetric(const CueContext& c, std::vector<core::Statement>& out);
/// Directed relations in Korean: roles from particles, predicate last.
void extract_korean_directed(const CueContext& c, std::vector<core::Statement>& out);
/// Directed relations in English: word order, passives, "by" agents, lists.
void extract_english_directed(const CueContext& c, std::vector<core::Statement>& out);
/// Emits subject → object unless the lexicon gives the product another maker.
void emit_directed(const CueContext& c, core::Relation r, const std::optional<Slot>& subject,
                   const std::optional<Slot>& object, const std::string& rule,
                   std::vector<core::Statement>& out);

} // namespace corpkg::importers
