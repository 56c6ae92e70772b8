#include "core/csv/formulaescape.h"

namespace demarche::formula {
namespace {

bool isFormulaStart(QChar ch)
{
    switch (ch.unicode()) {
    case u'=':
    case u'+':
    case u'-':
    case u'@':
    case u'\t':
    case u'\r':
        return true;
    default:
        return false;
    }
}

// How many apostrophes the cell begins with, when a formula character follows them;
// -1 otherwise.
qsizetype apostrophesBeforeFormula(const QString &cell)
{
    qsizetype i = 0;
    while (i < cell.size() && cell.at(i) == QLatin1Char('\''))
        ++i;
    return i < cell.size() && isFormulaStart(cell.at(i)) ? i : -1;
}

} // namespace

bool isFormulaLike(const QString &cell)
{
    return !cell.isEmpty() && isFormulaStart(cell.front());
}

bool needsEscape(const QString &cell)
{
    return apostrophesBeforeFormula(cell) >= 0;
}

QString escape(const QString &cell)
{
    if (!needsEscape(cell))
        return cell;
    return QLatin1Char('\'') + cell;
}

QString unescape(const QString &cell)
{
    if (apostrophesBeforeFormula(cell) < 1)
        return cell;
    return cell.mid(1);
}

} // namespace demarche::formula
