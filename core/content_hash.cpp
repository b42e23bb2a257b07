#include "core/content_hash.hpp"

#include <array>

namespace corpkg::core {

void ContentHasher::update(std::string_view bytes) noexcept {
    constexpr unsigned long long kPrime = 0x100000001b3ULL;
    for (char ch : bytes) {
        auto c = static_cast<unsigned char>(ch);
        a_ = (a_ ^ c) * kPrime;
        // The second pass mixes a rotated state so the two halves do not collide together.
        b_ = ((b_ ^ c) * kPrime) ^ (b_ >> 29);
    }
}

std::string ContentHasher::hex() const {
    static constexpr std::array<char, 16> kDigits{'0', '1', '2', '3', '4', '5', '6', '7',
                                                  '8', '9', 'a', 'b', 'c', 'd', 'e', 'f'};
    std::string out(32, '0');
    for (int i = 0; i < 16; ++i) {
        out[15 - i] = kDigits[(a_ >> (4 * i)) & 0xF];
        out[31 - i] = kDigits[(b_ >> (4 * i)) & 0xF];
    }
    return out;
}

std::string content_hash(std::string_view bytes) {
    ContentHasher h;
    h.update(bytes);
    return h.hex();
}

} // namespace corpkg::core
