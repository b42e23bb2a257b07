#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "importers/relation_rules.hpp"

namespace corpkg::importers {

/// English: the byte where an agent phrase starts when a participle cue is followed in its
/// own clause by "by" (founded in 2016 by Y); npos otherwise.
std::size_t english_agent(const SentenceView& v, std::size_t cue_end);

/// English: a buying cue takes plain goods and then "of" a name (buying "a lot" of X).
bool buys_goods_of(const SentenceView& v, std::size_t cue_end);

/// English: a buying cue takes plain goods and then "from" a name (buys cells from X):
/// X is a supplier, not a company being bought.
bool buys_goods_from(const SentenceView& v, std::size_t cue_end);

/// English: the name an apposition describes when the cue stands in it (X, the
/// self-driving unit of Y; X, a longtime supplier of Y); null otherwise.
const Arg* apposed_subject(const SentenceView& v, std::size_t cue_start);

/// English: whether `a` stands in an aside set off by commas right after another name
/// (X, the unit of `a`, to develop …), closed before the cue.
bool in_aside(const SentenceView& v, const Arg& a, std::size_t cue_start);

/// English: the main clause's subject, the first name that is not a possessive, an
/// apposition or after a preposition; null when there is none.
const Arg* main_clause_subject(const SentenceView& v);

/// English: the main clause's subject when the cue's clause has "it" for subject after a
/// conjunction (X …, but it has reduced its reliance on Y); null otherwise.
const Arg* pronoun_subject(const SentenceView& v, std::size_t cue_start);

/// English: a buying cue followed by a name that brands the goods (buying X parts).
bool buys_branded_goods(const SentenceView& v, std::size_t cue_end);

/// English: the seller sells a part of itself (sell its BioPharma business to X): the
/// buyer acquires that part, not the seller.
bool sells_own_part(const SentenceView& v, std::size_t cue_end);

/// English: only auxiliaries and quantifiers between a subject list and its verb
/// (A and B, both of which are controlled by).
bool direct_subject_gap(std::string_view gap);

/// English names listed before and with `last` (A and B, both of which …): `last` first,
/// then the earlier ones.
std::vector<const Arg*> listed_before(const SentenceView& v, const Arg& last);

} // namespace corpkg::importers
