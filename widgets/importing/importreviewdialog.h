#pragma once

#include "core/domain/document.h"
#include "core/domain/ids.h"

#include <QDialog>
#include <QHash>
#include <QList>
#include <QStringList>

class QDialogButtonBox;
class QLabel;
class QTableWidget;

namespace demarche {

class Project;

// After an import: each new document's title, date and source as its file gave them,
// for the analyst to confirm or correct, with what the import cleaned away (running
// headers, hyphenation). Corrections go in as one undo step; Cancel keeps what the files
// said.
class ImportReviewDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportReviewDialog)

public:
    enum Column { FileColumn, TitleColumn, DateColumn, SourceColumn, CleanedColumn, ColumnCount };

    // `cleaned` holds, for a document, what its import left out, one note per line.
    ImportReviewDialog(Project &project, const QList<DocumentId> &ids,
                       const QHash<DocumentId, QStringList> &cleaned, QWidget *parent);

    QTableWidget *table() const { return m_table; }
    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    Project &m_project;
    QList<Document> m_before;
    QLabel *m_what;
    QTableWidget *m_table;
    QDialogButtonBox *m_buttons;
};

} // namespace demarche
