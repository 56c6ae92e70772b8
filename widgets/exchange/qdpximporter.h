#pragma once

#include "core/exchange/qdpximport.h"

#include <QString>

class QWidget;

namespace demarche {

// File ▸ Import ▸ REFI-QDA Project: a project from QualCoder, MAXQDA, ATLAS.ti, NVivo or
// Demarche becomes a new Demarche project, never mixed into the one open. Asks for the
// .qdpx, which of its codes holds the actors (for another program's file), and where to
// save the new project; the caller opens it and shows the loss report.
struct QdpxImportOutcome
{
    QString qdpxPath;
    QString projectPath; // empty when nothing was imported
    QdpxImportReport report;
};

QdpxImportOutcome chooseAndImportQdpx(QWidget *parent, const QString &folder);

} // namespace demarche
