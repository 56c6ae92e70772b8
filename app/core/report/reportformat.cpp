#include "core/report/reportformat.h"

#include "core/export/csvnumber.h"

namespace demarche::reportformat {

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
    QString text = csvDecimal(value);
    text.replace(QLatin1Char('-'), QChar(0x2212));
    return text;
}

QString position(int value)
{
    return QString::number(value).replace(QLatin1Char('-'), QChar(0x2212));
}

QString date(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QString actorLabel(const Actor &actor)
{
    // QColor::name() is "#rrggbb" and needs no escaping; a colourless actor gets grey.
    const QString color = actor.color.isValid() ? actor.color.name() : QStringLiteral("#8a8f98");
    return QStringLiteral("<span style=\"color:%1\">\u25A0</span>&nbsp;").arg(color)
           + html(actor.name);
}

} // namespace demarche::reportformat
