#pragma once

#include "core/analysis/comparison.h"
#include "core/domain/claim.h"
#include "core/domain/ids.h"
#include "core/models/comparisontree.h"

#include <QCoreApplication>
#include <QString>
#include <QVariant>

namespace demarche {

class ComparisonClaims;
class Project;

// What the comparison's cells hold for each role: a topic row's summaries of both sides
// and the distance between them, an evidence row's quote with its stance, date and source.
// ComparisonModel::data() asks it once the index is resolved to a row.
class ComparisonCells final
{
    // The model's texts, under the model's translation context.
    Q_DECLARE_TR_FUNCTIONS(demarche::ComparisonModel)

public:
    ComparisonCells(const Project &project, const ComparisonClaims &held);

    void setActors(ActorId a, ActorId b);

    QVariant topicData(const ComparisonTree::Node &node, int column, int role) const;
    // `claim` is null for the empty side of an evidence row.
    QVariant evidenceData(const Claim *claim, int column, int role) const;
    QString actorName(ActorId id) const;

private:
    static QString sideSummary(const ActorPosition &side);
    QString statusText(const ComparisonTree::Node &node) const;
    QString comparisonText(const ComparisonTree::Node &node) const;
    QString evidenceMeta(const Claim &claim) const;
    QString speakerOf(const Claim &claim, int column) const;

    const Project &m_project;
    const ComparisonClaims &m_held;
    ActorId m_a;
    ActorId m_b;
};

} // namespace demarche
