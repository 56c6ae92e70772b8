#include "core/csv/csvreader.h"

#include "core/text/utf8.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QStringDecoder>

#include <utility>

namespace demarche {
namespace {

QString nulBytesProblem()
{
    return QCoreApplication::translate(
        "Csv", "the file contains NUL bytes; it is binary data or UTF-16 text, not UTF-8 CSV");
}

} // namespace

CsvReader::CsvReader(const QByteArray &data, QString fileName)
    : m_fileName(std::move(fileName))
{
    decode(data);
    if (!hasError())
        detectDelimiter();
}

void CsvReader::decode(const QByteArray &data)
{
    QByteArrayView bytes(data);
    qsizetype bomSize = 0;
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        bomSize = 3;
        bytes = bytes.sliced(bomSize);
    } else if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        // Excel's "Unicode text" and some editors write UTF-16; say so rather than
        // complain about NUL bytes.
        m_row = 1;
        m_rowLine = 1;
        setError(QCoreApplication::translate(
            "Csv", "the file is UTF-16 text; save it as \"CSV UTF-8\" and try again"));
        return;
    }
    // The BOM is stripped above; a second one would be data, so keep it as such.
    // Stateless: a sequence cut off at the end is an error, not state kept for more input.
    const auto flags =
        QStringConverter::Flag::ConvertInitialBom | QStringConverter::Flag::Stateless;
    QStringDecoder decoder(QStringConverter::Utf8, flags);
    m_text = decoder.decode(bytes);
    if (!decoder.hasError())
        return;
    // Keep the good part: the rows before the bad bytes read normally and the error is
    // reported for the row that contains them, with its number.
    qsizetype bad = utf8::firstInvalid(bytes);
    if (bad < 0)
        bad = bytes.size(); // should not happen; blame the end rather than nothing
    QStringDecoder prefixDecoder(QStringConverter::Utf8, flags);
    m_text = prefixDecoder.decode(bytes.first(bad));
    m_invalidByte = bad + bomSize;
}

void CsvReader::detectDelimiter()
{
    // Count the candidates outside quotes on the header line and take the most frequent;
    // ties go to ',' then ';'. Excel in locales with a decimal comma saves with ';'.
    qsizetype commas = 0;
    qsizetype semicolons = 0;
    qsizetype tabs = 0;
    bool quoted = false;
    for (const QChar ch : std::as_const(m_text)) {
        const char16_t c = ch.unicode();
        if (c == u'"') {
            quoted = !quoted; // a doubled quote toggles twice, which is what we want
        } else if (!quoted) {
            if (c == u'\r' || c == u'\n')
                break;
            if (c == u',')
                ++commas;
            else if (c == u';')
                ++semicolons;
            else if (c == u'\t')
                ++tabs;
        }
    }
    if (semicolons > commas && semicolons >= tabs)
        m_delimiter = QLatin1Char(';');
    else if (tabs > commas && tabs > semicolons)
        m_delimiter = QLatin1Char('\t');
    else
        m_delimiter = QLatin1Char(',');
}

bool CsvReader::readRow(QStringList &fields)
{
    fields.clear();
    if (m_atEnd || hasError())
        return false;
    const qsizetype size = m_text.size();
    if (m_pos >= size || (m_invalidByte < 0 && onlyBlankLinesLeft())) {
        if (m_invalidByte >= 0) {
            ++m_row;
            m_rowLine = m_line;
            setInvalidUtf8Error();
        } else {
            m_atEnd = true;
        }
        return false;
    }

    ++m_row;
    m_rowLine = m_line;
    for (;;) {
        if (!readField(fields)) {
            fields.clear();
            return false;
        }
        if (m_pos >= size) {
            if (m_invalidByte >= 0) {
                setInvalidUtf8Error();
                fields.clear();
                return false;
            }
            return true;
        }
        if (m_text.at(m_pos) == m_delimiter) {
            ++m_pos;
            continue;
        }
        consumeLineBreak(); // readField stops only at a delimiter, a line break or the end
        return true;
    }
}

