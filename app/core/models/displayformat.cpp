#include "core/models/displayformat.h"

#include <QLocale>
#include <QRegularExpression>

namespace demarche::displayformat {
namespace {

// A true minus sign reads better beside the digits than a hyphen.
QString withMinus(QString text, const QLocale &locale)
{
    text.replace(locale.negativeSign(), QString(QChar(0x2212)));
    return text;
}

} // namespace

QString position(const std::optional<double> &value)
{
    if (!value)
        return QStringLiteral("\u2013");
    const QLocale locale;
    // A mean of -0.04 would show as "-0.0", a lean to one side that the figure does not show.
    const double rounded = qRound(*value * 10) / 10.0;
    return withMinus(locale.toString(rounded == 0.0 ? 0.0 : rounded, 'f', 1), locale);
}

QString position(int value)
{
    const QLocale locale;
    return withMinus(locale.toString(value), locale);
}

QString date(const QDate &date)
{
    return date.isValid() ? QLocale().toString(date, dateFormat()) : QString();
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
    QString format = QLocale().dateFormat(QLocale::ShortFormat);
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
