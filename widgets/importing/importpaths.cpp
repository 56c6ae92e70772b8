#include "widgets/importing/importpaths.h"

#include "core/import/importformats.h"

#include <QDir>
#include <QFileInfo>

namespace demarche {

ImportPaths expandImportPaths(const QStringList &paths)
{
    ImportPaths result;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (!info.isDir()) {
            result.files.append(path);
            continue;
        }
        const QFileInfoList entries =
            QDir(path).entryInfoList(QDir::Files, QDir::Name | QDir::IgnoreCase);
        for (const QFileInfo &entry : entries) {
            if (importFormatForFileName(entry.fileName()) != nullptr)
                result.files.append(entry.filePath());
            else
                result.skipped.append(entry.filePath());
        }
    }
    return result;
}

} // namespace demarche
