#pragma once

#include "core/domain/ids.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace demarche {

// Where a page of the original file begins in a document's text. A PDF import records one
// for each page whose text starts a new paragraph there, in order of offset, so that a
// claim can cite "p. 3". A paragraph that runs over a page break belongs to its first page.
struct PageStart
{
    qsizetype offset = 0; // into Document::text
    int page = 0;         // 1-based, as the file numbers its pages

    friend bool operator==(const PageStart &a, const PageStart &b)
    {
        return a.offset == b.offset && a.page == b.page;
    }
    friend bool operator!=(const PageStart &a, const PageStart &b) { return !(a == b); }
};

// The page the text at `offset` is on, or 0 when `pages` says nothing about it.
int pageAt(const QList<PageStart> &pages, qsizetype offset);

// An imported article. `text` is the canonical plain text (NFC, LF line ends) that
// every claim offset points into.
struct Document
{
    DocumentId id;
    QString title;
    QString source;
    QString url;
    QDate date;
    QString language;
    QString fileName; // the original file's name, without its folder
    QString format;   // an import format's key (importformats.h): "txt", "md", "pdf", ...
    QString text;
    QList<PageStart> pages; // empty for formats without pages
    QByteArray contentHash; // SHA-256 of the UTF-8 text, hex
    QDateTime importedAt;
    int claimCount = 0; // filled by listings; not stored
};

} // namespace demarche
