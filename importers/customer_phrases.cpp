#include <algorithm>

#include "importers/relation_rules.hpp"
#include "importers/relation_slots.hpp"
#include "importers/text_scan.hpp"

namespace corpkg::importers {
namespace {

/// Lower-case modifiers only (first, largest, biggest single, key) between two bytes.
bool modifiers_only(std::string_view gap) {
    return gap.size() <= 24 && std::all_of(gap.begin(), gap.end(), [](char c) {
               return c == ' ' || c == '-' || (c >= 'a' && c <= 'z');
           });
}

/// The customer noun at `at` after modifiers: the byte after "customer", or npos.
std::size_t customer_after(std::string_view s, std::size_t at, std::size_t limit) {
    std::string_view rest = s.substr(at, std::min<std::size_t>(limit, s.size()) - at);
    std::size_t c = rest.find("customer");
    if (c == std::string_view::npos || !modifiers_only(rest.substr(0, c))) return std::string_view::npos;
    return at + c + 8;
}

} // namespace

void find_customer_phrases(const SentenceView& view, const DocumentContext& ctx, const RuleSet& rules,
                           std::vector<core::Statement>& out) {
    if (view.lang != "en") return;
    std::string_view s = view.text;
    const auto& args = view.args;
    auto supplies = [&](const Arg& supplier, const Arg& customer, std::size_t at, const char* rule) {
        auto x = slot_for(supplier, core::Relation::Supplies, true, ctx);
        auto y = slot_for(customer, core::Relation::Supplies, false, ctx);
        if (x && y) emit(out, core::Relation::Supplies, x->id, y->id, modality_at(view, rules, at), rule);
    };
    for (std::size_t k = 0; k < args.size(); ++k) {
        const Arg& a = args[k];
        if (a.id.empty() || !is_org(a.type)) continue;
        std::size_t end = view.sentence.end;
        // X (, which) counts Y as its first customer: X supplies Y.
        std::size_t v = a.word_end + (s.substr(a.word_end, 7) == ", which" ? 7 : 0);
        if (s.substr(v, 8) == " counts " || s.substr(v, 9) == " counted ") {
            std::size_t verb_end = s.find(' ', v + 1);
            if (k + 1 < args.size() && args[k + 1].start == verb_end + 1) {
                const Arg& b = args[k + 1];
                if (s.substr(b.word_end, 8) == " as its " && customer_after(s, b.word_end + 8, end) != std::string_view::npos) {
                    supplies(a, b, a.word_end, "en:supplies:counts as customer");
                }
            }
        }
        if (a.role != Role::Genitive) continue;
        std::size_t c = customer_after(s, a.word_end, end);
        if (c == std::string_view::npos || (c < end && std::isalpha(static_cast<unsigned char>(s[c])))) continue;
        // Y, X's largest customer: X supplies Y.
        if (k > 0 && args[k - 1].word_end + 2 == a.start && s.substr(args[k - 1].word_end, 2) == ", ") {
            supplies(a, args[k - 1], a.start, "en:supplies:customer apposition");
        }
        // X's first customer, Y: X supplies Y.
        if (k + 1 < args.size() && s.substr(c, 2) == ", " && args[k + 1].start == c + 2) {
            supplies(a, args[k + 1], a.start, "en:supplies:customer apposition");
        }
    }
}

} // namespace corpkg::importers
