#include "widgets/importing/filedropfilter.h"

#include "widgets/importing/documentimporter.h"

#include <QDragMoveEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QMimeData>
#include <QWidget>

namespace demarche {
namespace {

// Files are copied into the project, never moved: the drag source must keep its file.
void acceptAsCopy(QDropEvent *event)
{
    if (event->possibleActions() & Qt::CopyAction) {
        event->setDropAction(Qt::CopyAction);
        event->accept();
    } else {
        event->acceptProposedAction();
    }
}

} // namespace

FileDropFilter::FileDropFilter(QObject *parent)
    : QObject(parent)
{}

FileDropFilter::~FileDropFilter() = default;

void FileDropFilter::attachTo(QWidget *widget)
{
    widget->setAcceptDrops(true);
    widget->installEventFilter(this);
}

QString FileDropFilter::projectPath(const QMimeData *mimeData)
{
    const QStringList paths = DocumentImporter::localPaths(mimeData);
    if (!mimeData || paths.size() != 1 || mimeData->urls().size() != 1)
        return {};
    const QFileInfo info(paths.constFirst());
    if (info.suffix().compare(QLatin1String("demarche"), Qt::CaseInsensitive) != 0 || info.isDir())
        return {};
    return paths.constFirst();
}

bool FileDropFilter::accepts(const QMimeData *mimeData)
{
    return !projectPath(mimeData).isEmpty() || DocumentImporter::canImport(mimeData);
}

bool FileDropFilter::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::DragEnter:
    case QEvent::DragMove: {
        auto *drag = static_cast<QDragMoveEvent *>(event); // QDragEnterEvent derives from it
        if (!accepts(drag->mimeData()))
            return false;
        acceptAsCopy(drag);
        return true;
    }
    case QEvent::Drop: {
        auto *drop = static_cast<QDropEvent *>(event);
        if (!accepts(drop->mimeData()))
            return false;
        acceptAsCopy(drop);
        deliver(drop->mimeData());
        return true;
    }
    default:
        return QObject::eventFilter(watched, event);
    }
}

void FileDropFilter::deliver(const QMimeData *mimeData)
{
    // The mime data dies with the event: pass on plain values.
    if (const QString project = projectPath(mimeData); !project.isEmpty())
        Q_EMIT projectDropped(project);
    else if (mimeData->hasUrls())
        Q_EMIT filesDropped(DocumentImporter::localPaths(mimeData));
    else
        Q_EMIT textDropped(mimeData->text());
}

} // namespace demarche
