#pragma once

#include "core/domain/document.h"
#include "core/domain/ids.h"

#include <QDialog>
#include <QList>

class QCheckBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace demarche {

class Project;

// The source and publication date of several documents at once: after an import, and
// for a selection in the documents dock. A field shows the documents' common value, or
// "various"; only what the analyst changes is applied, to every document, as one undo
// step.
class DocumentDetailsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DocumentDetailsDialog)

public:
    DocumentDetailsDialog(Project &project, const QList<DocumentId> &ids, QWidget *parent);

    QLineEdit *sourceEdit() const { return m_source; }
    QCheckBox *setDateBox() const { return m_setDate; }
    QDateEdit *dateEdit() const { return m_date; }
    QCheckBox *noDateBox() const { return m_noDate; }

    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateState();

    Project &m_project;
    QList<Document> m_before;
    bool m_sameSource = true;
    QLabel *m_what;
    QLabel *m_sourceLabel;
    QLineEdit *m_source;
    QCheckBox *m_setDate;
    QDateEdit *m_date;
    QCheckBox *m_noDate;
    QDialogButtonBox *m_buttons;
};

} // namespace demarche
