#pragma once

#include "core/domain/result.h"

#include <QString>

// Names of actors and topics, their aliases and keywords, document titles and the other
// one-line fields: how they are stored, compared and shown.
namespace demarche::names {

// Trimmed and in Unicode NFC, so that a name typed with a combining accent and one with
// the precomposed letter are stored alike.
QString normalized(const QString &name);

// The form names are compared in: canonical caseless matching (Unicode D145, NFD of the
// case-folded NFD), kept in NFC. "GENÈVE", "Genève" and "Gene\u0300ve" have one key.
QString key(const QString &name);
// key(name) == `key`, without building key(name) when `name` is plain ASCII: lookups run
// once per row of an import against the whole codebook.
bool hasKey(const QString &name, const QString &key);

// The position of the first character that has no place in a one-line name (a control
// character such as ESC, a line or paragraph separator), or -1 when there is none.
qsizetype firstControl(const QString &name);

// Refuses text with a control character, naming `field` ("the name", "the title").
Status checkOneLine(const QString &field, const QString &text);

// `text` fit for a terminal: every control character but the line feed and tab is shown
// as \xHH or \uHHHH, so that a name from a file cannot send escape sequences.
QString printable(const QString &text);

} // namespace demarche::names
