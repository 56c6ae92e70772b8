#pragma once

#include "core/domain/actor.h"
#include "core/domain/result.h"
#include "core/domain/topic.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QList>

namespace demarche::cli {

// An edit takes the options of the matching add, and also --name and the ones that clear
// a field (--no-parent, --no-alias, --no-keyword).
enum class EntryOptions { Add, Edit };

// actor add/edit: --alias (repeatable), --color, --kind, --parent.
QList<QCommandLineOption> actorOptions(EntryOptions which);
// topic add/edit: --keyword (repeatable), --color, --parent and the scale options.
QList<QCommandLineOption> topicOptions(EntryOptions which);

// Sets the fields whose options are given and checks each value; `actors` or `topics`
// is the codebook, where --parent is looked up. Given --alias or --keyword options
// replace the whole list.
Status readActorFields(const QCommandLineParser &parser, EntryOptions which,
                       const QList<Actor> &actors, Actor &actor);
Status readTopicFields(const QCommandLineParser &parser, EntryOptions which,
                       const QList<Topic> &topics, Topic &topic);

} // namespace demarche::cli
