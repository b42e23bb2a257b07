#include "core/name_keys.hpp"

#include <cstdint>

#include "core/content_hash.hpp"

namespace corpkg::core {
namespace {

/// Decodes one UTF-8 code point at `i`, advancing `i`; invalid bytes decode as U+FFFD.
char32_t decode(std::string_view s, std::size_t& i) {
    auto c = static_cast<unsigned char>(s[i]);
    int len = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 0;
    if (len == 0 || i + len > s.size()) {
        ++i;
        return 0xFFFD;
    }
    char32_t cp = len == 1 ? c : c & (0x7F >> len);
    for (int k = 1; k < len; ++k) {
        cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
    }
    i += len;
    return cp;
}

/// Letters kept in slugs: Latin-1 and Latin Extended letters, Greek, Cyrillic, kana, CJK
/// and Hangul. All are XML NameChars, so slugs stay valid NMTOKENs.
bool is_kept_letter(char32_t cp) {
    return (cp >= 0xC0 && cp <= 0x24F && cp != 0xD7 && cp != 0xF7) ||
           (cp >= 0x370 && cp <= 0x3FF && cp != 0x37E) || (cp >= 0x400 && cp <= 0x4FF) ||
           (cp >= 0x3041 && cp <= 0x30FF) || (cp >= 0x3131 && cp <= 0x318E) ||
           (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0xAC00 && cp <= 0xD7A3);
}

} // namespace

std::string slugify(std::string_view name) {
    std::string out;
    bool pending_dash = false;
    for (std::size_t i = 0; i < name.size();) {
        std::size_t start = i;
        char32_t cp = decode(name, i);
        bool ascii_alnum = (cp >= 'a' && cp <= 'z') || (cp >= '0' && cp <= '9');
        if (cp >= 'A' && cp <= 'Z') {
            cp = cp - 'A' + 'a';
            ascii_alnum = true;
        }
        if (ascii_alnum || is_kept_letter(cp)) {
            if (pending_dash && !out.empty()) {
                out += '-';
            }
            pending_dash = false;
            if (ascii_alnum) {
                out += static_cast<char>(cp);
            } else {
                out.append(name.substr(start, i - start));
            }
        } else {
            pending_dash = true;
        }
    }
    if (out.empty()) {
        out = "e-" + content_hash(name).substr(0, 12);
    }
    return out;
}

std::string name_key(std::string_view name) {
    std::string out;
    out.reserve(name.size());
    for (char ch : name) {
        auto c = static_cast<unsigned char>(ch);
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
            continue;
        }
        out += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : ch;
    }
    return out;
}

} // namespace corpkg::core
