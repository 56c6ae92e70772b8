#include "core/import/importfile.h"

#include "core/import/importformats.h"
#include "core/io/openprojects.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QLocale>

#include <cmath>

namespace demarche {
namespace {

struct ImportFileText
{
    Q_DECLARE_TR_FUNCTIONS(TextImport)
};

} // namespace

Result<ImportedText> readImportFile(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return badInput(ImportFileText::tr("%1: no such file").arg(path));
    if (info.isDir())
        return badInput(ImportFileText::tr("%1: is a directory, not a file").arg(path));
    if (!info.isFile()) // a pipe or a device could block or never end
        return badInput(ImportFileText::tr("%1: is not a regular file").arg(path));
    if (isOpenProject(path)) // opening it would drop the project's locks (io/openprojects.h)
        return badInput(
            ImportFileText::tr("%1: is the open project itself, not a document").arg(path));

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return badInput(ImportFileText::tr("%1: cannot be read: %2").arg(path, file.errorString()));

    const ImportFormat *format = importFormatForFileName(path);
    if (!format) {
        if (info.suffix().isEmpty())
            return badInput(
                ImportFileText::tr("%1: unsupported file type (no extension); expected %2")
                    .arg(path, expectedSuffixes()));
        return badInput(ImportFileText::tr("%1: unsupported file type '%2'; expected %3")
                            .arg(path, u'.' + info.suffix(), expectedSuffixes()));
    }

    const qint64 size = file.size();
    if (size > MaxImportFileSize) {
        constexpr double MiB = 1024.0 * 1024.0;
        // Round up, so that a file just over the limit never reads "50.0 MB".
        const double shown = std::ceil(double(size) * 10.0 / MiB) / 10.0;
        return badInput(ImportFileText::tr("%1: is %2 MB; the limit is %3 MB")
                            .arg(path, QLocale().toString(shown, 'f', 1),
                                 QLocale().toString(MaxImportFileSize / 1024 / 1024)));
    }

    // The file may have grown since; read one byte past the limit to notice.
    const QByteArray bytes = file.read(MaxImportFileSize + 1);
    if (file.error() != QFileDevice::NoError)
        return badInput(ImportFileText::tr("%1: cannot be read: %2").arg(path, file.errorString()));
    if (bytes.size() > MaxImportFileSize)
        return badInput(ImportFileText::tr("%1: is larger than the limit of %2 MB")
                            .arg(path, QString::number(MaxImportFileSize / 1024 / 1024)));
    return format->convert(bytes, path);
}

} // namespace demarche
