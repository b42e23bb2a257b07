#include "importers/korean_names.hpp"

#include <array>
#include <utility>

#include "importers/text_scan.hpp"

namespace corpkg::importers {
namespace {

/// Family names with their customary spellings (Revised Romanization would give Gim, I, Bak).
constexpr std::array<std::pair<char32_t, std::string_view>, 72> kFamilies{{
    {U'김', "Kim"},   {U'이', "Lee"},   {U'박', "Park"},  {U'최', "Choi"},  {U'정', "Jung"},
    {U'강', "Kang"},  {U'조', "Cho"},   {U'윤', "Yoon"},  {U'장', "Jang"},  {U'임', "Lim"},
    {U'한', "Han"},   {U'오', "Oh"},    {U'서', "Seo"},   {U'신', "Shin"},  {U'권', "Kwon"},
    {U'황', "Hwang"}, {U'안', "Ahn"},   {U'송', "Song"},  {U'류', "Ryu"},   {U'전', "Jeon"},
    {U'홍', "Hong"},  {U'고', "Ko"},    {U'문', "Moon"},  {U'양', "Yang"},  {U'손', "Son"},
    {U'배', "Bae"},   {U'백', "Baek"},  {U'허', "Heo"},   {U'유', "Yoo"},   {U'남', "Nam"},
    {U'심', "Shim"},  {U'노', "Noh"},   {U'하', "Ha"},    {U'곽', "Kwak"},  {U'성', "Sung"},
    {U'차', "Cha"},   {U'주', "Joo"},   {U'우', "Woo"},   {U'구', "Koo"},   {U'민', "Min"},
    {U'진', "Jin"},   {U'나', "Na"},    {U'지', "Ji"},    {U'엄', "Eom"},   {U'채', "Chae"},
    {U'원', "Won"},   {U'천', "Chun"},  {U'방', "Bang"},  {U'공', "Kong"},  {U'현', "Hyun"},
    {U'함', "Ham"},   {U'변', "Byun"},  {U'염', "Yeom"},  {U'여', "Yeo"},   {U'추', "Choo"},
    {U'도', "Do"},    {U'소', "So"},    {U'석', "Seok"},  {U'선', "Sun"},   {U'설', "Seol"},
    {U'마', "Ma"},    {U'길', "Gil"},   {U'연', "Yeon"},  {U'위', "Wi"},    {U'표', "Pyo"},
    {U'명', "Myung"}, {U'기', "Ki"},    {U'반', "Ban"},   {U'왕', "Wang"},  {U'금', "Keum"},
    {U'육', "Yook"},  {U'탁', "Tak"},
}};

constexpr std::array<std::string_view, 19> kInitials{
    "g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j", "jj", "ch", "k", "t", "p", "h"};
constexpr std::array<std::string_view, 21> kVowels{
    "a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae", "oe", "yo", "u", "wo", "we", "wi",
    "yu", "eu", "ui", "i"};
constexpr std::array<std::string_view, 28> kFinals{
    "", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l", "p", "l", "m", "p", "p",
    "t", "t", "ng", "t", "t", "k", "t", "p", "t"};

/// One syllable of a given name, in the customary spelling: ㅜ as "oo" (Joon, Soo, Woo),
/// ㅓ before ㅇ as "u" (Sung), ㅕ before ㅇ or after a consonant before ㄴ as "yu"/"you"
/// (Kyung, Hyun, Young), ㄱ as "k" before ㅕ, ㅘ, ㅛ, ㅝ, ㅠ, ㅣ (Kyung, Kwan, Kyo, Kwon, Kyu, Ki).
std::string syllable(char32_t cp) {
    int index = static_cast<int>(cp - 0xAC00);
    int initial = index / (21 * 28), vowel = (index / 28) % 21, final = index % 28;
    std::string_view init = kInitials[static_cast<std::size_t>(initial)];
    std::string_view v = kVowels[static_cast<std::size_t>(vowel)];
    if (vowel == 13) v = init.empty() ? "woo" : (final == 0 || final == 4 || final == 21 ? "oo" : "u");
    else if (vowel == 4 && final == 21) v = "u";                   // 성 sung, 정 jung
    else if (vowel == 6 && final == 21) v = init.empty() ? "you" : "yu"; // 영 young, 경 kyung
    else if (vowel == 6 && final == 4 && !init.empty()) v = "yu";  // 현 hyun; 연 stays yeon
    if (initial == 0 && (vowel == 6 || vowel == 9 || vowel == 12 || vowel == 20 || vowel == 14 || vowel == 17)) init = "k";
    std::string out;
    out.reserve(8);
    out.append(init).append(v).append(kFinals[static_cast<std::size_t>(final)]);
    return out;
}

} // namespace

std::string romanize_korean_name(std::string_view hangul) {
    char32_t cps[3];
    std::size_t i = 0;
    for (int n = 0; n < 3; ++n) {
        std::size_t len = 0;
        if (i >= hangul.size()) return {};
        cps[n] = text::at(hangul, i, &len);
        if (!text::is_hangul(cps[n])) return {};
        i += len;
    }
    if (i != hangul.size()) return {};
    std::string_view family;
    for (const auto& [cp, name] : kFamilies) {
        if (cp == cps[0]) family = name;
    }
    if (family.empty()) return {};
    std::string out(family);
    out.append(" ").append(syllable(cps[1])).append("-").append(syllable(cps[2]));
    out[family.size() + 1] = static_cast<char>(out[family.size() + 1] - 'a' + 'A');
    return out;
}

} // namespace corpkg::importers
