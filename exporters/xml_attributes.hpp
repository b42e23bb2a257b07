#pragma once

#include "core/model.hpp"
#include "core/store.hpp"
#include "exporters/edge_evidence.hpp"
#include "exporters/out_buffer.hpp"

namespace corpkg::exporters {

/// The two XML formats, which carry the same node and edge attributes in their own syntax:
/// GraphML `<key>` declarations and `<data key="…">` values, GEXF `<attribute>`
/// declarations and `<attvalue for="…" value="…"/>` values. GraphML also carries `label`
/// (nodes and edges) and `weight` (edges) as data; GEXF has them as XML attributes of the
/// element, which its writer writes itself.
enum class XmlFormat { Graphml, Gexf };

/// The declarations of every node and edge attribute: GraphML `<key>` lines (ids `n<i>`,
/// `e<i>`), GEXF one `<attributes>` block per class.
void declare_xml_attributes(OutBuffer& b, XmlFormat format);

/// A node's attribute values, in declaration order.
void write_node_values(OutBuffer& b, XmlFormat format, const core::Entity& entity);

/// An edge's attribute values, in declaration order.
void write_edge_values(OutBuffer& b,
                       XmlFormat format,
                       const core::EdgeRecord& record,
                       const EvidenceSummary& evidence);

} // namespace corpkg::exporters
