#include "core/export/csvnumber.h"

namespace demarche {

QString csvDecimal(const std::optional<double> &value)
{
    if (!value)
        return {};
    QString text = QString::number(*value, 'f', 1);
    // A mean of -0.04 would print as "-0.0", a lean to one side that the figure does not show.
    if (text == QLatin1String("-0.0"))
        text = QStringLiteral("0.0");
    return text;
}

} // namespace demarche
