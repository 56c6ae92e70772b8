#pragma once

#include "core/domain/topic.h"

#include <QString>

// How a topic's scale is put into words wherever a position is shown: the position
// editor, tooltips, the compare view, the matrix legend and the report.
namespace demarche::topicscale {

// "scale not defined": said where a position is read or entered on a topic without poles.
QString notDefined();

// "−100: full Ukrainian sovereignty over all its territory"; "−100: not defined" when
// the topic has no such pole.
QString negativeEnd(const Topic &topic);
QString positiveEnd(const Topic &topic);

// Both ends on one line, "−100 full Ukrainian sovereignty … · +100 Russian control …",
// or notDefined().
QString summary(const Topic &topic);

} // namespace demarche::topicscale
