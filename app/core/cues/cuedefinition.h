#pragma once

#include "core/cues/cuebook.h"

#include <QByteArray>
#include <QString>

namespace demarche {

// The book as a Kate syntax definition (the format KSyntaxHighlighting reads), named
// `name`. One format per group, called "g<index>"; the text between cues has "Normal".
// Terms with delimiters become WordDetect rules, longest first, so that the longest term
// wins where two start at one place; single words go into one keyword list per group; a
// last rule passes over the rest of a word no term matched, so that nothing starts inside
// it (and the engine need not try every rule at every character). The delimiters are
// cueAdditionalDelimiters() on top of Kate's own.
QByteArray cueDefinitionXml(const CueBook &book, const QString &name);

// The group a format name of that definition stands for, or -1 ("Normal").
int cueGroupOfFormat(QStringView formatName);

} // namespace demarche
