#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace corpkg::importers {

/// Byte offset of the first invalid UTF-8 sequence (or NUL byte when `reject_nul`);
/// std::nullopt when the text is valid. O(n).
std::optional<std::size_t> find_invalid_utf8(std::string_view text, bool reject_nul = true);

/// The text in Unicode Normalization Form C (utf8proc). Input must be valid UTF-8.
std::string to_nfc(std::string_view text);

/// Number of code points in valid UTF-8.
std::size_t count_code_points(std::string_view text) noexcept;

} // namespace corpkg::importers
