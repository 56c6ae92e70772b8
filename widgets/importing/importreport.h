#pragma once

#include "core/domain/ids.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace demarche {

// What one import (files or pasted text) did, for the summary and for tests.
struct ImportReport
{
    // One file and what was wrong with it, or what the reader noticed.
    struct Note
    {
        QString path;    // as given, or "" for pasted text
        QString name;    // what to show: the file name, or "Pasted text"
        QString message; // the reason, without the path in front
    };

    int requested = 0; // files (or texts) to import, after folders were expanded
    QList<DocumentId> imported;
    QList<Note> refused;
    QList<Note> warnings;   // imported, but with something to check (an encoding guess)
    QList<Note> cleaned;    // imported; what was left out (running headers, hyphens)
    QStringList skipped;    // files inside dropped folders that are not articles
    int cancelledCount = 0; // files never read because the user cancelled

    bool needsSummary() const
    {
        return !refused.isEmpty() || !warnings.isEmpty() || !skipped.isEmpty() || requested == 0;
    }
};

} // namespace demarche
