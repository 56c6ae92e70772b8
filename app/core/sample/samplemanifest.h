#pragma once

#include "core/domain/actor.h"
#include "core/domain/claim.h"
#include "core/domain/result.h"
#include "core/domain/topic.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>

namespace demarche {

// sample.json read into plain values. Everything refers to everything else by name
// (documents by file name, actors and topics by their names); the builder resolves
// the names against the project it fills.
struct SampleDocument
{
    QString file; // beside sample.json
    QString title;
    QString source;
    QString url;
    QDate date;
    QString language;
};

struct SampleActor
{
    Actor actor;    // without id or parent
    QString parent; // an actor listed before it; empty for none
};

struct SampleTopic
{
    Topic topic;
    QString parent; // a default topic or one listed before it; empty for none
};

// A claim located by its quote: the `occurrence`-th (1-based) match in the document's
// canonical text, so that the manifest needs no offsets that an edit of the text breaks.
struct SampleClaim
{
    QString document;
    QString quote;
    int occurrence = 1;
    QString holder;
    QString target; // empty for none
    QString topic;
    Claim claim; // stance, position, salience, attribution and note
};

struct SampleManifest
{
    QString analyst;
    QList<SampleDocument> documents;
    QList<SampleActor> actors;
    QList<SampleTopic> topics;
    QList<SampleClaim> claims;
};

// Parses sample.json. Every error begins with `displayName` and names the entry at fault
// ("sample.json: claims[3]: unknown stance 'maybe'").
Result<SampleManifest> parseSampleManifest(const QByteArray &json, const QString &displayName);

} // namespace demarche
