#pragma once

#include "core/domain/document.h"

#include <QDialog>

class QCheckBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace demarche {

class Project;

// A document's details: title, source, URL, publication date and language, which the
// analyst may correct, and what the import recorded (file, format, time, size, claims).
// OK saves a change as one undoable ChangeDocumentCommand.
class DocumentPropertiesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DocumentPropertiesDialog)

public:
    DocumentPropertiesDialog(Project &project, DocumentId id, QWidget *parent);

    // The details as edited, on top of the stored document.
    Document editedDocument() const;

    QLineEdit *titleEdit() const { return m_title; }
    QLineEdit *sourceEdit() const { return m_source; }
    QLineEdit *urlEdit() const { return m_url; }
    QDateEdit *dateEdit() const { return m_date; }
    QCheckBox *noDateBox() const { return m_noDate; }
    QLineEdit *languageEdit() const { return m_language; }
    QPushButton *okButton() const;

public Q_SLOTS:
    void accept() override;

private:
    void updateState();

    Project &m_project;
    Document m_before; // without text
    bool m_found = false;

    QLineEdit *m_title;
    QLineEdit *m_source;
    QLineEdit *m_url;
    QDateEdit *m_date;
    QCheckBox *m_noDate;
    QLineEdit *m_language;
    QLabel *m_hint;
    QDialogButtonBox *m_buttons;
};

} // namespace demarche
