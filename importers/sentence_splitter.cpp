#include "importers/sentence_splitter.hpp"

#include <array>

#include "importers/byte_runs.hpp"

namespace corpkg::importers {
namespace {

bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }
bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || is_upper(c); }

/// Words after which a period does not end a sentence.
bool is_title_abbreviation(std::string_view w) {
    static constexpr std::array<std::string_view, 24> kWords = {
        "Mr", "Mrs", "Ms", "Dr", "Prof", "Sen", "Rep", "Gov", "Gen", "St", "vs", "No",
        "Jan", "Feb", "Mar", "Apr", "Aug", "Sept", "Sep", "Oct", "Nov", "Dec", "approx", "Nos"};
    for (auto k : kWords) {
        if (w == k) return true;
    }
    return false;
}

/// Company abbreviations end a sentence only when a capitalized word other than another
/// company suffix follows.
bool is_company_abbreviation(std::string_view w) {
    return w == "Inc" || w == "Corp" || w == "Co" || w == "Ltd" || w == "Jr" || w == "Bros" ||
           w == "Cos" || w == "Plc" || w == "LLC";
}

} // namespace

std::vector<Sentence> split_sentences(std::string_view text) {
    std::vector<Sentence> out;
    std::size_t line_start = 0;
    while (line_start < text.size()) {
        std::size_t line_end = text.find('\n', line_start);
        if (line_end == std::string_view::npos) line_end = text.size();
        std::size_t start = line_start;
        // Bytes that may end a sentence: . ! ? and the lead byte of 。 (E3 80 82).
        const std::string_view to_line_end = text.substr(0, line_end);
        auto next_stop = [&](std::size_t from) {
            return bytes::find_any<'.', '!', '?', '\xE3'>(to_line_end, from);
        };
        for (std::size_t i = next_stop(line_start); i < line_end; i = next_stop(i + 1)) {
            char c = text[i];
            bool cjk_stop = c == '\xE3' && i + 2 < line_end && text[i + 1] == '\x80' &&
                            text[i + 2] == '\x82'; // 。
            if (c != '.' && c != '!' && c != '?' && !cjk_stop) continue;
            std::size_t j = i + (cjk_stop ? 3 : 1);
            while (j < line_end && (text[j] == '"' || text[j] == '\'' || text[j] == ')' ||
                                    text[j] == '.' || text[j] == '!' || text[j] == '?')) {
                ++j;
            }
            if (j < line_end && text[j] != ' ') continue;
            if (c == '.') {
                std::size_t w = i;
                while (w > line_start && (is_alpha(text[w - 1]) || text[w - 1] == '.')) --w;
                std::string_view word = text.substr(w, i - w);
                std::size_t next = j < line_end ? j + 1 : line_end;
                char next_char = next < line_end ? text[next] : '\0';
                if (is_title_abbreviation(word)) continue;
                // Initials and dotted abbreviations: J. Smith, U.S. officials.
                if (word.size() == 1 && is_upper(word[0])) continue;
                if (word.find('.') != std::string_view::npos && next_char != '\0' &&
                    !is_upper(next_char)) {
                    continue;
                }
                if (is_company_abbreviation(word)) {
                    std::string_view rest = text.substr(next, line_end - next);
                    if (!is_upper(next_char) || rest.substr(0, 3) == "Ltd" ||
                        rest.substr(0, 4) == "Corp" || rest.substr(0, 3) == "Inc") {
                        continue;
                    }
                }
            }
            out.push_back(Sentence{start, j, false});
            start = j;
            while (start < line_end && text[start] == ' ') ++start;
            i = start == 0 ? 0 : start - 1;
        }
        if (start < line_end) {
            out.push_back(Sentence{start, line_end, true});
        }
        line_start = line_end + 1;
    }
    return out;
}

} // namespace corpkg::importers
