#include "widgets/common/filedialogs.h"

#include "widgets/common/nameonlyiconprovider.h"

#include <QDir>
#include <QFileInfo>

namespace demarche::FileDialogs {
namespace {

// A remembered folder may be gone (a removed share); Qt would then show its name as the
// file name. Start in the nearest folder that still exists.
QString startingPoint(const QString &start, QFileDialog::AcceptMode acceptMode)
{
    const QFileInfo info(start);
    if (start.isEmpty() || info.isDir()
        || (acceptMode == QFileDialog::AcceptSave && info.dir().exists()))
        return start;
    QDir folder = info.dir();
    while (!folder.exists() && folder.cdUp()) {
    }
    return folder.exists() ? folder.path() : QDir::homePath();
}

QStringList run(QWidget *parent, const QString &caption, const QString &start,
                const QString &filter, QFileDialog::FileMode mode,
                QFileDialog::AcceptMode acceptMode, QString *selectedFilter,
                QFileDialog::Options options)
{
    // Declared first so that it outlives the dialog, which does not own it.
    NameOnlyIconProvider icons;
    QFileDialog dialog(parent, caption, startingPoint(start, acceptMode), filter);
    dialog.setOptions(options | QFileDialog::DontUseNativeDialog);
    dialog.setIconProvider(&icons);
    dialog.setFileMode(mode);
    // Room for the name, size, type and date columns without eliding them.
    dialog.resize(dialog.sizeHint().expandedTo(QSize(880, 540)));
    dialog.setAcceptMode(acceptMode);
    if (selectedFilter && !selectedFilter->isEmpty())
        dialog.selectNameFilter(*selectedFilter);
    if (dialog.exec() != QDialog::Accepted)
        return {};
    if (selectedFilter)
        *selectedFilter = dialog.selectedNameFilter();
    return dialog.selectedFiles();
}

} // namespace

QString openFileName(QWidget *parent, const QString &caption, const QString &folder,
                     const QString &filter)
{
    const QStringList files = run(parent, caption, folder, filter, QFileDialog::ExistingFile,
                                  QFileDialog::AcceptOpen, nullptr, {});
    return files.value(0);
}

QStringList openFileNames(QWidget *parent, const QString &caption, const QString &folder,
                          const QString &filter)
{
    return run(parent, caption, folder, filter, QFileDialog::ExistingFiles, QFileDialog::AcceptOpen,
               nullptr, {});
}

QString saveFileName(QWidget *parent, const QString &caption, const QString &suggested,
                     const QString &filter, QString *selectedFilter, QFileDialog::Options options)
{
    const QStringList files = run(parent, caption, suggested, filter, QFileDialog::AnyFile,
                                  QFileDialog::AcceptSave, selectedFilter, options);
    return files.value(0);
}

} // namespace demarche::FileDialogs
