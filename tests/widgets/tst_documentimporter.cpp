// Importing documents as the window does it: files (one, many, folders), pasted text and
// drops onto a widget carrying the FileDropFilter, against a real project on disk.
#include "core/import/importformats.h"
#include "core/project/project.h"
#include "widgets/importing/documentimporter.h"
#include "widgets/importing/filedropfilter.h"
#include "widgets/importing/importreviewdialog.h"
#include "widgets/importing/importsummarydialog.h"

#include <QApplication>
#include <QClipboard>
#include <QDateEdit>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>
#include <QUndoStack>
#include <QUrl>

#include <functional>
#include <memory>

using namespace demarche;

namespace {

QMimeData *fileMime(const QStringList &paths)
{
    auto *mime = new QMimeData;
    QList<QUrl> urls;
    for (const QString &path : paths)
        urls.append(QUrl::fromLocalFile(path));
    mime->setUrls(urls);
    return mime;
}

QStringList titles(const Project &project)
{
    QStringList result;
    for (const Document &document : project.documents())
        result.append(document.title);
    return result;
}

} // namespace

class TestDocumentImporter final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();

    void importsTwoFilesAsOneUndoStep();
    void refusedFilesAreListed();
    void oneRefusedFileNonInteractive();
    void oneRefusedFileShowsMessage();
    void summaryListsRefusalsAndCopies();
    void folderIsExpanded();
    void cancelKeepsTheFirstDocuments();
    void pasteTitlesByFirstLine();
    void pasteRefuses_data();
    void pasteRefuses();
    void canImport();
    void fileDialogFilter();
    void fileDialogFilterListsEveryFormat_data();
    void fileDialogFilterListsEveryFormat();
    void summaryNamesEverySuffix();
    void dropImportsFiles();
    void dropImportsText();
    void dropProjectEmitsProjectDropped();
    void webLinkIsNotAccepted();
    void chooseAndImportRemembersFolder();

private:
    QString write(const QString &name, const QByteArray &bytes);
    // Once a modal widget of type T is open, calls `inspect` on it and closes it.
    template <typename T>
    void whenModal(const std::function<void(T *)> &inspect);
    void attachDropFilter(FileDropFilter &filter);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Project> m_project;
    std::unique_ptr<QWidget> m_window;
    DocumentImporter *m_importer = nullptr; // owned by m_window
    QTimer m_modalWatch;
    int m_modalsClosed = 0;
};

void TestDocumentImporter::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("demarche-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_documentimporter"));
    m_modalWatch.setInterval(10);
}

void TestDocumentImporter::cleanupTestCase()
{
    QSettings().clear(); // the test-mode settings file, not the user's
}

void TestDocumentImporter::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto project = Project::create(m_dir->filePath(QStringLiteral("t.demarche")));
    QVERIFY(project.ok());
    m_project = std::move(project).value();
    m_window = std::make_unique<QWidget>();
    m_window->resize(400, 300);
    m_importer = new DocumentImporter(*m_project, m_window.get());
    m_importer->setInteractive(false);
    m_modalsClosed = 0;
}

void TestDocumentImporter::cleanup()
{
    m_modalWatch.stop();
    m_modalWatch.disconnect();
    m_window.reset(); // and the importer, before its project
    m_project.reset();
    m_dir.reset();
}

QString TestDocumentImporter::write(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir->filePath(name);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write the test file");
    return path;
}

template <typename T>
void TestDocumentImporter::whenModal(const std::function<void(T *)> &inspect)
{
    m_modalWatch.disconnect();
    connect(&m_modalWatch, &QTimer::timeout, this, [this, inspect]() {
        auto *dialog = qobject_cast<T *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        m_modalWatch.stop();
        inspect(dialog);
        ++m_modalsClosed;
        dialog->done(QDialog::Rejected);
    });
    m_modalWatch.start();
}

void TestDocumentImporter::attachDropFilter(FileDropFilter &filter)
{
    filter.attachTo(m_window.get());
    // As the main window does: import after the drop event has returned.
    connect(&filter, &FileDropFilter::filesDropped, m_importer, &DocumentImporter::importFiles,
            Qt::QueuedConnection);
    connect(&filter, &FileDropFilter::textDropped, m_importer, &DocumentImporter::importText,
            Qt::QueuedConnection);
}

