#include "widgets/common/nameonlyiconprovider.h"

#include <QFileInfo>
#include <QIcon>
#include <QMimeDatabase>
#include <QMimeType>

namespace demarche {
namespace {

// MatchExtension looks at the name only: the file is never opened.
QMimeType mimeTypeByName(const QFileInfo &info)
{
    return QMimeDatabase().mimeTypeForFile(info.fileName(), QMimeDatabase::MatchExtension);
}

bool isProjectName(const QFileInfo &info)
{
    return info.suffix().compare(QLatin1String("demarche"), Qt::CaseInsensitive) == 0;
}

} // namespace

QIcon NameOnlyIconProvider::icon(IconType type) const
{
    return QAbstractFileIconProvider::icon(type);
}

QIcon NameOnlyIconProvider::icon(const QFileInfo &info) const
{
    if (info.isDir())
        return QAbstractFileIconProvider::icon(Folder);
    if (isProjectName(info))
        return QIcon(QStringLiteral(":/icons/demarche.svg"));
    const QIcon themed = QIcon::fromTheme(mimeTypeByName(info).iconName());
    return themed.isNull() ? QAbstractFileIconProvider::icon(File) : themed;
}

QString NameOnlyIconProvider::type(const QFileInfo &info) const
{
    if (info.isDir())
        return tr("Folder");
    if (isProjectName(info))
        return tr("Demarche project");
    const QMimeType mime = mimeTypeByName(info);
    if (mime.isDefault())
        return tr("File");
    return mime.comment().isEmpty() ? mime.name() : mime.comment();
}

} // namespace demarche
