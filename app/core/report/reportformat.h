#pragma once

#include "core/domain/actor.h"

#include <QDate>
#include <QString>

#include <optional>

// Small pieces of HTML and text shared by the report's parts. Every text passes through
// html() before it reaches the page.
namespace demarche::reportformat {

QString html(const QString &text); // escaped; line breaks kept as <br>
// Texts for people, in the default locale (QLocale()): decimal comma where the language
// writes one. Files for programs (CSV, JSON) use core/export/csvnumber.h and ISO dates.
// One decimal with a true minus sign; an en dash when absent.
QString position(const std::optional<double> &value);
QString position(int value); // a claim's own position: a whole number
// The locale's numeric date with a four-digit year, ISO 8601 under the C locale; empty if
// invalid.
QString date(const QDate &date);
// A count, with the locale's digits and grouping.
QString count(qsizetype value);
// A square in the actor's colour before its escaped name.
QString actorLabel(const Actor &actor);

} // namespace demarche::reportformat
