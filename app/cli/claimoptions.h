#pragma once

#include "core/domain/actor.h"
#include "core/domain/claim.h"
#include "core/domain/result.h"
#include "core/domain/topic.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QList>

namespace demarche {
class DocumentText;
}

namespace demarche::cli {

// The options of claim add and claim edit: --doc, the place (--quote, --occurrence,
// --start, --end) and the fields (--actor, --topic, --target, --stance, --position,
// --salience, --attribution, --note).
QList<QCommandLineOption> claimOptions();

// Sets the fields whose options are given; checks each value.
Status readClaimFields(const QCommandLineParser &parser, const QList<Actor> &actors,
                       const QList<Topic> &topics, Claim &claim);
// Sets the offsets from --quote [--occurrence] or from --start and --end; `command` names
// the command in errors.
Status readClaimSpan(const QCommandLineParser &parser, const DocumentText &text,
                     const QString &command, Claim &claim);

} // namespace demarche::cli
