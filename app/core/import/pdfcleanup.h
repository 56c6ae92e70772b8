#pragma once

#include "core/domain/document.h"
#include "core/import/pdflayout.h"

#include <QList>
#include <QSet>
#include <QString>

namespace demarche::pdfimport {

// A PDF's text once what is not the article has been taken out.
struct CleanPdfText
{
    QString text;           // canonical: paragraphs joined by blank lines
    QList<PageStart> pages; // one per page on which a paragraph begins
    QString heading;        // the first block when it looks like a title; empty otherwise
    int runningLines = 0;   // running headers, footers and page numbers left out
    int hyphensJoined = 0;  // words hyphenated at a line end joined again
};

// Assembles the article from its pages' blocks (page i is pages[i], numbered i + 1):
// - Running headers and footers go: a block among the first two or last two of a page,
//   set apart in its margin (PdfBlock::margin), at most two lines long, that with its
//   digits ignored stands so on at least half of the pages and at least two. So does a
//   page number alone ("3", "— 3 —", "Page 3 of 12") in the margin, repeated or not.
//   Nothing else is dropped: a numbered heading atop every page stays.
// - A block that starts a column or page continues the paragraph before it when that one
//   did not end a sentence and this one goes on in lower case, or when justified text ran
//   to the right edge and this block's first line is not indented.
// - Lines are joined by a space, or without one after a word hyphenated at the line end.
// - Ligature glyphs (U+FB00-FB06) become their letters; soft hyphens go.
CleanPdfText cleanPdfText(const QList<PdfPage> &pages);

// A word hyphenated at a line end ("negoti-" then "ations") as it is to be read. The
// hyphen stays when the next part starts with a capital or a digit ("anti-" "Russian",
// "COVID-" "19"), or when the document spells the pair with a hyphen elsewhere and never
// without ("well-known" but no "wellknown"); otherwise it was the typesetter's and goes.
// `words` holds the document's words in lower case, hyphenated compounds as they stand.
QString joinHyphenated(const QString &before, const QString &after, const QSet<QString> &words,
                       bool *joined = nullptr);

// Ligatures as letters, soft hyphens and control characters removed.
QString plainWord(const QString &word);

} // namespace demarche::pdfimport
