#include "core/import/htmlentities.h"

#include "core/import/htmltext.h"
#include "core/import/textdecoder.h"

#include <algorithm>
#include <cstring>
#include <vector>

namespace demarche::textimport {

namespace {

struct Entity
{
    const char *name;
    char32_t codePoint;
};

// Latin-1 U+00A0 ... U+00FF, in code point order.
const char *const Latin1Names[96] = {
    "nbsp",   "iexcl",  "cent",   "pound",  "curren", "yen",    "brvbar", "sect",   "uml",
    "copy",   "ordf",   "laquo",  "not",    "shy",    "reg",    "macr",   "deg",    "plusmn",
    "sup2",   "sup3",   "acute",  "micro",  "para",   "middot", "cedil",  "sup1",   "ordm",
    "raquo",  "frac14", "frac12", "frac34", "iquest", "Agrave", "Aacute", "Acirc",  "Atilde",
    "Auml",   "Aring",  "AElig",  "Ccedil", "Egrave", "Eacute", "Ecirc",  "Euml",   "Igrave",
    "Iacute", "Icirc",  "Iuml",   "ETH",    "Ntilde", "Ograve", "Oacute", "Ocirc",  "Otilde",
    "Ouml",   "times",  "Oslash", "Ugrave", "Uacute", "Ucirc",  "Uuml",   "Yacute", "THORN",
    "szlig",  "agrave", "aacute", "acirc",  "atilde", "auml",   "aring",  "aelig",  "ccedil",
    "egrave", "eacute", "ecirc",  "euml",   "igrave", "iacute", "icirc",  "iuml",   "eth",
    "ntilde", "ograve", "oacute", "ocirc",  "otilde", "ouml",   "divide", "oslash", "ugrave",
    "uacute", "ucirc",  "uuml",   "yacute", "thorn",  "yuml",
};

// Greek capitals start at U+0391, small letters at U+03B1 (U+03A2 is unassigned, and
// its small counterpart is final sigma).
const char *const GreekNames[25] = {
    "alpha", "beta",   "gamma",   "delta", "epsilon", "zeta",    "eta",   "theta", "iota",
    "kappa", "lambda", "mu",      "nu",    "xi",      "omicron", "pi",    "rho",   "sigmaf",
    "sigma", "tau",    "upsilon", "phi",   "chi",     "psi",     "omega",
};

const Entity OtherEntities[] = {
    {"quot", 0x22},
    {"amp", 0x26},
    {"apos", 0x27},
    {"lt", 0x3C},
    {"gt", 0x3E},
    {"QUOT", 0x22},
    {"AMP", 0x26},
    {"LT", 0x3C},
    {"GT", 0x3E},
    {"COPY", 0xA9},
    {"REG", 0xAE},
    {"Tab", 0x09},
    {"NewLine", 0x0A},
    {"excl", 0x21},
    {"num", 0x23},
    {"dollar", 0x24},
    {"percnt", 0x25},
    {"lpar", 0x28},
    {"rpar", 0x29},
    {"ast", 0x2A},
    {"plus", 0x2B},
    {"comma", 0x2C},
    {"period", 0x2E},
    {"sol", 0x2F},
    {"colon", 0x3A},
    {"semi", 0x3B},
    {"equals", 0x3D},
    {"quest", 0x3F},
    {"commat", 0x40},
    {"lsqb", 0x5B},
    {"bsol", 0x5C},
    {"rsqb", 0x5D},
    {"Hat", 0x5E},
    {"lowbar", 0x5F},
    {"grave", 0x60},
    {"lcub", 0x7B},
    {"verbar", 0x7C},
    {"vert", 0x7C},
    {"rcub", 0x7D},
    {"half", 0xBD},
    {"centerdot", 0xB7},
    {"OElig", 0x152},
    {"oelig", 0x153},
    {"Scaron", 0x160},
    {"scaron", 0x161},
    {"Yuml", 0x178},
    {"fnof", 0x192},
    {"circ", 0x2C6},
    {"tilde", 0x2DC},
    {"thetasym", 0x3D1},
    {"upsih", 0x3D2},
    {"piv", 0x3D6},
    {"ensp", 0x2002},
    {"emsp", 0x2003},
    {"numsp", 0x2007},
    {"puncsp", 0x2008},
    {"thinsp", 0x2009},
    {"hairsp", 0x200A},
    {"ZeroWidthSpace", 0x200B},
    {"zwnj", 0x200C},
    {"zwj", 0x200D},
    {"lrm", 0x200E},
    {"rlm", 0x200F},
    {"hyphen", 0x2010},
    {"dash", 0x2010},
    {"ndash", 0x2013},
    {"mdash", 0x2014},
    {"horbar", 0x2015},
    {"lsquo", 0x2018},
    {"rsquo", 0x2019},
    {"rsquor", 0x2019},
    {"sbquo", 0x201A},
    {"lsquor", 0x201A},
    {"ldquo", 0x201C},
    {"rdquo", 0x201D},
    {"rdquor", 0x201D},
    {"bdquo", 0x201E},
    {"ldquor", 0x201E},
    {"dagger", 0x2020},
    {"Dagger", 0x2021},
    {"bull", 0x2022},
    {"bullet", 0x2022},
    {"hellip", 0x2026},
    {"mldr", 0x2026},
    {"permil", 0x2030},
    {"prime", 0x2032},
    {"Prime", 0x2033},
    {"lsaquo", 0x2039},
    {"rsaquo", 0x203A},
    {"oline", 0x203E},
    {"frasl", 0x2044},
    {"MediumSpace", 0x205F},
    {"NoBreak", 0x2060},
    {"euro", 0x20AC},
    {"image", 0x2111},
    {"weierp", 0x2118},
    {"real", 0x211C},
    {"trade", 0x2122},
    {"TRADE", 0x2122},
    {"alefsym", 0x2135},
    {"larr", 0x2190},
    {"uarr", 0x2191},
    {"rarr", 0x2192},
    {"darr", 0x2193},
    {"harr", 0x2194},
    {"crarr", 0x21B5},
    {"lArr", 0x21D0},
    {"uArr", 0x21D1},
    {"rArr", 0x21D2},
    {"dArr", 0x21D3},
    {"hArr", 0x21D4},
    {"forall", 0x2200},
    {"part", 0x2202},
    {"exist", 0x2203},
    {"empty", 0x2205},
    {"nabla", 0x2207},
    {"isin", 0x2208},
    {"notin", 0x2209},
    {"ni", 0x220B},
    {"prod", 0x220F},
    {"sum", 0x2211},
    {"minus", 0x2212},
    {"lowast", 0x2217},
    {"radic", 0x221A},
    {"prop", 0x221D},
    {"infin", 0x221E},
    {"ang", 0x2220},
    {"and", 0x2227},
    {"or", 0x2228},
    {"cap", 0x2229},
    {"cup", 0x222A},
    {"int", 0x222B},
    {"there4", 0x2234},
    {"sim", 0x223C},
    {"cong", 0x2245},
    {"asymp", 0x2248},
    {"ne", 0x2260},
    {"equiv", 0x2261},
    {"le", 0x2264},
    {"ge", 0x2265},
    {"sub", 0x2282},
    {"sup", 0x2283},
    {"nsub", 0x2284},
    {"sube", 0x2286},
    {"supe", 0x2287},
    {"oplus", 0x2295},
    {"otimes", 0x2297},
    {"perp", 0x22A5},
    {"sdot", 0x22C5},
    {"lceil", 0x2308},
    {"rceil", 0x2309},
    {"lfloor", 0x230A},
    {"rfloor", 0x230B},
    {"loz", 0x25CA},
    {"spades", 0x2660},
    {"clubs", 0x2663},
    {"hearts", 0x2665},
    {"diams", 0x2666},
    {"lang", 0x27E8},
    {"rang", 0x27E9},
};

// Names that browsers still accept without the closing ';' ("AT&amp T" pages exist).
const char *const LegacyNames[] = {"amp", "lt", "gt", "quot", "nbsp", "copy", "reg",
                                   "AMP", "LT", "GT", "QUOT", "COPY", "REG"};

bool byName(const Entity &a, const Entity &b)
{
    return std::strcmp(a.name, b.name) < 0;
}

const std::vector<Entity> &entityTable()
{
    static const std::vector<Entity> table = [] {
        std::vector<Entity> t(std::begin(OtherEntities), std::end(OtherEntities));
        for (int i = 0; i < 96; ++i)
            t.push_back({Latin1Names[i], char32_t(0xA0 + i)});
        for (int i = 0; i < 25; ++i) {
            t.push_back({GreekNames[i], char32_t(0x3B1 + i)});
            if (i != 17) { // no capital final sigma
                static char capitals[25][8];
                std::strcpy(capitals[i], GreekNames[i]);
                capitals[i][0] = char(capitals[i][0] - 'a' + 'A');
                t.push_back({capitals[i], char32_t(0x391 + i)});
            }
        }
        std::sort(t.begin(), t.end(), byName);
        return t;
    }();
    return table;
}

const Entity *findEntity(const char *name)
{
    const auto &table = entityTable();
    const Entity key{name, 0};
    const auto it = std::lower_bound(table.begin(), table.end(), key, byName);
    if (it == table.end() || std::strcmp(it->name, name) != 0)
        return nullptr;
    return &*it;
}

bool isLegacy(const char *name)
{
    for (const char *legacy : LegacyNames) {
        if (std::strcmp(legacy, name) == 0)
            return true;
    }
    return false;
}

void appendCodePoint(QString &out, char32_t cp)
{
    if (cp == 0xAD) // a soft hyphen is invisible; keeping it would break word search
        return;
    if (cp >= 0x10000) {
        out.append(QChar(QChar::highSurrogate(cp)));
        out.append(QChar(QChar::lowSurrogate(cp)));
    } else {
        out.append(QChar(char16_t(cp)));
    }
}

bool isAsciiAlnum(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9');
}

int hexValue(char16_t u)
{
    if (u >= '0' && u <= '9')
        return u - '0';
    if (u >= 'a' && u <= 'f')
        return u - 'a' + 10;
    if (u >= 'A' && u <= 'F')
        return u - 'A' + 10;
    return -1;
}

qsizetype decodeNumeric(QStringView s, qsizetype pos, QString &out)
{
    qsizetype i = pos + 2; // after "&#"
    const bool hex = i < s.size() && (s[i] == u'x' || s[i] == u'X');
    if (hex)
        ++i;
    const qsizetype digitsStart = i;
    char32_t value = 0;
    for (; i < s.size(); ++i) {
        const int d =
            hex ? hexValue(s[i].unicode())
                : (s[i].unicode() >= '0' && s[i].unicode() <= '9' ? s[i].unicode() - '0' : -1);
        if (d < 0)
            break;
        if (value <= 0x10FFFF) // keep reading digits, but stop growing: no overflow
            value = value * (hex ? 16 : 10) + char32_t(d);
    }
    if (i == digitsStart)
        return 0;
    if (i < s.size() && s[i] == u';')
        ++i;

    if (value >= 0x80 && value <= 0x9F) {
        // Pages written on Windows refer to the code page's characters by these numbers.
        value = windows1252ToUnicode(uchar(value));
    } else if (value == 0 || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF)
               || (value < 0x20 && value != '\t' && value != '\n' && value != '\r' && value != '\f')
               || value == 0x7F) {
        value = 0xFFFD;
    }
    appendCodePoint(out, value);
    return i - pos;
}

} // namespace

