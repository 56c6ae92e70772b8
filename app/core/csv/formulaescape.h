#pragma once

#include <QString>

// Guards against spreadsheet formula injection ("CSV injection", OWASP): a cell that
// begins with = + - @ TAB or CR may be run as a formula by Excel or LibreOffice. The
// usual defence is a leading apostrophe, which spreadsheets show as text.
//
// The escape must also be undone exactly when our own CSV is read back, so the apostrophe
// is itself escaped wherever it could be mistaken for the mark. The rule:
//
//   escape:   a cell of the form '…'X (zero or more apostrophes, then a formula
//             character X) gets one more leading apostrophe; every other cell is unchanged.
//   unescape: a cell of the form '…'X with at least one apostrophe loses one.
//
// So "=1" is written '=1, a typed "'=1" is written ''=1, and "'tis" or "'" stay as they are;
// unescape(escape(s)) == s for every s.
namespace demarche::formula {

// True when a spreadsheet could run the cell as a formula.
bool isFormulaLike(const QString &cell);

// True when escape() changes the cell: it is formula-like after any leading apostrophes.
bool needsEscape(const QString &cell);

// Prefixes ' when needsEscape(cell); returns the cell unchanged otherwise.
QString escape(const QString &cell);

// The exact inverse of escape(), for reading our own exports back.
QString unescape(const QString &cell);

} // namespace demarche::formula
