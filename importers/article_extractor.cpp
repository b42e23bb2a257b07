#include "importers/article_extractor.hpp"

#include <algorithm>
#include <map>
#include <set>

#include "importers/company_reference.hpp"
#include "importers/document_context.hpp"
#include "importers/entity_discovery.hpp"
#include "importers/mention_finder.hpp"
#include "importers/relation_rules.hpp"
#include "importers/sentence_splitter.hpp"
#include "importers/text_scan.hpp"
#include "importers/utf8.hpp"

namespace corpkg::importers {
namespace {

using core::EntityType;

constexpr const char* kRuleVersion = "1";

bool is_org(EntityType t) { return t == EntityType::Company || t == EntityType::Unit; }

/// Resolves group short forms: the member the article names most (first on ties), else
/// the group's default.
void resolve_groups(const std::vector<Mention>& mentions, const Lexicon& lexicon,
                    DocumentContext& ctx) {
    std::map<std::string, std::pair<int, std::size_t>> counts; // id → (count, first index)
    for (std::size_t i = 0; i < mentions.size(); ++i) {
        if (mentions[i].entity && is_org(mentions[i].entity->type)) {
            auto& c = counts.try_emplace(mentions[i].entity->id, 0, i).first->second;
            ++c.first;
        }
    }
    for (const auto& m : mentions) {
        if (m.kind != MentionKind::Group || ctx.group_member.count(m.group)) continue;
        const EntityGroup& g = lexicon.groups()[m.group];
        std::string best;
        std::pair<int, std::size_t> best_score{0, 0};
        for (const auto& [id, score] : counts) {
            if (lexicon.facts(id).group != g.name) continue;
            if (score.first > best_score.first ||
                (score.first == best_score.first && score.second < best_score.second)) {
                best = id;
                best_score = score;
            }
        }
        ctx.group_member[m.group] = best.empty() ? g.default_id : best;
    }
}

/// Short forms of the persons an article names: the surname of a foreign name written in
/// Korean (저커버그), the family name of a Korean name before a title (이 회장), the last
/// word of an English name (Zuckerberg).
void add_person_short_forms(std::string_view s, const MentionFinder& finder, ScanResult& scan) {
    std::map<std::string, const core::Entity*> keys;      // short form → person
    std::map<std::string, const core::Entity*> families;  // needs a title after it
    for (const auto& m : scan.mentions) {
        if (!m.entity || m.entity->type != EntityType::Person) continue;
        for (const auto& a : m.entity->aliases) {
            std::string_view t = a.text;
            std::size_t sp = t.rfind(' ');
            bool hangul = !t.empty() && static_cast<unsigned char>(t[0]) >= 0xE0;
            if (sp != std::string_view::npos && t.size() - sp > 4) {
                keys.emplace(std::string(t.substr(sp + 1)), m.entity);
            } else if (hangul && sp == std::string_view::npos && t.size() >= 6 && t.size() <= 12) {
                families.emplace(std::string(t.substr(0, 3)), m.entity);
            }
        }
    }
    auto covered = [&](std::size_t a, std::size_t b) {
        return std::any_of(scan.mentions.begin(), scan.mentions.end(),
                           [&](const Mention& m) { return m.start < b && a < m.end; });
    };
    auto add = [&](const std::string& key, const core::Entity* person, bool need_title) {
        for (std::size_t at = s.find(key); at != std::string_view::npos; at = s.find(key, at + 1)) {
            std::size_t end = at + key.size();
            if (text::is_word(text::before(s, at)) || covered(at, end)) continue;
            Mention m;
            std::size_t word_end = end;
            if (need_title) {
                if (end >= s.size() || s[end] != ' ') continue;
                bool titled = std::any_of(scan.titles.begin(), scan.titles.end(),
                                          [&](const CueHit& t) { return t.start == end + 1; });
                if (!titled) continue;
            } else if (end + 1 < s.size() && s[end] == '\'' && s[end + 1] == 's') {
                m.particle = "'s";
                word_end = end + 2;
            } else if (!finder.particle_rest(s, end, m.particle, word_end)) {
                continue;
            }
            m.start = static_cast<std::uint32_t>(at);
            m.end = static_cast<std::uint32_t>(end);
            m.word_end = static_cast<std::uint32_t>(word_end);
            m.entity = person;
            scan.mentions.push_back(std::move(m));
        }
    };
    for (const auto& [k, p] : keys) add(k, p, false);
    for (const auto& [k, p] : families) add(k, p, true);
}

bool is_preposition(std::string_view w) {
    for (std::string_view p : {"of", "from", "to", "with", "by", "at", "in", "for", "on", "into",
                               "than", "against", "over", "including", "like", "as"}) {
        if (w == p) return true;
    }
    return false;
}

/// The word just before byte `pos` (ASCII), lower-cased.
std::string previous_word(std::string_view s, std::size_t pos, std::size_t floor) {
    std::size_t e = pos;
    while (e > floor && s[e - 1] == ' ') --e;
    std::size_t b = e;
    while (b > floor && text::is_ascii_alnum(static_cast<unsigned char>(s[b - 1]))) --b;
    std::string w(s.substr(b, e - b));
    for (char& c : w) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
    return w;
}

/// Text between two items of an apposition is only spaces, commas and small words.
bool small_gap(std::string_view gap) {
    std::size_t i = 0;
    while (i < gap.size()) {
        if (gap[i] == ' ' || gap[i] == ',') {
            ++i;
            continue;
        }
        std::size_t e = gap.find(' ', i);
        if (e == std::string_view::npos) e = gap.size();
        std::string_view w = gap.substr(i, e - i);
        // Not "and": two appositions side by side (AMD CEO Lisa Su and Micron CEO …).
        if (w != "of" && w != "the" && w != "its" && w != "a") return false;
        i = e;
    }
    return gap.size() <= 12;
}

/// English: only lower-case words, commas and "the" (X's only model, the Y).
bool small_words(std::string_view gap) {
    if (gap.empty() || gap.front() != ' ') return false;
    // The product is an apposition to the possessed noun: X's only model, the Y.
    if (!text::ends_with(gap, ", the ") && !text::ends_with(gap, ", ")) return false;
    for (std::string_view prep : {" for ", " of ", " in ", " to ", " with ", " by ", " from ", " and "}) {
        if (gap.find(prep) != std::string_view::npos) return false;
    }
    for (char c : gap) {
        if (!(c == ' ' || c == ',' || c == '-' || (c >= 'a' && c <= 'z'))) return false;
    }
    return true;
}

struct Item {
    std::size_t start, end;  ///< name (or title) bytes
    std::size_t word_end;    ///< with particles
    int arg = -1;            ///< index into args, -1 for a title
    std::size_t title = 0;   ///< index into RuleSet::titles
};

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
    for (const Sentence& sentence : sentences) {
        SentenceView view;
        view.text = s;
        view.sentence = sentence;
        view.lang = language;
        auto in_sentence = [&](std::size_t a) { return a >= sentence.start && a < sentence.end; };
        while (mi < scan.mentions.size() && scan.mentions[mi].start < sentence.start) ++mi;
        std::vector<const Mention*> mentions;
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

        // Resolve mentions to arguments with roles.
        for (const Mention* m : mentions) {
            Arg a;
            a.start = m->start;
            a.end = m->end;
            a.word_end = m->word_end;
            if (m->kind == MentionKind::Entity) {
                a.id = m->entity->id;
                a.type = m->entity->type;
            } else if (m->kind == MentionKind::Group) {
                a.id = ctx.group_member[m->group];
                const core::Entity* e = ctx.entity(a.id);
                if (!e) continue;
                a.type = e->type;
            } else if (m->kind == MentionKind::PairRef) {
                a.pair = ctx.last_two_companies();
                if (a.pair.empty()) continue;
            } else {
                // A description with modifiers (the San Diego chipmaker) names another
                // company than the article's subject: the last one before it; a plain one
                // (the company) names the subject.
                std::optional<std::string> ref = ctx.subject_company ? ctx.subject_company : ctx.subject;
                if (descriptive.count(m->start)) {
                    std::optional<std::string> other;
                    // A name in the same clause is not the one described (its agreement
                    // with X to buy the robot firm): only names before a comma count.
                    for (const auto& b : view.args) {
                        std::string_view between = s.substr(b.word_end, m->start > b.word_end ? m->start - b.word_end : 0);
                        bool other_clause = between.find(',') != std::string_view::npos ||
                                            between.find(';') != std::string_view::npos;
                        if (!b.id.empty() && is_org(b.type) && b.id != ref && other_clause) other = b.id;
                    }
                    const auto& recent = ctx.recent_companies();
                    for (auto it = recent.rbegin(); !other && it != recent.rend(); ++it) {
                        if (*it != ref) other = *it;
                    }
                    if (other) ref = other;
                }
                if (!ref) continue;
                a.id = *ref;
                a.reference = true;
                const core::Entity* e = ctx.entity(a.id);
                if (!e) continue;
                a.type = e->type;
            }
            a.role = finder.role_of(m->particle);
            if (!ko && a.role != Role::Genitive) {
                a.after_preposition = is_preposition(previous_word(s, a.start, sentence.start));
            }
            view.args.push_back(std::move(a));
        }
        // Korean follow words (엔비디아에 대한 → toward, 메타 역시 → subject).
        if (ko) {
            for (auto& a : view.args) {
                std::size_t next = a.word_end;
                if (next >= sentence.end || s[next] != ' ') continue;
                std::string_view rest = s.substr(next + 1, sentence.end - next - 1);
                for (const auto& [w, role] : rules.follow_words) {
                    if (text::starts_with(rest, w) &&
                        (rest.size() == w.size() || !text::is_hangul(text::at(rest, w.size())) ||
                         finder.role_of(rest.substr(w.size(), rest.find(' ') == std::string_view::npos ? std::string_view::npos : rest.find(' ') - w.size())) != Role::None)) {
                        if (a.role == Role::None || role == Role::Toward || role == Role::Against) {
                            a.role = role;
                        }
                        break;
                    }
                }
            }
        }
        // Appositions: one person, one company and one title side by side, in any order
        // (메타의 마크 저커버그 최고경영자(CEO)가, 조주완 LG전자 CEO와의, Meta CEO Mark Zuckerberg).
        std::vector<Item> items;
        for (std::size_t k = 0; k < view.args.size(); ++k) {
            const Arg& a = view.args[k];
            if (!a.id.empty()) items.push_back(Item{a.start, a.end, a.word_end, static_cast<int>(k), 0});
        }
        for (const auto& t : titles) {
            std::string particle;
            std::size_t word_end = t.end;
            if (ko && !finder.particle_rest(s, t.end, particle, word_end)) word_end = t.end;
            bool inside = std::any_of(items.begin(), items.end(), [&](const Item& i) {
                return i.arg >= 0 && i.start <= t.start && t.start < i.word_end;
            });
            if (!inside) items.push_back(Item{t.start, t.end, word_end, -1, t.index});
        }
        std::sort(items.begin(), items.end(), [](const Item& a, const Item& b) { return a.start < b.start; });
        // A chain of titles (Chairman and CEO, 회장 겸 CEO) counts as one.
        for (std::size_t k = 0; k + 1 < items.size();) {
            if (items[k].arg < 0 && items[k + 1].arg < 0 && items[k + 1].start >= items[k].end &&
                items[k + 1].start - items[k].end <= 6) {
                std::string_view gap = s.substr(items[k].end, items[k + 1].start - items[k].end);
                if (gap == " and " || gap == " & " || gap == " \xEA\xB2\xB8 " || gap == ", ") {
                    items[k].end = items[k + 1].end;
                    items[k].word_end = items[k + 1].word_end;
                    items.erase(items.begin() + static_cast<long>(k) + 1);
                    continue;
                }
            }
            ++k;
        }
        auto gap_ok = [&](const Item& a, const Item& b) {
            return b.start >= a.word_end && small_gap(s.substr(a.word_end, b.start - a.word_end));
        };
        std::vector<core::Statement> statements;
        for (std::size_t k = 0; k < items.size(); ++k) {
            // A person followed by a title takes the title's particle (저커버그 CEO는).
            if (items[k].arg >= 0 && k + 1 < items.size() && items[k + 1].arg < 0 &&
                gap_ok(items[k], items[k + 1]) && ko) {
                Arg& p = view.args[static_cast<std::size_t>(items[k].arg)];
                if (p.type == EntityType::Person && p.role == Role::None) {
                    std::string particle;
                    std::size_t we = 0;
                    if (finder.particle_rest(s, items[k + 1].end, particle, we)) p.role = finder.role_of(particle);
                }
            }
            if (k + 2 >= items.size()) continue;
            const Item* tri[3] = {&items[k], &items[k + 1], &items[k + 2]};
            if (!gap_ok(*tri[0], *tri[1]) || !gap_ok(*tri[1], *tri[2])) continue;
            Arg* person = nullptr;
            Arg* company = nullptr;
            const Item* title = nullptr;
            for (const Item* it : tri) {
                if (it->arg < 0) {
                    title = it;
                    continue;
                }
                Arg& a = view.args[static_cast<std::size_t>(it->arg)];
                if (a.type == EntityType::Person && !person) person = &a;
                else if (is_org(a.type) && !company) company = &a;
            }
            if (!person || !company || !title) continue;
            if (company->role != Role::None && company->role != Role::Genitive) continue;
            const Title& t = rules.titles[title->title];
            ctx.affiliate(person->id, company->id);
            company->role = Role::Apposition;
            if (ko && tri[2] == title) {
                std::string particle;
                std::size_t we = 0;
                if (finder.particle_rest(s, title->end, particle, we)) person->role = finder.role_of(particle);
            }
            core::Statement st;
            st.subject = person->id;
            st.relation = t.relation;
            st.object = company->id;
            st.evidence.rule = std::string(ko ? "ko" : "en") + ":apposition:" + t.text;
            statements.push_back(std::move(st));
            // A second title right after the person (셀트리온 창업주인 서정진 회장).
            if (k + 3 < items.size() && items[k + 3].arg < 0 && tri[2]->arg >= 0 &&
                gap_ok(*tri[2], items[k + 3])) {
                const Title& t2 = rules.titles[items[k + 3].title];
                if (t2.relation != t.relation) {
                    core::Statement st2;
                    st2.subject = person->id;
                    st2.relation = t2.relation;
                    st2.object = company->id;
                    st2.evidence.rule = std::string(ko ? "ko" : "en") + ":apposition:" + t2.text;
                    statements.push_back(std::move(st2));
                }
                if (ko) {
                    std::string particle;
                    std::size_t we = 0;
                    if (finder.particle_rest(s, items[k + 3].end, particle, we)) person->role = finder.role_of(particle);
                }
            }
        }
        // "The company" after a person of a known company is that company (X, OpenAI's
        // chief executive, who co-founded the company; Y said the company had no plans).
        for (std::size_t k = 0; k < view.args.size(); ++k) {
            if (!view.args[k].reference) continue;
            for (std::size_t j = k; j-- > 0;) {
                if (view.args[j].type != EntityType::Person) continue;
                std::string c = ctx.company_of(view.args[j].id);
                if (const core::Entity* e = c.empty() ? nullptr : ctx.entity(c)) {
                    view.args[k].id = c;
                    view.args[k].type = e->type;
                }
                break;
            }
        }
        // Coordinated names share the particle of the last one (삼성·LG와, 구글, MS까지).
        if (ko) {
            for (std::size_t k = view.args.size(); k-- > 1;) {
                Arg& a = view.args[k - 1];
                const Arg& b = view.args[k];
                if (a.role != Role::None) continue;
                std::string_view gap = s.substr(a.word_end, b.start > a.word_end ? b.start - a.word_end : 0);
                bool coordinated = gap == "\xC2\xB7" || gap == ", " || gap == "," || gap == "\xC2\xB7 ";
                // One modifier may stand before the next name (론자, 중국 우시바이오로직스와).
                if (!coordinated && (text::starts_with(gap, ", ") || text::starts_with(gap, "\xC2\xB7"))) {
                    std::string_view rest = gap.substr(gap[0] == ',' ? 2 : 2);
                    while (!rest.empty() && rest.front() == ' ') rest.remove_prefix(1);
                    coordinated = !rest.empty() && rest.back() == ' ' &&
                                  rest.substr(0, rest.size() - 1).find(' ') == std::string_view::npos &&
                                  rest.size() <= 13;
                }
                if (coordinated) a.role = b.role;
            }
        }
        // A company's product in the genitive (애플의 … '비전프로', Apple's Vision Pro).
        for (std::size_t k = 0; k + 1 < view.args.size(); ++k) {
            const Arg& c = view.args[k];
            const Arg& p = view.args[k + 1];
            if (!is_org(c.type) || p.type != EntityType::Product || p.start < c.word_end) continue;
            // Korean: a bare company name right before a quoted product (삼성전자 '갤럭시').
            std::string_view quote_gap = s.substr(c.word_end, p.start - c.word_end);
            bool bare = ko && c.role == Role::None &&
                        (quote_gap == " '" || quote_gap == " \xE2\x80\x98" ||
                         quote_gap == " \xE2\x80\x9C" || quote_gap == " \"");
            if (c.role != Role::Genitive && !bare) continue;
            // English: X's Y, or X's only model, the Y (a few small words between).
            std::string_view gap = s.substr(c.word_end, p.start - c.word_end);
            bool near = ko ? gap.size() <= 40 : gap.size() <= 2 || (gap.size() <= 28 && small_words(gap));
            if (!near) continue;
            std::string maker = c.id;
            // A product the lexicon gives to another maker: the owner's group member that
            // makes it (Hyundai's Nexo), or nothing when the owner is not of that group.
            const std::string& known = lexicon.facts(p.id).maker_id;
            if (!known.empty() && known != maker) {
                const std::string& g = lexicon.facts(maker).group;
                const core::Entity* ce = ctx.entity(maker);
                bool related = (!g.empty() && g == lexicon.facts(known).group) ||
                               (ce && ce->parent == known);
                if (!related) continue;
                if (!(ce && ce->parent == known)) maker = known;
            }
            ctx.note_maker(p.id, maker);
            core::Statement st;
            st.subject = maker;
            st.relation = core::Relation::Makes;
            st.object = p.id;
            st.evidence.rule = std::string(ko ? "ko" : "en") + ":genitive_maker";
            statements.push_back(std::move(st));
        }
        extract_relations(view, ctx, rules, statements);
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
            bool dup = std::any_of(out.statements.begin(), out.statements.end(), [&](const core::Statement& o) {
                return o.subject == st.subject && o.relation == st.relation && o.object == st.object &&
                       o.negated == st.negated && o.evidence.start == st.evidence.start;
            });
            if (!dup) out.statements.push_back(std::move(st));
        }
        // Update the context for the next sentence.
        if (!sentence.headline) {
            const Arg* subject = nullptr;
            for (const auto& a : view.args) {
                if (a.role != Role::Subject || a.id.empty()) continue;
                bool topic = false;
                for (const Mention* m : mentions) {
                    if (m->start == a.start) {
                        topic = text::ends_with(m->particle, "\xEB\x8A\x94") || text::ends_with(m->particle, "\xEC\x9D\x80");
                    }
                }
                if (!subject || (topic && !text::ends_with(std::string_view(), ""))) {
                    if (!subject || topic) subject = &a;
                    if (topic) break;
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
            if (a.id.empty()) continue;
            if (is_org(a.type)) ctx.mention_company(a.id);
            else if (a.type == EntityType::Person) {
                std::string c = ctx.company_of(a.id);
                if (!c.empty()) ctx.mention_company(c);
            }
        }
    }
    out.entities = ctx.used_entities();
    return out;
}

} // namespace corpkg::importers
