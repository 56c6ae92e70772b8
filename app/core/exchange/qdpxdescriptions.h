#pragma once

#include "core/domain/actor.h"
#include "core/domain/claim.h"
#include "core/domain/topic.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <utility>

// The texts Demarche writes into a REFI-QDA project's Description elements and names
// (docs/REFI-QDA.md): one `Key: value` line per fact, in a fixed order, facts without a
// value left out; a note, which may span lines, comes last after its key alone on a line.
namespace demarche::qdpx {

// "Kind: …", then "Alias: …" per alias.
QString actorDescription(const Actor &actor);
// "Keyword: …" per keyword, "Negative pole: …", "Positive pole: …", "Scale note:" + note.
QString topicDescription(const Topic &topic);
// "Position: n" when set, "Salience: n", "Attribution: …", "Target: <name>" when set,
// "Note:" + note when there is one.
QString claimDescription(const Claim &claim, const QString &targetName);
// A selection's name: its quote on one line, shortened to 60 code points ("…" last).
QString selectionName(const QString &quote);

// Reading them back:
// The `Key: value` lines of a Description Demarche wrote (docs/REFI-QDA.md), in order.
// A key in `restKeys` ("Note", "Scale note") takes everything after its line, line
// breaks kept. A line that is not `Key: value` comes back with an empty key.
using DescriptionField = std::pair<QString, QString>;
QList<DescriptionField> descriptionFields(const QString &text, const QStringList &restKeys);

} // namespace demarche::qdpx
