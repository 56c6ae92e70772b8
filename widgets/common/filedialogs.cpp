#include "common/filedialogs.h"

#include "common/nameonlyiconprovider.h"

namespace demarche::FileDialogs {
namespace {

QStringList run(QWidget *parent, const QString &caption, const QString &start,
                const QString &filter, QFileDialog::FileMode mode,
                QFileDialog::AcceptMode acceptMode, QString *selectedFilter,
                QFileDialog::Options options)
{
    // Declared first so that it outlives the dialog, which does not own it.
    NameOnlyIconProvider icons;
    QFileDialog dialog(parent, caption, start, filter);
    dialog.setOptions(options | QFileDialog::DontUseNativeDialog);
    dialog.setIconProvider(&icons);
    dialog.setFileMode(mode);
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
