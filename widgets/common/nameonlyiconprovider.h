#pragma once

#include <QAbstractFileIconProvider>
#include <QCoreApplication>

namespace demarche {

// Icons and type names for a file dialog, from file names alone. Qt's own provider asks
// the MIME database, which opens a file to read its magic when the name does not settle
// its type; opening and closing the open project's file in this process would drop
// SQLite's locks on it (io/openprojects.h). So nothing here ever opens a file.
class NameOnlyIconProvider final : public QAbstractFileIconProvider
{
    Q_DECLARE_TR_FUNCTIONS(NameOnlyIconProvider)

public:
    NameOnlyIconProvider() = default;

    QIcon icon(IconType type) const override;
    QIcon icon(const QFileInfo &info) const override;
    QString type(const QFileInfo &info) const override;
};

} // namespace demarche
