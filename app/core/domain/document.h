#pragma once

#include "core/domain/ids.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QString>

namespace demarche {

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
    QString format;   // "txt", "md" or "html"
    QString text;
    QByteArray contentHash; // SHA-256 of the UTF-8 text, hex
    QDateTime importedAt;
    int claimCount = 0; // filled by listings; not stored
};

} // namespace demarche
