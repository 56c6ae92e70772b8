#pragma once

#include "core/domain/actor.h"
#include "core/domain/claim.h"

#include <QList>
#include <QString>

#include <optional>

// The stable keys under which enum values are stored and exported ("demand",
// "paraphrase", ...) and their translated labels for display.
namespace demarche::vocabulary {

QString key(Stance stance);
QString key(Attribution attribution);
QString key(ActorKind kind);

QString label(Stance stance);
QString label(Attribution attribution);
QString label(ActorKind kind);

// Case-insensitive; accepts the key or the English label. Empty optional when unknown.
std::optional<Stance> stanceFromKey(const QString &text);
std::optional<Attribution> attributionFromKey(const QString &text);
std::optional<ActorKind> actorKindFromKey(const QString &text);

QList<Stance> allStances();
QList<Attribution> allAttributions();
QList<ActorKind> allActorKinds();

// "demand, proposal, ..." for error messages that list what is accepted.
QString stanceKeys();
QString attributionKeys();
QString actorKindKeys();

} // namespace demarche::vocabulary
