#pragma once

#include <QString>

namespace demarche::textimport {

// `text` in Unicode normalisation form C, in time linear in its length. Qt's own
// normalisation slows down with the square of the length of a run it recomposes or
// reorders (a megabyte of "e\u0301" took 20 s), so the text is cut into pieces that
// normalise independently. As in Unicode's stream-safe text format (UAX #15, section 13),
// a run of more than 30 combining characters gets a U+034F COMBINING GRAPHEME JOINER after
// every 30; no writing system needs that many on one letter. Idempotent.
QString toNfc(const QString &text);

// True when nothing after a cut before `c` can compose or reorder with what precedes it,
// so that the text on either side normalises on its own (what toNfc() cuts at).
bool isNfcBoundary(char32_t c);

} // namespace demarche::textimport
