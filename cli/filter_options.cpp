#include "cli/filter_options.hpp"

#include "core/errors.hpp"

namespace corpkg::cli {
namespace {

bool is_iso_date(const std::string& s) {
    // YYYY, YYYY-MM or YYYY-MM-DD; compared as text against stored ISO dates.
    static const std::size_t lengths[] = {4, 7, 10};
    bool length_ok = false;
    for (auto n : lengths) length_ok = length_ok || s.size() == n;
    if (!length_ok) return false;
    for (std::size_t i = 0; i < s.size(); ++i) {
        bool dash = i == 4 || i == 7;
        if (dash ? s[i] != '-' : (s[i] < '0' || s[i] > '9')) return false;
    }
    return true;
}

} // namespace

void FilterOptions::add_to(CLI::App& app) {
    app.add_option("--relation", relations, "Keep only this relation (repeatable)");
    app.add_option("--certainty", certainty,
                   "Keep edges at least this certain: fact, planned or speculative");
    app.add_option("--since", since, "Keep edges last seen on or after DATE (YYYY-MM-DD)");
    app.add_option("--until", until, "Keep edges first seen on or before DATE (YYYY-MM-DD)");
    app.add_option("--type", types,
                   "Keep edges between entities of this type (repeatable): company, product, "
                   "person, unit, government, other");
    app.add_option("--topic", topic, "Keep edges tagged with this topic");
    app.add_flag("--include-negated", include_negated, "Also show negated (denied) relations");
}

core::EdgeFilter FilterOptions::to_filter() const {
    core::EdgeFilter f;
    for (const auto& r : relations) {
        f.relations.push_back(core::relation_at(r));
    }
    if (!certainty.empty()) {
        auto c = core::parse_certainty(certainty);
        if (!c) {
            throw core::UsageError("--certainty: unknown value '" + certainty +
                                   "' (valid: fact, planned, speculative)");
        }
        f.min_certainty = c;
    }
    for (const auto* d : {&since, &until}) {
        if (!d->empty() && !is_iso_date(*d)) {
            throw core::UsageError("invalid date '" + *d + "' (expected YYYY-MM-DD)");
        }
    }
    f.since = since;
    // An --until of a year or month covers all of it.
    f.until = until.size() == 4 ? until + "-12-31" : until.size() == 7 ? until + "-31" : until;
    for (const auto& t : types) {
        auto parsed = core::parse_entity_type(t);
        if (!parsed) {
            throw core::UsageError("--type: unknown entity type '" + t +
                                   "' (valid: company, product, person, unit, government, other)");
        }
        f.types.push_back(*parsed);
    }
    f.topic = topic;
    f.include_negated = include_negated;
    return f;
}

std::string FilterOptions::describe() const {
    std::string out;
    auto add = [&](const std::string& part) { out += (out.empty() ? "" : ";") + part; };
    for (const auto& r : relations) add("relation=" + r);
    if (!certainty.empty()) add("certainty>=" + certainty);
    if (!since.empty()) add("since=" + since);
    if (!until.empty()) add("until=" + until);
    for (const auto& t : types) add("type=" + t);
    if (!topic.empty()) add("topic=" + topic);
    if (include_negated) add("include_negated");
    return out;
}

} // namespace corpkg::cli
