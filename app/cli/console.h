#pragma once

#include "core/domain/result.h"

#include <QByteArray>
#include <QString>

namespace demarche::cli {

// The exit codes are part of the command-line contract.
enum ExitCode {
    Success = 0,
    UsageError = 1,
    BadData = 2,    // unknown actor, quote not found, bad file, write failed
    CannotOpen = 3, // project missing, damaged, locked or from a newer version
};

// stdout and stderr in UTF-8, whatever the locale says.
void printOut(const QString &text);
void printRaw(const QByteArray &bytes);
void printError(const QString &line); // prefixed with the program name

// Flushes standard output and checks that everything printed reached it: a full disk or
// a closed descriptor turns success into BadData, with one line on stderr. What fails on
// stderr itself cannot be told anyone; the exit code still says it.
int finishOutput(int exitCode);

int exitCodeFor(const Error &error);
// Prints the error and returns its exit code.
int fail(const Error &error);
int usageFail(const QString &message);

} // namespace demarche::cli
