#include "core/report/reportformat.h"

#include "core/export/csvnumber.h"

#include <QLocale>

namespace demarche::reportformat {

namespace {

// A true minus sign, whichever sign the locale writes.
QString withMinusSign(QString text, const QLocale &locale)
{
    text.replace(locale.negativeSign(), QString(QChar(0x2212)));
    text.replace(QLatin1Char('-'), QChar(0x2212));
    return text;
}

} // namespace

QString html(const QString &text)
{
    QString escaped = text.toHtmlEscaped();
    escaped.replace(QLatin1Char('\n'), QLatin1String("<br>"));
    return escaped;
}

QString position(const std::optional<double> &value)
{
    if (!value)
        return QStringLiteral("\u2013");
    // Rounded as the CSV rounds it, so that both show the same figure (and -0.04 as 0.0).
    const double shown = csvDecimal(value).toDouble();
    const QLocale locale;
    return withMinusSign(locale.toString(shown, 'f', 1), locale);
}

QString position(int value)
{
    const QLocale locale;
    return withMinusSign(locale.toString(value), locale);
}

QString date(const QDate &date)
{
    if (!date.isValid())
        return {};
    const QLocale locale;
    // No language chosen (the C locale of scripts and tests): ISO 8601, which reads the
    // same everywhere.
    if (locale.language() == QLocale::C)
        return date.toString(Qt::ISODate);
    // The locale's numeric date, with the year in full: a report outlives the century's
    // two digits, and German and Ukrainian short formats cut them.
    QString format = locale.dateFormat(QLocale::ShortFormat);
    if (!format.contains(QLatin1String("yyyy")))
        format.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    return locale.toString(date, format);
}

QString count(qsizetype value)
{
    return QLocale().toString(qint64(value));
}

QString actorLabel(const Actor &actor)
{
    // QColor::name() is "#rrggbb" and needs no escaping; a colourless actor gets grey.
    const QString color = actor.color.isValid() ? actor.color.name() : QStringLiteral("#8a8f98");
    return QStringLiteral("<span style=\"color:%1\">\u25A0</span>&nbsp;").arg(color)
           + html(actor.name);
}

} // namespace demarche::reportformat
