#include "core/domain/names.h"

#include "core/domain/translation.h"

namespace demarche::names {
namespace {

bool isControl(char32_t c)
{
    // C0, DEL and C1 (category Cc), and the separators that would break a line.
    return c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == 0x2028 || c == 0x2029;
}

bool allBelow(const QString &text, char16_t limit)
{
    return std::all_of(text.cbegin(), text.cend(),
                       [limit](QChar c) { return c.unicode() < limit; });
}

} // namespace

QString normalized(const QString &name)
{
    QString trimmed = name.trimmed();
    // Below U+0300 no character combines with another, and each is in NFC already.
    if (allBelow(trimmed, 0x300))
        return trimmed;
    return trimmed.normalized(QString::NormalizationForm_C);
}

QString key(const QString &name)
{
    const QString trimmed = name.trimmed();
    // ASCII neither decomposes nor folds out of ASCII (Latin-1 does: U+0130 has a dot).
    if (allBelow(trimmed, 0x80))
        return trimmed.toCaseFolded();
    return trimmed.normalized(QString::NormalizationForm_D)
        .toCaseFolded()
        .normalized(QString::NormalizationForm_C);
}

bool hasKey(const QString &name, const QString &key)
{
    const QStringView trimmed = QStringView(name).trimmed();
    const bool ascii =
        std::all_of(trimmed.cbegin(), trimmed.cend(), [](QChar c) { return c.unicode() < 0x80; });
    if (!ascii)
        return names::key(name) == key;
    if (trimmed.size() != key.size())
        return false;
    for (qsizetype i = 0; i < trimmed.size(); ++i) {
        char16_t c = trimmed.at(i).unicode();
        if (c >= u'A' && c <= u'Z')
            c = char16_t(c - u'A' + u'a');
        if (c != key.at(i).unicode())
            return false;
    }
    return true;
}

qsizetype firstControl(const QString &name)
{
    for (qsizetype i = 0; i < name.size(); ++i) {
        if (isControl(name.at(i).unicode()))
            return i;
    }
    return -1;
}

Status checkOneLine(const QString &field, const QString &text)
{
    const qsizetype at = firstControl(text);
    if (at < 0)
        return {};
    //: %1 names the field: Name, Alias, Keyword, Title, Source…
    return badInput(StoreText::tr("%1: \u201c%2\u201d contains a control character (U+%3); it "
                                  "must be one line of plain text")
                        .arg(field, printable(text))
                        .arg(QString::number(text.at(at).unicode(), 16)
                                 .toUpper()
                                 .rightJustified(4, QLatin1Char('0'))));
}

QString printable(const QString &text)
{
    if (firstControl(text) < 0)
        return text;
    QString shown;
    shown.reserve(text.size() + 8);
    for (const QChar c : text) {
        const char16_t code = c.unicode();
        if (!isControl(code) || code == u'\n' || code == u'\t')
            shown += c;
        else if (code < 0x100)
            shown += QStringLiteral("\\x%1").arg(uint(code), 2, 16, QLatin1Char('0'));
        else
            shown += QStringLiteral("\\u%1").arg(uint(code), 4, 16, QLatin1Char('0'));
    }
    return shown;
}

} // namespace demarche::names
