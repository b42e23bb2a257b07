#include <algorithm>
#include <cstdint>

#include "importers/sentence_structure.hpp"
#include "importers/text_scan.hpp"

namespace corpkg::importers {

using core::EntityType;

namespace {

bool is_org(EntityType t) { return t == EntityType::Company || t == EntityType::Unit; }

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
        // "co-" (co-chief executive) prefixes the title that follows.
        if (w != "of" && w != "the" && w != "its" && w != "a" && w != "co-") return false;
        i = e;
    }
    return gap.size() <= 12;
}

struct Item {
    std::size_t start, end;  ///< name (or title) bytes
    std::size_t word_end;    ///< with particles
    int arg = -1;            ///< index into args, -1 for a title
    std::size_t title = 0;   ///< index into RuleSet::titles
    std::size_t title2 = SIZE_MAX; ///< a chained title of another relation (founder and chairman)
};

void add_title_statement(const Arg& person, const std::string& company, const Title& t, bool ko,
                         std::vector<core::Statement>& out) {
    core::Statement st;
    st.subject = person.id;
    st.relation = t.relation;
    st.object = company;
    st.evidence.rule = std::string(ko ? "ko" : "en") + ":apposition:" + t.text;
    out.push_back(std::move(st));
}

} // namespace

void find_appositions(SentenceView& view, const std::vector<CueHit>& titles,
                      DocumentContext& ctx, const MentionFinder& finder, const RuleSet& rules,
                      std::vector<core::Statement>& out) {
    std::string_view s = view.text;
    const bool ko = view.lang == "ko";
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
                if (rules.titles[items[k + 1].title].relation != rules.titles[items[k].title].relation) {
                    items[k].title2 = items[k + 1].title;
                }
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
    std::vector<const Arg*> placed; // persons whose company an apposition gave
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
        // Korean: a title with a case particle ends the phrase (한 대표는 네이버에 합류해;
        // 창업주인 keeps it going).
        if (ko && tri[1]->arg < 0 &&
            finder.role_of(s.substr(tri[1]->end, tri[1]->word_end - tri[1]->end)) != Role::None) {
            continue;
        }
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
        out.push_back(std::move(st));
        placed.push_back(person);
        if (title->title2 != SIZE_MAX) add_title_statement(*person, company->id, rules.titles[title->title2], ko, out);
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
                out.push_back(std::move(st2));
            }
            if (ko) {
                std::string particle;
                std::size_t we = 0;
                if (finder.particle_rest(s, items[k + 3].end, particle, we)) person->role = finder.role_of(particle);
            }
        }
    }
    // Korean: a company with its head in brackets (삼성테크윈(대표 김철교)은).
    for (std::size_t k = 0; ko && k + 1 < view.args.size(); ++k) {
        const Arg& company = view.args[k];
        const Arg& person = view.args[k + 1];
        if (!is_org(company.type) || person.type != EntityType::Person || s.substr(person.end, 1) != ")" ||
            company.end >= person.start || s[company.end] != '(') {
            continue;
        }
        std::string_view title = s.substr(company.end + 1, person.start - company.end - 1);
        for (const Title& t : rules.titles) {
            if (t.lang != "ko" || title.size() != t.text.size() + 1 || !text::starts_with(title, t.text)) continue;
            ctx.affiliate(person.id, company.id);
            add_title_statement(person, company.id, t, ko, out);
            break;
        }
    }
    // English: a title a person holds in the predicate (X, who founded Y and remains its
    // chief executive; with Y's X serving as chairman): "its" is the company named last
    // before it, "as" the company that owns the person.
    for (std::size_t k = 0; !ko && k < items.size(); ++k) {
        const Item& title = items[k];
        if (title.arg >= 0 || title.start < view.sentence.start + 4) continue;
        std::string_view lead = s.substr(title.start - 4, 4);
        // "its" only after a verb that predicates the title of the person (remains its
        // chief executive), not in a list (praised Y and its chief executive).
        std::string_view verb = s.substr(view.sentence.start, title.start - 4 - view.sentence.start);
        bool its = lead == "its " &&
                   (text::ends_with(verb, " remains ") || text::ends_with(verb, " is ") ||
                    text::ends_with(verb, " was ") || text::ends_with(verb, " became ") ||
                    text::ends_with(verb, " becomes ") || text::ends_with(verb, " as ") ||
                    text::ends_with(verb, " remained "));
        bool as = lead.substr(1) == "as ";
        if (!its && !as) continue;
        const Arg* person = nullptr;
        const Arg* owner = nullptr;
        for (std::size_t j = k; j-- > 0;) {
            if (items[j].arg < 0) continue;
            const Arg& a = view.args[static_cast<std::size_t>(items[j].arg)];
            if (a.type == EntityType::Person) {
                person = &a;
                // The owner named in the possessive right before the person (Y's X).
                if (j > 0 && items[j - 1].arg >= 0) {
                    const Arg& b = view.args[static_cast<std::size_t>(items[j - 1].arg)];
                    if (b.role == Role::Genitive && is_org(b.type) && b.word_end + 1 >= a.start) owner = &b;
                }
                break;
            }
            if (its && !owner && is_org(a.type)) owner = &a;
        }
        if (!person || !owner || std::find(placed.begin(), placed.end(), person) != placed.end()) continue;
        const Title& t = rules.titles[title.title];
        if (t.lang != view.lang) continue;
        ctx.affiliate(person->id, owner->id);
        add_title_statement(*person, owner->id, t, ko, out);
        placed.push_back(person);
    }
    // A title beside a person with no company named by it (Chief Executive Jane Roe said;
    // 한지우 대표가): the person's known company, else the company the article is about.
    for (std::size_t k = 0; k + 1 < items.size(); ++k) {
        const Item& first = items[k];
        const Item& second = items[k + 1];
        // English: Title Name side by side, or Name is (the) Title.
        std::string_view between = second.start >= first.word_end
                                       ? s.substr(first.word_end, second.start - first.word_end)
                                       : std::string_view();
        bool name_first = ko || (first.arg >= 0 && (between == " is " || between == " is the "));
        const Item* title = name_first ? &second : &first;
        const Item* name = name_first ? &first : &second;
        if (title->arg >= 0 || name->arg < 0) continue;
        if (ko && !gap_ok(first, second)) continue;
        if (!ko && !name_first && between != " ") continue;
        const Arg& person = view.args[static_cast<std::size_t>(name->arg)];
        if (person.type != EntityType::Person ||
            std::find(placed.begin(), placed.end(), &person) != placed.end()) {
            continue;
        }
        // A company right before the title belongs to another apposition shape.
        if (k > 0 && items[k - 1].arg >= 0 && gap_ok(items[k - 1], first)) continue;
        std::string company = ctx.company_of(person.id);
        const core::Entity* pe = ctx.entity(person.id);
        // Korean: a discovered person titled in a sentence about a company (X는 … Y 대표가)
        // heads that company, the topic before the person.
        if (company.empty() && ko && pe && pe->discovered) {
            for (const Arg& a : view.args) {
                if (a.start >= person.start) break;
                if (a.topic && a.role == Role::Subject && is_org(a.type)) company = a.id;
            }
        }
        // A discovered person: the company the article is about, when the last sentence's
        // subject agrees (a quote after another company's turn stays unattributed).
        if (company.empty() && pe && pe->discovered && ctx.main_company() == ctx.subject_company) {
            company = ctx.main_company().value_or("");
        }
        const core::Entity* e = company.empty() ? nullptr : ctx.entity(company);
        if (!e || !is_org(e->type)) continue;
        const Title& t = rules.titles[title->title];
        if (t.lang != view.lang) continue;
        ctx.affiliate(person.id, company);
        add_title_statement(person, company, t, ko, out);
        if (title->title2 != SIZE_MAX) add_title_statement(person, company, rules.titles[title->title2], ko, out);
    }
}

} // namespace corpkg::importers
