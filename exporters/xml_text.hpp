#pragma once

#include <string>
#include <string_view>

#include "exporters/out_buffer.hpp"

namespace corpkg::exporters {

/// Appends `text` XML-escaped (& < > " ') to `out`, dropping every character XML 1.0
/// cannot hold (C0 controls other than tab, newline, carriage return; U+FFFE, U+FFFF;
/// invalid UTF-8 bytes).
void append_xml_escaped(std::string& out, std::string_view text);
void append_xml_escaped(OutBuffer& out, std::string_view text);

/// True when `text` is printable ASCII other than & < > " ': append_xml_escaped copies it
/// unchanged.
bool is_xml_plain(std::string_view text) noexcept;

/// append_xml_escaped into a new string.
std::string xml_escape(std::string_view text);

} // namespace corpkg::exporters
