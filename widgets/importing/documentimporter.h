#pragma once

#include "core/domain/document.h"
#include "core/domain/ids.h"
#include "core/domain/result.h"
#include "widgets/importing/importreport.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

class QMimeData;
class QWidget;

namespace demarche {

class Project;

// Brings articles into the open project: chosen in a file dialog, dropped on the window
// or pasted. Every document goes in through AddDocumentCommand; a batch of files is one
// undo step. Problems are shown to the user (a message for one file, a summary for
// several) and never stop the other files.
class DocumentImporter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DocumentImporter)

public:
    // `dialogParent` also owns the importer when given.
    DocumentImporter(Project &project, QWidget *dialogParent);
    ~DocumentImporter() override;

    // Files and folders (each folder's importable files, not its sub-folders). Returns the
    // ids of the documents added, in order. Documents from PDF, DOCX or ODT files, whose
    // titles and dates come from metadata, are shown for confirmation when interactive.
    QList<DocumentId> importFiles(const QStringList &paths);
    // Pasted text as a new document; an invalid id when it was refused.
    DocumentId importText(const QString &text);
    // Local files when there are any, else text; links to web pages are not imported.
    QList<DocumentId> importMimeData(const QMimeData *mimeData);
    // File ▸ Import: a file dialog in the folder used last time; then the new documents'
    // titles, dates and sources are shown for confirmation (ImportReviewDialog).
    QList<DocumentId> chooseAndImport();

    static bool canImport(const QMimeData *mimeData);
    static QStringList localPaths(const QMimeData *mimeData);
    static QString fileDialogFilter();

    // Without interaction no dialog is ever shown: problems go to lastErrors() only.
    void setInteractive(bool interactive) { m_interactive = interactive; }
    bool isInteractive() const { return m_interactive; }
    // "name: reason" for every refusal of the last import.
    QStringList lastErrors() const { return m_lastErrors; }
    const ImportReport &lastReport() const { return m_report; }
    // For tests: a batch stops as if cancelled once this many files were read; -1: never.
    void setCancelAfter(int files) { m_cancelAfter = files; }

Q_SIGNALS:
    void documentsImported(const QList<demarche::DocumentId> &ids);

private:
    void importOne(const QString &path);
    void importBatch(const QStringList &files);
    // readDocument() plus the duplicate check, worded for the window rather than the CLI.
    Result<Document> readChecked(const QString &path, const QList<Document> &batch,
                                 QStringList *warnings, QStringList *notes) const;
    Result<Document> refuseDuplicate(Document document, const QList<Document> &batch) const;
    Result<DocumentId> add(const Document &document);
    void refuseFile(const QString &path, const QString &message);
    void noteWarnings(const QString &path, const QStringList &warnings);
    void noteCleaned(DocumentId id, const QString &path, const QStringList &notes);
    bool begin();
    void finish();
    void showOutcome();
    void reviewImported(bool always);

    Project &m_project;
    QPointer<QWidget> m_dialogParent;
    ImportReport m_report;
    QStringList m_lastErrors;
    QHash<DocumentId, QStringList> m_cleaned; // of the last import, without the file name
    bool m_reviewAll = false;                 // File ▸ Import: every new document is shown
    int m_cancelAfter = -1;
    bool m_interactive = true;
    bool m_busy = false;
};

} // namespace demarche
