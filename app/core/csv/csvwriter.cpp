#include "core/csv/csvwriter.h"

#include "core/csv/formulaescape.h"

#include <QCoreApplication>
#include <QFileDevice>
#include <QIODevice>
#include <QStringEncoder>

namespace demarche {
namespace {

// Rows are collected until about this many UTF-16 units (2 MB of memory, at least 1 MB of
// UTF-8), then encoded and written in one go.
constexpr qsizetype kChunkChars = qsizetype(1) << 20;

bool mustQuote(QStringView field)
{
    if (field.isEmpty())
        return false;
    if (field.front() == u' ' || field.back() == u' ')
        return true;
    // Unquoted at the very start of a file it would read back as a byte order mark.
    if (field.front() == QChar::ByteOrderMark)
        return true;
    for (const QChar ch : field) {
        switch (ch.unicode()) {
        case u',':
        case u'"':
        case u'\r':
        case u'\n':
        case u';':
        case u'\t':
            return true;
        default:
            break;
        }
    }
    return false;
}

// Appends the field as it appears in the file, without making a temporary string.
void appendField(QString &out, QStringView field)
{
    if (!mustQuote(field)) {
        out += field;
        return;
    }
    out += u'"';
    qsizetype from = 0;
    for (qsizetype i = 0; i < field.size(); ++i) {
        if (field[i] == u'"') {
            out += field.mid(from, i + 1 - from); // up to and including the quote
            out += u'"';
            from = i + 1;
        }
    }
    out += field.mid(from);
    out += u'"';
}

} // namespace

CsvWriter::CsvWriter(QIODevice *device)
    : m_device(device)
{}

CsvWriter::~CsvWriter()
{
    // Only what is still pending: the device may be closed or committed by now.
    if (!m_pending.isEmpty())
        flush();
}

void CsvWriter::setByteOrderMark(bool on)
{
    if (!m_started)
        m_byteOrderMark = on;
}

void CsvWriter::beginRow()
{
    if (!m_started) {
        m_started = true;
        if (m_byteOrderMark)
            m_pending += QChar(0xFEFF); // encoded as EF BB BF with the rest
    }
}

void CsvWriter::endRow()
{
    m_pending += u"\r\n";
    if (m_pending.size() >= kChunkChars)
        writeChunk();
}

void CsvWriter::writeRow(const QStringList &fields)
{
    if (m_failed)
        return;
    beginRow();
    // A row of one empty field would be a blank line, which readers skip; "" keeps it.
    if (fields.size() == 1 && fields.front().isEmpty()) {
        m_pending += u"\"\"";
    } else {
        for (qsizetype i = 0; i < fields.size(); ++i) {
            if (i > 0)
                m_pending += u',';
            appendField(m_pending, fields[i]);
        }
    }
    endRow();
}

void CsvWriter::writeRow(const QList<CsvField> &fields)
{
    if (m_failed)
        return;
    beginRow();
    if (fields.size() == 1 && fields.front().text.isEmpty()) {
        m_pending += u"\"\"";
    } else {
        for (qsizetype i = 0; i < fields.size(); ++i) {
            if (i > 0)
                m_pending += u',';
            const CsvField &field = fields[i];
            if (field.formulaEscape && formula::needsEscape(field.text)) {
                appendField(m_pending, formula::escape(field.text));
            } else {
                appendField(m_pending, field.text);
            }
        }
    }
    endRow();
}

bool CsvWriter::writeChunk()
{
    if (m_failed)
        return false;
    if (m_pending.isEmpty())
        return true;
    if (!m_device || !m_device->isWritable()) {
        fail(QCoreApplication::translate("Csv", "the file is not open for writing"));
        return false;
    }
    QStringEncoder encoder(QStringConverter::Utf8);
    const QByteArray bytes = encoder.encode(m_pending);
    m_pending.resize(0); // keeps the capacity for the next chunk
    const char *data = bytes.constData();
    qint64 left = bytes.size();
    while (left > 0) {
        // Sequential devices may take part of the data; zero or -1 means no progress.
        const qint64 written = m_device->write(data, left);
        if (written <= 0) {
            fail(m_device->errorString());
            return false;
        }
        data += written;
        left -= written;
    }
    return true;
}

bool CsvWriter::flush()
{
    if (!writeChunk())
        return false;
    // QFile buffers too; a full disk often shows only when its buffer is flushed.
    auto *file = qobject_cast<QFileDevice *>(m_device);
    if (file && file->isOpen()) {
        if (!file->flush()) {
            fail(file->errorString());
            return false;
        }
    }
    return true;
}

void CsvWriter::fail(const QString &reason)
{
    m_failed = true;
    m_pending.clear();
    m_errorString = reason;
}

QString CsvWriter::errorString() const
{
    if (!m_failed)
        return {};
    return QCoreApplication::translate("Csv", "Could not write the CSV data: %1")
        .arg(m_errorString);
}

QString CsvWriter::quoteField(const QString &field)
{
    if (!mustQuote(field))
        return field;
    QString out;
    out.reserve(field.size() + 2);
    appendField(out, field);
    return out;
}

} // namespace demarche
