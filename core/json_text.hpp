#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace corpkg::core {

/// Encodes a string as a JSON string literal (quotes included), escaping control
/// characters, quotes and backslashes; UTF-8 passes through unchanged.
std::string json_quote(std::string_view s);

/// Appends what json_quote returns to `out`, copying the runs that need no escape whole:
/// writers of large outputs (extracted statements, GraphML list values) call it per field.
void append_json_quoted(std::string& out, std::string_view s);

/// Encodes a list of strings as a compact JSON array: `["AI","XR"]`.
std::string json_string_list(const std::vector<std::string>& items);

/// Decodes what json_string_list wrote (and any JSON array of strings). Malformed text
/// yields the strings read before the error; never throws.
std::vector<std::string> parse_json_string_list(std::string_view text);

} // namespace corpkg::core
