#pragma once

#include "core/domain/topic.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QList>

namespace demarche::cli {

// The options that say what a topic's scale means: --negative-pole, --positive-pole and
// --scale-note, shared by the commands that add and edit topics.
QList<QCommandLineOption> topicScaleOptions();

// Sets the scale fields whose options are given; an empty value clears that field. The
// store checks the values.
void readTopicScale(const QCommandLineParser &parser, Topic &topic);

} // namespace demarche::cli
