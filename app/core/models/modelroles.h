#pragma once

#include <Qt>

// The custom item roles of Demarche's models, in one place so that views, delegates and
// proxies agree on them: one role per meaning, whichever model answers it. Append new
// roles at the end of their group.
namespace demarche::roles {

enum Role {
    ClaimIdRole = Qt::UserRole + 1, // ClaimId
    DocumentIdRole,                 // DocumentId
    ActorIdRole,                    // ActorId: a claim's holder
    TopicIdRole,                    // TopicId
    ColorRole,                      // QColor: a claim's holder colour
    // The value to sort by: dates as QDate/QDateTime, numbers as numbers, texts as
    // texts. Positions that are not set sort first.
    SortRole,
    TargetIdRole, // ActorId: the actor a claim addresses; invalid when none
    StanceRole,   // int: a claim's Stance
    // Everything a search for a claim should find, in one string: quote, note, holder,
    // target, topic and document title.
    SearchTextRole,
    // Codebook entries (ActorIdRole/TopicIdRole hold the entry's own id there):
    QuickTagNumberRole, // int: the number key 1-9 that picks the entry; 0 when none
    // int: how many claims use a codebook entry, fall in a matrix cell, or a comparison
    // side has on a topic
    ClaimCountRole,

    // The actor x topic matrix; its cells and headers also answer ActorIdRole and
    // TopicIdRole, and its cells ClaimCountRole.
    // int: the actor's (rows) or topic's (columns) depth in its codebook tree, 0 at the
    // top. On header data, and on cells for the row's actor.
    DepthRole,
    ClaimIdsRole, // QList<ClaimId>: the claims a matrix cell counts
    // double: the salience-weighted mean position of a matrix cell's claims, or of a
    // comparison side's on a topic; invalid without positions
    MeanPositionRole,
    MaxCountRole, // int: the largest count of any matrix cell, the top of its count scale

    // The comparison of two actors; its cells also answer ClaimIdRole (evidence side
    // cells; invalid when empty), DocumentIdRole, StanceRole (evidence side cells),
    // TopicIdRole (every cell: the row's topic), ColorRole (side cells: the column's
    // actor), ClaimCountRole and MeanPositionRole (topic row side cells).
    RowKindRole,  // int (ComparisonModel::RowKind), every cell
    DateRole,     // QDate, evidence side cells: publication date; invalid if undated
    SourceRole,   // QString, evidence side cells: the document's source
    PositionRole, // int, evidence side cells; invalid when the claim has none
    // QString, side cells: "Demand · 2024-03-02 · Reuters" or the stance counts of a
    // topic row ("Demand 2 · Refusal 1")
    MetaTextRole,
    DistanceRole, // double, topic rows; invalid unless both sides have a mean
    StatusRole,   // int (ComparisonModel::Status), topic rows
    // QString, evidence side cells: the member who said it (Lavrov in Russia's column);
    // empty when the column's actor said it itself. The display text then starts "Lavrov: ".
    SpeakerRole,

    // QString: what -100 and +100 mean on a topic; empty when not defined. On every cell
    // of a comparison's topic row, and on the matrix's topic headers.
    NegativePoleRole,
    PositivePoleRole,
};

} // namespace demarche::roles
