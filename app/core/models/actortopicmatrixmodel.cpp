#include "core/models/actortopicmatrixmodel.h"

#include "core/domain/languagechange.h"
#include "core/domain/topicscale.h"
#include "core/models/codebookentry.h"
#include "core/models/codebooktree.h"
#include "core/models/matrixcelltext.h"
#include "core/models/modelroles.h"
#include "core/models/newtexts.h"
#include "core/project/project.h"

#include <algorithm>

namespace demarche {
namespace {

// Tree order and depth of a codebook given in codebook order.
template <typename Entry>
QList<std::pair<qint64, int>> treeOrder(const QList<Entry> &entries)
{
    return codebookTreeOf(entries).depthFirst();
}

template <typename Entry, typename Position>
void fillAxis(const QList<Entry> &entries, Position positionOf, QList<int> &toMatrix,
              QList<int> &fromMatrix, QList<int> &depth)
{
    toMatrix.clear();
    depth.clear();
    fromMatrix = QList<int>(entries.size(), -1);
    for (const auto &[id, level] : treeOrder(entries)) {
        const int position = positionOf(id);
        if (position < 0)
            continue;
        fromMatrix[position] = int(toMatrix.size());
        toMatrix.append(position);
        depth.append(level);
    }
    // The tree lists every entry; should one be missing, it still gets a section.
    for (int position = 0; position < fromMatrix.size(); ++position) {
        if (fromMatrix.at(position) < 0) {
            fromMatrix[position] = int(toMatrix.size());
            toMatrix.append(position);
            depth.append(0);
        }
    }
}

} // namespace

ActorTopicMatrixModel::ActorTopicMatrixModel(Project &project, QObject *parent)
    : QAbstractTableModel(parent)
    , m_project(project)
{
    load();
    connect(&project, &Project::claimsAdded, this, &ActorTopicMatrixModel::addClaims);
    connect(&project, &Project::claimChanged, this,
            [this](const Claim &, const Claim &after) { changeClaim(after); });
    connect(&project, &Project::claimsRemoved, this, &ActorTopicMatrixModel::removeClaims);
    connect(&project, &Project::actorsChanged, this, &ActorTopicMatrixModel::reload);
    connect(&project, &Project::topicsChanged, this, &ActorTopicMatrixModel::reload);
    connect(&project, &Project::reloaded, this, &ActorTopicMatrixModel::reload);
    // The cells' and topics' tooltips read in the new language.
    onLanguageChange(this, [this]() { announceNewTexts(*this); });
}

int ActorTopicMatrixModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.toMatrix.size());
}

int ActorTopicMatrixModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.toMatrix.size());
}

QVariant ActorTopicMatrixModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const MatrixCell &cell = cellAt(index);
    switch (role) {
    case Qt::DisplayRole:
        return cell.claims > 0 ? QVariant(cell.claims) : QVariant();
    case Qt::TextAlignmentRole:
        return int(Qt::AlignCenter);
    case Qt::ToolTipRole:
        return toolTip(index);
    case roles::ActorIdRole:
        return QVariant::fromValue(actorAt(index.row()));
    case roles::TopicIdRole:
        return QVariant::fromValue(topicAt(index.column()));
    case roles::ClaimCountRole:
        return cell.claims;
    case roles::MaxCountRole:
        return m_maxCount;
    case roles::DepthRole:
        return m_rows.depth.at(index.row());
    case roles::ClaimIdsRole:
        return QVariant::fromValue(claimsAt(index));
    case roles::MeanPositionRole:
        if (const auto mean = cell.meanPosition())
            return *mean;
        return {};
    default:
        return {};
    }
}

