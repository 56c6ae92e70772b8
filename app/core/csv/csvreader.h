#pragma once

#include <QByteArray>
#include <QChar>
#include <QString>
#include <QStringList>

namespace demarche {

// Reads CSV held in memory, one record at a time. Strict about what would lose data
// (unterminated quotes, text after a closing quote, bytes that are not UTF-8, binary
// files) and lenient about what spreadsheets commonly write: a UTF-8 byte order mark,
// CRLF, LF or CR line ends, a stray quote inside an unquoted field, a final line end or
// trailing blank lines, and ';' or TAB instead of ',' (guessed from the header line).
//
// Errors name the file and the row: "claims.csv: row 17: unterminated quoted field".
class CsvReader final
{
public:
    // fileName is used only in error messages; it may be empty.
    explicit CsvReader(const QByteArray &data, QString fileName);

    // The next record's fields; false at the end of the data or on an error (check
    // hasError()). A blank line in the middle of the data is a record of one empty field.
    bool readRow(QStringList &fields);

    bool hasError() const { return !m_errorString.isEmpty(); }
    QString errorString() const { return m_errorString; }

    // 1-based number of the record last returned (the header is row 1), or of the record
    // that failed to read after an error.
    int rowNumber() const { return m_row; }
    // 1-based physical line on which that record began; differs from rowNumber() once a
    // quoted field has spanned lines.
    qsizetype lineNumber() const { return m_rowLine; }

    QChar delimiter() const { return m_delimiter; }

private:
    void decode(const QByteArray &data);
    void detectDelimiter();
    bool readField(QStringList &fields);
    void consumeLineBreak();
    bool onlyBlankLinesLeft() const;
    void setError(const QString &problem);
    void setInvalidUtf8Error();

    QString m_text; // the whole file, decoded once
    QString m_fileName;
    QString m_errorString;
    qsizetype m_pos = 0;
    qsizetype m_line = 1;         // physical line at m_pos
    qsizetype m_rowLine = 0;      // physical line where the current record began
    qsizetype m_invalidByte = -1; // byte offset of bad UTF-8; m_text stops short of it
    int m_row = 0;
    QChar m_delimiter = QLatin1Char(',');
    bool m_atEnd = false;
};

} // namespace demarche
