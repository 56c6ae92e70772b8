#pragma once

#include <QList>
#include <QRectF>
#include <QString>

namespace demarche::pdfimport {

// One word as a PDF's text layer places it: its box in points, y growing downwards.
struct PdfWord
{
    QString text;
    QRectF box;
    bool spaceAfter = true; // false when the next word continues it ("Lav" bold + "rov")
};

struct PdfLine
{
    QList<PdfWord> words; // left to right
};

// Lines that belong together: a paragraph, a heading, or the part of a paragraph that
// one column or page holds.
struct PdfBlock
{
    QList<PdfLine> lines;
    bool columnStart = false;   // first block of its column or page: it may continue the last
    bool openEnd = false;       // its last line reaches the right edge of justified text
    bool indentedStart = false; // its first line is indented, as a paragraph's first line is
    bool margin = false;        // a lone line above or below the text, where running headers are
};

using PdfPage = QList<PdfBlock>;

// The words of one page, in any order, as blocks in reading order. Poppler's own order
// puts a loosely set line or a paragraph of the left column after the right column, so
// the order is rebuilt from the boxes: a lone line at the top or bottom (running header,
// page number) stands apart, then the rest is cut recursively at wide empty bands, across
// the page or between columns (an "XY cut"), and read top to bottom, left to right.
// Within a column a paragraph begins after a wider gap between lines, with an indented
// first line, or after a short line ending a sentence in justified text.
PdfPage layoutPage(QList<PdfWord> words);

} // namespace demarche::pdfimport