QVariant ActorTopicMatrixModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    const bool vertical = orientation == Qt::Vertical;
    const Axis &axis = vertical ? m_rows : m_columns;
    if (section < 0 || section >= axis.toMatrix.size())
        return {};
    const int position = axis.toMatrix.at(section);
    switch (role) {
    case Qt::DisplayRole:
        return vertical ? m_matrix.actors().at(position).name : m_matrix.topics().at(position).name;
    case Qt::ToolTipRole:
        if (vertical)
            return m_matrix.actors().at(position).name;
        // A topic's mean positions are read against its scale.
        return QString(m_matrix.topics().at(position).name + u'\n'
                       + topicscale::summary(m_matrix.topics().at(position)));
    case roles::NegativePoleRole:
        return vertical ? QVariant() : QVariant(m_matrix.topics().at(position).negativePole);
    case roles::PositivePoleRole:
        return vertical ? QVariant() : QVariant(m_matrix.topics().at(position).positivePole);
    case Qt::TextAlignmentRole:
        return vertical ? int(Qt::AlignLeft | Qt::AlignVCenter) : int(Qt::AlignCenter);
    case roles::DepthRole:
        return axis.depth.at(section);
    case roles::ActorIdRole:
        return vertical ? QVariant::fromValue(m_matrix.actors().at(position).id) : QVariant();
    case roles::TopicIdRole:
        return vertical ? QVariant() : QVariant::fromValue(m_matrix.topics().at(position).id);
    default:
        return QAbstractTableModel::headerData(section, orientation, role);
    }
}

void ActorTopicMatrixModel::setRollUp(bool rollUp)
{
    if (rollUp == m_options.rollUp)
        return;
    m_options.rollUp = rollUp;
    reload();
}

QList<ClaimId> ActorTopicMatrixModel::claimsAt(const QModelIndex &index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = m_rows.toMatrix.at(index.row());
    const int column = m_columns.toMatrix.at(index.column());
    QList<ClaimId> claims;
    for (const int contributor : m_contributors.at(row))
        claims += m_ownClaims.at(cellKey(contributor, column));
    std::sort(claims.begin(), claims.end());
    return claims;
}

ActorId ActorTopicMatrixModel::actorAt(int row) const
{
    if (row < 0 || row >= m_rows.toMatrix.size())
        return {};
    return m_matrix.actors().at(m_rows.toMatrix.at(row)).id;
}

TopicId ActorTopicMatrixModel::topicAt(int column) const
{
    if (column < 0 || column >= m_columns.toMatrix.size())
        return {};
    return m_matrix.topics().at(m_columns.toMatrix.at(column)).id;
}

int ActorTopicMatrixModel::rowOf(ActorId actor) const
{
    const int position = m_matrix.rowOf(actor);
    return position < 0 ? -1 : m_rows.fromMatrix.at(position);
}

int ActorTopicMatrixModel::columnOf(TopicId topic) const
{
    const int position = m_matrix.columnOf(topic);
    return position < 0 ? -1 : m_columns.fromMatrix.at(position);
}

void ActorTopicMatrixModel::load()
{
    auto loaded = loadMatrix(m_project.store(), m_options);
    if (loaded) {
        m_matrix = std::move(loaded).value();
    } else {
        m_matrix = ActorTopicMatrix();
        m_project.reportError(loaded.error().message);
    }
    buildAxes();

    m_ownClaims = QList<QList<ClaimId>>(qsizetype(m_matrix.rowCount()) * m_matrix.columnCount());
    m_matrix.forEachCounted(
        [this](ClaimId id, int row, int column) { m_ownClaims[cellKey(row, column)].append(id); });
    m_contributors = QList<QList<int>>(m_matrix.rowCount());
    for (int row = 0; row < m_matrix.rowCount(); ++row) {
        for (const int counted : m_matrix.rowsFor(m_matrix.actors().at(row).id))
            m_contributors[counted].append(row);
    }
    m_maxCount = countMax();
}

void ActorTopicMatrixModel::reload()
{
    beginResetModel();
    load();
    endResetModel();
    Q_EMIT maxCountChanged();
}

void ActorTopicMatrixModel::buildAxes()
{
    const ActorTopicMatrix &matrix = m_matrix;
    fillAxis(
        matrix.actors(), [&matrix](qint64 id) { return matrix.rowOf(ActorId(id)); },
        m_rows.toMatrix, m_rows.fromMatrix, m_rows.depth);
    fillAxis(
        matrix.topics(), [&matrix](qint64 id) { return matrix.columnOf(TopicId(id)); },
        m_columns.toMatrix, m_columns.fromMatrix, m_columns.depth);
}

