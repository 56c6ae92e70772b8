#include "core/models/codebooktreemodel.h"

#include "core/domain/languagechange.h"
#include "core/models/modelroles.h"
#include "core/models/newtexts.h"
#include "core/project/project.h"

#include <QSet>

#include <utility>

namespace demarche {
namespace {

constexpr int QuickTagKeys = 9;

// The quick-tag number of the entry at `position` in codebook order.
int numberAt(int position)
{
    return position >= 0 && position < QuickTagKeys ? position + 1 : 0;
}

QString joinWords(const QStringList &words)
{
    return words.join(QLatin1String(", "));
}

} // namespace

CodebookTreeModel::CodebookTreeModel(Project &project, void (Project::*codebookChanged)(),
                                     int idRole, const QList<Field> &columns, QObject *parent)
    : QAbstractItemModel(parent)
    , m_project(project)
    , m_idRole(idRole)
    , m_columns(columns)
{
    connect(&project, codebookChanged, this, &CodebookTreeModel::refresh);
    connect(&project, &Project::claimsAdded, this, &CodebookTreeModel::claimsAdded);
    connect(&project, &Project::claimsRemoved, this, &CodebookTreeModel::claimsRemoved);
    connect(&project, &Project::claimChanged, this, &CodebookTreeModel::claimChanged);
    connect(&project, &Project::reloaded, this, &CodebookTreeModel::reload);
    // The entries keep their kind's label: they are read again, then every text announced.
    onLanguageChange(this, [this]() {
        refresh();
        announceNewTexts(*this);
    });
}

CodebookTreeModel::~CodebookTreeModel() = default;

QModelIndex CodebookTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    const QList<qint64> &siblings = m_tree.children(parent.isValid() ? entryIdAt(parent) : 0);
    return createIndex(row, column, quintptr(siblings.at(row)));
}

QModelIndex CodebookTreeModel::parent(const QModelIndex &child) const
{
    const qint64 parentId = m_tree.parentOf(entryIdAt(child));
    if (parentId == 0)
        return {};
    return createIndex(m_tree.rowOf(parentId), 0, quintptr(parentId));
}

int CodebookTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_tree.children(0).size());
    if (parent.column() != 0)
        return 0;
    return int(m_tree.children(entryIdAt(parent)).size());
}

int CodebookTreeModel::columnCount(const QModelIndex &parent) const
{
    Q_UNUSED(parent)
    return int(m_columns.size());
}

qint64 CodebookTreeModel::entryIdAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this)
        return 0;
    return qint64(index.internalId());
}

QModelIndex CodebookTreeModel::indexOfEntry(qint64 id, int column) const
{
    const int row = m_tree.rowOf(id);
    if (row < 0 || column < 0 || column >= m_columns.size())
        return {};
    return createIndex(row, column, quintptr(id));
}

int CodebookTreeModel::column(Field field) const
{
    return int(m_columns.indexOf(field));
}

CodebookTreeModel::Field CodebookTreeModel::field(int column) const
{
    return m_columns.value(column, Field::Name);
}

int CodebookTreeModel::quickTagNumber(qint64 id) const
{
    return numberAt(m_tree.positionOf(id));
}

QString CodebookTreeModel::uniqueName(const QString &base) const
{
    QSet<QString> taken;
    for (qint64 id : m_tree.order())
        taken.insert(m_tree.entry(id)->name.toCaseFolded());
    QString name = base;
    for (int n = 2; taken.contains(name.toCaseFolded()); ++n)
        name = QStringLiteral("%1 %2").arg(base).arg(n);
    return name;
}

bool CodebookTreeModel::moveEntry(qint64 id, int step)
{
    const QList<qint64> order = m_tree.orderAfterMove(id, step);
    return !order.isEmpty() && reorder(order);
}

QVariant CodebookTreeModel::displayData(const CodebookEntry &entry, Field field) const
{
    switch (field) {
    case Field::Name:
        return entry.name;
    case Field::Colour:
        return {};
    case Field::Kind:
        return entry.kindLabel;
    case Field::Aliases:
    case Field::Keywords:
        return joinWords(entry.words);
    case Field::Claims:
        return claimCount(entry.id);
    case Field::QuickTag:
        if (const int number = quickTagNumber(entry.id); number > 0)
            return number;
        return {};
    }
    return {};
}

QVariant CodebookTreeModel::editData(const CodebookEntry &entry, Field field) const
{
    switch (field) {
    case Field::Colour:
        return entry.color;
    case Field::Kind:
        return entry.kindKey;
    case Field::QuickTag:
        return quickTagNumber(entry.id);
    default:
        return displayData(entry, field);
    }
}

QVariant CodebookTreeModel::data(const QModelIndex &index, int role) const
{
    const CodebookEntry *entry = m_tree.entry(entryIdAt(index));
    if (!entry)
        return {};
    const Field column = field(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return displayData(*entry, column);
    case Qt::EditRole:
        return editData(*entry, column);
    case Qt::DecorationRole:
        // A QColor decoration is drawn as a swatch by the standard delegates.
        if (column == Field::Name || column == Field::Colour)
            return entry->color;
        return {};
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole:
        if (column == Field::Colour)
            return tr("Colour %1").arg(entry->color.name());
        if (column == Field::QuickTag && quickTagNumber(entry->id) > 0)
            return tr("Key %1 picks “%2” in the quick-tag popup")
                .arg(quickTagNumber(entry->id))
                .arg(entry->name);
        return role == Qt::AccessibleTextRole ? displayData(*entry, column) : QVariant();
    case Qt::TextAlignmentRole:
        if (column == Field::Claims || column == Field::QuickTag)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case roles::ColorRole:
        return entry->color;
    case roles::QuickTagNumberRole:
        return quickTagNumber(entry->id);
    case roles::ClaimCountRole:
        return claimCount(entry->id);
    default:
        if (role == m_idRole)
            return idValue(entry->id);
        return {};
    }
}

