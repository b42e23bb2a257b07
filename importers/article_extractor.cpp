#include "importers/article_extractor.hpp"

#include <algorithm>
#include <map>
#include <set>

#include "importers/company_reference.hpp"
#include "importers/document_context.hpp"
#include "importers/entity_discovery.hpp"
#include "importers/joint_ventures.hpp"
#include "importers/person_discovery.hpp"
#include "importers/mention_finder.hpp"
#include "importers/relation_rules.hpp"
#include "importers/sentence_structure.hpp"
#include "importers/document_resolution.hpp"
#include "importers/sentence_splitter.hpp"
#include "importers/text_scan.hpp"
#include "importers/utf8.hpp"

namespace corpkg::importers {
namespace {

using core::EntityType;

constexpr const char* kRuleVersion = "1";

bool is_org(EntityType t) { return t == EntityType::Company || t == EntityType::Unit; }


} // namespace

std::string detect_language(std::string_view text) {
    std::size_t hangul = 0, latin = 0, len = 0;
    for (std::size_t i = 0; i < text.size() && i < (1u << 16); i += len) {
        char32_t cp = text::at(text, i, &len);
        hangul += text::is_hangul(cp);
        latin += (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z');
    }
    // A Hangul syllable carries about three Latin letters' worth of text.
    return hangul * 5 >= (hangul + latin) ? "ko" : "en";
}

Extraction extract_article(std::string_view s, std::string_view lang, const Lexicon& lexicon) {
    const MentionFinder& finder = lexicon.finder();
    const RuleSet& rules = lexicon.rules();
    ScanResult scan = finder.scan(s);
    DocumentContext ctx(lexicon);
    discover_entities(s, finder, ctx, scan);
    discover_persons(s, finder, ctx, scan);
    add_person_short_forms(s, finder, scan);
    std::set<std::uint32_t> descriptive = add_company_descriptions(s, rules, scan);
    std::sort(scan.mentions.begin(), scan.mentions.end(),
              [](const Mention& a, const Mention& b) { return a.start < b.start; });
    resolve_groups(scan.mentions, lexicon, ctx);
    std::string language(lang);
    if (language.empty()) language = detect_language(s);
    bool ko = language == "ko";

    Extraction out;
    auto sentences = split_sentences(s);
    std::size_t mi = 0, ri = 0, ci = 0, ti = 0, pi = 0;
    std::size_t cp_offset = 0, cp_pos = 0; // code points before byte cp_pos
    // One view and one list of mentions for every sentence: cleared, they keep their room.
    SentenceView view;
    view.text = s;
    view.lang = language;
    std::vector<const Mention*> mentions;
    for (const Sentence& sentence : sentences) {
        view.sentence = sentence;
        view.args.clear();
        view.relation_cues.clear();
        view.cues.clear();
        view.topics.clear();
        auto in_sentence = [&](std::size_t a) { return a >= sentence.start && a < sentence.end; };
        while (mi < scan.mentions.size() && scan.mentions[mi].start < sentence.start) ++mi;
        mentions.clear();
        for (std::size_t k = mi; k < scan.mentions.size() && scan.mentions[k].start < sentence.end; ++k) {
            mentions.push_back(&scan.mentions[k]);
        }
        auto collect = [&](std::vector<CueHit>& from, std::size_t& i, std::vector<CueHit>& to) {
            while (i < from.size() && from[i].start < sentence.start) ++i;
            for (std::size_t k = i; k < from.size() && from[k].start < sentence.end; ++k) {
                if (in_sentence(from[k].start)) to.push_back(from[k]);
            }
        };
        collect(scan.relation_cues, ri, view.relation_cues);
        collect(scan.cues, ci, view.cues);
        collect(scan.topics, pi, view.topics);
        std::vector<CueHit> titles;
        collect(scan.titles, ti, titles);
        // One title per place, whichever language's list it came from (CEO is in both).
        titles.erase(std::unique(titles.begin(), titles.end(),
                                 [](const CueHit& a, const CueHit& b) { return a.start == b.start; }),
                     titles.end());
        // A title inside a longer one (Chair in Executive Chair) is the same title.
        std::vector<CueHit> outer;
        for (const CueHit& t : titles) {
            if (titles.size() < 2) break;
            bool inner = std::any_of(titles.begin(), titles.end(), [&](const CueHit& o) {
                return o.start <= t.start && o.end >= t.end && o.end - o.start > t.end - t.start;
            });
            if (!inner) outer.push_back(t);
        }
        if (titles.size() >= 2) titles.swap(outer);


        resolve_arguments(view, mentions, ctx, descriptive, finder, rules);
        std::vector<core::Statement> statements;
        find_appositions(view, titles, ctx, finder, rules, statements);
        resolve_coreference(view, ctx);
        find_genitive_makers(view, ctx, lexicon, statements);
        find_memberships(view, ctx, statements);
        extract_relations(view, ctx, rules, statements);
        find_joint_ventures(view, rules, ctx, statements);
        find_customer_phrases(view, ctx, rules, statements);
        for (const auto& st : statements) {
            if (st.relation == core::Relation::Makes) ctx.note_maker(st.object, st.subject);
        }
        // Evidence, topics, entities.
        auto topics = sentence_topics(view, rules);
        std::string_view sentence_text = s.substr(sentence.start, sentence.end - sentence.start);
        cp_offset += count_code_points(s.substr(cp_pos, sentence.start - cp_pos));
        std::size_t sentence_cps = count_code_points(sentence_text);
        cp_pos = sentence.start;
        for (auto& st : statements) {
            if (st.subject == st.object) continue;
            st.evidence.sentence = std::string(sentence_text);
            st.evidence.start = cp_offset;
            st.evidence.end = cp_offset + sentence_cps;
            st.evidence.rule_version = kRuleVersion;
            st.topics = topics;
            ctx.use(st.subject);
            ctx.use(st.object);
            // Only this sentence's statements share its start: a walk back over them, not
            // over the whole document.
            bool dup = false;
            for (auto o = out.statements.rbegin();
                 !dup && o != out.statements.rend() && o->evidence.start == st.evidence.start; ++o) {
                dup = o->subject == st.subject && o->relation == st.relation &&
                      o->object == st.object && o->negated == st.negated;
            }
            if (!dup) out.statements.push_back(std::move(st));
        }
        // Update the context for the next sentence.
        if (!sentence.headline) {
            const Arg* subject = nullptr;
            for (const auto& a : view.args) {
                if (a.role == Role::Subject && !a.id.empty()) {
                    subject = &a;
                    break;
                }
            }
            if (!ko) {
                // English: the first name that is not a possessive or after a preposition.
                subject = nullptr;
                for (const auto& a : view.args) {
                    if (!a.id.empty() && a.role != Role::Genitive && a.role != Role::Apposition &&
                        !a.after_preposition) {
                        subject = &a;
                        break;
                    }
                }
            }
            if (subject) {
                ctx.subject = subject->id;
                if (is_org(subject->type)) ctx.subject_company = subject->id;
            }
        }
        ctx.previous_products.clear();
        for (const auto& a : view.args) {
            if (a.type == EntityType::Product) ctx.previous_products.push_back(a.id);
            if (a.type == EntityType::Product && !a.reference) ctx.mention_product(a.id);
            if (a.id.empty()) continue;
            if (is_org(a.type) && !(ko && sentence.headline)) ctx.mention_company(a.id);
            else if (a.type == EntityType::Person) {
                std::string c = ctx.company_of(a.id);
                if (!c.empty()) ctx.mention_company(c);
            }
        }
        // Korean: the topic of a body sentence stays the most recent company (두 회사 in
        // the next sentences pairs it with the later ones).
        if (ko && !sentence.headline && ctx.subject_company && ctx.subject == ctx.subject_company &&
            std::any_of(view.args.begin(), view.args.end(), [&](const Arg& a) {
                return a.id == *ctx.subject_company && a.role == Role::Subject;
            })) {
            ctx.bring_forward(*ctx.subject_company);
        }
    }
    out.entities = ctx.used_entities();
    return out;
}

} // namespace corpkg::importers