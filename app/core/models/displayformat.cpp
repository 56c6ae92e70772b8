#include "core/models/displayformat.h"

#include "core/report/reportformat.h"

#include <QLocale>
#include <QRegularExpression>

namespace demarche::displayformat {

// The report's wording of numbers and dates is the views' too: one place decides them.
QString position(const std::optional<double> &value)
{
    return reportformat::position(value);
}

QString position(int value)
{
    return reportformat::position(value);
}

QString date(const QDate &date)
{
    return reportformat::date(date);
}

QString dateTime(const QDateTime &moment)
{
    if (!moment.isValid())
        return QString();
    const QLocale locale;
    return locale.toString(moment.toLocalTime(), dateFormat() + QLatin1Char(' ')
                                                     + locale.timeFormat(QLocale::ShortFormat));
}

QString dateFormat()
{
    const QLocale locale;
    // The C locale (scripts, tests) writes ISO 8601, as reportformat::date does.
    if (locale.language() == QLocale::C)
        return QStringLiteral("yyyy-MM-dd");
    QString format = locale.dateFormat(QLocale::ShortFormat);
    if (!format.contains(QLatin1String("yyyy")))
        format.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    return format;
}

QString dayMonthFormat(bool withYear, const QLocale &locale)
{
    // The locale's long date ("dddd, MMMM d, yyyy", "dddd, d. MMMM yyyy") without its
    // weekday, and without its year (and a word after it, as Russian's "'г.'") unless asked.
    QString format = locale.dateFormat(QLocale::LongFormat);
    format.remove(QRegularExpression(QStringLiteral("d{4},?\\s*")));
    if (!withYear)
        format.remove(QRegularExpression(QStringLiteral("[,\\s]*y+(\\s*'[^']*'\\.?)?")));
    format.replace(QLatin1String("MMMM"), QLatin1String("MMM"));
    format = format.trimmed();
    if (!format.contains(u'd') || !format.contains(u'M'))
        return withYear ? QStringLiteral("d MMM yyyy") : QStringLiteral("d MMM");
    return format;
}

} // namespace demarche::displayformat
