#pragma once

#include "core/domain/actor.h"

#include <QDate>
#include <QString>

#include <optional>

// Small pieces of HTML and text shared by the report's parts. Every text passes through
// html() before it reaches the page.
namespace demarche::reportformat {

QString html(const QString &text); // escaped; line breaks kept as <br>
// One decimal with a true minus sign; an en dash when absent.
QString position(const std::optional<double> &value);
QString position(int value);     // a claim's own position: a whole number
QString date(const QDate &date); // ISO 8601, readable in every language; empty if invalid
// A square in the actor's colour before its escaped name.
QString actorLabel(const Actor &actor);

} // namespace demarche::reportformat
