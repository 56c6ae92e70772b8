#pragma once

#include "core/cues/cuebook.h"

#include <QList>
#include <QString>

namespace demarche {

struct Claim;
class Project;

// A claim as its tooltip in the article shows it: holder (→ target), topic and stance,
// position and note, as rich text with the names escaped.
QString claimToolTip(const Project &project, const Claim &claim);
// The entries a cue names, as plain text: "Russia (actor) · Iran (topic)".
QString cueToolTip(const Project &project, const QList<CueEntry> &entries);

} // namespace demarche
