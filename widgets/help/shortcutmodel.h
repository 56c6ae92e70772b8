#pragma once

#include "widgets/help/shortcutlist.h"

#include <QAbstractTableModel>

namespace demarche {

// The rows of Help ▸ Keyboard Shortcuts: action, keys, and where they work.
class ShortcutModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShortcutModel)

public:
    enum Column { ActionColumn, KeysColumn, PlaceColumn, ColumnCount };

    explicit ShortcutModel(QList<ShortcutEntry> entries, QObject *parent = nullptr);

    // New rows: the same shortcuts in another language.
    void setEntries(QList<ShortcutEntry> entries);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<ShortcutEntry> m_entries;
};

} // namespace demarche
