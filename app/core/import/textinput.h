#pragma once

#include "core/domain/result.h"

#include <QByteArray>
#include <QString>

#include <chrono>

namespace demarche {

// How much of a text input is read, and how long a stream may stay silent.
struct TextInputLimits
{
    qint64 maxBytes = 512LL * 1024 * 1024;
    std::chrono::milliseconds silence = std::chrono::seconds(60);
};

// Reads the bytes of a text file the user named: a regular file, or a stream (a pipe such
// as bash's <(…), a named pipe, a character device such as /dev/stdin). Memory stays
// bounded by limits.maxBytes whatever the input; a directory, a disk device, a socket and
// the project this process holds open are refused without reading a byte. Messages begin
// with `path` and ": ".
//
// Reading stops early, without error, once the bytes contain a NUL or a sequence that is
// not UTF-8: the text is refused anyway, and the reader of the bytes names the row and
// byte, as it would for the whole file. So /dev/zero or /dev/urandom cost one read.
//
// A named pipe blocks until a program writes to it, as `cat` would; limits.silence ends
// the wait when nothing arrives, so a pipe nobody writes to is refused, not waited on.
Result<QByteArray> readTextInput(const QString &path, const TextInputLimits &limits);

} // namespace demarche
