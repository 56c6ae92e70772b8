// File ▸ Export ▸ REFI-QDA Project and File ▸ Import ▸ REFI-QDA Project, driven through the
// window's actions and dialogs: the file dialogs, the question which code holds the
// actors, and the loss report.
#include "core/commands/addclaimcommand.h"
#include "core/commands/adddocumentcommand.h"
#include "core/exchange/qdpximport.h"
#include "core/project/project.h"
#include "widgets/exchange/actorsunderdialog.h"
#include "widgets/exchange/lossreportdialog.h"
#include "widgets/exchange/qdpximporter.h"
#include "widgets/mainwindow/mainwindow.h"
#include "widgets/mainwindow/mainwindowactions.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

#include <functional>

using namespace demarche;

namespace {

QString fixture(const QString &name)
{
    return QStringLiteral(DEMARCHE_QDPX_FIXTURES "/") + name;
}

QTreeWidgetItem *findItem(QTreeWidget *tree, const QString &text)
{
    const QList<QTreeWidgetItem *> found =
        tree->findItems(text, Qt::MatchExactly | Qt::MatchRecursive);
    return found.isEmpty() ? nullptr : found.constFirst();
}

void clickItem(QTreeWidget *tree, QTreeWidgetItem *item)
{
    tree->scrollToItem(item);
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualItemRect(item).center());
}

} // namespace

