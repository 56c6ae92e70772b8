#include "core/text/documenttext.h"

#include "core/text/nfc.h"

#include <QCoreApplication>

namespace demarche {

DocumentText::DocumentText(const QString &text)
    : m_text(text)
    , m_index(text)
    , m_graphemes(QTextBoundaryFinder::Grapheme, text)
{}

bool DocumentText::isBoundary(qsizetype utf16Index) const
{
    m_graphemes.setPosition(utf16Index);
    return m_graphemes.isAtBoundary();
}

Result<QString> DocumentText::slice(qint64 start, qint64 end) const
{
    const qint64 length = m_index.codePointCount();
    if (start < 0 || end > length || start >= end) {
        return badInput(
            QCoreApplication::translate(
                "DocumentText", "offsets %1–%2 are not a span of the text, which has %3 characters")
                .arg(start)
                .arg(end)
                .arg(length));
    }
    const qsizetype from = m_index.toUtf16(start);
    const qsizetype to = m_index.toUtf16(end);
    // A claim must not cut a letter from its accent or an emoji in half.
    if (!isBoundary(from) || !isBoundary(to)) {
        return badInput(
            QCoreApplication::translate("DocumentText", "offsets %1–%2 split a character in two")
                .arg(start)
                .arg(end));
    }
    return m_text.mid(from, to - from);
}

std::pair<qint64, qint64> DocumentText::find(const QString &quote, int occurrence) const
{
    // The text is NFC; a quote typed or pasted in another form must match it all the same.
    // The importer's normalisation, so that a quote is normalised as its text was (and in
    // time linear in its length).
    const QString nfc = textimport::toNfc(quote);
    if (nfc.isEmpty() || occurrence < 1)
        return {-1, -1};
    qsizetype from = 0;
    for (;;) {
        const qsizetype at = m_text.indexOf(nfc, from);
        if (at < 0)
            return {-1, -1};
        if (--occurrence == 0) {
            return {m_index.toCodePoint(at), m_index.toCodePoint(at + nfc.size())};
        }
        from = at + 1;
    }
}

} // namespace demarche
