#pragma once

#include <string>
#include <string_view>

namespace corpkg::core {

/// A 128-bit content hash as 32 lower-case hex digits: two independent 64-bit FNV-1a
/// passes (different offset bases) combined. Used to deduplicate articles, not for
/// security. O(n).
std::string content_hash(std::string_view bytes);

/// Incremental form of content_hash for streamed input.
class ContentHasher {
  public:
    void update(std::string_view bytes) noexcept;
    std::string hex() const;

  private:
    unsigned long long a_ = 0xcbf29ce484222325ULL;
    unsigned long long b_ = 0x84222325cbf29ce4ULL;
};

} // namespace corpkg::core