bool CodebookTreeModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    const qint64 id = entryIdAt(index);
    if (!m_tree.contains(id))
        return false;
    const Field column = field(index.column());
    if (role == roles::ColorRole || (role == Qt::EditRole && column == Field::Colour))
        return changeEntry(id, Field::Colour, value);
    if (role != Qt::EditRole || !(flags(index) & Qt::ItemIsEditable))
        return false;
    return changeEntry(id, column, value);
}

Qt::ItemFlags CodebookTreeModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags result = Qt::ItemIsSelectable | Qt::ItemIsEnabled;
    switch (field(index.column())) {
    case Field::Name:
    case Field::Kind:
    case Field::Aliases:
    case Field::Keywords:
        if (!m_project.isReadOnly())
            result |= Qt::ItemIsEditable;
        break;
    default:
        break;
    }
    if (m_tree.children(entryIdAt(index)).isEmpty())
        result |= Qt::ItemNeverHasChildren;
    return result;
}

QVariant CodebookTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= m_columns.size())
        return {};
    const Field column = field(section);
    if (role == Qt::ToolTipRole && column == Field::QuickTag)
        return tr("The number key that picks the entry in the quick-tag popup");
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case Field::Name:
        return tr("Name");
    case Field::Colour:
        return tr("Colour");
    case Field::Kind:
        return tr("Kind");
    case Field::Aliases:
        return tr("Aliases");
    case Field::Keywords:
        return tr("Keywords");
    case Field::Claims:
        return tr("Claims");
    case Field::QuickTag:
        return tr("Key");
    }
    return {};
}

void CodebookTreeModel::refresh()
{
    CodebookTree next(readEntries());
    if (!next.hasSameEntries(m_tree)) {
        beginResetModel();
        m_tree = std::move(next);
        endResetModel();
        return;
    }
    // Reordered or reparented: the views learn where each row went, so that the
    // selection and the expanded branches stay with their entries.
    const bool moved = !next.hasSameShape(m_tree);
    if (moved)
        Q_EMIT layoutAboutToBeChanged();
    const QModelIndexList persistent = moved ? persistentIndexList() : QModelIndexList();
    const CodebookTree before = std::exchange(m_tree, std::move(next));
    if (moved) {
        QModelIndexList now;
        now.reserve(persistent.size());
        for (const QModelIndex &old : persistent)
            now.append(indexOfEntry(qint64(old.internalId()), old.column()));
        changePersistentIndexList(persistent, now);
        Q_EMIT layoutChanged();
    }
    QList<qint64> changed;
    for (qint64 id : m_tree.order()) {
        const bool renumbered = numberAt(before.positionOf(id)) != numberAt(m_tree.positionOf(id));
        if (renumbered || *m_tree.entry(id) != *before.entry(id))
            changed.append(id);
    }
    rowsChanged(changed);
}

void CodebookTreeModel::reload()
{
    beginResetModel();
    m_tree = CodebookTree(readEntries());
    countClaims();
    endResetModel();
}

void CodebookTreeModel::countClaims()
{
    m_claimCounts.clear();
    QList<qint64> touched;
    const Status counted = m_project.store().forEachClaim(
        {}, [this, &touched](const Claim &claim) { countClaim(claim, 1, touched); });
    if (!counted)
        m_project.reportError(counted.error().message);
}

void CodebookTreeModel::countClaim(const Claim &claim, int delta, QList<qint64> &touched)
{
    for (qint64 id : entriesUsedBy(claim)) {
        m_claimCounts[id] += delta;
        if (!touched.contains(id))
            touched.append(id);
    }
}

void CodebookTreeModel::claimsAdded(const QList<Claim> &claims)
{
    QList<qint64> touched;
    for (const Claim &claim : claims)
        countClaim(claim, 1, touched);
    rowsChanged(touched);
}

void CodebookTreeModel::claimsRemoved(const QList<Claim> &claims)
{
    QList<qint64> touched;
    for (const Claim &claim : claims)
        countClaim(claim, -1, touched);
    rowsChanged(touched);
}

void CodebookTreeModel::claimChanged(const Claim &before, const Claim &after)
{
    const QList<qint64> was = entriesUsedBy(before);
    const QList<qint64> is = entriesUsedBy(after);
    if (was == is)
        return;
    QList<qint64> touched;
    countClaim(before, -1, touched);
    countClaim(after, 1, touched);
    rowsChanged(touched);
}

void CodebookTreeModel::rowsChanged(const QList<qint64> &ids)
{
    for (qint64 id : ids) {
        const QModelIndex first = indexOfEntry(id, 0);
        if (first.isValid())
            Q_EMIT dataChanged(first, indexOfEntry(id, columnCount() - 1));
    }
}

} // namespace demarche
