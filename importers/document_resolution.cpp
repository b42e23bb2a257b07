#include "importers/document_resolution.hpp"

#include <algorithm>
#include <map>

#include "importers/text_scan.hpp"

namespace corpkg::importers {

using core::EntityType;

namespace {
bool is_org(EntityType t) { return t == EntityType::Company || t == EntityType::Unit; }
} // namespace

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
        // The group's own entity is its least specific member: it counts only when no other
        // member is named (Hyundai Motor Group … Hyundai Motor … Hyundai: Hyundai Motor).
        bool member_named = false;
        for (const auto& [id, score] : counts) {
            const core::Entity* e = lexicon.entities().find_id(id);
            member_named |= lexicon.facts(id).group == g.name && !(e && e->name == g.name);
        }
        for (const auto& [id, score] : counts) {
            if (lexicon.facts(id).group != g.name) continue;
            if (const core::Entity* e = lexicon.entities().find_id(id); member_named && e && e->name == g.name) continue;
            if (score.first > best_score.first ||
                (score.first == best_score.first && score.second < best_score.second)) {
                best = id;
                best_score = score;
            }
        }
        ctx.group_member[m.group] = best.empty() ? g.default_id : best;
    }
}

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
    auto add = [&](const std::string& key, const core::Entity* person, bool need_title) {
        for (std::size_t at = s.find(key); at != std::string_view::npos; at = s.find(key, at + 1)) {
            std::size_t end = at + key.size();
            if (text::is_word(text::before(s, at)) || scan.overlaps(at, end)) continue;
            Mention m;
            std::size_t word_end = end;
            if (need_title) {
                if (end >= s.size() || s[end] != ' ') continue;
                // Titles are sorted by start: a search, not a walk, per occurrence.
                auto t = std::lower_bound(scan.titles.begin(), scan.titles.end(), end + 1,
                                          [](const CueHit& h, std::size_t at) { return h.start < at; });
                bool titled = t != scan.titles.end() && t->start == end + 1;
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

} // namespace corpkg::importers
