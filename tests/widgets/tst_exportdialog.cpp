// The CSV export dialog: what it writes is byte for byte what exportClaimsCsv writes for
// the same options; its choices (byte order mark, the claims table's filter) reach the
// file; a failure is shown and writes nothing; Cancel during the export leaves no file;
// the open project, by any of its names, is refused and stays the file SQLite holds.
#include "core/export/claimsexport.h"
#include "core/io/openprojects.h"
#include "core/project/project.h"
#include "widgets/dialogs/exportclaimsdialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QFile>
#include <QFileInfo>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <unistd.h>

using namespace demarche;

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

// Closes the next message box once it is up; `text` receives what it said. Gives up
// after a few seconds, so that a box that never comes fails the test, not the run.
void closeNextMessageBox(QString *text, int triesLeft = 500)
{
    QTimer::singleShot(10, [text, triesLeft]() {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box) {
            if (triesLeft > 0)
                closeNextMessageBox(text, triesLeft - 1);
            return;
        }
        *text = box->text() + QLatin1Char('\n') + box->informativeText();
        box->close();
    });
}

// Answers the next `count` message boxes as they come up: Yes where there is a Yes, else
// closes them. `texts` receives what each said.
void answerMessageBoxes(QStringList *texts, int count, int triesLeft = 500)
{
    QTimer::singleShot(10, [texts, count, triesLeft]() {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box) {
            if (triesLeft > 0)
                answerMessageBoxes(texts, count, triesLeft - 1);
            return;
        }
        texts->append(box->text() + QLatin1Char('\n') + box->informativeText());
        if (QAbstractButton *yes = box->button(QMessageBox::Yes))
            yes->click();
        else
            box->close();
        if (count > 1)
            answerMessageBoxes(texts, count - 1);
    });
}

} // namespace

