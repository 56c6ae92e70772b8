#pragma once

#include "core/cues/cuebook.h"

#include <QByteArray>
#include <QString>

namespace demarche {

// The book as a Kate syntax definition (the format KSyntaxHighlighting reads), named
// `name`. One format per group, called "g<index>"; the text between cues has "Normal".
// Terms are filed by their initial (case-folded): the text context skips delimiters and
// whole words, and where a character can start a term it looks ahead into that initial's
// context, which tries the phrases (terms with delimiters) longest first, so that the
// longest term wins, then one keyword list per group for the single words, and goes
// back. The delimiters are cueAdditionalDelimiters() on top of Kate's own.
QByteArray cueDefinitionXml(const CueBook &book, const QString &name);

// The group a format name of that definition stands for, or -1 ("Normal").
int cueGroupOfFormat(QStringView formatName);

} // namespace demarche
