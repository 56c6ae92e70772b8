#include "cli/console.h"

#include "core/domain/names.h"
#include "core/domain/translation.h"

#include <QCoreApplication>

#include <cerrno>
#include <cstdio>

namespace demarche::cli {
namespace {

// The reason of the first failed write to standard output, 0 while all went well.
int &outputErrno()
{
    static int first = 0;
    return first;
}

void noteOutputError()
{
    if (outputErrno() == 0)
        outputErrno() = errno != 0 ? errno : EIO;
}

void flushOut()
{
    errno = 0;
    if (std::fflush(stdout) != 0)
        noteOutputError();
}

} // namespace

void printOut(const QString &text)
{
    printRaw(text.toUtf8());
}

void printRaw(const QByteArray &bytes)
{
    if (bytes.isEmpty())
        return;
    errno = 0;
    if (std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout) != size_t(bytes.size()))
        noteOutputError();
}

void printError(const QString &line)
{
    flushOut(); // keep the order of what was printed before the error
    const QByteArray bytes = (QCoreApplication::applicationName() + QLatin1String(": ")
                              + names::printable(line) + QLatin1Char('\n'))
                                 .toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
}

int finishOutput(int exitCode)
{
    flushOut();
    if (outputErrno() == 0 && std::ferror(stdout) == 0)
        return exitCode;
    const int reason = outputErrno() != 0 ? outputErrno() : EIO;
    printError(CliText::tr("standard output: cannot be written: %1").arg(qt_error_string(reason)));
    return exitCode == Success ? BadData : exitCode;
}

int exitCodeFor(const Error &error)
{
    switch (error.kind) {
    case Error::Kind::CannotOpen:
        return CannotOpen;
    case Error::Kind::Usage:
        return UsageError;
    case Error::Kind::BadInput:
    case Error::Kind::Io:
        break;
    }
    return BadData;
}

int fail(const Error &error)
{
    // One line per error, even when a message carries a line break from a file.
    QString message = error.message;
    message.replace(QLatin1Char('\n'), QLatin1Char(' '));
    if (error.kind == Error::Kind::Usage)
        message += QLatin1String(" (see --help)");
    printError(message);
    return exitCodeFor(error);
}

int usageFail(const QString &message)
{
    printError(message + QLatin1String(" (see --help)"));
    return UsageError;
}

} // namespace demarche::cli
