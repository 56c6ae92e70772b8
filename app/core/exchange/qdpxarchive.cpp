#include "core/exchange/qdpxarchive.h"

#include "core/exchange/qdpxvocabulary.h"
#include "core/import/textimporter.h"
#include "core/text/utf8.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace demarche::qdpx {
namespace {

struct QdpxText
{
    Q_DECLARE_TR_FUNCTIONS(QdpxImport)
};

} // namespace

QdpxArchive::QdpxArchive(ZipArchive archive, QString fileName, QString projectEntry)
    : m_zip(std::move(archive))
    , m_fileName(std::move(fileName))
    , m_projectEntry(std::move(projectEntry))
{}

Result<QdpxArchive> QdpxArchive::open(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return badInput(QdpxText::tr("%1: no such file").arg(path));
    if (!info.isFile())
        return badInput(QdpxText::tr("%1: not a file").arg(path));
    if (info.size() > MaxFileSize)
        return badInput(QdpxText::tr("%1: larger than %2 MB; refused")
                            .arg(path)
                            .arg(MaxFileSize / (1024LL * 1024)));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return badInput(QdpxText::tr("%1: cannot be read (%2)").arg(path, file.errorString()));
    // read(n) reserves n bytes at once: ask for what the file holds, and one byte more to
    // notice a file that grew past the limit since it was measured.
    const QByteArray bytes = file.read(qMin(file.size(), MaxFileSize) + 1);
    if (bytes.size() > MaxFileSize)
        return badInput(QdpxText::tr("%1: larger than %2 MB; refused")
                            .arg(path)
                            .arg(MaxFileSize / (1024LL * 1024)));
    auto zip = ZipArchive::open(bytes, path, QStringLiteral("REFI-QDA"), ZipLimits);
    if (!zip)
        return zip.error();
    QStringList projects;
    for (const QString &entry : zip->entries()) {
        if (entry.endsWith(QLatin1String(".qde"), Qt::CaseInsensitive))
            projects.append(entry);
    }
    if (projects.isEmpty())
        return badInput(
            QdpxText::tr("%1: holds no .qde project file; not a REFI-QDA project").arg(path));
    if (projects.size() > 1) {
        projects.sort();
        //: %2 lists the files, separated by commas
        return badInput(QdpxText::tr("%1: holds several project files (%2); a REFI-QDA "
                                     "project has one")
                            .arg(path, projects.join(QLatin1String(", "))));
    }
    return QdpxArchive(std::move(zip.value()), path, projects.constFirst());
}

Result<QByteArray> QdpxArchive::projectXml()
{
    return m_zip.read(m_projectEntry);
}

Result<std::optional<QString>> QdpxArchive::sourceText(const QdpxSource &source, QString *missing)
{
    const QString where = QStringLiteral("%1: %2").arg(m_fileName, source.name);
    QByteArray bytes;
    if (source.inlineText) {
        bytes = source.inlineText->toUtf8();
    } else {
        const QString path = source.plainTextPath;
        QStringList candidates;
        const QString internal = QString::fromUtf16(InternalScheme);
        const QString relative = QStringLiteral("relative://");
        if (path.startsWith(internal, Qt::CaseInsensitive)) {
            const QString name = path.mid(internal.size());
            candidates = {QString::fromUtf16(SourcesFolder) + name,
                          QStringLiteral("Sources/") + name};
        } else if (path.startsWith(relative, Qt::CaseInsensitive)) {
            QString name = path.mid(relative.size());
            while (name.startsWith(QLatin1String("./")))
                name.remove(0, 2);
            candidates = {name, QString::fromUtf16(SourcesFolder) + name,
                          QStringLiteral("Sources/") + name};
        } else if (path.isEmpty()) {
            *missing = QdpxText::tr("has no text (no plainTextPath and no PlainTextContent)");
            return std::optional<QString>();
        } else {
            *missing = QdpxText::tr("its text is outside the archive (%1); not read").arg(path);
            return std::optional<QString>();
        }
        const auto found = std::find_if(candidates.cbegin(), candidates.cend(),
                                        [&](const QString &c) { return m_zip.contains(c); });
        if (found == candidates.cend()) {
            *missing = QdpxText::tr("its text %1 is not in the archive").arg(path);
            return std::optional<QString>();
        }
        auto read = m_zip.read(*found);
        if (!read)
            return read.error();
        bytes = std::move(read.value());
        const qsizetype invalid = utf8::firstInvalid(bytes);
        if (invalid >= 0)
            //: %2 is a file inside the archive, %3 a byte offset
            return badInput(QdpxText::tr("%1: the text %2 is not valid UTF-8 (byte %3)")
                                .arg(where, *found)
                                .arg(invalid));
    }
    QString text = QString::fromUtf8(bytes);
    if (textimport::looksBinary(text))
        return badInput(QdpxText::tr("%1: the text is binary data, not text").arg(where));
    return std::optional<QString>(std::move(text));
}

} // namespace demarche::qdpx
