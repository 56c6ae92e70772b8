#include "core/exchange/qdpxwriter.h"

#include "core/exchange/qdeprojectwriter.h"
#include "core/exchange/qdpxvocabulary.h"
#include "core/io/outputfile.h"
#include "core/storage/projectstore.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSet>
#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipnewinfo.h>

namespace demarche {
namespace {

// Claims whose XML is gathered before it goes into the archive: about a megabyte.
constexpr qint64 DrainInterval = 1000;

struct QdpxExportText
{
    Q_DECLARE_TR_FUNCTIONS(QdpxExport)
};

Error writeError(const QString &path, const QString &reason)
{
    return ioError(
        QdpxExportText::tr("%1: cannot be written: %2").arg(OutputFile::displayName(path), reason));
}

Error zipError(const QString &path, const QString &entry, int code)
{
    return writeError(
        path,
        QdpxExportText::tr("the archive entry %1 failed (zip error %2)").arg(entry).arg(code));
}

// The analysts named by claims, in the order they first appear: a first pass over the
// claims, because the schema puts Users before the sources that hold the claims.
Result<QStringList> analystsOf(const ProjectStore &store)
{
    QStringList analysts;
    QSet<QString> seen;
    Status status = store.forEachClaim({}, [&](const Claim &claim) {
        if (!claim.analyst.isEmpty() && !seen.contains(claim.analyst)) {
            seen.insert(claim.analyst);
            analysts << claim.analyst;
        }
    });
    if (!status)
        return status.error();
    return analysts;
}

Result<qdpx::QdeContents> contentsOf(const ProjectStore &store, const QdpxExportOptions &options)
{
    qdpx::QdeContents contents;
    contents.projectName = QFileInfo(store.path()).completeBaseName();
    contents.origin = options.origin;
    if (contents.origin.isEmpty())
        contents.origin =
            QString(QStringLiteral("Demarche ") + QCoreApplication::applicationVersion()).trimmed();
    contents.created = QDateTime::currentDateTimeUtc();
    auto actors = store.actors();
    if (!actors)
        return actors.error();
    contents.actors = std::move(actors).value();
    auto topics = store.topics();
    if (!topics)
        return topics.error();
    contents.topics = std::move(topics).value();
    auto documents = store.documents();
    if (!documents)
        return documents.error();
    contents.documents = std::move(documents).value();
    auto analysts = analystsOf(store);
    if (!analysts)
        return analysts.error();
    contents.analysts = std::move(analysts).value();
    return contents;
}

// One archive entry, deflated, named in UTF-8.
class ZipEntry final
{
public:
    ZipEntry(QuaZip &zip, const QString &name)
        : m_file(&zip)
        , m_name(name)
    {
        QuaZipNewInfo info(name);
        info.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner
                            | QFileDevice::ReadGroup | QFileDevice::ReadOther);
        // The fastest deflate: the XML repeats itself so much that it still shrinks six-fold.
        m_opened = m_file.open(QIODevice::WriteOnly, info, nullptr, 0, Z_DEFLATED, Z_BEST_SPEED);
    }
    bool isOpen() const { return m_opened; }
    QuaZipFile &device() { return m_file; }
    // Closes the entry; 0 or the zip error.
    int close()
    {
        m_file.close();
        return m_file.getZipError();
    }
    const QString &name() const { return m_name; }

private:
    QuaZipFile m_file;
    QString m_name;
    bool m_opened = false;
};

Status writeSourceFiles(const ProjectStore &store, QuaZip &zip, const qdpx::QdeContents &contents,
                        const qdpx::QdeProjectWriter &writer, const QString &path)
{
    for (const Document &listed : contents.documents) {
        auto document = store.document(listed.id); // one text in memory at a time
        if (!document)
            return document.error();
        ZipEntry entry(zip, QString::fromUtf16(qdpx::SourcesFolder) + writer.sourceGuid(listed.id)
                                + QStringLiteral(".txt"));
        if (!entry.isOpen())
            return zipError(path, entry.name(), entry.device().getZipError());
        const QByteArray bytes = document->text.toUtf8();
        const bool written = entry.device().write(bytes) == bytes.size();
        const int closed = entry.close();
        if (!written || closed != 0)
            return zipError(path, entry.name(), closed);
    }
    return {};
}

} // namespace

Result<QdpxExportSummary> exportQdpx(const ProjectStore &store, const QString &path,
                                     const QdpxExportOptions &options)
{
    if (Status safe = OutputFile::checkFile(path); !safe)
        return safe.error();
    auto counted = store.claimCount();
    if (!counted)
        return counted.error();
    const qint64 total = counted.value();
    auto gathered = contentsOf(store, options);
    if (!gathered)
        return gathered.error();
    const qdpx::QdeContents &contents = gathered.value();
    QdpxExportSummary summary;
    summary.documents = contents.documents.size();

    OutputFile file(path);
    if (Status opened = file.open(); !opened)
        return opened.error();
    // A file swapped for a pipe since the check would be streamed into: refused still.
    if (file.isStream()) {
        file.cancel();
        return writeError(path, QdpxExportText::tr("it is no longer a file"));
    }
    QuaZip zip(file.device());
    zip.setAutoClose(false); // OutputFile commits the file, QuaZip only writes into it
    zip.setUtf8Enabled(true);
    if (!zip.open(QuaZip::mdCreate))
        return writeError(path, QdpxExportText::tr("the archive cannot be started (zip error %1)")
                                    .arg(zip.getZipError()));
    // On a failure below, the entry, the archive and then the file go out of scope in that
    // order: the file, never committed, is dropped with whatever the archive wrote into it.
    qdpx::QdeProjectWriter writer(contents);
    if (Status sources = writeSourceFiles(store, zip, contents, writer, path); !sources)
        return sources.error();

    const QString entryName = QString::fromUtf16(qdpx::ProjectEntry);
    ZipEntry entry(zip, entryName);
    if (!entry.isOpen())
        return zipError(path, entryName, entry.device().getZipError());
    auto drain = [&]() {
        const QByteArray piece = writer.takeOutput();
        return entry.device().write(piece) == piece.size();
    };
    writer.writeHead();
    bool written = drain();

    const qint64 interval = qMax<qint64>(1, options.progressInterval);
    bool cancelled = false;
    auto report = [&](qint64 count) {
        if (options.progress && !cancelled)
            cancelled = !options.progress(count, qMax(total, count));
    };
    report(0);
    Status claims = store.forEachClaim({}, [&](const Claim &claim) {
        if (cancelled)
            return; // the store has no early stop; the remaining claims are only skipped
        writer.writeClaim(claim);
        if (++summary.claims % DrainInterval == 0)
            written = drain() && written;
        if (summary.claims % interval == 0)
            report(summary.claims);
    });
    if (!claims)
        return claims.error();
    if (summary.claims % interval != 0)
        report(summary.claims);
    if (cancelled)
        return usageError(
            QdpxExportText::tr("%1: the export was cancelled").arg(OutputFile::displayName(path)));
    writer.finish();
    written = drain() && written;
    if (const int closed = entry.close(); !written || closed != 0)
        return zipError(path, entryName, closed);
    zip.close();
    if (zip.getZipError() != 0)
        return writeError(path, QdpxExportText::tr("the archive cannot be completed "
                                                   "(zip error %1)")
                                    .arg(zip.getZipError()));
    if (Status committed = file.commit(); !committed)
        return committed.error();
    return summary;
}

} // namespace demarche
