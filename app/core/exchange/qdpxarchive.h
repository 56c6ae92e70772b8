#pragma once

#include "core/domain/result.h"
#include "core/exchange/qdpxproject.h"
#include "core/import/ziparchive.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace demarche::qdpx {

// A .qdpx file opened for reading: a bounded zip archive (ZipArchive), its one .qde and
// the texts of its sources. Every refusal names the file as the user gave it.
class QdpxArchive final
{
public:
    // Larger files are refused before a byte is read.
    static constexpr qint64 MaxFileSize = 1024LL * 1024 * 1024;
    static constexpr ZipArchive::Limits ZipLimits{256LL * 1024 * 1024, 1024LL * 1024 * 1024};

    // Refuses a file that is not a zip archive, or holds no .qde or several.
    static Result<QdpxArchive> open(const QString &path);

    const QString &fileName() const { return m_fileName; }
    // The project as XML, from the .qde whatever its name.
    Result<QByteArray> projectXml();

    // The text of a source, without anything changed (a BOM stays): inline, or from
    // `internal://` (sources/ or Sources/) or a relative path inside the archive. Empty
    // when the source points outside the archive or at a file it lacks (`*missing` says
    // why); refused when the file is not UTF-8 text.
    Result<std::optional<QString>> sourceText(const QdpxSource &source, QString *missing);

private:
    QdpxArchive(ZipArchive archive, QString fileName, QString projectEntry);

    ZipArchive m_zip;
    QString m_fileName;
    QString m_projectEntry;
};

} // namespace demarche::qdpx
