#include "exporters/exporter.hpp"

#include "core/errors.hpp"
#include "exporters/graphml_writer.hpp"
#include "exporters/node_link_writer.hpp"

namespace corpkg::exporters {

std::vector<std::string> export_formats() { return {"graphml", "json"}; }

std::unique_ptr<Exporter> make_exporter(std::string_view format) {
    if (format == "graphml") {
        return std::make_unique<GraphmlWriter>();
    }
    if (format == "json") {
        return std::make_unique<NodeLinkWriter>();
    }
    std::string known;
    for (const auto& f : export_formats()) {
        known += (known.empty() ? "" : ", ") + f;
    }
    throw core::UsageError("unknown export format '" + std::string(format) + "' (valid: " + known +
                           ")");
}

} // namespace corpkg::exporters
