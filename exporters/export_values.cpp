#include "exporters/export_values.hpp"

#include <algorithm>

namespace corpkg::exporters {

bool is_full_iso_date(std::string_view s) noexcept {
    if (s.size() != 10) {
        return false;
    }
    for (std::size_t i = 0; i < s.size(); ++i) {
        bool dash = i == 4 || i == 7;
        if (dash ? s[i] != '-' : (s[i] < '0' || s[i] > '9')) {
            return false;
        }
    }
    return true;
}

std::vector<std::string> node_first_seen(const core::GraphView& graph) {
    std::vector<std::string> first(graph.nodes().size());
    for (const auto& e : graph.edges()) {
        const auto& date = e.record.first_seen;
        if (!is_full_iso_date(date)) {
            continue;
        }
        for (auto end : {e.source, e.target}) {
            if (first[end].empty() || date < first[end]) {
                first[end] = date;
            }
        }
    }
    return first;
}

std::vector<std::string> alias_texts(const core::Entity& entity) {
    std::vector<std::string> texts;
    texts.reserve(entity.aliases.size());
    for (const auto& a : entity.aliases) {
        if (a.text != entity.name) {
            texts.push_back(a.text);
        }
    }
    std::sort(texts.begin(), texts.end());
    texts.erase(std::unique(texts.begin(), texts.end()), texts.end());
    return texts;
}

} // namespace corpkg::exporters
