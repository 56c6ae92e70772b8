#include "console.h"

#include <QCoreApplication>

#include <cstdio>

namespace demarche::cli {

void printOut(const QString &text)
{
    printRaw(text.toUtf8());
}

void printRaw(const QByteArray &bytes)
{
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
}

void printError(const QString &line)
{
    std::fflush(stdout); // keep the order of what was printed before the error
    const QByteArray bytes =
        (QCoreApplication::applicationName() + QLatin1String(": ") + line + QLatin1Char('\n'))
            .toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
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
