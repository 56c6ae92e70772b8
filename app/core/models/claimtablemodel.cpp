#include "core/models/claimtablemodel.h"

#include "core/domain/languagechange.h"
#include "core/domain/vocabulary.h"
#include "core/models/displayformat.h"
#include "core/models/modelroles.h"
#include "core/models/newtexts.h"
#include "core/project/project.h"

#include <algorithm>
#include <limits>

namespace demarche {
namespace {

// Below every real position, so that claims without one sort first.
constexpr int UnsetPositionSortKey = std::numeric_limits<int>::min();

} // namespace

ClaimTableModel::ClaimTableModel(Project &project, QObject *parent)
    : QAbstractTableModel(parent)
    , m_project(project)
{
    load();
    connect(&project, &Project::claimsAdded, this, &ClaimTableModel::addClaims);
    connect(&project, &Project::claimChanged, this,
            [this](const Claim &, const Claim &after) { changeClaim(after); });
    connect(&project, &Project::claimsRemoved, this, &ClaimTableModel::removeClaims);
    connect(&project, &Project::actorsChanged, this,
            [this]() { columnsChanged(HolderColumn, TargetColumn); });
    connect(&project, &Project::topicsChanged, this,
            [this]() { columnsChanged(TopicColumn, TopicColumn); });
    connect(&project, &Project::documentAdded, this,
            [this](const Document &document) { m_titles.insert(document.id, document.title); });
    connect(&project, &Project::documentChanged, this, &ClaimTableModel::documentChanged);
    connect(&project, &Project::documentRemoved, this, &ClaimTableModel::documentRemoved);
    connect(&project, &Project::reloaded, this, &ClaimTableModel::reload);
    // Headers, stance and attribution labels and dates read in the new language.
    onLanguageChange(this, [this]() { announceNewTexts(*this); });
}

int ClaimTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_claims.size());
}

int ClaimTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ClaimTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Claim &claim = m_claims.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return displayData(claim, column);
    case Qt::ToolTipRole:
        if (column == QuoteColumn)
            return claim.quote;
        if (column == NoteColumn && !claim.note.isEmpty())
            return claim.note;
        if (column == DocumentColumn)
            return m_titles.value(claim.document);
        return {};
    case Qt::DecorationRole:
        if (column == HolderColumn)
            return m_project.actorColor(claim.holder);
        if (column == TargetColumn && claim.target.isValid())
            return m_project.actorColor(claim.target);
        return {};
    case Qt::TextAlignmentRole:
        if (column == PositionColumn || column == SalienceColumn)
            return (Qt::AlignRight | Qt::AlignVCenter).toInt();
        return {};
    case roles::ClaimIdRole:
        return QVariant::fromValue(claim.id);
    case roles::DocumentIdRole:
        return QVariant::fromValue(claim.document);
    case roles::ActorIdRole:
        return QVariant::fromValue(claim.holder);
    case roles::TargetIdRole:
        return QVariant::fromValue(claim.target);
    case roles::TopicIdRole:
        return QVariant::fromValue(claim.topic);
    case roles::StanceRole:
        return int(claim.stance);
    case roles::ColorRole:
        return m_project.actorColor(claim.holder);
    case roles::SortRole:
        return sortData(claim, column);
    case roles::SearchTextRole:
        return searchText(claim);
    default:
        return {};
    }
}

QVariant ClaimTableModel::displayData(const Claim &claim, int column) const
{
    switch (column) {
    case DocumentColumn:
        return m_titles.value(claim.document);
    case QuoteColumn:
        return claim.quote.simplified();
    case HolderColumn:
        return actorName(claim.holder);
    case TargetColumn:
        return actorName(claim.target);
    case TopicColumn:
        return topicName(claim.topic);
    case StanceColumn:
        return vocabulary::label(claim.stance);
    case PositionColumn:
        return claim.position ? QVariant(*claim.position) : QVariant();
    case SalienceColumn:
        return claim.salience;
    case AttributionColumn:
        return vocabulary::label(claim.attribution);
    case NoteColumn:
        return claim.note.simplified();
    case AnalystColumn:
        return claim.analyst;
    case CreatedColumn:
        return displayformat::dateTime(claim.createdAt);
    default:
        return {};
    }
}

QVariant ClaimTableModel::sortData(const Claim &claim, int column) const
{
    switch (column) {
    case PositionColumn:
        return claim.position.value_or(UnsetPositionSortKey);
    case SalienceColumn:
        return claim.salience;
    case CreatedColumn:
        return claim.createdAt;
    default:
        return displayData(claim, column);
    }
}

QVariant ClaimTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DocumentColumn:
        return tr("Document");
    case QuoteColumn:
        return tr("Quote");
    case HolderColumn:
        return tr("Holder");
    case TargetColumn:
        return tr("Target");
    case TopicColumn:
        return tr("Topic");
    case StanceColumn:
        return tr("Stance");
    case PositionColumn:
        return tr("Position");
    case SalienceColumn:
        return tr("Salience");
    case AttributionColumn:
        return tr("Attribution");
    case NoteColumn:
        return tr("Note");
    case AnalystColumn:
        return tr("Analyst");
    case CreatedColumn:
        return tr("Created");
    default:
        return {};
    }
}

