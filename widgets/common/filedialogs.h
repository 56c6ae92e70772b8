#pragma once

#include <QFileDialog>
#include <QString>
#include <QStringList>

class QWidget;

// The only way the window asks for a file name. QFileDialog's static functions may use
// the desktop's own dialog, which runs in this process and sniffs files' contents for
// their icons; the dialogs here are Qt's, with icons from names alone, so browsing the
// open project's folder never opens the project (see common/nameonlyiconprovider.h).
namespace demarche::FileDialogs {

QString openFileName(QWidget *parent, const QString &caption, const QString &folder,
                     const QString &filter);
QStringList openFileNames(QWidget *parent, const QString &caption, const QString &folder,
                          const QString &filter);
// `suggested` is a folder or a file path in the folder to start in.
QString saveFileName(QWidget *parent, const QString &caption, const QString &suggested,
                     const QString &filter, QString *selectedFilter = nullptr,
                     QFileDialog::Options options = {});

} // namespace demarche::FileDialogs
