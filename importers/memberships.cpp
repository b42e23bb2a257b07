#include "importers/sentence_structure.hpp"
#include "importers/text_scan.hpp"

namespace corpkg::importers {

using core::EntityType;

namespace {

bool is_org(EntityType t) { return t == EntityType::Company || t == EntityType::Unit; }

/// Whether the name as written starts with one of the parent's names (Intel Foundry,
/// 삼성전자 파운드리사업부): the name itself says whose unit it is.
bool names_parent(std::string_view written, const core::Entity& parent) {
    for (const auto& a : parent.aliases) {
        if (a.text.size() >= 2 && a.text.size() < written.size() && text::starts_with(written, a.text) &&
            (written[a.text.size()] == ' ' || static_cast<unsigned char>(written[a.text.size()]) >= 0x80)) {
            return true;
        }
    }
    return false;
}

/// English: ", Y's <up to three words> subsidiary" right after a name (Foxtron, Foxconn's
/// EV subsidiary): the bytes of the possessor's argument, or nothing.
bool possessive_subsidiary(std::string_view rest) {
    // rest starts after "Y's"
    std::size_t i = 0;
    for (int words = 0; words <= 3; ++words) {
        if (i >= rest.size() || rest[i] != ' ') return false;
        std::size_t e = i + 1;
        while (e < rest.size() && rest[e] != ' ' && rest[e] != ',' && rest[e] != '.') ++e;
        std::string_view w = rest.substr(i + 1, e - i - 1);
        if (w == "subsidiary" || w == "affiliate") return true;
        if (w.empty() || !text::is_ascii_alnum(static_cast<unsigned char>(w[0]))) return false;
        if (w == "and" || w == "or" || w == "for" || w == "of") return false;
        i = e;
    }
    return false;
}

void add(std::vector<core::Statement>& out, const std::string& subject, core::Relation r,
         const std::string& object, const char* rule) {
    core::Statement st;
    st.subject = subject;
    st.relation = r;
    st.object = object;
    st.evidence.rule = rule;
    out.push_back(std::move(st));
}

} // namespace

void find_memberships(const SentenceView& view, const DocumentContext& ctx,
                      std::vector<core::Statement>& out) {
    std::string_view s = view.text;
    for (std::size_t k = 0; k < view.args.size(); ++k) {
        const Arg& a = view.args[k];
        if (a.id.empty() || a.reference) continue;
        const core::Entity* e = ctx.entity(a.id);
        if (!e) continue;
        // A business unit named with its parent: in its own name, or beside it in the
        // sentence (the venture arm of X; X's largest division).
        if (e->type == EntityType::Unit && !e->parent.empty()) {
            const core::Entity* parent = ctx.entity(e->parent);
            bool with_parent = parent && names_parent(s.substr(a.start, a.end - a.start), *parent);
            for (const Arg& b : view.args) with_parent |= b.id == e->parent && !b.reference;
            if (with_parent) add(out, a.id, core::Relation::PartOf, e->parent, "membership:unit");
        }
        // English: "the Y subsidiary" stands for the company the text is about, a child of Y.
        if (view.lang == "en" && is_org(e->type) && ctx.subject_company &&
            *ctx.subject_company != a.id && a.start >= view.sentence.start + 4 &&
            (s.substr(a.start - 4, 4) == "The " || s.substr(a.start - 4, 4) == "the ")) {
            std::string_view after = s.substr(a.word_end, std::min<std::size_t>(12, view.sentence.end - a.word_end));
            if (a.role != Role::Genitive &&
                (text::starts_with(after, " subsidiary") || text::starts_with(after, " affiliate"))) {
                add(out, *ctx.subject_company, core::Relation::SubsidiaryOf, a.id, "en:membership:the-subsidiary");
            }
        }
        // English: "Google parent Alphabet" names the parent of the name before it.
        if (view.lang == "en" && is_org(e->type) && k + 1 < view.args.size() && e->type == EntityType::Company) {
            const Arg& b = view.args[k + 1];
            if (!b.id.empty() && b.type == EntityType::Company && b.start > a.word_end &&
                (s.substr(a.word_end, b.start - a.word_end) == " parent " ||
                 s.substr(a.word_end, b.start - a.word_end) == " parent company ")) {
                add(out, a.id, core::Relation::SubsidiaryOf, b.id, "en:membership:parent");
            }
        }
        // English: X, Y's EV subsidiary.
        if (view.lang == "en" && is_org(e->type) && k + 1 < view.args.size()) {
            const Arg& b = view.args[k + 1];
            if (b.role != Role::Genitive || b.id.empty() || !is_org(b.type) || b.start != a.word_end + 2 ||
                s.substr(a.word_end, 2) != ", ") {
                continue;
            }
            if (possessive_subsidiary(s.substr(b.word_end, std::min<std::size_t>(60, view.sentence.end - b.word_end)))) {
                add(out, a.id, core::Relation::SubsidiaryOf, b.id, "en:membership:possessive");
            }
        }
    }
}

} // namespace corpkg::importers
