#pragma once

#include <QColor>

namespace demarche::palette {

// Distinct, readable highlight colours handed out in turn to new actors and topics
// when the analyst does not choose one.
QColor color(int index);

} // namespace demarche::palette
