#pragma once

#include <Qt>

// The custom item roles of Demarche's models, in one place so that views, delegates and
// proxies agree on them. Append new roles at the end; never renumber or rename.
namespace demarche::roles {

enum Role {
    ClaimIdRole = Qt::UserRole + 1, // qint64
    DocumentIdRole,                 // qint64
    ActorIdRole,                    // qint64: a claim's holder
    TopicIdRole,                    // qint64
    ColorRole,                      // QColor: a claim's holder colour
    // The value to sort by: dates as QDate/QDateTime, numbers as numbers, texts as
    // texts. Positions that are not set sort first.
    SortRole,
    TargetIdRole, // qint64: the actor a claim addresses; 0 when none
    StanceRole,   // int: a claim's Stance
    // Everything a search for a claim should find, in one string: quote, note, holder,
    // target, topic and document title.
    SearchTextRole,
    // Codebook entries (ActorIdRole/TopicIdRole hold the entry's own id there):
    QuickTagNumberRole, // int: the number key 1-9 that picks the entry; 0 when none
    ClaimCountRole,     // int: how many claims use the entry
};

} // namespace demarche::roles
