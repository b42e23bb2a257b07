#pragma once

#include <set>
#include <string_view>

#include "importers/mention_finder.hpp"
#include "importers/rule_set.hpp"

namespace corpkg::importers {

/// English definite descriptions of a company that the lexicon's fixed phrases miss: the
/// sentence-initial "The company" and descriptions with modifiers before a company noun
/// ("the San Diego chipmaker", "the Swedish battery maker"). The company nouns are the last
/// words of the `company_references` phrases. Adds CompanyRef mentions to `scan` where no
/// other mention lies, and PairRef mentions for pairs with modifiers ("both Korean
/// companies", "the two automakers"); returns the starts of those with modifiers, which name a company
/// other than the one the article is about (journalists use them to vary a second name).
std::set<std::uint32_t> add_company_descriptions(std::string_view text, const RuleSet& rules,
                                                 ScanResult& scan);

} // namespace corpkg::importers
