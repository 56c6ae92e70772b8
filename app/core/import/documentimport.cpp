#include "import/documentimport.h"

#include "import/textimporter.h"

#include <QFileInfo>

namespace demarche {

Result<Document> importDocument(ProjectStore &store, const QString &path,
                                const DocumentDetails &details, ProjectStore::Duplicates duplicates,
                                QStringList *warnings)
{
    auto imported = textimport::readFile(path);
    if (!imported)
        return imported.error();
    const QFileInfo info(path);
    Document document;
    document.text = imported->text;
    document.format = imported->format;
    document.fileName = info.fileName();
    document.title = details.title.trimmed();
    if (document.title.isEmpty())
        document.title = imported->title.trimmed();
    if (document.title.isEmpty())
        document.title = info.completeBaseName();
    document.source = details.source;
    document.url = details.url;
    document.date = details.date;
    auto added = store.addDocument(document, duplicates);
    if (!added)
        return Error{added.error().kind, path + QLatin1String(": ") + added.error().message};
    if (warnings)
        warnings->append(imported->warnings);
    return added;
}

} // namespace demarche