class TestQdpxExchange : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QTimer m_modalWatch;

    // Answers each modal dialog as it appears with `answer`, which returns true once it
    // has closed the dialog; dialogs it does not close are asked again.
    void answerModals(const std::function<bool(QWidget *)> &answer)
    {
        m_modalWatch.disconnect();
        connect(&m_modalWatch, &QTimer::timeout, this, [answer]() {
            if (QWidget *modal = QApplication::activeModalWidget())
                answer(modal);
        });
        m_modalWatch.start();
    }

    static bool acceptFileDialog(QWidget *modal, const QString &path)
    {
        auto *dialog = qobject_cast<QFileDialog *>(modal);
        if (!dialog)
            return false;
        dialog->setDirectory(QFileInfo(path).absolutePath());
        if (QWidget *focused = dialog->focusWidget())
            focused->clearFocus();
        dialog->selectFile(path);
        static_cast<QDialog *>(dialog)->accept(); // QFileDialog::accept() is protected
        return true;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setOrganizationName(QStringLiteral("DemarcheTests"));
        QApplication::setApplicationName(QStringLiteral("tst_qdpxexchange"));
        QVERIFY(m_dir.isValid());
        m_modalWatch.setInterval(10);
    }

    void cleanup()
    {
        m_modalWatch.stop();
        m_modalWatch.disconnect();
        QSettings().clear();
    }

    void actorsDialogOffersTheLikelyCode_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("offered");
        QTest::newRow("QualCoder: an Actors code") << "qualcoder.qdpx"
                                                   << "Actors";
        QTest::newRow("ATLAS.ti: no actors code") << "atlas.qdpx"
                                                  << "";
    }

    void actorsDialogOffersTheLikelyCode()
    {
        QFETCH(QString, file);
        QFETCH(QString, offered);
        const Result<QList<QdpxCode>> codes = readQdpxCodeTree(fixture(file));
        QVERIFY2(codes, qPrintable(codes ? QString() : codes.error().message));
        ActorsUnderDialog dialog(file, *codes);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(dialog.actorsUnder(), offered);
    }

    // The analyst picks the code with the mouse; "None" makes every code a topic.
    void actorsDialogFollowsTheChoice()
    {
        const Result<QList<QdpxCode>> codes =
            readQdpxCodeTree(fixture(QStringLiteral("qualcoder.qdpx")));
        QVERIFY(codes);
        ActorsUnderDialog dialog(QStringLiteral("qualcoder.qdpx"), *codes);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTreeWidget *tree = dialog.tree();
        QTreeWidgetItem *none = tree->topLevelItem(0);
        clickItem(tree, none);
        QCOMPARE(dialog.actorsUnder(), QString());
        const auto labels = dialog.findChildren<QLabel *>();
        const bool explained = std::any_of(labels.cbegin(), labels.cend(), [](QLabel *label) {
            return label->text().contains(QLatin1String("Unattributed"));
        });
        QVERIFY(explained);
        QTreeWidgetItem *actors = findItem(tree, QStringLiteral("Actors"));
        QVERIFY(actors);
        clickItem(tree, actors);
        QCOMPARE(dialog.actorsUnder(), QStringLiteral("Actors"));
    }

    void lossReportListsEveryLoss()
    {
        const QString project = m_dir.filePath(QStringLiteral("maxqda.demarche"));
        const Result<QdpxImportReport> report =
            importQdpxAsNewProject(fixture(QStringLiteral("maxqda.qdpx")), project, {});
        QVERIFY2(report, qPrintable(report ? QString() : report.error().message));
        QVERIFY(!report->losses.isEmpty());
        LossReportDialog dialog(QStringLiteral("maxqda.qdpx"), *report);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(dialog.list()->topLevelItemCount(), int(report->losses.size()));
        QVERIFY(dialog.list()->isVisible());
        QVERIFY(dialog.headline().contains(QLatin1String("maxqda.qdpx")));
        auto *copy = dialog.findChild<QPushButton *>(QStringLiteral("copyButton"));
        QVERIFY(copy);
        QTest::mouseClick(copy, Qt::LeftButton);
        const QString copied = QGuiApplication::clipboard()->text();
        for (const QdpxLoss &loss : report->losses)
            QVERIFY2(copied.contains(loss.where + QLatin1String(": ") + loss.what),
                     qPrintable(loss.where));
    }

    // A refused file leaves no half-made project behind.
    void refusedImportLeavesNoProject_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("not a zip") << "garbage.qdpx";
        QTest::newRow("two projects") << "two.qdpx";
        QTest::newRow("document type declaration") << "doctype.qdpx";
    }

    void refusedImportLeavesNoProject()
    {
        QFETCH(QString, file);
        const QDir folder(m_dir.filePath(QStringLiteral("refused-") + file));
        QVERIFY(folder.mkpath(QStringLiteral(".")));
        const QString project = folder.filePath(QStringLiteral("new.demarche"));
        const Result<QdpxImportReport> report = importQdpxAsNewProject(fixture(file), project, {});
        QVERIFY(!report);
        QVERIFY2(report.error().message.contains(file), qPrintable(report.error().message));
        // Nor its journal files.
        QCOMPARE(folder.entryList(QDir::Files | QDir::Hidden), QStringList());
    }

    // Export the open project through the menu's action, import the file again as a new
    // project: the window opens it, with the same documents and claims, and reports.
    void menuRoundTrip()
    {
        MainWindow window;
        window.show();
        QVERIFY(window.actions().importQdpx()->isEnabled());
        QVERIFY(!window.actions().exportQdpx()->isEnabled());
        // File ▸ Export, greyed while there is nothing to export.
        const auto exportMenu = [&window]() -> QMenu * {
            const QList<QMenu *> menus = window.findChildren<QMenu *>();
            for (QMenu *menu : menus) {
                if (menu->actions().contains(window.actions().exportQdpx()))
                    return menu;
            }
            return nullptr;
        };
        QVERIFY(exportMenu());
        QVERIFY(!exportMenu()->isEnabled());
        const QString original = m_dir.filePath(QStringLiteral("original.demarche"));
        QVERIFY(window.createProject(original));
        QVERIFY(window.actions().exportQdpx()->isEnabled());
        QVERIFY(exportMenu()->isEnabled());
        Project &project = *window.project();
        Document document;
        document.title = QStringLiteral("Ministers meet");
        document.text = QStringLiteral("Moscow demands guarantees. Washington asks for talks.");
        auto *addDocument = new AddDocumentCommand(project, document);
        QVERIFY(project.execute(addDocument));
        Actor russia;
        russia.name = QStringLiteral("Russia");
        const Result<Actor> added = project.insertActor(russia);
        QVERIFY(added);
        Claim claim;
        claim.document = addDocument->documentId();
        claim.end = 25;
        claim.holder = added->id;
        claim.topic = project.topics().constFirst().id;
        claim.position = -40;
        QVERIFY(project.execute(new AddClaimCommand(project, claim)));

        const QString qdpx = m_dir.filePath(QStringLiteral("exported.qdpx"));
        answerModals([&](QWidget *modal) { return acceptFileDialog(modal, qdpx); });
        window.actions().exportQdpx()->trigger();
        m_modalWatch.stop();
        QVERIFY(QFile::exists(qdpx));

        const QString imported = m_dir.filePath(QStringLiteral("imported.demarche"));
        int fileDialogs = 0;
        bool askedForActors = false;
        QString reported;
        answerModals([&](QWidget *modal) {
            if (qobject_cast<ActorsUnderDialog *>(modal))
                askedForActors = true;
            if (auto *report = qobject_cast<LossReportDialog *>(modal)) {
                reported = report->headline() + QLatin1Char('\n') + report->counts();
                report->close();
                return true;
            }
            if (acceptFileDialog(modal, fileDialogs == 0 ? qdpx : imported)) {
                ++fileDialogs;
                return true;
            }
            return false;
        });
        window.actions().importQdpx()->trigger();
        m_modalWatch.stop();
        QCOMPARE(fileDialogs, 2);
        QVERIFY2(!askedForActors, "a file Demarche wrote needs no answer");
        QVERIFY2(reported.contains(QLatin1String("exported.qdpx")), qPrintable(reported));
        QVERIFY2(reported.contains(QStringLiteral("1 document · ")), qPrintable(reported));
        QVERIFY2(reported.contains(QLatin1String("1 claim")), qPrintable(reported));
        QVERIFY(window.project());
        QCOMPARE(window.project()->path(), imported);
        QCOMPARE(window.project()->documents().size(), 1);
        QCOMPARE(window.project()->documents().constFirst().title,
                 QStringLiteral("Ministers meet"));
        const Result<QList<Claim>> claims = window.project()->store().claims();
        QVERIFY(claims);
        QCOMPARE(claims->size(), 1);
        QCOMPARE(claims->constFirst().quote, QStringLiteral("Moscow demands guarantees"));
        QCOMPARE(claims->constFirst().position, std::optional<int>(-40));
    }

    // Another program's file: the window asks which code holds the actors.
    void foreignFileAsksForActors()
    {
        MainWindow window;
        window.show();
        const QString imported = m_dir.filePath(QStringLiteral("qualcoder.demarche"));
        int fileDialogs = 0;
        QString offered;
        bool reported = false;
        answerModals([&](QWidget *modal) {
            if (auto *actors = qobject_cast<ActorsUnderDialog *>(modal)) {
                offered = actors->actorsUnder();
                actors->accept();
                return true;
            }
            if (auto *report = qobject_cast<LossReportDialog *>(modal)) {
                reported = true;
                report->close();
                return true;
            }
            if (acceptFileDialog(modal, fileDialogs == 0 ? fixture(QStringLiteral("qualcoder.qdpx"))
                                                         : imported)) {
                ++fileDialogs;
                return true;
            }
            return false;
        });
        window.actions().importQdpx()->trigger();
        m_modalWatch.stop();
        QCOMPARE(offered, QStringLiteral("Actors"));
        QVERIFY(reported);
        QVERIFY(window.project());
        QCOMPARE(window.project()->path(), imported);
        // The codes below "Actors" became actors, beside the one made for topic-only
        // passages; the other codes became topics.
        QStringList actors;
        for (const Actor &actor : window.project()->actors())
            actors.append(actor.name);
        actors.sort();
        QCOMPARE(actors, (QStringList{QStringLiteral("EU"), QStringLiteral("Russia"),
                                      QStringLiteral("Unattributed")}));
        const bool energyIsTopic =
            std::any_of(window.project()->topics().cbegin(), window.project()->topics().cend(),
                        [](const Topic &topic) { return topic.name == QLatin1String("Energy"); });
        QVERIFY(energyIsTopic);
        QVERIFY(!window.project()->documents().isEmpty());
    }
};

QTEST_MAIN(TestQdpxExchange)
#include "tst_qdpxexchange.moc"
