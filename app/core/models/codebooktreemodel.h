#pragma once

#include "core/domain/claim.h"
#include "core/models/codebooktree.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QList>

namespace demarche {

class Project;

// A codebook (actors or topics) as a tree: entries under their parent, siblings in
// codebook order. It listens to the project and never writes to the store: edits in
// place and the edit methods below run undo commands. CodebookItemModel<Item> adds what
// differs between actors and topics.
//
// Codebooks are small, so a change rereads all entries: a rename or recolour becomes
// dataChanged, a move or reparent a layout change (selections follow), and only an added
// or removed entry resets the model.
class CodebookTreeModel : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CodebookTreeModel)

public:
    enum class Field { Name, Colour, Kind, Aliases, Keywords, Claims, QuickTag };

    ~CodebookTreeModel() override;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    // Name, Colour (or ColorRole on any column), Kind (a vocabulary key), Aliases and
    // Keywords (comma-separated). False when the value is refused or the command failed.
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    int column(Field field) const; // -1 when this codebook has no such column
    Field field(int column) const;

    // Entries by the value of their ActorId or TopicId; 0 for none.
    qint64 entryIdAt(const QModelIndex &index) const;
    QModelIndex indexOfEntry(qint64 id, int column = 0) const;
    const QList<qint64> &codebookOrder() const { return m_tree.order(); }
    const CodebookEntry *entry(qint64 id) const { return m_tree.entry(id); }
    int claimCount(qint64 id) const { return m_claimCounts.value(id); }
    int quickTagNumber(qint64 id) const; // 1-9 for the first nine in codebook order, else 0
    bool canMove(qint64 id, int step) const { return m_tree.canMove(id, step); }
    // `base` when no entry has that name yet, else "base 2", "base 3", ...
    QString uniqueName(const QString &base) const;

    // Edits, each one undo command; false (or 0) when it failed and the project has
    // reported why.
    virtual qint64 addEntry(const QString &name, qint64 parent) = 0; // the new entry's id
    virtual bool mergeEntry(qint64 from, qint64 into) = 0;
    virtual bool removeEntry(qint64 id) = 0;
    bool moveEntry(qint64 id, int step); // among its siblings; -1 is up

protected:
    CodebookTreeModel(Project &project, void (Project::*codebookChanged)(), int idRole,
                      const QList<Field> &columns, QObject *parent);

    Project &project() const { return m_project; }
    void reload(); // everything again, claim counts too

    virtual QList<CodebookEntry> readEntries() const = 0;
    virtual QList<qint64> entriesUsedBy(const Claim &claim) const = 0; // without repeats
    virtual bool changeEntry(qint64 id, Field field, const QVariant &value) = 0;
    virtual bool reorder(const QList<qint64> &order) = 0;
    // An entry's id as the typed id its id role gives (ActorId, TopicId).
    virtual QVariant idValue(qint64 id) const = 0;

private:
    void refresh();
    void countClaims();
    void countClaim(const Claim &claim, int delta, QList<qint64> &touched);
    void claimsAdded(const QList<Claim> &claims);
    void claimsRemoved(const QList<Claim> &claims);
    void claimChanged(const Claim &before, const Claim &after);
    void rowsChanged(const QList<qint64> &ids);
    QVariant displayData(const CodebookEntry &entry, Field field) const;
    QVariant editData(const CodebookEntry &entry, Field field) const;

    Project &m_project;
    int m_idRole;
    QList<Field> m_columns;
    CodebookTree m_tree;
    QHash<qint64, int> m_claimCounts;
};

} // namespace demarche
