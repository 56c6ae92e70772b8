#pragma once

#include <QString>

// Guards against spreadsheet formula injection ("CSV injection", OWASP): a cell that
// begins with = + - @ TAB or CR may be run as a formula by Excel or LibreOffice. The
// usual defence is a leading apostrophe, which spreadsheets show as text.
namespace demarche::formula {

bool needsEscape(const QString &cell);

// Prefixes ' when needsEscape(cell); returns the cell unchanged otherwise.
QString escape(const QString &cell);

// The inverse of escape(), for reading our own exports back: strips a leading ' only when
// what follows needs escaping, so a genuine "'quoted" cell is kept as it was.
QString unescape(const QString &cell);

} // namespace demarche::formula