void TestDocumentImporter::importsTwoFilesAsOneUndoStep()
{
    const QString a = write(QStringLiteral("a.txt"), "Lavrov met Fidan in Ankara.");
    const QString b = write(QStringLiteral("b.md"), "# Readout\n\nThe ministers discussed Syria.");
    QSignalSpy imported(m_importer, &DocumentImporter::documentsImported);
    QSignalSpy errors(m_project.get(), &Project::errorOccurred);

    const QList<DocumentId> ids = m_importer->importFiles({a, b});
    QCOMPARE(ids.size(), 2);
    QCOMPARE(titles(*m_project), (QStringList{QStringLiteral("a"), QStringLiteral("Readout")}));
    QCOMPARE(m_project->store().document(ids.at(1))->fileName, QStringLiteral("b.md"));
    QCOMPARE(imported.count(), 1);
    QCOMPARE(imported.at(0).at(0).value<QList<DocumentId>>(), ids);
    QVERIFY(m_importer->lastErrors().isEmpty());
    QCOMPARE(errors.count(), 0);

    QUndoStack *stack = m_project->undoStack();
    QCOMPARE(stack->count(), 1);
    QCOMPARE(stack->undoText(), QStringLiteral("Import 2 documents"));
    stack->undo();
    QVERIFY(m_project->documents().isEmpty());
    stack->redo();
    QCOMPARE(m_project->documents().size(), 2);
    QCOMPARE(m_project->documents().at(0).id, ids.at(0));
    QCOMPARE(m_project->documents().at(1).id, ids.at(1));
}

void TestDocumentImporter::refusedFilesAreListed()
{
    const QString kept = QStringLiteral("Kept text from before.");
    QVERIFY(m_importer->importText(kept).isValid());
    const QStringList files{
        write(QStringLiteral("good.txt"), "A good article."),
        write(QStringLiteral("binary.txt"), QByteArray("\x89PNG\r\n\x1A\n\0\0\0\rIHDR", 16)),
        write(QStringLiteral("empty.md"), "  \n\n"),
        write(QStringLiteral("paper.pdf"), "%PDF-1.4"),
        write(QStringLiteral("again.txt"), kept.toUtf8()),
        write(QStringLiteral("good2.html"), "<p>Another good one.</p>"),
        write(QStringLiteral("copy.txt"), "A good article."),
    };
    QSignalSpy errors(m_project.get(), &Project::errorOccurred);

    const QList<DocumentId> ids = m_importer->importFiles(files);
    QCOMPARE(ids.size(), 2);
    QCOMPARE(m_project->documents().size(), 3);
    QCOMPARE(errors.count(), 0); // refused before reaching the store

    const QStringList expected{
        QStringLiteral("binary.txt: is a binary file, not text"),
        QStringLiteral("empty.md: contains no text"),
        QStringLiteral("paper.pdf: damaged"),
        QStringLiteral("again.txt: the same text is already in the project as “Kept text from "
                       "before.”"),
        QStringLiteral("copy.txt: has the same text as good.txt"),
    };
    const QStringList lastErrors = m_importer->lastErrors();
    QCOMPARE(lastErrors.size(), expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i)
        QVERIFY2(lastErrors.at(i).startsWith(expected.at(i)), qPrintable(lastErrors.at(i)));
    const ImportReport &report = m_importer->lastReport();
    QCOMPARE(report.requested, 7);
    QCOMPARE(report.refused.at(0).path, files.at(1));
    QCOMPARE(report.refused.at(0).name, QStringLiteral("binary.txt"));

    // Two imported: still one step; the paste before it is its own.
    QCOMPARE(m_project->undoStack()->count(), 2);
    m_project->undoStack()->undo();
    QCOMPARE(titles(*m_project), QStringList{kept});
}

void TestDocumentImporter::oneRefusedFileNonInteractive()
{
    const QString path = write(QStringLiteral("notes.rtf"), "{\\rtf1");
    QSignalSpy imported(m_importer, &DocumentImporter::documentsImported);
    QVERIFY(m_importer->importFiles({path}).isEmpty());
    QCOMPARE(m_importer->lastErrors().size(), 1);
    QVERIFY(m_importer->lastErrors().at(0).startsWith(
        QLatin1String("notes.rtf: unsupported file type '.rtf'")));
    QCOMPARE(imported.count(), 0);
    QCOMPARE(m_project->undoStack()->count(), 0);
}

