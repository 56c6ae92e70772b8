#include "widgets/help/shortcutmodel.h"

#include "core/domain/languagechange.h"

#include <utility>

namespace demarche {

ShortcutModel::ShortcutModel(QList<ShortcutEntry> entries, QObject *parent)
    : QAbstractTableModel(parent)
    , m_entries(std::move(entries))
{
    onLanguageChange(this,
                     [this]() { Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1); });
}

void ShortcutModel::setEntries(QList<ShortcutEntry> entries)
{
    beginResetModel();
    m_entries = std::move(entries);
    endResetModel();
}

int ShortcutModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int ShortcutModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ShortcutModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    const ShortcutEntry &entry = m_entries.at(index.row());
    switch (index.column()) {
    case ActionColumn:
        return entry.action;
    case KeysColumn:
        return entry.keys;
    case PlaceColumn:
        return entry.place;
    default:
        return {};
    }
}

QVariant ShortcutModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ActionColumn:
        return tr("Action");
    case KeysColumn:
        return tr("Shortcut");
    case PlaceColumn:
        return tr("Menu or place");
    default:
        return {};
    }
}

} // namespace demarche
