#pragma once

#include <QColor>
#include <QString>
#include <QStringList>

namespace demarche {

// What the codebook models show of an actor or a topic, with the id as a plain number
// so that one tree serves both kinds.
struct CodebookEntry
{
    qint64 id = 0;
    qint64 parent = 0; // 0 for none
    QString name;
    QColor color;
    QStringList words; // an actor's aliases, a topic's keywords
    QString kindKey;   // an actor's kind (vocabulary key); empty for a topic
    QString kindLabel;

    friend bool operator==(const CodebookEntry &a, const CodebookEntry &b)
    {
        return a.id == b.id && a.parent == b.parent && a.name == b.name && a.color == b.color
               && a.words == b.words && a.kindKey == b.kindKey && a.kindLabel == b.kindLabel;
    }
    friend bool operator!=(const CodebookEntry &a, const CodebookEntry &b) { return !(a == b); }
};

} // namespace demarche