void TestDocumentImporter::oneRefusedFileShowsMessage()
{
    m_importer->setInteractive(true);
    const QString path = write(QStringLiteral("blob.txt"), QByteArray("a\0b", 3));
    QString text;
    QString informative;
    whenModal<QMessageBox>([&](QMessageBox *box) {
        text = box->text();
        informative = box->informativeText();
    });
    QVERIFY(m_importer->importFiles({path}).isEmpty());
    QCOMPARE(m_modalsClosed, 1);
    QCOMPARE(text, QStringLiteral("“blob.txt” was not imported."));
    QCOMPARE(informative, QStringLiteral("blob.txt: is a binary file, not text"));
}

void TestDocumentImporter::summaryListsRefusalsAndCopies()
{
    m_importer->setInteractive(true);
    const QStringList files{write(QStringLiteral("ok.txt"), "Fine."),
                            write(QStringLiteral("bad.rtf"), "{\\rtf1}"),
                            write(QStringLiteral("old.txt"), "caf\xE9")};
    QString headline;
    QStringList rows;
    QString copied;
    whenModal<ImportSummaryDialog>([&](ImportSummaryDialog *dialog) {
        headline = dialog->headline();
        const QTreeWidget *list = dialog->problemList();
        for (int i = 0; i < list->topLevelItemCount(); ++i)
            rows.append(list->topLevelItem(i)->text(0) + QLatin1String(" | ")
                        + list->topLevelItem(i)->text(1));
        auto *copy = dialog->findChild<QPushButton *>(QStringLiteral("copyButton"));
        QVERIFY(copy);
        copy->click();
        copied = QGuiApplication::clipboard()->text();
    });
    QCOMPARE(m_importer->importFiles(files).size(), 2);
    QCOMPARE(m_modalsClosed, 1);
    QCOMPARE(headline, QStringLiteral("Imported 2 of 3 documents."));
    QCOMPARE(rows.size(), 2);
    QVERIFY2(rows.at(0).startsWith(QLatin1String("bad.rtf | unsupported file type '.rtf'")),
             qPrintable(rows.at(0)));
    QCOMPARE(rows.at(1), QStringLiteral("old.txt | not valid UTF-8; decoded as Windows-1252"));
    QVERIFY2(copied.contains(files.at(1) + QLatin1String(": unsupported file type")),
             qPrintable(copied));
    QVERIFY(copied.startsWith(QLatin1String("Imported 2 of 3 documents.")));
}

void TestDocumentImporter::folderIsExpanded()
{
    write(QStringLiteral("folder/b.md"), "# Second\n\nText two.");
    write(QStringLiteral("folder/a.txt"), "Text one.");
    write(QStringLiteral("folder/picture.png"), "not an article");
    write(QStringLiteral("folder/sub/c.txt"), "Not searched.");
    const QString loose = write(QStringLiteral("loose.txt"), "Loose text.");

    const QList<DocumentId> ids =
        m_importer->importFiles({m_dir->filePath(QStringLiteral("folder")), loose});
    QCOMPARE(ids.size(), 3);
    QCOMPARE(titles(*m_project),
             (QStringList{QStringLiteral("a"), QStringLiteral("Second"), QStringLiteral("loose")}));
    const ImportReport &report = m_importer->lastReport();
    QCOMPARE(report.skipped, QStringList{m_dir->filePath(QStringLiteral("folder/picture.png"))});
    QVERIFY(report.needsSummary());
    QVERIFY(m_importer->lastErrors().isEmpty());

    ImportSummaryDialog dialog(report);
    QVERIFY2(dialog.details().contains(QLatin1String("1 file in the folders was skipped")),
             qPrintable(dialog.details()));
    QCOMPARE(dialog.problemList()->topLevelItemCount(), 1);
    QCOMPARE(dialog.problemList()->topLevelItem(0)->text(0), QStringLiteral("picture.png"));
}