bool CsvReader::readField(QStringList &fields)
{
    const QChar *data = m_text.constData();
    const qsizetype size = m_text.size();
    const char16_t delimiter = m_delimiter.unicode();

    if (m_pos >= size || data[m_pos] != u'"') {
        // Unquoted: a quote here is taken literally, as spreadsheets do.
        const qsizetype start = m_pos;
        while (m_pos < size) {
            const char16_t c = data[m_pos].unicode();
            if (c == delimiter || c == u'\r' || c == u'\n')
                break;
            if (c == 0) {
                setError(nulBytesProblem());
                return false;
            }
            ++m_pos;
        }
        fields.append(QString(data + start, m_pos - start));
        return true;
    }

    // Find the closing quote first, so that the value is made with one allocation.
    const qsizetype openingLine = m_line;
    const qsizetype start = ++m_pos;
    bool hasDoubledQuotes = false;
    for (;;) {
        while (m_pos < size) {
            const char16_t c = data[m_pos].unicode();
            if (c == u'"' || c == 0)
                break;
            if (c == u'\n') {
                ++m_line;
            } else if (c == u'\r') {
                ++m_line;
                if (m_pos + 1 < size && data[m_pos + 1] == u'\n')
                    ++m_pos; // CRLF is one line break
            }
            ++m_pos;
        }
        if (m_pos >= size) {
            if (m_invalidByte >= 0) {
                setInvalidUtf8Error();
            } else {
                setError(QCoreApplication::translate(
                             "Csv", "unterminated quoted field (the quote opens on line %1)")
                             .arg(openingLine));
            }
            return false;
        }
        if (data[m_pos] == u'\0') {
            setError(nulBytesProblem());
            return false;
        }
        if (m_pos + 1 < size && data[m_pos + 1] == u'"') {
            hasDoubledQuotes = true;
            m_pos += 2;
            continue;
        }
        break;
    }
    const qsizetype end = m_pos++; // past the closing quote
    if (m_pos < size) {
        const char16_t c = data[m_pos].unicode();
        if (c == 0) {
            setError(nulBytesProblem());
            return false;
        }
        if (c != delimiter && c != u'\r' && c != u'\n') {
            setError(QCoreApplication::translate(
                         "Csv", "text after the closing quote of field %1 (a quote inside a "
                                "quoted field must be doubled: \"\")")
                         .arg(fields.size() + 1));
            return false;
        }
    }
    if (!hasDoubledQuotes) {
        fields.append(QString(data + start, end - start));
        return true;
    }
    QString value;
    value.reserve(end - start);
    qsizetype from = start;
    for (qsizetype i = start; i < end; ++i) {
        if (data[i] == u'"') {
            value.append(data + from, i + 1 - from); // keeps one of the pair
            ++i;
            from = i + 1;
        }
    }
    value.append(data + from, end - from);
    fields.append(value);
    return true;
}

void CsvReader::consumeLineBreak()
{
    if (m_text.at(m_pos) == u'\r' && m_pos + 1 < m_text.size() && m_text.at(m_pos + 1) == u'\n')
        ++m_pos;
    ++m_pos;
    ++m_line;
}

bool CsvReader::onlyBlankLinesLeft() const
{
    for (qsizetype i = m_pos; i < m_text.size(); ++i) {
        const QChar ch = m_text.at(i);
        if (ch != u'\r' && ch != u'\n')
            return false;
    }
    return true;
}

void CsvReader::setError(const QString &problem)
{
    if (m_fileName.isEmpty()) {
        m_errorString =
            QCoreApplication::translate("Csv", "row %1: %2").arg(QString::number(m_row), problem);
    } else {
        m_errorString = QCoreApplication::translate("Csv", "%1: row %2: %3")
                            .arg(m_fileName, QString::number(m_row), problem);
    }
}

void CsvReader::setInvalidUtf8Error()
{
    setError(QCoreApplication::translate("Csv",
                                         "the text is not valid UTF-8 (line %1, byte %2 of the "
                                         "file); save it as \"CSV UTF-8\" and try again")
                 .arg(QString::number(m_line), QString::number(m_invalidByte + 1)));
}

} // namespace demarche