class TestExportDialog final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Project> m_project;
    ActorId m_hawks;
    int m_files = 0;

    QString freshPath() { return m_dir.filePath(QStringLiteral("out%1.csv").arg(++m_files)); }

    ActorId addActor(const QString &name)
    {
        Actor actor;
        actor.name = name;
        auto added = m_project->insertActor(actor);
        if (!added)
            qFatal("cannot add an actor: %s", qPrintable(added.error().message));
        return added->id;
    }

    // Exports through the dialog's Export button; returns the claims count it reported.
    qint64 exportWith(ExportClaimsDialog &dialog, const QString &path)
    {
        QSignalSpy exported(&dialog, &ExportClaimsDialog::exported);
        dialog.setPath(path);
        QTest::mouseClick(dialog.exportButton(), Qt::LeftButton);
        if (exported.count() != 1)
            return -1;
        if (exported.first().at(0).toString() != path)
            return -2;
        return exported.first().at(1).toLongLong();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("DemarcheTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_exportdialog"));
        QSettings().clear(); // no folder remembered from an earlier run
        QVERIFY(m_dir.isValid());
        auto created = Project::create(m_dir.filePath(QStringLiteral("talks.demarche")));
        QVERIFY(created);
        m_project = std::move(created).value();
        const ActorId russia = addActor(QStringLiteral("Russia"));
        m_hawks = addActor(QStringLiteral("Hawks"));
        Document document;
        document.title = QStringLiteral("Ministers meet, «again»");
        document.text = QStringLiteral("=1+1 said Moscow. Sanctions now, said the hawks. 👍 ok.");
        auto added = m_project->insertDocument(document, ProjectStore::Duplicates::Allow);
        QVERIFY(added);
        const QList<std::tuple<int, int, ActorId, QString>> spans = {
            {0, 4, russia, QStringLiteral("+formula note")},
            {5, 17, russia, QString()},
            {18, 31, m_hawks, QStringLiteral("@hawks")},
            {33, 48, m_hawks, QStringLiteral("plain, with \"quotes\"")},
            {49, 53, russia, QString()},
        };
        for (const auto &[start, end, holder, note] : spans) {
            Claim claim;
            claim.document = added->id;
            claim.start = start;
            claim.end = end;
            claim.holder = holder;
            claim.topic = m_project->topics().first().id;
            claim.note = note;
            auto inserted = m_project->insertClaim(claim);
            QVERIFY2(inserted, qPrintable(inserted ? QString() : inserted.error().message));
        }
    }

    void offersAProjectNamedFile()
    {
        ExportClaimsDialog dialog(*m_project, nullptr);
        QVERIFY(dialog.path().endsWith(QLatin1String("/talks-claims.csv")));
        QVERIFY(dialog.allClaimsButton()->isChecked());
        QVERIFY(dialog.allClaimsButton()->text().contains(QLatin1String("(5)")));
        QVERIFY(!dialog.tableClaimsButton()->isEnabled());
        QVERIFY(dialog.formulaEscapeBox()->isChecked());
        QVERIFY(!dialog.formulaEscapeBox()->toolTip().isEmpty());
        QVERIFY(!dialog.byteOrderMarkBox()->isChecked());
        QVERIFY(!dialog.progressBar()->isVisible());
        dialog.setPath(QString());
        QVERIFY(!dialog.exportButton()->isEnabled());
        dialog.setPath(freshPath());
        QVERIFY(dialog.exportButton()->isEnabled());
    }

    void writesWhatTheCoreWrites_data()
    {
        QTest::addColumn<bool>("byteOrderMark");
        QTest::addColumn<bool>("formulaEscape");
        QTest::newRow("defaults") << false << true;
        QTest::newRow("excel") << true << true;
        QTest::newRow("raw") << false << false;
    }

    void writesWhatTheCoreWrites()
    {
        QFETCH(bool, byteOrderMark);
        QFETCH(bool, formulaEscape);
        ExportClaimsDialog dialog(*m_project, nullptr);
        dialog.show();
        dialog.byteOrderMarkBox()->setChecked(byteOrderMark);
        dialog.formulaEscapeBox()->setChecked(formulaEscape);
        const QString path = freshPath();
        QCOMPARE(exportWith(dialog, path), 5);
        QVERIFY(!dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Accepted));

        ClaimsExportOptions options;
        options.byteOrderMark = byteOrderMark;
        options.formulaEscape = formulaEscape;
        const QString reference = freshPath();
        QVERIFY(exportClaimsCsv(m_project->store(), reference, options));
        const QByteArray written = readAll(path);
        QCOMPARE(written, readAll(reference));
        QCOMPARE(written.startsWith("\xEF\xBB\xBF"), byteOrderMark);
        QCOMPARE(written.contains("'+formula note"), formulaEscape);
    }

    void writesOnlyTheTableClaims()
    {
        ExportClaimsDialog dialog(*m_project, nullptr);
        dialog.show();
        ClaimFilter filter;
        filter.holders = {m_hawks};
        dialog.setTableFilter(filter, 2, QStringLiteral("actor Hawks"));
        QVERIFY(dialog.tableClaimsButton()->isEnabled());
        QVERIFY(dialog.tableClaimsButton()->text().contains(QLatin1String("(2: actor Hawks)")));
        QTest::mouseClick(dialog.tableClaimsButton(), Qt::LeftButton);
        QVERIFY(dialog.tableClaimsButton()->isChecked());
        const QString path = freshPath();
        QCOMPARE(exportWith(dialog, path), 2);

        ClaimsExportOptions options;
        options.filter = filter;
        const QString reference = freshPath();
        QVERIFY(exportClaimsCsv(m_project->store(), reference, options));
        const QByteArray written = readAll(path);
        QCOMPARE(written, readAll(reference));
        QCOMPARE(written.count("\r\n"), 3); // the header and two claims
        QVERIFY(written.contains("'@hawks"));
        QVERIFY(!written.contains("formula note"));
    }

    void aMissingFolderIsShownAndWritesNothing()
    {
        ExportClaimsDialog dialog(*m_project, nullptr);
        dialog.show();
        QSignalSpy exported(&dialog, &ExportClaimsDialog::exported);
        const QString path = m_dir.filePath(QStringLiteral("missing/claims.csv"));
        dialog.setPath(path);
        QString message;
        closeNextMessageBox(&message);
        QTest::mouseClick(dialog.exportButton(), Qt::LeftButton);
        QVERIFY2(message.contains(QLatin1String("missing/claims.csv")), qPrintable(message));
        QCOMPARE(exported.count(), 0);
        QVERIFY(!QFile::exists(path));
        QVERIFY(dialog.isVisible()); // the analyst may pick another place
        QVERIFY(dialog.exportButton()->isEnabled());
        QVERIFY(!dialog.progressBar()->isVisible());
    }

    void cancelDuringTheExportWritesNothing()
    {
        ExportClaimsDialog dialog(*m_project, nullptr);
        dialog.show();
        QSignalSpy exported(&dialog, &ExportClaimsDialog::exported);
        const QString path = freshPath();
        dialog.setPath(path);
        bool sawProgress = false;
        bool exportDisabled = false;
        // Runs from the first progress report, while the export is under way.
        QTimer::singleShot(0, &dialog, [&]() {
            sawProgress = dialog.progressBar()->isVisible();
            exportDisabled = !dialog.exportButton()->isEnabled();
            QTest::mouseClick(dialog.cancelButton(), Qt::LeftButton);
        });
        QTest::mouseClick(dialog.exportButton(), Qt::LeftButton);
        QVERIFY(sawProgress);
        QVERIFY(exportDisabled);
        QCOMPARE(exported.count(), 0);
        QVERIFY(!QFile::exists(path));
        QVERIFY(dialog.isVisible()); // Cancel stopped the export, not the dialog
        QTest::mouseClick(dialog.cancelButton(), Qt::LeftButton);
        QVERIFY(!dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
    }

    void remembersTheFolder()
    {
        QTemporaryDir other;
        QVERIFY(other.isValid());
        {
            ExportClaimsDialog dialog(*m_project, nullptr);
            QCOMPARE(exportWith(dialog, other.filePath(QStringLiteral("x.csv"))), 5);
        }
        ExportClaimsDialog next(*m_project, nullptr);
        QCOMPARE(next.path(), other.filePath(QStringLiteral("talks-claims.csv")));
    }

    // Another project starts beside itself, whatever this one remembered, and the defaults
    // export as they are (the documents folder need not exist).
    void startsInTheProjectsFolder()
    {
        QTemporaryDir other;
        QVERIFY(other.isValid());
        {
            ExportClaimsDialog dialog(*m_project, nullptr);
            QCOMPARE(exportWith(dialog, other.filePath(QStringLiteral("x.csv"))), 5);
        }
        QTemporaryDir folder;
        QVERIFY(folder.isValid());
        auto created = Project::create(folder.filePath(QStringLiteral("second.demarche")));
        QVERIFY(created);
        const std::unique_ptr<Project> second = std::move(created).value();
        ExportClaimsDialog dialog(*second, nullptr);
        const QString expected = folder.filePath(QStringLiteral("second-claims.csv"));
        QCOMPARE(dialog.path(), expected);
        QSignalSpy exported(&dialog, &ExportClaimsDialog::exported);
        QTest::mouseClick(dialog.exportButton(), Qt::LeftButton);
        QCOMPARE(exported.count(), 1);
        QVERIFY(QFileInfo::exists(expected));
    }

    void theOpenProjectIsRefused_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("its own path") << QString();
        QTest::newRow("a symbolic link") << QStringLiteral("link.csv");
        QTest::newRow("a hard link") << QStringLiteral("hard.csv");
    }

    // The error is shown before any question of replacing the file, and the path still
    // leads to the file the open project is.
    void theOpenProjectIsRefused()
    {
        QFETCH(QString, name);
        const QString project = m_project->path();
        QString path = project;
        if (name == QLatin1String("link.csv")) {
            path = m_dir.filePath(name);
            QVERIFY(QFile::link(project, path));
        } else if (name == QLatin1String("hard.csv")) {
            path = m_dir.filePath(name);
            QVERIFY(
                ::link(QFile::encodeName(project).constData(), QFile::encodeName(path).constData())
                == 0);
        }
        ExportClaimsDialog dialog(*m_project, nullptr);
        dialog.show();
        QSignalSpy exported(&dialog, &ExportClaimsDialog::exported);
        dialog.setPath(path);
        QStringList texts;
        answerMessageBoxes(&texts, 1);
        QTest::mouseClick(dialog.exportButton(), Qt::LeftButton);
        // Refused at once: nobody is asked whether to replace the project.
        QCOMPARE(texts.size(), 1);
        QVERIFY2(texts.at(0).contains(QLatin1String("is the open project itself")),
                 qPrintable(texts.at(0)));
        QCOMPARE(exported.count(), 0);
        QVERIFY(dialog.isVisible());
        QVERIFY(isOpenProject(path)); // not replaced by a new file
        if (path != project)
            QVERIFY(QFile::remove(path));
        const auto again = exportClaimsCsv(m_project->store(), freshPath(), ClaimsExportOptions());
        QVERIFY(again);
        QCOMPARE(again.value(), 5); // the project still reads as it was
    }
};

QTEST_MAIN(TestExportDialog)
#include "tst_exportdialog.moc"
