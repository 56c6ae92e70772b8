#pragma once

#include "core/domain/result.h"

#include <QString>

#include <memory>

class QFile;
class QFileDevice;
class QIODevice;
class QSaveFile;

namespace demarche {

// Where an export, a comparison, a matrix or a report is written. Every writer goes
// through here, so that the same rules hold in the command line and in the window:
//
//  - refused: the open project itself or any name for it (symbolic or hard link, its
//    -wal, -shm or -journal), an existing file that is a project or another SQLite file
//    (a database, a write-ahead log, a journal), a folder, a block device or a socket;
//  - streamed: "-" (standard output), a FIFO, a pipe such as /dev/fd/N, or a character
//    device like /dev/null, which are written into as they are and never replaced;
//  - replaced: a regular file or a new name, atomically (QSaveFile) once complete, so a
//    failed or cancelled write leaves an earlier file as it was.
//
// Every error names the file.
class OutputFile final
{
public:
    explicit OutputFile(const QString &path);
    ~OutputFile(); // an uncommitted replacement is dropped
    OutputFile(const OutputFile &) = delete;
    OutputFile &operator=(const OutputFile &) = delete;

    // The checks alone, for a command that must check all its outputs before writing any.
    static Status check(const QString &path);
    // The same checks, and standard output, pipes and devices refused too: for a format
    // that only a file can hold, such as a zip archive, whose end points back at its start.
    static Status checkFile(const QString &path);
    // The path as messages show it: "standard output" for "-".
    static QString displayName(const QString &path);

    Status open();
    // Valid between open() and commit() or cancel().
    QIODevice *device() const;
    bool isStream() const { return m_stream != nullptr; }
    // Flushes a stream, or puts the complete replacement in place of the file.
    Status commit();
    // Drops a replacement; a stream keeps what it was already given.
    void cancel();
    // The device's last error, empty when there is none.
    QString errorString() const;

private:
    QFileDevice *file() const;

    QString m_path;
    std::unique_ptr<QSaveFile> m_replacement;
    std::unique_ptr<QFile> m_stream;
};

} // namespace demarche
