#pragma once

#include "core/domain/actor.h"
#include "core/domain/claim.h"
#include "core/domain/document.h"
#include "core/domain/topic.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QStringList>

namespace demarche::rows {

// How times and lists are stored: UTC ISO 8601 with milliseconds, JSON arrays.
QString timeText(const QDateTime &time);
QDateTime timeFrom(const QString &text);
QString listText(const QStringList &list);
QStringList listFrom(const QString &text);
// A document's page starts as "offset:page offset:page ..."; reading stops at the first
// entry that is malformed or out of order.
QString pagesText(const QList<PageStart> &pages);
QList<PageStart> pagesFrom(const QString &text);

// Column lists and readers; each reader expects the columns of its *Columns string.
extern const char *const documentColumns;
extern const char *const actorColumns;
extern const char *const topicColumns;
extern const char *const claimColumns;

Document document(const QSqlQuery &query, bool withText);
Actor actor(const QSqlQuery &query);
Topic topic(const QSqlQuery &query);
Claim claim(const QSqlQuery &query);

} // namespace demarche::rows
