#pragma once

#include "core/domain/document.h"

#include <QDialog>

#include <memory>

class QCheckBox;
class QDateEdit;
class QLineEdit;
class QPushButton;

namespace demarche {

class Project;

namespace Ui {
class DocumentPropertiesDialog;
}

// A document's details: title, source, URL, publication date and language, which the
// analyst may correct, and what the import recorded (file, format, time, size, claims).
// OK saves a change as one undoable ChangeDocumentCommand.
class DocumentPropertiesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DocumentPropertiesDialog)

public:
    DocumentPropertiesDialog(Project &project, DocumentId id, QWidget *parent);
    ~DocumentPropertiesDialog() override;

    // The details as edited, on top of the stored document.
    Document editedDocument() const;

    QLineEdit *titleEdit() const;
    QLineEdit *sourceEdit() const;
    QLineEdit *urlEdit() const;
    QDateEdit *dateEdit() const;
    QCheckBox *noDateBox() const;
    QLineEdit *languageEdit() const;
    QPushButton *okButton() const;

public Q_SLOTS:
    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateState();

    Project &m_project;
    Document m_before; // without text
    bool m_found = false;
    qint64 m_characters = 0;
    std::unique_ptr<Ui::DocumentPropertiesDialog> m_ui; // documentpropertiesdialog.ui
};

} // namespace demarche
