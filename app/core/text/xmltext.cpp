#include "core/text/xmltext.h"

#include <QList>
#include <QStringView>

namespace demarche {
namespace {

bool isXmlCharacter(char32_t c)
{
    return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF)
           || (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
}

bool needsCleaning(QStringView text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if (c < 0x20) {
            if (c != 0x9 && c != 0xA && c != 0xD)
                return true;
        } else if (c == 0xFFFE || c == 0xFFFF || QChar::isLowSurrogate(c)) {
            return true;
        } else if (QChar::isHighSurrogate(c)) {
            if (i + 1 >= text.size() || !text[i + 1].isLowSurrogate())
                return true;
            ++i;
        }
    }
    return false;
}

} // namespace

QString xmlSafeText(const QString &text)
{
    if (!needsCleaning(text))
        return text; // nearly always: one pass, no copy
    QString result;
    result.reserve(text.size());
    // toUcs4() turns a lone surrogate into U+FFFD already.
    for (const char32_t c : QStringView(text).toUcs4()) {
        const char32_t kept = isXmlCharacter(c) ? c : char32_t(0xFFFD);
        result.append(QString::fromUcs4(&kept, 1));
    }
    return result;
}

} // namespace demarche
