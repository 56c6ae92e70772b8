#include "core/models/comparisoncells.h"

#include "core/domain/topicscale.h"
#include "core/domain/vocabulary.h"
#include "core/models/comparisonclaims.h"
#include "core/models/comparisonmodel.h"
#include "core/models/displayformat.h"
#include "core/project/project.h"

#include <QLocale>
#include <QStringList>

namespace demarche {

using Model = ComparisonModel;

namespace {

QString separator()
{
    return QStringLiteral(" \u00b7 ");
}

bool isSide(int column)
{
    return column == Model::ActorAColumn || column == Model::ActorBColumn;
}

QVariant optionalNumber(const std::optional<double> &value)
{
    return value ? QVariant(*value) : QVariant();
}

// "Demand 2 · Refusal 1", in the vocabulary's order.
QString stanceCounts(const QMap<Stance, int> &counts)
{
    QStringList parts;
    for (const Stance stance : vocabulary::allStances()) {
        if (const int count = counts.value(stance); count > 0)
            parts.append(vocabulary::label(stance) + QLatin1Char(' ') + QLocale().toString(count));
    }
    return parts.join(separator());
}

Model::Status statusOf(const TopicComparison &comparison)
{
    if (comparison.a.claims.isEmpty() && comparison.b.claims.isEmpty())
        return Model::Status::Neither;
    switch (comparison.status) {
    case ComparisonStatus::OnlyA:
        return Model::Status::OnlyA;
    case ComparisonStatus::OnlyB:
        return Model::Status::OnlyB;
    case ComparisonStatus::Both:
        break;
    }
    return Model::Status::Both;
}

} // namespace

ComparisonCells::ComparisonCells(const Project &project, const ComparisonClaims &held)
    : m_project(project)
    , m_held(held)
{}

void ComparisonCells::setActors(ActorId a, ActorId b)
{
    m_a = a;
    m_b = b;
}

QVariant ComparisonCells::topicData(const ComparisonTree::Node &node, int column, int role) const
{
    const TopicComparison &row = node.comparison;
    switch (role) {
    case roles::StatusRole:
        return int(statusOf(row));
    case roles::DistanceRole:
        return optionalNumber(row.distance);
    case roles::NegativePoleRole:
        return node.topic.negativePole;
    case roles::PositivePoleRole:
        return node.topic.positivePole;
    default:
        break;
    }
    if (isSide(column)) {
        const ActorPosition &side = column == Model::ActorAColumn ? row.a : row.b;
        switch (role) {
        case Qt::DisplayRole:
            return sideSummary(side);
        case roles::MetaTextRole:
            return stanceCounts(side.stanceCounts);
        case Qt::ToolTipRole: {
            const QString stances = stanceCounts(side.stanceCounts);
            return stances.isEmpty() ? sideSummary(side)
                                     : QString(sideSummary(side) + u'\n' + stances);
        }
        case roles::ClaimCountRole:
            return int(side.claims.size());
        case roles::MeanPositionRole:
            return optionalNumber(side.meanPosition);
        default:
            return {};
        }
    }
    if (column == Model::TopicColumn) {
        switch (role) {
        case Qt::DisplayRole:
            return node.topic.name;
        case Qt::DecorationRole:
            return node.topic.color.isValid() ? QVariant(node.topic.color) : QVariant();
        case Qt::ToolTipRole:
            return QString(node.topic.name + u'\n' + statusText(node));
        default:
            return {};
        }
    }
    if (column == Model::ComparisonColumn) {
        switch (role) {
        case Qt::DisplayRole:
            return comparisonText(node);
        case Qt::ToolTipRole: {
            // The distance means something only against the topic's scale.
            const QString scale = node.topic.hasScale()
                                      ? QString(topicscale::negativeEnd(node.topic) + u'\n'
                                                + topicscale::positiveEnd(node.topic))
                                      : topicscale::notDefined();
            if (row.distance)
                return QString(tr("%1: mean positions %2 apart")
                                   .arg(statusText(node), displayformat::position(row.distance))
                               + u'\n' + scale);
            return QString(statusText(node) + u'\n' + scale);
        }
        case Qt::TextAlignmentRole:
            return int(Qt::AlignCenter);
        default:
            return {};
        }
    }
    return {};
}

QVariant ComparisonCells::evidenceData(const Claim *claim, int column, int role) const
{
    if (!isSide(column))
        return {};
    if (role == roles::ClaimIdRole)
        return QVariant::fromValue(claim ? claim->id : ClaimId());
    if (!claim)
        return {};
    const Document *document = m_project.documentInfo(claim->document);
    const QString speaker = speakerOf(*claim, column);
    switch (role) {
    case Qt::DisplayRole:
        return speaker.isEmpty() ? claim->quote.simplified()
                                 : tr("%1: %2").arg(speaker, claim->quote.simplified());
    case roles::SpeakerRole:
        return speaker;
    case Qt::ToolTipRole: {
        QString tip = speaker.isEmpty() ? claim->quote : tr("%1: %2").arg(speaker, claim->quote);
        tip += QStringLiteral("\n\n") + evidenceMeta(*claim);
        if (document && !document->title.isEmpty())
            tip += u'\n' + document->title;
        return tip;
    }
    case roles::MetaTextRole:
        return evidenceMeta(*claim);
    case roles::DocumentIdRole:
        return QVariant::fromValue(claim->document);
    case roles::StanceRole:
        return int(claim->stance);
    case roles::DateRole:
        return m_held.dates().value(claim->document);
    case roles::SourceRole:
        return document ? document->source : QString();
    case roles::PositionRole:
        return claim->position ? QVariant(*claim->position) : QVariant();
    default:
        return {};
    }
}

// "3 claims · mean −40.0"
QString ComparisonCells::sideSummary(const ActorPosition &side)
{
    if (side.claims.isEmpty())
        return tr("no claims");
    QString text = tr("%n claim(s)", nullptr, int(side.claims.size()));
    if (side.meanPosition)
        //: The mean position of the actor's claims on the topic's scale
        text += separator() + tr("mean %1").arg(displayformat::position(side.meanPosition));
    return text;
}

QString ComparisonCells::statusText(const ComparisonTree::Node &node) const
{
    switch (statusOf(node.comparison)) {
    case Model::Status::Both:
        //: A topic on which both compared actors made claims
        return tr("both");
    case Model::Status::OnlyA:
        return tr("only %1").arg(actorName(m_a));
    case Model::Status::OnlyB:
        return tr("only %1").arg(actorName(m_b));
    case Model::Status::Neither:
        break;
    }
    //: A topic on which neither compared actor made claims
    return tr("neither");
}

// The distance when both sides have a mean position; otherwise why there is none.
QString ComparisonCells::comparisonText(const ComparisonTree::Node &node) const
{
    const TopicComparison &row = node.comparison;
    if (row.distance)
        return tr("\u0394 %1").arg(displayformat::position(row.distance));
    if (statusOf(row) != Model::Status::Both)
        return statusText(node);
    if (!row.a.meanPosition && !row.b.meanPosition)
        return tr("both, no positions");
    return tr("%1 has no positions").arg(actorName(row.a.meanPosition ? m_b : m_a));
}

// "Demand · 2 Mar 2024 · Reuters · position −60", the date in the locale's short format
QString ComparisonCells::evidenceMeta(const Claim &claim) const
{
    QStringList parts{vocabulary::label(claim.stance)};
    const QDate date = m_held.dates().value(claim.document);
    parts.append(date.isValid() ? displayformat::date(date) : tr("undated"));
    if (const Document *document = m_project.documentInfo(claim.document)) {
        if (!document->source.isEmpty())
            parts.append(document->source);
        else if (!document->title.isEmpty())
            parts.append(document->title);
    }
    if (claim.position)
        //: The claim's position: the number on the topic's scale
        parts.append(tr("position %1").arg(displayformat::position(*claim.position)));
    return parts.join(separator());
}

// A member's name when it, not the column's actor, said it; empty when the actor did.
QString ComparisonCells::speakerOf(const Claim &claim, int column) const
{
    const ActorId side = column == Model::ActorAColumn ? m_a : m_b;
    if (claim.holder == side)
        return {};
    return actorName(claim.holder);
}

QString ComparisonCells::actorName(ActorId id) const
{
    const Actor *actor = m_project.actor(id);
    return actor ? actor->name : QString();
}

} // namespace demarche
