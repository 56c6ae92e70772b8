#pragma once

#include "core/domain/result.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>

namespace demarche {

// The entries of a zip archive (a DOCX or ODT file) read from its bytes, within limits that
// no document reaches, so that a zip bomb is refused before it fills memory. Every refusal's
// message begins with the file's name and ": ".
class ZipArchive
{
public:
    static constexpr qint64 MaxEntrySize = 64LL * 1024 * 1024;
    static constexpr qint64 MaxTotalSize = 256LL * 1024 * 1024;
    static constexpr int MaxEntries = 20000;
    // Deflate packs at most about 1:1030; text rarely beyond 1:50. Checked only above
    // RatioCheckedFrom bytes, where a small file of spaces is still harmless.
    static constexpr qint64 MaxRatio = 200;
    static constexpr qint64 RatioCheckedFrom = 4LL * 1024 * 1024;

    // The bounds open() and read() hold an archive to; a whole project (REFI-QDA) may
    // carry more than one document does.
    struct Limits
    {
        qint64 maxEntrySize = MaxEntrySize;
        qint64 maxTotalSize = MaxTotalSize;
    };

    // `kind` names the format in messages: "DOCX", "ODT", "REFI-QDA".
    static Result<ZipArchive> open(const QByteArray &bytes, const QString &fileName,
                                   const QString &kind);
    static Result<ZipArchive> open(const QByteArray &bytes, const QString &fileName,
                                   const QString &kind, const Limits &limits);

    bool contains(const QString &entry) const { return m_entries.contains(entry); }
    // The names of every entry, folders included, in no particular order.
    QStringList entries() const { return m_entries.keys(); }

    // The entry's bytes; refused when it is missing ("not a valid DOCX file
    // (word/document.xml is missing)"), damaged or too large once unpacked.
    Result<QByteArray> read(const QString &entry);

    // As read(), but a missing entry is simply empty.
    Result<QByteArray> readIfPresent(const QString &entry);

    // The messages this class refuses with, for the parsers that meet the same troubles.
    static Error damaged(const QString &fileName);
    static Error tooLarge(const QString &fileName);

private:
    struct Entry
    {
        qint64 size = 0;
        qint64 packed = 0;
    };

    QByteArray m_bytes;
    QString m_fileName;
    QString m_kind;
    Limits m_limits;
    QHash<QString, Entry> m_entries;
    qint64 m_unpacked = 0; // bytes unpacked so far, against MaxTotalSize
};

} // namespace demarche