QModelIndex ClaimTableModel::indexOf(ClaimId id) const
{
    const auto found = m_rows.constFind(id);
    return found == m_rows.cend() ? QModelIndex() : index(found.value(), 0);
}

Claim ClaimTableModel::claimAt(int row) const
{
    return row >= 0 && row < m_claims.size() ? m_claims.at(row) : Claim();
}

void ClaimTableModel::load()
{
    m_titles.clear();
    for (const Document &document : m_project.documents())
        m_titles.insert(document.id, document.title);
    auto claims = m_project.store().claims();
    m_rows.clear();
    if (!claims) {
        m_claims.clear();
        m_project.reportError(claims.error().message);
        return;
    }
    m_claims = std::move(claims).value();
    rebuildRows(0);
}

void ClaimTableModel::rebuildRows(int from)
{
    for (int row = from; row < m_claims.size(); ++row)
        m_rows.insert(m_claims.at(row).id, row);
}

void ClaimTableModel::addClaims(const QList<Claim> &claims)
{
    QList<Claim> added;
    for (const Claim &claim : claims) {
        if (!m_rows.contains(claim.id))
            added.append(claim);
    }
    if (added.isEmpty())
        return;
    const int first = int(m_claims.size());
    beginInsertRows({}, first, first + int(added.size()) - 1);
    m_claims.append(added);
    rebuildRows(first);
    endInsertRows();
}

void ClaimTableModel::changeClaim(const Claim &after)
{
    const auto found = m_rows.constFind(after.id);
    if (found == m_rows.cend())
        return;
    const int row = found.value();
    m_claims[row] = after;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void ClaimTableModel::removeClaims(const QList<Claim> &claims)
{
    QList<int> rows;
    for (const Claim &claim : claims) {
        const auto found = m_rows.constFind(claim.id);
        if (found != m_rows.cend())
            rows.append(found.value());
    }
    removeClaimRows(rows);
}

// Removes the given rows in runs of neighbours, from the bottom up, so that the rows
// still to remove keep their numbers.
void ClaimTableModel::removeClaimRows(QList<int> rows)
{
    std::sort(rows.begin(), rows.end(), std::greater<>());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    qsizetype i = 0;
    while (i < rows.size()) {
        const int last = rows.at(i);
        int first = last;
        while (i + 1 < rows.size() && rows.at(i + 1) == first - 1) {
            ++i;
            --first;
        }
        ++i;
        beginRemoveRows({}, first, last);
        for (int row = first; row <= last; ++row)
            m_rows.remove(m_claims.at(row).id);
        m_claims.remove(first, last - first + 1);
        rebuildRows(first);
        endRemoveRows();
    }
}

void ClaimTableModel::documentChanged(const Document &document)
{
    const auto known = m_titles.constFind(document.id);
    if (known != m_titles.cend() && known.value() == document.title)
        return; // only the claim count changed
    m_titles.insert(document.id, document.title);
    int first = -1;
    int last = -1;
    for (int row = 0; row < m_claims.size(); ++row) {
        if (m_claims.at(row).document == document.id) {
            if (first < 0)
                first = row;
            last = row;
        }
    }
    if (first >= 0)
        Q_EMIT dataChanged(index(first, DocumentColumn), index(last, DocumentColumn));
}

void ClaimTableModel::documentRemoved(const Document &document)
{
    // The project announces the document's claims as removed first; this catches any
    // left behind so that no row points to a missing document.
    QList<int> rows;
    for (int row = 0; row < m_claims.size(); ++row) {
        if (m_claims.at(row).document == document.id)
            rows.append(row);
    }
    removeClaimRows(rows);
    m_titles.remove(document.id);
}

void ClaimTableModel::reload()
{
    beginResetModel();
    load();
    endResetModel();
}

void ClaimTableModel::columnsChanged(int first, int last)
{
    if (!m_claims.isEmpty())
        Q_EMIT dataChanged(index(0, first), index(int(m_claims.size()) - 1, last));
}

QString ClaimTableModel::actorName(ActorId id) const
{
    const Actor *actor = id.isValid() ? m_project.actor(id) : nullptr;
    return actor ? actor->name : QString();
}

QString ClaimTableModel::topicName(TopicId id) const
{
    const Topic *topic = m_project.topic(id);
    return topic ? topic->name : QString();
}

QString ClaimTableModel::searchText(const Claim &claim) const
{
    const QChar separator(u'\n');
    return claim.quote % separator % claim.note % separator % actorName(claim.holder) % separator
           % actorName(claim.target) % separator % topicName(claim.topic) % separator
           % m_titles.value(claim.document);
}

} // namespace demarche
