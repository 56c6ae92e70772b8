#include "core/import/ziparchive.h"

#include <QBuffer>
#include <QCoreApplication>
#include <quazip.h>
#include <quazipfile.h>
#include <quazipfileinfo.h>

namespace demarche {
namespace {

struct ZipArchiveText
{
    Q_DECLARE_TR_FUNCTIONS(TextImport)
};

bool tooPacked(qint64 size, qint64 packed)
{
    return size > ZipArchive::RatioCheckedFrom && size > packed * ZipArchive::MaxRatio;
}

} // namespace

Error ZipArchive::damaged(const QString &fileName)
{
    return badInput(ZipArchiveText::tr("%1: damaged").arg(fileName));
}

Error ZipArchive::tooLarge(const QString &fileName)
{
    return badInput(ZipArchiveText::tr("%1: too large once unpacked (a zip bomb?)").arg(fileName));
}

Result<ZipArchive> ZipArchive::open(const QByteArray &bytes, const QString &fileName,
                                    const QString &kind)
{
    return open(bytes, fileName, kind, Limits());
}

Result<ZipArchive> ZipArchive::open(const QByteArray &bytes, const QString &fileName,
                                    const QString &kind, const Limits &limits)
{
    ZipArchive archive;
    archive.m_limits = limits;
    archive.m_bytes = bytes;
    archive.m_fileName = fileName;
    archive.m_kind = kind;

    // A zip file begins with a local header; anything else (a renamed text file, an old
    // binary .doc) is not one.
    if (!bytes.startsWith("PK\x03\x04"))
        return damaged(fileName);
    QBuffer buffer(&archive.m_bytes);
    QuaZip zip(&buffer);
    if (!zip.open(QuaZip::mdUnzip))
        return damaged(fileName);
    if (zip.getEntriesCount() > MaxEntries)
        return tooLarge(fileName);
    qint64 declared = 0;
    for (bool more = zip.goToFirstFile(); more; more = zip.goToNextFile()) {
        QuaZipFileInfo64 info;
        if (!zip.getCurrentFileInfo(&info))
            return damaged(fileName);
        const auto size = qint64(info.uncompressedSize);
        const auto packed = qint64(info.compressedSize);
        if (size < 0 || packed < 0)
            return damaged(fileName);
        if (size > limits.maxEntrySize || tooPacked(size, packed))
            return tooLarge(fileName);
        declared += size;
        if (declared > limits.maxTotalSize || archive.m_entries.size() >= MaxEntries)
            return tooLarge(fileName);
        archive.m_entries.insert(info.name, {size, packed});
    }
    if (zip.getZipError() != UNZ_OK)
        return damaged(fileName);
    return archive;
}

Result<QByteArray> ZipArchive::read(const QString &entry)
{
    if (!contains(entry))
        //: %2 is a format ("DOCX", "ODT"), %3 a part of its file ("word/document.xml")
        return badInput(ZipArchiveText::tr("%1: not a valid %2 file (%3 is missing)")
                            .arg(m_fileName, m_kind, entry));
    return readIfPresent(entry);
}

Result<QByteArray> ZipArchive::readIfPresent(const QString &entry)
{
    const auto found = m_entries.constFind(entry);
    if (found == m_entries.cend())
        return QByteArray();
    QBuffer buffer(&m_bytes);
    QuaZip zip(&buffer);
    if (!zip.open(QuaZip::mdUnzip) || !zip.setCurrentFile(entry, QuaZip::csSensitive))
        return damaged(m_fileName);
    QuaZipFile file(&zip);
    if (!file.open(QIODevice::ReadOnly))
        return damaged(m_fileName);

    // The sizes in the archive's directory may lie: unpack in pieces and stop as soon as
    // the entry outgrows what it declared or a limit.
    const qint64 limit = std::min(found->size, m_limits.maxEntrySize);
    QByteArray data;
    data.reserve(qsizetype(std::min<qint64>(limit, 16LL * 1024 * 1024)));
    constexpr qint64 Chunk = 256LL * 1024;
    for (;;) {
        const qint64 before = data.size();
        data.resize(qsizetype(before + Chunk));
        const qint64 n = file.read(data.data() + before, Chunk);
        if (n < 0)
            return damaged(m_fileName);
        data.resize(qsizetype(before + n));
        if (data.size() > limit) {
            if (data.size() > m_limits.maxEntrySize || tooPacked(data.size(), found->packed))
                return tooLarge(m_fileName);
            return damaged(m_fileName);
        }
        if (m_unpacked + data.size() > m_limits.maxTotalSize)
            return tooLarge(m_fileName);
        if (n == 0)
            break;
    }
    file.close();
    // A wrong checksum, or an entry shorter than it declared.
    if (file.getZipError() != UNZ_OK || data.size() != found->size)
        return damaged(m_fileName);
    m_unpacked += data.size();
    return data;
}

} // namespace demarche