void TestDocumentImporter::cancelKeepsTheFirstDocuments()
{
    QStringList files;
    for (int i = 1; i <= 5; ++i)
        files.append(
            write(QStringLiteral("n%1.txt").arg(i), QStringLiteral("Note %1.").arg(i).toUtf8()));
    m_importer->setCancelAfter(2);
    const QList<DocumentId> ids = m_importer->importFiles(files);
    QCOMPARE(ids.size(), 2);
    QCOMPARE(titles(*m_project), (QStringList{QStringLiteral("n1"), QStringLiteral("n2")}));
    QCOMPARE(m_importer->lastReport().cancelledCount, 3);
    QVERIFY(m_importer->lastErrors().isEmpty());
    QCOMPARE(m_project->undoStack()->count(), 1);
    m_project->undoStack()->undo();
    QVERIFY(m_project->documents().isEmpty());
}

void TestDocumentImporter::pasteTitlesByFirstLine()
{
    QSignalSpy imported(m_importer, &DocumentImporter::documentsImported);
    const DocumentId id = m_importer->importText(
        QStringLiteral("\n   Lavrov and Fidan meet in Antalya  \r\nThey discussed grain.\r\n"));
    QVERIFY(id.isValid());
    QCOMPARE(imported.count(), 1);
    const Document *info = m_project->documentInfo(id);
    QVERIFY(info);
    QCOMPARE(info->title, QStringLiteral("Lavrov and Fidan meet in Antalya"));
    QCOMPARE(info->format, QStringLiteral("txt"));
    QCOMPARE(m_project->store().document(id)->text,
             QStringLiteral("Lavrov and Fidan meet in Antalya\nThey discussed grain."));
    QCOMPARE(m_project->undoStack()->count(), 1);
    m_project->undoStack()->undo();
    QVERIFY(m_project->documents().isEmpty());
}

void TestDocumentImporter::pasteRefuses_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("reason");
    QTest::newRow("empty") << QString() << "the pasted text is empty";
    QTest::newRow("white space") << QStringLiteral(" \n\t ") << "the pasted text is empty";
    QTest::newRow("binary") << QString::fromLatin1("\x01\x02\x03\x04\x05\x06xy", 8)
                            << "the pasted text looks like binary data, not text";
    QTest::newRow("duplicate") << QStringLiteral("Already here.")
                               << "the same text is already in the project as “Already here.”";
}

void TestDocumentImporter::pasteRefuses()
{
    QFETCH(QString, text);
    QFETCH(QString, reason);
    QVERIFY(m_importer->importText(QStringLiteral("Already here.")).isValid());
    QSignalSpy imported(m_importer, &DocumentImporter::documentsImported);
    QVERIFY(!m_importer->importText(text).isValid());
    QCOMPARE(m_importer->lastErrors(), QStringList{QLatin1String("Pasted text: ") + reason});
    QCOMPARE(imported.count(), 0);
    QCOMPARE(m_project->documents().size(), 1);
}

void TestDocumentImporter::canImport()
{
    QVERIFY(!DocumentImporter::canImport(nullptr));
    QMimeData text;
    text.setText(QStringLiteral("Some words"));
    QVERIFY(DocumentImporter::canImport(&text));
    text.setText(QStringLiteral("  \n"));
    QVERIFY(!DocumentImporter::canImport(&text));
    std::unique_ptr<QMimeData> files(fileMime({QStringLiteral("/tmp/a.txt")}));
    QVERIFY(DocumentImporter::canImport(files.get()));
    QMimeData link;
    link.setUrls({QUrl(QStringLiteral("https://example.org/article"))});
    link.setText(QStringLiteral("https://example.org/article"));
    QVERIFY(!DocumentImporter::canImport(&link));
}

void TestDocumentImporter::fileDialogFilter()
{
    QCOMPARE(DocumentImporter::fileDialogFilter(),
             QStringLiteral("Articles (*.txt *.text *.md *.markdown *.html *.htm *.xhtml *.pdf "
                            "*.docx *.odt);;All files (*)"));
}

void TestDocumentImporter::fileDialogFilterListsEveryFormat_data()
{
    QTest::addColumn<QString>("suffix");
    for (const ImportFormat &format : importFormats()) {
        const QStringList suffixes = format.allSuffixes();
        for (const QString &suffix : suffixes)
            QTest::addRow("%s", qPrintable(suffix)) << suffix;
    }
}

