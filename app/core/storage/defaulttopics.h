#pragma once

#include "core/domain/topic.h"

#include <QList>

namespace demarche {

// The topics every new project starts with, with keywords that cue them in the text.
QList<Topic> defaultTopics();

} // namespace demarche
