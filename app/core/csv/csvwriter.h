#pragma once

#include "core/csv/csvfield.h"

#include <QList>
#include <QString>
#include <QStringList>

class QIODevice;

namespace demarche {

// Writes RFC 4180 CSV: UTF-8, comma-separated, CRLF after every record, fields quoted
// only when they must be. Rows are collected in memory and handed to the device in
// chunks of about a megabyte, so large exports cost a few writes, not one per row.
//
// Write errors are remembered, not reported per row: call flush() at the end and check
// its result (and errorString()). The device must stay alive as long as the writer.
class CsvWriter final
{
public:
    explicit CsvWriter(QIODevice *device);
    ~CsvWriter(); // writes what is left; call flush() yourself to learn of errors

    CsvWriter(const CsvWriter &) = delete;
    CsvWriter &operator=(const CsvWriter &) = delete;

    // Excel guesses a legacy code page for CSV without a byte order mark, so exports meant
    // for Excel want one; pandas, R and LibreOffice do fine either way. Must be set before
    // the first row; later calls are ignored.
    void setByteOrderMark(bool on);
    bool byteOrderMark() const { return m_byteOrderMark; }

    void writeRow(const QStringList &fields);
    void writeRow(const QList<CsvField> &fields);

    // Writes everything buffered to the device and flushes it. False if any write since
    // the writer was made has failed; the failure sticks.
    bool flush();
    bool hasError() const { return m_failed; }
    QString errorString() const;

    // The field as it appears in the file: quoted when it contains a delimiter, a quote,
    // CR or LF, or begins or ends with white space (which readers may trim). Inner quotes
    // are doubled. Semicolons and tabs are quoted too, so that a reader guessing the
    // delimiter from the header line (as ours does) cannot take them for one.
    static QString quoteField(const QString &field);

private:
    void beginRow();
    void endRow();
    bool writeChunk();
    void fail(const QString &reason);

    QIODevice *m_device;
    QString m_pending; // text of rows not yet written, encoded once per chunk
    QString m_errorString;
    bool m_byteOrderMark = false;
    bool m_started = false;
    bool m_failed = false;
};

} // namespace demarche
