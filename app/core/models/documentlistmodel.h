#pragma once

#include "core/domain/document.h"

#include <QAbstractTableModel>
#include <QList>

namespace demarche {

class Project;

// The project's documents in import order, with their claim counts. Follows the
// project's document signals row by row.
class DocumentListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DocumentListModel)

public:
    enum Column { TitleColumn, DateColumn, SourceColumn, ClaimsColumn, ColumnCount };

    explicit DocumentListModel(const Project &project, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // Column 0 of the document's row; invalid when there is none.
    QModelIndex indexOf(DocumentId id) const;
    Document documentAt(int row) const;

private:
    int rowOf(DocumentId id) const;
    void addDocument(const Document &document);
    void changeDocument(const Document &document);
    void removeDocument(const Document &document);
    void reload();
    static QString toolTip(const Document &document);

    const Project &m_project;
    QList<Document> m_documents; // listings without text, ordered by id like the project's
};

} // namespace demarche