void TestDocumentImporter::fileDialogFilterListsEveryFormat()
{
    QFETCH(QString, suffix);
    const QString articles =
        DocumentImporter::fileDialogFilter().section(QLatin1String(";;"), 0, 0);
    const QStringList patterns = articles.section(u'(', 1).chopped(1).split(u' ');
    QVERIFY2(patterns.contains(QString(QLatin1String("*.") + suffix)), qPrintable(articles));
}

void TestDocumentImporter::summaryNamesEverySuffix()
{
    ImportReport report;
    report.requested = 1;
    report.skipped = {QStringLiteral("/tmp/notes.pdf")};
    const ImportSummaryDialog dialog(report);
    const QString text = dialog.plainText();
    const QStringList suffixes = importableSuffixes();
    for (const QString &suffix : suffixes)
        QVERIFY2(text.contains(QString(QLatin1String("*.") + suffix)), qPrintable(text));
}

void TestDocumentImporter::dropImportsFiles()
{
    FileDropFilter filter;
    attachDropFilter(filter);
    QVERIFY(m_window->acceptDrops());
    const QString a = write(QStringLiteral("a.txt"), "First dropped.");
    const QString b = write(QStringLiteral("b.txt"), "Second dropped.");
    std::unique_ptr<QMimeData> mime(fileMime({a, b}));
    const Qt::DropActions actions = Qt::CopyAction | Qt::MoveAction;

    QDragEnterEvent enter(QPoint(10, 10), actions, mime.get(), Qt::LeftButton, Qt::NoModifier);
    enter.setAccepted(false);
    QCoreApplication::sendEvent(m_window.get(), &enter);
    QVERIFY(enter.isAccepted());
    QCOMPARE(enter.dropAction(), Qt::CopyAction);

    QDropEvent drop(QPointF(10, 10), actions, mime.get(), Qt::LeftButton, Qt::NoModifier);
    drop.setAccepted(false);
    QCoreApplication::sendEvent(m_window.get(), &drop);
    QVERIFY(drop.isAccepted());
    QCOMPARE(drop.dropAction(), Qt::CopyAction);
    QVERIFY(m_project->documents().isEmpty()); // not yet: the import is queued
    QTRY_COMPARE(m_project->documents().size(), 2);
    QCOMPARE(m_project->undoStack()->count(), 1);
}

