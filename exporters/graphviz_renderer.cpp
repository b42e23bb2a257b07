#include "exporters/graphviz_renderer.hpp"

#include <sstream>

#include "core/errors.hpp"
#include "exporters/dot_writer.hpp"

#ifdef CORPKG_HAVE_GRAPHVIZ
#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>
#endif

namespace corpkg::exporters {

bool has_graphviz() noexcept {
#ifdef CORPKG_HAVE_GRAPHVIZ
    return true;
#else
    return false;
#endif
}

void GraphvizRenderer::write(const core::GraphView& graph,
                             const ExportContext& context,
                             std::ostream& out) const {
#ifdef CORPKG_HAVE_GRAPHVIZ
    std::ostringstream dot;
    DotWriter().write(graph, context, dot);
    std::string text = dot.str();
    // Graphviz's C API: every object is released on every path, so an error in layout or
    // rendering leaks nothing.
    GVC_t* gvc = gvContext();
    if (gvc == nullptr) {
        throw core::Error("Graphviz could not start (gvContext failed)");
    }
    Agraph_t* g = agmemread(text.c_str());
    if (g == nullptr) {
        gvFreeContext(gvc);
        throw core::Error("Graphviz could not read the generated DOT");
    }
    if (gvLayout(gvc, g, "dot") != 0) {
        agclose(g);
        gvFreeContext(gvc);
        throw core::Error("Graphviz layout failed");
    }
    char* data = nullptr;
    unsigned int length = 0;
    int rc = gvRenderData(gvc, g, format_.c_str(), &data, &length);
    if (rc == 0 && data != nullptr) {
        out.write(data, static_cast<std::streamsize>(length));
    }
    if (data != nullptr) {
        gvFreeRenderData(data);
    }
    gvFreeLayout(gvc, g);
    agclose(g);
    gvFreeContext(gvc);
    if (rc != 0) {
        throw core::Error("Graphviz cannot render " + format_ +
                          " (is the Graphviz plugin for it installed?)");
    }
#else
    (void)graph;
    (void)context;
    (void)out;
    throw core::Error(format_ + " export needs Graphviz: rebuild corpkg with libgraphviz-dev "
                                "installed, or export --format dot and run `dot -T" +
                      format_ + "`");
#endif
}

} // namespace corpkg::exporters
