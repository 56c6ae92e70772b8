#pragma once

#include "core/domain/ids.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace demarche {

enum class Stance {
    Demand,
    Proposal,
    Concession,
    Refusal,
    Support,
    Criticism,
    Commitment,
    Threat,
    Assessment,
};

enum class Attribution { Quote, Paraphrase, Reported, Inference };

// A span of a document in which an actor takes a position on a topic.
// `start` and `end` are Unicode code point offsets into the document's canonical text,
// so that text[start:end] == quote holds in Python.
struct Claim
{
    ClaimId id;
    DocumentId document;
    qint64 start = 0;
    qint64 end = 0;
    QString quote;
    ActorId holder;
    ActorId target;
    TopicId topic;
    Stance stance = Stance::Assessment;
    std::optional<int> position; // -100 ... 100 on the topic's scale
    int salience = 3;            // 1 ... 5
    Attribution attribution = Attribution::Paraphrase;
    QString note;
    QString analyst;
    QDateTime createdAt; // UTC
    QDateTime updatedAt; // UTC

    static constexpr int MinPosition = -100;
    static constexpr int MaxPosition = 100;
    static constexpr int MinSalience = 1;
    static constexpr int MaxSalience = 5;
};

} // namespace demarche
