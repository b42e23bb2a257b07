#include "importers/diagnostic.hpp"

namespace corpkg::importers {

std::string Diagnostic::format() const {
    std::string out = source;
    if (line > 0) {
        out += ":" + std::to_string(line);
    }
    out += ": ";
    if (severity == Severity::Warning) {
        out += "warning: ";
    }
    return out + message;
}

} // namespace corpkg::importers
