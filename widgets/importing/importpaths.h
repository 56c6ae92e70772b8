#pragma once

#include <QStringList>

namespace demarche {

// The files an import was asked for, with folders opened up.
struct ImportPaths
{
    QStringList files;   // in the order given; a folder's files sorted by name
    QStringList skipped; // files inside the folders that are not of an importable type
};

// Replaces each folder by the importable files directly inside it (sub-folders and
// hidden files are left alone). Files named one by one are kept whatever their type, so
// that the importer can say why it refuses one.
ImportPaths expandImportPaths(const QStringList &paths);

} // namespace demarche
