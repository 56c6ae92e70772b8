#include "csv/formulaescape.h"

namespace demarche::formula {

bool needsEscape(const QString &cell)
{
    if (cell.isEmpty())
        return false;
    switch (cell.front().unicode()) {
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

QString escape(const QString &cell)
{
    if (!needsEscape(cell))
        return cell;
    return QLatin1Char('\'') + cell;
}

QString unescape(const QString &cell)
{
    if (cell.size() < 2 || cell.front() != QLatin1Char('\''))
        return cell;
    const QString rest = cell.mid(1);
    return needsEscape(rest) ? rest : cell;
}

} // namespace demarche::formula
