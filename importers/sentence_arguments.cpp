#include <algorithm>

#include "importers/sentence_structure.hpp"
#include "importers/text_scan.hpp"

namespace corpkg::importers {

using core::EntityType;

namespace {

bool is_org(EntityType t) { return t == EntityType::Company || t == EntityType::Unit; }

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

} // namespace

void resolve_arguments(SentenceView& view, const std::vector<const Mention*>& mentions,
                       DocumentContext& ctx, const std::set<std::uint32_t>& descriptive,
                       const MentionFinder& finder, const RuleSet& rules) {
    std::string_view s = view.text;
    const Sentence& sentence = view.sentence;
    const bool ko = view.lang == "ko";
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
        // Two companies named earlier in the same sentence come first (X overtook Y, and
        // the two companies now compete), else the last two of the previous sentences.
        std::vector<std::string> here;
        for (auto it = view.args.rbegin(); it != view.args.rend() && here.size() < 2; ++it) {
            if (!it->id.empty() && is_org(it->type) &&
                std::find(here.begin(), here.end(), it->id) == here.end()) {
                here.insert(here.begin(), it->id);
            }
        }
        a.pair = here.size() == 2 ? here : ctx.last_two_companies();
        if (a.pair.empty()) continue;
    } else {
        // A description with modifiers (the San Diego chipmaker) names another
        // company than the article's subject: the last one before it; a plain one
        // (the company) names the subject.
        std::optional<std::string> ref = ctx.subject_company ? ctx.subject_company : ctx.subject;
        // The headset, the robot: the product the article is about.
        std::string_view noun = s.substr(m->start, m->end - m->start);
        bool product = text::starts_with(noun, "The ") &&
                       std::find(rules.en_product_nouns.begin(), rules.en_product_nouns.end(),
                                 noun.substr(4)) != rules.en_product_nouns.end();
        if (product) ref = ctx.main_product();
        if (!product && descriptive.count(m->start)) {
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
    a.topic = ko && (text::ends_with(m->particle, "\xEB\x8A\x94") || text::ends_with(m->particle, "\xEC\x9D\x80")); // 는, 은
    if (!ko && a.role != Role::Genitive) {
        a.after_preposition = is_preposition(previous_word(s, a.start, sentence.start));
    }
    view.args.push_back(std::move(a));
}
// Korean follow words (엔비디아에 대한 → toward, 메타 역시 → subject). A follow word listed
// as "none" is a legal-entity noun that stands for the name (X 중국법인을 상대로): the name
// spans it and takes its particle, then the next follow word still counts.
if (ko) {
    for (auto& a : view.args) {
        for (int step = 0; step < 2; ++step) {
            std::size_t next = a.word_end;
            if (next >= sentence.end || s[next] != ' ') break;
            std::string_view rest = s.substr(next + 1, sentence.end - next - 1);
            std::size_t space = rest.find(' ');
            bool again = false;
            for (const auto& [w, role] : rules.follow_words) {
                if (!text::starts_with(rest, w)) continue;
                std::string_view particle = rest.substr(
                    w.size(), space == std::string_view::npos ? std::string_view::npos : space - w.size());
                Role after = finder.role_of(particle);
                if (role == Role::None) {
                    if (a.role != Role::None || (!particle.empty() && after == Role::None)) continue;
                    a.word_end = static_cast<std::uint32_t>(next + 1 + w.size() + particle.size());
                    a.role = after;
                    again = true;
                    break;
                }
                if (rest.size() == w.size() || !text::is_hangul(text::at(rest, w.size())) ||
                    after != Role::None) {
                    if (a.role == Role::None || role == Role::Toward || role == Role::Against) {
                        a.role = role;
                    }
                    break;
                }
            }
            if (!again) break;
        }
    }
}
}

void resolve_coreference(SentenceView& view, const DocumentContext& ctx) {
    std::string_view s = view.text;
    const bool ko = view.lang == "ko";
    // "The company" after a person of a known company is that company (X, OpenAI's
    // chief executive, who co-founded the company; Y said the company had no plans).
    for (std::size_t k = 0; k < view.args.size(); ++k) {
        if (!view.args[k].reference || view.args[k].type == EntityType::Product) continue;
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
            if (!coordinated) continue;
            // A country before the next name is its modifier (론자, 중국 우시바이오로직스와):
            // the name after it gives the role.
            Role role = b.role;
            if (b.type == EntityType::Government && b.role == Role::None && k + 1 < view.args.size() &&
                view.args[k + 1].start == b.word_end + 1 && s[b.word_end] == ' ') {
                role = view.args[k + 1].role;
            }
            a.role = role;
        }
    }
}

} // namespace corpkg::importers
