#pragma once

#include <QDate>
#include <QString>

namespace demarche {

// What the top of a plain text article says about it, as .md and .html say it in their
// own markup.
struct PlainTextHead
{
    QString title;  // the headline, or empty
    QString source; // from a "Source:" line, or empty
    QDate date;     // from a "Date:" line, or invalid
    QString text;   // the article without its "Source:" and "Date:" lines
};

// A headline is the first line of a text when it is short (at most MaxHeadlineLength
// characters), holds a letter, does not end like a sentence or a clause (". , : ;",
// also before closing quotation marks or brackets; "?" and "!" may end a headline), and
// a blank line and more text follow it. Right after the headline (or at the very top),
// lines "Source: …" and "Date: …" (ISO 2024-03-15, "15 March 2024" or "March 15, 2024")
// give the source and date and are taken out of the text. `canonical` is a canonical
// text (textimporter.h): LF line ends, no blank space at either end.
PlainTextHead readPlainTextHead(const QString &canonical);

constexpr qsizetype MaxHeadlineLength = 120;

} // namespace demarche
