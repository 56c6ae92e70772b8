#pragma once

#include "domain/document.h"
#include "domain/result.h"
#include "storage/projectstore.h"

#include <QDate>
#include <QString>
#include <QStringList>

namespace demarche {

// What the analyst says about a document at import; empty fields are left to the file.
struct DocumentDetails
{
    QString title;
    QString source;
    QString url;
    QDate date;
};

// Reads a .txt, .md or .html file and adds it to the project as one document.
// Every error names the file; `warnings` receives notes such as an encoding guess.
Result<Document> importDocument(ProjectStore &store, const QString &path,
                                const DocumentDetails &details, ProjectStore::Duplicates duplicates,
                                QStringList *warnings);

} // namespace demarche
