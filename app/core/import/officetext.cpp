#include "core/import/officetext.h"

#include "core/import/ziparchive.h"

#include <QCoreApplication>

#include <algorithm>
#include <utility>

namespace demarche::officetext {
namespace {

struct OfficeText
{
    Q_DECLARE_TR_FUNCTIONS(TextImport)
};

// List markers stop indenting here: deeper levels read no better.
constexpr int MaxListIndent = 8;

QString letters(int number, char16_t a)
{
    // 1 -> a, 26 -> z, 27 -> aa, 28 -> bb: as Word and LibreOffice count.
    if (number < 1)
        return QString::number(number);
    const int letter = (number - 1) % 26;
    const int times = (number - 1) / 26 + 1;
    return QString(std::min(times, 50), QChar(char16_t(a + letter)));
}

QString roman(int number, bool upper)
{
    if (number <= 0 || number >= 4000)
        return QString::number(number);
    static const struct
    {
        int value;
        const char *text;
    } parts[] = {{1000, "m"}, {900, "cm"}, {500, "d"}, {400, "cd"}, {100, "c"},
                 {90, "xc"},  {50, "l"},   {40, "xl"}, {10, "x"},   {9, "ix"},
                 {5, "v"},    {4, "iv"},   {1, "i"}};
    QString out;
    for (const auto &part : parts) {
        while (number >= part.value) {
            out.append(QLatin1String(part.text));
            number -= part.value;
        }
    }
    return upper ? out.toUpper() : out;
}

} // namespace

XmlReader::XmlReader(const QByteArray &xml, const QString &fileName)
    : m_reader(xml)
    , m_fileName(fileName)
    , m_empty(xml.isEmpty())
{
    m_reader.setNamespaceProcessing(true);
}

bool XmlReader::next()
{
    while (!m_reader.atEnd()) {
        switch (m_reader.readNext()) {
        case QXmlStreamReader::StartElement:
            if (++m_depth > MaxDepth) {
                m_tooDeep = true;
                m_reader.raiseError();
                return false;
            }
            m_attributes = m_reader.attributes();
            return true;
        case QXmlStreamReader::EndElement:
            --m_depth;
            return true;
        case QXmlStreamReader::Characters:
            if (m_textWanted)
                return true;
            break;
        case QXmlStreamReader::DTD:
            m_dtd = true;
            m_reader.raiseError();
            return false;
        case QXmlStreamReader::Invalid:
            return false;
        default:
            break;
        }
    }
    return false;
}

QStringView XmlReader::attribute(const QString &namespaceUri, const QString &name) const
{
    return m_attributes.value(namespaceUri, name);
}

void XmlReader::skip()
{
    const int end = m_depth - 1;
    const bool wanted = m_textWanted;
    m_textWanted = false;
    while (next()) {
        if (isEnd() && m_depth == end)
            break;
    }
    m_textWanted = wanted;
}

QString XmlReader::elementText()
{
    const int end = m_depth - 1;
    const bool wanted = m_textWanted;
    m_textWanted = true;
    QString text;
    while (next()) {
        if (isText())
            text.append(this->text());
        else if (isEnd() && m_depth == end)
            break;
    }
    m_textWanted = wanted;
    return text;
}

Status XmlReader::status() const
{
    if (m_tooDeep)
        return badInput(OfficeText::tr("%1: nests too deep").arg(m_fileName));
    if (m_empty) // a part the archive does not have
        return {};
    if (m_dtd || m_reader.hasError())
        return ZipArchive::damaged(m_fileName);
    return {};
}

void TextBuilder::flush()
{
    if (!m_out.isEmpty() && m_pendingBreak > 0) {
        int have = 0;
        while (have < m_pendingBreak && have < m_out.size()
               && m_out.at(m_out.size() - 1 - have) == u'\n')
            ++have;
        m_out.append(QString(m_pendingBreak - have, u'\n'));
    }
    if (m_pendingTabs > 0)
        m_out.append(QString(m_pendingTabs, u'\t'));
    else if (m_pendingSpace && !m_out.isEmpty() && !m_out.endsWith(u' ') && !m_out.endsWith(u'\n')
             && !m_out.endsWith(u'\t'))
        m_out.append(u' ');
    m_out.append(m_prefix);
    m_prefix.clear();
    m_pendingBreak = 0;
    m_pendingTabs = 0;
    m_pendingSpace = false;
}

void TextBuilder::append(QStringView text)
{
    if (text.isEmpty() || m_overflowed)
        return;
    if (m_out.size() + m_prefix.size() + text.size() + 8 > MaxOutput) {
        m_overflowed = true;
        return;
    }
    flush();
    m_out.append(text);
}

void TextBuilder::appendSpaces(qsizetype count)
{
    if (count > 0)
        append(QString(count, u' '));
}

void TextBuilder::tab()
{
    append(u"\t");
}

void TextBuilder::lineBreak()
{
    append(u"\n");
}

void TextBuilder::requestBreak(int lines)
{
    m_pendingBreak = std::max(m_pendingBreak, lines);
    m_pendingTabs = 0;
    m_pendingSpace = false;
    m_prefix.clear();
}

void TextBuilder::requestCellSeparator()
{
    ++m_pendingTabs;
}

void TextBuilder::requestSpace()
{
    m_pendingSpace = true;
}

bool TextBuilder::endsWithSpace() const
{
    return m_out.isEmpty() || m_out.endsWith(u' ') || m_out.endsWith(u'\n')
           || m_out.endsWith(u'\t');
}

QString TextBuilder::take()
{
    m_pendingBreak = 0;
    m_pendingTabs = 0;
    m_pendingSpace = false;
    m_prefix.clear();
    return std::exchange(m_out, QString());
}

int listStart(QStringView value)
{
    return std::clamp(value.toInt(), 0, 1000000);
}

QString formatNumber(int number, QStringView format)
{
    if (format == u"a")
        return letters(number, u'a');
    if (format == u"A")
        return letters(number, u'A');
    if (format == u"i")
        return roman(number, false);
    if (format == u"I")
        return roman(number, true);
    if (format == u"01")
        return QStringLiteral("%1").arg(number, 2, 10, QLatin1Char('0'));
    return QString::number(number);
}

QString listPrefix(int level, const QString &marker)
{
    if (marker.isEmpty())
        return {};
    return QString(qsizetype(2) * std::clamp(level, 0, MaxListIndent), u' ') + marker + u' ';
}

QString withNotes(const QString &body, const QList<QString> &notes)
{
    if (notes.isEmpty())
        return body;
    //: the heading above a document's footnotes and endnotes, after its text
    QString out = body + QLatin1String("\n\n") + OfficeText::tr("Notes");
    for (qsizetype i = 0; i < notes.size(); ++i)
        out += QStringLiteral("\n\n[%1] ").arg(i + 1) + notes.at(i).trimmed();
    return out;
}

QDate isoDate(QStringView text)
{
    return QDate::fromString(text.trimmed().left(10).toString(), Qt::ISODate);
}

} // namespace demarche::officetext
