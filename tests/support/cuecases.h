#pragma once
// The cue cases every cue engine must pass (tests/data/cues/cases.json): a codebook, a
// text with its expected cues marked as [[words|a:Actor,t:Topic]].

#include "core/domain/actor.h"
#include "core/domain/topic.h"
#include "core/text/nfc.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace cuecases {

struct ExpectedCue
{
    qsizetype start = 0; // UTF-16, in the NFC text
    qsizetype end = 0;
    QStringList entries; // "a:Russia", "t:Iran", in the book's order (actors first)
};

struct CueCase
{
    QString name;
    QList<demarche::Actor> actors;
    QList<demarche::Topic> topics;
    QJsonObject actorTerms; // name → aliases, as in the file
    QJsonObject topicTerms; // name → keywords
    QString text;           // NFC, markers removed: what a document would hold
    QList<ExpectedCue> expected;
};

inline QStringList strings(const QJsonValue &value)
{
    QStringList list;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &item : array)
        list.append(item.toString());
    return list;
}

// Splits marked text into the plain text and its cues; each piece is normalised to NFC on
// its own, as an imported document would be as a whole.
inline bool parseMarked(const QString &marked, QString *text, QList<ExpectedCue> *cues)
{
    qsizetype at = 0;
    while (at < marked.size()) {
        const qsizetype open = marked.indexOf(QStringLiteral("[["), at);
        if (open < 0) {
            *text += demarche::textimport::toNfc(marked.mid(at));
            break;
        }
        *text += demarche::textimport::toNfc(marked.mid(at, open - at));
        const qsizetype bar = marked.indexOf(QLatin1Char('|'), open);
        const qsizetype close = marked.indexOf(QStringLiteral("]]"), open);
        if (bar < 0 || close < bar)
            return false;
        ExpectedCue cue;
        cue.start = text->size();
        *text += demarche::textimport::toNfc(marked.mid(open + 2, bar - open - 2));
        cue.end = text->size();
        cue.entries = marked.mid(bar + 1, close - bar - 1).split(QLatin1Char(','));
        cues->append(cue);
        at = close + 2;
    }
    return true;
}

inline QList<CueCase> load()
{
    QFile file(QStringLiteral(DEMARCHE_TEST_DATA "/cues/cases.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QJsonArray array =
        QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("cases")).toArray();
    QList<CueCase> cases;
    qint64 nextId = 1;
    for (const QJsonValue &value : array) {
        const QJsonObject object = value.toObject();
        CueCase c;
        c.name = object.value(QStringLiteral("name")).toString();
        c.actorTerms = object.value(QStringLiteral("actors")).toObject();
        c.topicTerms = object.value(QStringLiteral("topics")).toObject();
        for (auto it = c.actorTerms.constBegin(); it != c.actorTerms.constEnd(); ++it) {
            demarche::Actor actor;
            actor.id = demarche::ActorId(nextId++);
            actor.name = it.key();
            actor.aliases = strings(it.value());
            c.actors.append(actor);
        }
        for (auto it = c.topicTerms.constBegin(); it != c.topicTerms.constEnd(); ++it) {
            demarche::Topic topic;
            topic.id = demarche::TopicId(nextId++);
            topic.name = it.key();
            topic.keywords = strings(it.value());
            c.topics.append(topic);
        }
        if (!parseMarked(object.value(QStringLiteral("text")).toString(), &c.text, &c.expected))
            c.name += QStringLiteral(" (badly marked)");
        cases.append(c);
    }
    return cases;
}

} // namespace cuecases