void ActorTopicMatrixModel::addClaims(const QList<Claim> &claims)
{
    QSet<qint64> touched;
    for (const Claim &claim : claims)
        add(claim, touched);
    announce(touched);
}

void ActorTopicMatrixModel::changeClaim(const Claim &after)
{
    // A retag may move the claim to other cells, or in or out of the scope.
    QSet<qint64> touched;
    remove(after.id, touched);
    add(after, touched);
    announce(touched);
}

void ActorTopicMatrixModel::removeClaims(const QList<Claim> &claims)
{
    QSet<qint64> touched;
    for (const Claim &claim : claims)
        remove(claim.id, touched);
    announce(touched);
}

bool ActorTopicMatrixModel::add(const Claim &claim, QSet<qint64> &touched)
{
    if (!m_matrix.addClaim(claim))
        return false;
    const auto [row, column] = m_matrix.placeOf(claim.id);
    m_ownClaims[cellKey(row, column)].append(claim.id);
    touch(row, column, touched);
    return true;
}

bool ActorTopicMatrixModel::remove(ClaimId id, QSet<qint64> &touched)
{
    // The place the claim was counted at, not the one a stale copy of it would give.
    const auto [row, column] = m_matrix.placeOf(id);
    if (!m_matrix.removeClaim(id))
        return false;
    m_ownClaims[cellKey(row, column)].removeOne(id);
    touch(row, column, touched);
    return true;
}

void ActorTopicMatrixModel::touch(int matrixRow, int column, QSet<qint64> &touched) const
{
    for (const int row : m_matrix.rowsFor(m_matrix.actors().at(matrixRow).id))
        touched.insert(cellKey(row, column));
}

void ActorTopicMatrixModel::announce(const QSet<qint64> &touched)
{
    if (touched.isEmpty())
        return;
    QList<qint64> keys(touched.cbegin(), touched.cend());
    std::sort(keys.begin(), keys.end());
    const int columns = m_matrix.columnCount();
    for (const qint64 key : std::as_const(keys)) {
        const QModelIndex cell = index(m_rows.fromMatrix.at(int(key / columns)),
                                       m_columns.fromMatrix.at(int(key % columns)));
        Q_EMIT dataChanged(cell, cell);
    }
    const int maxCount = countMax();
    if (maxCount == m_maxCount)
        return;
    m_maxCount = maxCount;
    maxCountMoved();
}

int ActorTopicMatrixModel::countMax() const
{
    int maxCount = 0;
    for (int row = 0; row < m_matrix.rowCount(); ++row) {
        for (int column = 0; column < m_matrix.columnCount(); ++column)
            maxCount = std::max(maxCount, m_matrix.cell(row, column).claims);
    }
    return maxCount;
}

// Every cell's place on the count scale moves with its top.
void ActorTopicMatrixModel::maxCountMoved()
{
    if (rowCount() > 0 && columnCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1),
                           {roles::MaxCountRole});
    Q_EMIT maxCountChanged();
}

qsizetype ActorTopicMatrixModel::cellKey(int matrixRow, int matrixColumn) const
{
    return qsizetype(matrixRow) * m_matrix.columnCount() + matrixColumn;
}

const MatrixCell &ActorTopicMatrixModel::cellAt(const QModelIndex &index) const
{
    return m_matrix.cell(m_rows.toMatrix.at(index.row()), m_columns.toMatrix.at(index.column()));
}

QString ActorTopicMatrixModel::toolTip(const QModelIndex &index) const
{
    const int row = m_rows.toMatrix.at(index.row());
    const int column = m_columns.toMatrix.at(index.column());
    return describeMatrixCell(m_matrix.actors().at(row).name, m_matrix.topics().at(column).name,
                              cellAt(index), claimsByMembers(index));
}

int ActorTopicMatrixModel::claimsByMembers(const QModelIndex &index) const
{
    const int row = m_rows.toMatrix.at(index.row());
    const int column = m_columns.toMatrix.at(index.column());
    return cellAt(index).claims - int(m_ownClaims.at(cellKey(row, column)).size());
}

} // namespace demarche
