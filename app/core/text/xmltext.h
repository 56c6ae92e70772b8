#pragma once

#include <QString>

namespace demarche {

// The text as XML 1.0 can carry it: control characters (other than tab, line feed and
// carriage return), unpaired surrogates, U+FFFE and U+FFFF cannot be written even
// escaped, so each becomes U+FFFD rather than a file no program can read. A note typed
// or pasted, or a name from a damaged file, may hold them. Text that needs nothing is
// returned as it is, without a copy.
QString xmlSafeText(const QString &text);

} // namespace demarche
