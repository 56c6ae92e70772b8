#include "widgets/importing/documentimporter.h"

#include "core/commands/adddocumentcommand.h"
#include "core/import/documentimport.h"
#include "core/import/importformats.h"
#include "core/project/project.h"
#include "widgets/common/filedialogs.h"
#include "widgets/importing/importpaths.h"
#include "widgets/importing/importreviewdialog.h"
#include "widgets/importing/importsummarydialog.h"

#include <QFileInfo>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressDialog>
#include <QSettings>
#include <QStandardPaths>
#include <QUndoStack>
#include <QUrl>

#include <algorithm>
#include <memory>
#include <utility>

namespace demarche {
namespace {

const char LastFolderKey[] = "import/lastFolder";

// The core names the file in front of each message; the window shows name and reason apart.
QString withoutPath(const QString &message, const QString &path)
{
    const QString prefix = path + QLatin1String(": ");
    return message.startsWith(prefix) ? message.mid(prefix.size()) : message;
}

// Core messages are clauses ("is a binary file, not text"); a message box wants a sentence.
QString sentence(const QString &clause)
{
    QString text = clause.trimmed();
    if (text.isEmpty())
        return text;
    text[0] = text.at(0).toUpper();
    if (!text.endsWith(u'.'))
        text += u'.';
    return text;
}

} // namespace

DocumentImporter::DocumentImporter(Project &project, QWidget *dialogParent)
    : QObject(dialogParent)
    , m_project(project)
    , m_dialogParent(dialogParent)
{}

DocumentImporter::~DocumentImporter() = default;

bool DocumentImporter::canImport(const QMimeData *mimeData)
{
    if (!mimeData)
        return false;
    // A link dragged from a browser also carries its address as text; that is no article.
    if (mimeData->hasUrls())
        return !localPaths(mimeData).isEmpty();
    return mimeData->hasText() && !mimeData->text().trimmed().isEmpty();
}

QStringList DocumentImporter::localPaths(const QMimeData *mimeData)
{
    QStringList paths;
    if (!mimeData)
        return paths;
    const QList<QUrl> urls = mimeData->urls();
    for (const QUrl &url : urls) {
        if (url.isLocalFile())
            paths.append(url.toLocalFile());
    }
    return paths;
}

QString DocumentImporter::fileDialogFilter()
{
    return tr("Articles (%1)").arg(importFilePatterns().join(u' ')) + QLatin1String(";;")
           + tr("All files (*)");
}

QList<DocumentId> DocumentImporter::importMimeData(const QMimeData *mimeData)
{
    if (!canImport(mimeData))
        return {};
    if (mimeData->hasUrls())
        return importFiles(localPaths(mimeData));
    const DocumentId id = importText(mimeData->text());
    return id.isValid() ? QList<DocumentId>{id} : QList<DocumentId>();
}

QList<DocumentId> DocumentImporter::chooseAndImport()
{
    if (!m_interactive)
        return {};
    QSettings settings;
    const QString folder =
        settings
            .value(QLatin1String(LastFolderKey),
                   QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .toString();
    const QStringList paths = FileDialogs::openFileNames(m_dialogParent, tr("Import Documents"),
                                                         folder, fileDialogFilter());
    if (paths.isEmpty())
        return {};
    settings.setValue(QLatin1String(LastFolderKey), QFileInfo(paths.constFirst()).absolutePath());
    m_reviewAll = true;
    QList<DocumentId> ids = importFiles(paths);
    m_reviewAll = false;
    return ids;
}

// Titles and dates read from a file's metadata are guesses worth a look; File ▸ Import shows
// every new document, a drop only those from such files.
void DocumentImporter::reviewImported(bool always)
{
    if (!m_interactive || m_report.imported.isEmpty())
        return;
    const bool fromMetadata =
        std::any_of(m_report.imported.cbegin(), m_report.imported.cend(), [this](DocumentId id) {
            const Document *document = m_project.documentInfo(id);
            return document && hasFileMetadata(document->format);
        });
    if (!always && !fromMetadata)
        return;
    ImportReviewDialog dialog(m_project, m_report.imported, m_cleaned, m_dialogParent);
    dialog.exec();
}

QList<DocumentId> DocumentImporter::importFiles(const QStringList &paths)
{
    if (paths.isEmpty() || !begin())
        return {};
    const ImportPaths expanded = expandImportPaths(paths);
    m_report.requested = int(expanded.files.size());
    m_report.skipped = expanded.skipped;
    if (expanded.files.size() == 1)
        importOne(expanded.files.constFirst());
    else if (expanded.files.size() > 1)
        importBatch(expanded.files);
    finish();
    reviewImported(m_reviewAll);
    return m_report.imported;
}

DocumentId DocumentImporter::importText(const QString &text)
{
    if (!begin())
        return {};
    m_report.requested = 1;
    const QString name = tr("Pasted text");
    auto document = documentFromText(text);
    if (document)
        document = refuseDuplicate(std::move(document).value(), {});
    if (document) {
        auto id = add(document.value());
        if (id)
            m_report.imported.append(id.value());
        else
            m_report.refused.append({QString(), name, id.error().message});
    } else {
        m_report.refused.append({QString(), name, document.error().message});
    }
    finish();
    return m_report.imported.isEmpty() ? DocumentId() : m_report.imported.constFirst();
}

void DocumentImporter::importOne(const QString &path)
{
    QStringList warnings;
    QStringList notes;
    auto document = readChecked(path, {}, &warnings, &notes);
    if (!document) {
        refuseFile(path, document.error().message);
        return;
    }
    auto id = add(document.value());
    if (!id) {
        refuseFile(path, id.error().message);
        return;
    }
    m_report.imported.append(id.value());
    noteWarnings(path, warnings);
    noteCleaned(id.value(), path, notes);
}

void DocumentImporter::importBatch(const QStringList &files)
{
    const int total = int(files.size());
    std::unique_ptr<QProgressDialog> progress;
    if (m_interactive) {
        progress = std::make_unique<QProgressDialog>(m_dialogParent);
        progress->setWindowTitle(tr("Import"));
        progress->setWindowModality(Qt::WindowModal);
        progress->setMinimumDuration(300);
        progress->setAutoClose(false);
        progress->setAutoReset(false);
        progress->setRange(0, total);
        progress->setValue(0);
    }

    // Read everything first, so that the batch goes in as one undo step named with the
    // right count. Cancel stops the reading; what was read so far is still imported.
    QList<Document> ready;
    QStringList readyPaths;
    QList<QStringList> readyNotes;
    for (int i = 0; i < total; ++i) {
        if ((progress && progress->wasCanceled()) || (m_cancelAfter >= 0 && i >= m_cancelAfter)) {
            m_report.cancelledCount = total - i;
            break;
        }
        const QString &path = files.at(i);
        if (progress) {
            progress->setLabelText(
                tr("Importing %1 of %2: %3").arg(i + 1).arg(total).arg(QFileInfo(path).fileName()));
            progress->setValue(i);
        }
        QStringList warnings;
        QStringList notes;
        auto document = readChecked(path, ready, &warnings, &notes);
        if (!document) {
            refuseFile(path, document.error().message);
            continue;
        }
        ready.append(std::move(document).value());
        readyPaths.append(path);
        readyNotes.append(notes);
        noteWarnings(path, warnings);
    }
    progress.reset();

    QUndoStack *stack = m_project.undoStack();
    const bool macro = ready.size() > 1;
    if (macro)
        stack->beginMacro(tr("Import %n document(s)", nullptr, int(ready.size())));
    for (qsizetype i = 0; i < ready.size(); ++i) {
        auto id = add(ready.at(i));
        if (id) {
            m_report.imported.append(id.value());
            noteCleaned(id.value(), readyPaths.at(i), readyNotes.at(i));
        } else {
            refuseFile(readyPaths.at(i), id.error().message);
        }
    }
    if (macro)
        stack->endMacro();
}

Result<Document> DocumentImporter::readChecked(const QString &path, const QList<Document> &batch,
                                               QStringList *warnings, QStringList *notes) const
{
    auto document = readDocument(path, {}, warnings, notes);
    if (!document)
        return document.error();
    return refuseDuplicate(std::move(document).value(), batch);
}

Result<Document> DocumentImporter::refuseDuplicate(Document document,
                                                   const QList<Document> &batch) const
{
    if (const Document *same = findDuplicate(m_project.documents(), document))
        return badInput(tr("the same text is already in the project as “%1”").arg(same->title));
    if (const Document *same = findDuplicate(batch, document))
        return badInput(tr("has the same text as %1").arg(same->fileName));
    return document;
}

Result<DocumentId> DocumentImporter::add(const Document &document)
{
    // The project reports why a command failed through a signal, not a return value.
    QString failure;
    const auto connection = connect(&m_project, &Project::errorOccurred, this,
                                    [&failure](const QString &message) { failure = message; });
    auto *command = new AddDocumentCommand(m_project, document);
    const bool added = m_project.execute(command); // the stack owns (or deleted) the command
    disconnect(connection);
    if (!added)
        return badInput(failure.isEmpty() ? tr("the project did not accept it") : failure);
    return command->documentId();
}

void DocumentImporter::refuseFile(const QString &path, const QString &message)
{
    m_report.refused.append({path, QFileInfo(path).fileName(), withoutPath(message, path)});
}

void DocumentImporter::noteWarnings(const QString &path, const QStringList &warnings)
{
    for (const QString &warning : warnings)
        m_report.warnings.append({path, QFileInfo(path).fileName(), withoutPath(warning, path)});
}

void DocumentImporter::noteCleaned(DocumentId id, const QString &path, const QStringList &notes)
{
    for (const QString &note : notes) {
        m_report.cleaned.append({path, QFileInfo(path).fileName(), withoutPath(note, path)});
        m_cleaned[id].append(withoutPath(note, path));
    }
}

bool DocumentImporter::begin()
{
    if (m_busy) // a drop or a paste while a batch waits on its progress dialog
        return false;
    m_report = ImportReport();
    m_lastErrors.clear();
    m_cleaned.clear();
    if (m_project.isReadOnly()) {
        m_lastErrors.append(
            tr("%1 is open read-only; documents cannot be imported").arg(m_project.name()));
        if (m_interactive)
            QMessageBox::warning(m_dialogParent, tr("Import"), sentence(m_lastErrors.constFirst()));
        return false;
    }
    m_busy = true;
    return true;
}

void DocumentImporter::finish()
{
    m_busy = false;
    for (const ImportReport::Note &note : std::as_const(m_report.refused))
        m_lastErrors.append(note.name + QLatin1String(": ") + note.message);
    // Listeners select the new documents while any summary is still open.
    if (!m_report.imported.isEmpty())
        Q_EMIT documentsImported(m_report.imported);
    if (m_interactive)
        showOutcome();
}

void DocumentImporter::showOutcome()
{
    const bool onlyOneFailed = m_report.requested == 1 && m_report.refused.size() == 1
                               && m_report.warnings.isEmpty() && m_report.skipped.isEmpty();
    if (onlyOneFailed) {
        const ImportReport::Note &note = m_report.refused.constFirst();
        QMessageBox box(QMessageBox::Warning, tr("Import"),
                        note.path.isEmpty() ? tr("The text was not imported.")
                                            : tr("“%1” was not imported.").arg(note.name),
                        QMessageBox::Ok, m_dialogParent);
        box.setInformativeText(note.path.isEmpty()
                                   ? sentence(note.message)
                                   : note.name + QLatin1String(": ") + note.message);
        box.exec();
        return;
    }
    if (m_report.needsSummary()) {
        ImportSummaryDialog dialog(m_report, m_dialogParent);
        dialog.exec();
    }
}

} // namespace demarche