namespace detail {

qsizetype decodeEntityAt(QStringView s, qsizetype pos, QString &out)
{
    if (pos + 1 >= s.size() || s[pos] != u'&')
        return 0;
    if (s[pos + 1] == u'#')
        return decodeNumeric(s, pos, out);

    // Longest name in the table is 14 characters; anything longer is not a reference.
    constexpr int MaxName = 16;
    char name[MaxName + 1];
    int len = 0;
    qsizetype i = pos + 1;
    while (i < s.size() && len < MaxName && isAsciiAlnum(s[i]))
        name[len++] = char(s[i++].unicode());
    name[len] = '\0';
    if (len == 0)
        return 0;
    if (i < s.size() && s[i] == u';') {
        if (const Entity *e = findEntity(name)) {
            appendCodePoint(out, e->codePoint);
            return i + 1 - pos;
        }
    }
    // Without ';', only the legacy names count, as the longest prefix ("&copy2024").
    for (int n = len; n > 0; --n) {
        name[n] = '\0';
        if (isLegacy(name)) {
            appendCodePoint(out, findEntity(name)->codePoint);
            return 1 + n;
        }
    }
    return 0;
}

} // namespace detail

QString decodeHtmlEntities(const QString &text)
{
    qsizetype amp = text.indexOf(u'&');
    if (amp < 0)
        return text;
    QString out;
    out.reserve(text.size());
    qsizetype done = 0;
    while (amp >= 0) {
        out.append(QStringView(text).sliced(done, amp - done));
        const qsizetype used = detail::decodeEntityAt(text, amp, out);
        if (used == 0) {
            out.append(u'&');
            done = amp + 1;
        } else {
            done = amp + used;
        }
        amp = text.indexOf(u'&', done);
    }
    out.append(QStringView(text).sliced(done));
    return out;
}

} // namespace demarche::textimport
