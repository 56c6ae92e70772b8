#include "core/text/nfc.h"

#include <algorithm>
#include <string>

namespace demarche::textimport {

namespace {

constexpr int MaxCombining = 30;
constexpr char32_t CombiningGraphemeJoiner = 0x034F;
constexpr qsizetype MinPiece = 1024;

// Characters that attach to what comes before them: combining marks (whatever their
// combining class) and the vowel and final consonant jamo that compose Hangul syllables.
// Every character that can compose with a preceding one is among them.
bool attaches(char32_t c)
{
    if (c < 0x300 || c == CombiningGraphemeJoiner) // the joiner is what separates runs
        return false;
    if ((c >= 0x1160 && c <= 0x11FF) || (c >= 0xD7B0 && c <= 0xD7FF))
        return true;
    if (QChar::combiningClass(c) != 0)
        return true;
    const QChar::Category category = QChar::category(c);
    return category == QChar::Mark_NonSpacing || category == QChar::Mark_SpacingCombining
           || category == QChar::Mark_Enclosing;
}

void decompose(char32_t c, std::u32string &out)
{
    if (c < 0xC0 || QChar::decompositionTag(c) != QChar::Canonical) {
        out.push_back(c);
        return;
    }
    const QString parts = QChar::decomposition(c);
    for (qsizetype k = 0; k < parts.size(); ++k) {
        char32_t part = parts.at(k).unicode();
        if (parts.at(k).isHighSurrogate() && k + 1 < parts.size()) {
            part = QChar::surrogateToUcs4(parts.at(k), parts.at(k + 1));
            ++k;
        }
        decompose(part, out);
    }
}

// How a character's canonical decomposition begins and ends: with how many attaching
// characters, and whether it is nothing else.
struct Shape
{
    int leading = 0;
    int trailing = 0;
    bool allAttaching = false;
};

Shape shapeOf(char32_t c, std::u32string &scratch)
{
    if (c < 0xC0)
        return {};
    scratch.clear();
    decompose(c, scratch);
    Shape shape;
    const auto n = int(scratch.size());
    while (shape.leading < n && attaches(scratch[size_t(shape.leading)]))
        ++shape.leading;
    while (shape.trailing < n && attaches(scratch[size_t(n - 1 - shape.trailing)]))
        ++shape.trailing;
    shape.allAttaching = shape.leading == n;
    return shape;
}

char32_t codePointAt(const QString &s, qsizetype i)
{
    const QChar c = s.at(i);
    if (c.isHighSurrogate() && i + 1 < s.size() && s.at(i + 1).isLowSurrogate())
        return QChar::surrogateToUcs4(c, s.at(i + 1));
    return c.unicode();
}

// Breaks runs of more than MaxCombining attaching characters (counted in the canonical
// decomposition) with a grapheme joiner. Returns `text` itself when none is that long.
QString streamSafe(const QString &text)
{
    QString out;
    qsizetype copied = 0; // text before this is in `out`
    int run = 0;
    std::u32string scratch;
    for (qsizetype i = 0; i < text.size();) {
        const char32_t c = codePointAt(text, i);
        const qsizetype width = c > 0xFFFF ? 2 : 1;
        const Shape shape = shapeOf(c, scratch);
        if (run + shape.leading > MaxCombining) {
            out.append(QStringView(text).sliced(copied, i - copied));
            out.append(QChar(char16_t(CombiningGraphemeJoiner)));
            copied = i;
            run = 0;
        }
        run = shape.allAttaching ? run + shape.leading : shape.trailing;
        i += width;
    }
    if (copied == 0)
        return text;
    out.append(QStringView(text).sliced(copied));
    return out;
}

// Normalisation on either side of a cut before `c` is independent: nothing after it can
// reorder or compose across it.
bool cutsBefore(char32_t c, std::u32string &scratch)
{
    if (c < 0x80)
        return true;
    if (attaches(c))
        return false;
    return shapeOf(c, scratch).leading == 0;
}

} // namespace

bool isNfcBoundary(char32_t c)
{
    std::u32string scratch;
    return cutsBefore(c, scratch);
}

QString toNfc(const QString &text)
{
    // Text below U+0300 is NFC already, and Qt sees so in one pass.
    if (std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() < 0x300; }))
        return text.normalized(QString::NormalizationForm_C);
    const QString safe = streamSafe(text);
    if (safe.size() <= MinPiece)
        return safe.normalized(QString::NormalizationForm_C);
    QString out;
    out.reserve(safe.size());
    std::u32string scratch;
    qsizetype start = 0;
    while (start < safe.size()) {
        qsizetype cut = std::min(start + MinPiece, safe.size());
        while (cut < safe.size()
               && (safe.at(cut).isLowSurrogate() || !cutsBefore(codePointAt(safe, cut), scratch)))
            ++cut;
        out.append(safe.sliced(start, cut - start).normalized(QString::NormalizationForm_C));
        start = cut;
    }
    return out;
}

} // namespace demarche::textimport
