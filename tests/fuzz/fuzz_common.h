#pragma once

// Shared by every fuzz target: the application object Qt wants, and how a broken
// invariant is reported (a message, then abort(), which libFuzzer records as a crash).

#include <QByteArray>
#include <QCoreApplication>
#include <QFile>
#include <QString>

#include <cstdio>
#include <cstdlib>

namespace demarche::fuzz {

// Called from LLVMFuzzerInitialize. Qt gets its own argv: libFuzzer's flags are not Qt's.
inline void startApplication()
{
    static char name[] = "demarche-fuzz";
    static char *argv[] = {name, nullptr};
    static int argc = 1;
    static QCoreApplication app(argc, argv);
}

[[noreturn]] inline void fail(const char *invariant, const QString &detail = QString())
{
    std::fprintf(stderr, "\n*** invariant broken: %s\n%s\n", invariant, qUtf8Printable(detail));
    std::fflush(stderr);
    std::abort();
}

inline void check(bool holds, const char *invariant, const QString &detail = QString())
{
    if (!holds)
        fail(invariant, detail);
}

// DEMARCHE_FUZZ_VERBOSE=1 prints each input's outcome: to see what a corpus exercises.
inline void note(const QString &outcome)
{
    static const bool verbose = qEnvironmentVariableIsSet("DEMARCHE_FUZZ_VERBOSE");
    if (verbose)
        std::fprintf(stderr, "outcome: %s\n", qUtf8Printable(outcome));
}

inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

// The whole file, or a null array when it cannot be read.
inline QByteArray readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QByteArray();
    return file.readAll();
}

inline bool writeAll(const QString &path, const QByteArray &data)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return file.write(data) == data.size() && file.flush();
}

} // namespace demarche::fuzz
