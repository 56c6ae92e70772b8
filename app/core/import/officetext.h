#pragma once

#include "core/domain/result.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringView>
#include <QXmlStreamReader>

namespace demarche::officetext {

// XML nested deeper than this is refused: documents nest a few dozen levels at most.
constexpr int MaxDepth = 256;

// Reads a part of a DOCX or ODT file. A DTD is refused outright, so that no entity is ever
// expanded or fetched (no office program writes one); so is nesting past MaxDepth.
class XmlReader
{
public:
    XmlReader(const QByteArray &xml, const QString &fileName);

    // The next start or end element, skipping the rest; false at the end or on an error.
    bool next();
    bool isStart() const { return m_reader.isStartElement(); }
    bool isEnd() const { return m_reader.isEndElement(); }
    bool isText() const { return m_reader.isCharacters(); }
    QStringView namespaceUri() const { return m_reader.namespaceUri(); }
    QStringView name() const { return m_reader.name(); }
    QStringView text() const { return m_reader.text(); }
    // An attribute of the last start element; valid until the next one.
    QStringView attribute(const QString &namespaceUri, const QString &name) const;
    // Skips the current start element's content, to its end element.
    void skip();
    // The current element's text content (its character data, children's included).
    QString elementText();
    // Whether the next() calls also stop at character data.
    void setTextWanted(bool wanted) { m_textWanted = wanted; }
    int depth() const { return m_depth; }

    // A refusal when the document was not well-formed, nested too deep or had a DTD; an
    // empty document (a part the archive lacks) is fine.
    Status status() const;

private:
    QXmlStreamReader m_reader;
    QXmlStreamAttributes m_attributes; // the current start element's, which views point into
    QString m_fileName;
    int m_depth = 0;
    bool m_textWanted = false;
    bool m_tooDeep = false;
    bool m_dtd = false;
    bool m_empty = false;
};

// Collects paragraphs, list items, table rows and cells into text. Breaks are held back
// until text follows, so that empty paragraphs and cells add nothing.
class TextBuilder
{
public:
    void append(QStringView text);
    void appendSpaces(qsizetype count);
    void tab();
    void lineBreak();
    // Before the next text: at least `lines` line ends (2: a new paragraph).
    void requestBreak(int lines);
    // Before the next text: a tab, separating table cells.
    void requestCellSeparator();
    // Before the next text, if there is some: a space, separating paragraphs in a cell.
    void requestSpace();
    // Before the next text of this paragraph: a list marker, e.g. "  • ".
    void setPrefix(const QString &prefix) { m_prefix = prefix; }
    bool isEmpty() const { return m_out.isEmpty(); }
    // Whether more text was offered than MaxOutput; what came after was dropped. Short
    // markup can make long text (a list marker before every item, runs of spaces), so
    // the archive's limits alone do not bound it.
    bool overflowed() const { return m_overflowed; }
    static constexpr qsizetype MaxOutput = 64LL * 1024 * 1024;
    qsizetype size() const { return m_out.size(); }
    bool endsWithSpace() const;
    QString take();

private:
    void flush();
    QString m_out;
    QString m_prefix;
    int m_pendingBreak = 0;
    int m_pendingTabs = 0;
    bool m_pendingSpace = false;
    bool m_overflowed = false;
};

// A list's start value as a file gives it, kept within 0..1,000,000 so that counting on
// from it cannot overflow.
int listStart(QStringView value);
// Marker texts (a prefix, a suffix, Word's level text) are cut to this many characters:
// they are repeated before every item of their list.
constexpr qsizetype MaxMarkerLength = 32;

// The marker of a numbered list item: `format` is "1", "a", "A", "i", "I", "01".
QString formatNumber(int number, QStringView format);

// The list marker for a level: bullets as "•", indented two spaces a level.
QString listPrefix(int level, const QString &marker);

// The body's text followed by the notes: a "Notes" line, then "[n] text" for each.
QString withNotes(const QString &body, const QList<QString> &notes);

// A date from "2024-03-01T10:00:00Z" or "2024-03-01"; invalid when it is neither.
QDate isoDate(QStringView text);

} // namespace demarche::officetext