void TestDocumentImporter::dropImportsText()
{
    FileDropFilter filter;
    attachDropFilter(filter);
    QMimeData mime;
    mime.setText(QStringLiteral("Dropped words\nand more."));
    QDragEnterEvent enter(QPoint(5, 5), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    enter.setAccepted(false);
    QCoreApplication::sendEvent(m_window.get(), &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(5, 5), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    drop.setAccepted(false);
    QCoreApplication::sendEvent(m_window.get(), &drop);
    QVERIFY(drop.isAccepted());
    QTRY_COMPARE(titles(*m_project), QStringList{QStringLiteral("Dropped words")});
}

void TestDocumentImporter::dropProjectEmitsProjectDropped()
{
    FileDropFilter filter;
    attachDropFilter(filter);
    QSignalSpy project(&filter, &FileDropFilter::projectDropped);
    QSignalSpy files(&filter, &FileDropFilter::filesDropped);
    const QString path = m_dir->filePath(QStringLiteral("Other.DEMARCHE"));
    std::unique_ptr<QMimeData> mime(fileMime({path}));

    QDragEnterEvent enter(QPoint(1, 1), Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
    enter.setAccepted(false);
    QCoreApplication::sendEvent(m_window.get(), &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(1, 1), Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(m_window.get(), &drop);
    QCOMPARE(project.count(), 1);
    QCOMPARE(project.at(0).at(0).toString(), path);
    QCOMPARE(files.count(), 0);
    QCoreApplication::processEvents();
    QVERIFY(m_project->documents().isEmpty());

    // Among other files, a project is just a file the importer refuses.
    const QString text = write(QStringLiteral("a.txt"), "Words.");
    mime.reset(fileMime({path, text}));
    QCOMPARE(FileDropFilter::projectPath(mime.get()), QString());
}

void TestDocumentImporter::webLinkIsNotAccepted()
{
    FileDropFilter filter;
    attachDropFilter(filter);
    QMimeData link;
    link.setUrls({QUrl(QStringLiteral("https://example.org/article"))});
    link.setText(QStringLiteral("https://example.org/article"));
    QDragEnterEvent enter(QPoint(1, 1), Qt::CopyAction, &link, Qt::LeftButton, Qt::NoModifier);
    enter.setAccepted(false);
    QCoreApplication::sendEvent(m_window.get(), &enter);
    QVERIFY(!enter.isAccepted());
}

void TestDocumentImporter::chooseAndImportRemembersFolder()
{
    m_importer->setInteractive(true);
    const QString path = write(QStringLiteral("chosen/pick.md"), "# Picked\n\nText.");
    const QString lastFolder = m_dir->filePath(QStringLiteral("last"));
    QVERIFY(QDir().mkpath(lastFolder));
    QSettings().setValue(QStringLiteral("import/lastFolder"), lastFolder);
    QString directory;
    bool askedForDetails = false;
    m_modalWatch.disconnect();
    connect(&m_modalWatch, &QTimer::timeout, this, [&]() {
        QWidget *modal = QApplication::activeModalWidget();
        // Then the new document's title, date and source are shown for confirmation.
        if (auto *review = qobject_cast<ImportReviewDialog *>(modal)) {
            askedForDetails = true;
            QTableWidget *table = review->table();
            QCOMPARE(table->rowCount(), 1);
            QCOMPARE(table->item(0, ImportReviewDialog::FileColumn)->text(),
                     QStringLiteral("pick.md"));
            QCOMPARE(table->item(0, ImportReviewDialog::TitleColumn)->text(),
                     QStringLiteral("Picked"));
            table->item(0, ImportReviewDialog::TitleColumn)->setText(QStringLiteral("Picked well"));
            table->item(0, ImportReviewDialog::SourceColumn)->setText(QStringLiteral("TASS"));
            table->item(0, ImportReviewDialog::DateColumn)
                ->setData(Qt::EditRole, QDate(2025, 7, 10));
            review->accept();
            return;
        }
        auto *dialog = qobject_cast<QFileDialog *>(modal);
        if (!dialog)
            return;
        // The dialog may refuse an accept while its file model is still loading on a
        // busy machine, so the watch keeps trying until the dialog has closed.
        if (directory.isEmpty())
            directory = dialog->directory().absolutePath();
        dialog->setDirectory(QFileInfo(path).absolutePath());
        // selectFile() leaves the file-name box alone while it has the keyboard focus (the
        // user may be typing there), and the box gets it when the dialog is activated. Qt
        // 6.8 activates the dialog before the first poll once the process has had an active
        // window, so the name never arrived and Open with an empty box kept the dialog up.
        if (QWidget *focused = dialog->focusWidget())
            focused->clearFocus();
        dialog->selectFile(path);
        static_cast<QDialog *>(dialog)->accept(); // QFileDialog::accept() is protected
    });
    m_modalWatch.start();
    const QList<DocumentId> ids = m_importer->chooseAndImport();
    m_modalWatch.stop();
    QCOMPARE(ids.size(), 1);
    QVERIFY(askedForDetails);
    QCOMPARE(titles(*m_project), QStringList{QStringLiteral("Picked well")});
    QCOMPARE(m_project->documentInfo(ids.constFirst())->source, QStringLiteral("TASS"));
    QCOMPARE(m_project->documentInfo(ids.constFirst())->date, QDate(2025, 7, 10));
    QCOMPARE(directory, lastFolder);
    QCOMPARE(QSettings().value(QStringLiteral("import/lastFolder")).toString(),
             QFileInfo(path).absolutePath());
    // The corrections are one undo step after the import's own.
    m_project->undoStack()->undo();
    QCOMPARE(titles(*m_project), QStringList{QStringLiteral("Picked")});
    QVERIFY(m_project->documentInfo(ids.constFirst())->source.isEmpty());
}

QTEST_MAIN(TestDocumentImporter)
#include "tst_documentimporter.moc"
