#pragma once

#include <QByteArrayView>

namespace demarche::utf8 {

// Byte offset of the first sequence that is not well-formed UTF-8 (overlong forms,
// surrogates, code points above U+10FFFF and a sequence cut off at the end included),
// or -1 when all of it is. Qt's decoder substitutes U+FFFD silently and says nothing
// of where; importers need to know both whether and where.
qsizetype firstInvalid(QByteArrayView bytes);

} // namespace demarche::utf8
