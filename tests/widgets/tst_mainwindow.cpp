// The whole workbench, as a user drives it: welcome view, sample project, tagging with
// the quick-tag keys, undo and redo, the claims table following, dropping files.
#include "core/project/project.h"
#include "core/project/projectselection.h"
#include "widgets/article/articleview.h"
#include "widgets/claims/claimspanel.h"
#include "widgets/inspector/claiminspector.h"
#include "widgets/mainwindow/mainwindow.h"
#include "widgets/mainwindow/projectsession.h"
#include "widgets/mainwindow/recentprojects.h"
#include "widgets/mainwindow/welcomeview.h"
#include "widgets/quicktag/quicktagcontroller.h"
#include "widgets/quicktag/quicktagpopup.h"

#include <QAction>
#include <QApplication>
#include <QDropEvent>
#include <QFile>
#include <QLineEdit>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTimer>
#include <QUndoStack>
#include <QUrl>

using namespace demarche;

class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    // Selects `words` in the open article with the keyboard, as caret browsing does.
    static bool selectWords(ArticleView *view, const QString &words)
    {
        QPlainTextEdit *edit = view->textEdit();
        const int at = edit->toPlainText().indexOf(words);
        if (at < 0)
            return false;
        QTextCursor cursor = edit->textCursor();
        cursor.setPosition(at);
        edit->setTextCursor(cursor);
        edit->setFocus();
        for (int i = 0; i < words.size(); ++i)
            QTest::keyClick(edit, Qt::Key_Right, Qt::ShiftModifier);
        return edit->textCursor().selectedText() == words;
    }

    // The keys of the window's commands are shortcuts, which reach only the active window.
    static bool activate(MainWindow &window)
    {
        window.activateWindow();
        return QTest::qWaitForWindowActive(&window);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setOrganizationName(QStringLiteral("DemarcheTests"));
        QApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
        QVERIFY(m_dir.isValid());
    }

    void init()
    {
        QSettings().clear();
        QFile::remove(ProjectSession::sampleProjectPath());
    }

    void startsOnTheWelcomeView()
    {
        MainWindow window;
        window.show();
        QVERIFY(window.project() == nullptr);
        QCOMPARE(window.windowTitle(), QStringLiteral("Demarche"));
        QVERIFY(window.welcomeView()->isVisible());
        QVERIFY(!window.actions().exportClaims()->isEnabled());
        QVERIFY(!window.actions().undo()->isEnabled());
    }

    void welcomeOpensTheSampleProject()
    {
        MainWindow window;
        window.show();
        auto *sample =
            window.welcomeView()->findChild<QPushButton *>(QStringLiteral("welcomeSample"));
        QVERIFY(sample);
        QTest::mouseClick(sample, Qt::LeftButton);
        QVERIFY(window.project());
        QCOMPARE(window.windowTitle(), QStringLiteral("Sample project — Demarche"));
        QVERIFY(window.project()->documents().size() >= 2);
        QVERIFY(window.articleView()->documentId().isValid());
        QCOMPARE(RecentProjects::last(), ProjectSession::sampleProjectPath());
    }

    void selectThenTwoKeysMakesAClaimAndUndoTakesItBack()
    {
        MainWindow window;
        window.show();
        const QString path = m_dir.filePath(QStringLiteral("tagging.demarche"));
        QFile::remove(path);
        QVERIFY(window.createProject(path));
        Project *project = window.project();
        // An article and an actor to tag with.
        {
            QFile article(m_dir.filePath(QStringLiteral("meeting.txt")));
            QVERIFY(article.open(QIODevice::WriteOnly));
            article.write("The minister said Moscow insists on security guarantees.\n");
        }
        QMimeData data;
        data.setUrls({QUrl::fromLocalFile(m_dir.filePath(QStringLiteral("meeting.txt")))});
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &data, Qt::LeftButton,
                              Qt::NoModifier);
        QApplication::sendEvent(&window, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&window, &drop);
        QTRY_COMPARE(project->documents().size(), 1); // imported once the drop is answered
        QTRY_VERIFY(window.articleView()->documentId().isValid());

        Actor russia;
        russia.name = QStringLiteral("Russia");
        russia.aliases = {QStringLiteral("Moscow")};
        QVERIFY(project->insertActor(russia));

        // Mid-word selection: snapped to whole words.
        QVERIFY(
            selectWords(window.articleView(), QStringLiteral("oscow insists on security guar")));
        QSignalSpy added(project, &Project::claimsAdded);
        QVERIFY(activate(window));
        QTest::keyClick(window.articleView()->textEdit(), Qt::Key_T);
        QuickTagPopup *popup = window.tagController()->popup();
        QTRY_VERIFY(popup->isVisible());
        QWidget *keys = QApplication::focusWidget() ? QApplication::focusWidget() : popup;
        QTest::keyClick(keys, Qt::Key_1);
        QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : popup,
                        Qt::Key_1);
        QTRY_COMPARE(added.size(), 1);
        const Claim claim = added.at(0).at(0).value<QList<Claim>>().constFirst();
        QCOMPARE(claim.quote, QStringLiteral("Moscow insists on security guarantees"));
        QCOMPARE(claim.holder, project->actors().constFirst().id);
        QCOMPARE(claim.topic, project->topics().constFirst().id);
        QCOMPARE(window.inspector()->claimId(), claim.id);
        QCOMPARE(window.claimsPanel()->view()->model()->rowCount(), 1);

        QCOMPARE(window.actions().undo()->text(), QStringLiteral("&Undo Add claim"));
        window.actions().undo()->trigger();
        QCOMPARE(window.actions().redo()->text(), QStringLiteral("&Redo Add claim"));
        QVERIFY(window.actions().undo()->text().startsWith(QStringLiteral("&Undo Import")));
        QCOMPARE(project->store().claimCount().value(), 0);
        QCOMPARE(window.claimsPanel()->view()->model()->rowCount(), 0);
        QVERIFY(window.actions().redo()->isEnabled());
        window.actions().redo()->trigger();
        QCOMPARE(project->store().claimCount().value(), 1);
        QCOMPARE(window.claimsPanel()->view()->model()->rowCount(), 1);
        QVERIFY(window.windowTitle().startsWith(QStringLiteral("tagging — ")));
    }

    // One action per command: its keys, its menu entry and the article's context menu.
    void tagKeysTriggerTheOneTagAction()
    {
        MainWindow window;
        window.show();
        QVERIFY(window.openSampleProject());
        QAction *tag = window.actions().tagSelection();
        QVERIFY(tag->isEnabled());
        QSignalSpy triggered(tag, &QAction::triggered);
        QVERIFY(activate(window));
        QPlainTextEdit *edit = window.articleView()->textEdit();
        // Each key is pressed without a selection: the tagger only says what to do.
        QVERIFY(selectWords(window.articleView(), edit->toPlainText().left(1)));
        const QTextCursor none(edit->document());
        const std::pair<Qt::Key, Qt::KeyboardModifiers> keys[] = {
            {Qt::Key_T, Qt::NoModifier},         {Qt::Key_Return, Qt::NoModifier},
            {Qt::Key_Enter, Qt::KeypadModifier}, {Qt::Key_T, Qt::ShiftModifier},
            {Qt::Key_Return, Qt::ShiftModifier},
        };
        for (const auto &[key, modifiers] : keys) {
            edit->setTextCursor(none);
            QTest::keyClick(edit, key, modifiers);
        }
        QCOMPARE(triggered.size(), 5);
        QTest::keyClick(edit, Qt::Key_T, Qt::ControlModifier);
        QCOMPARE(triggered.size(), 5);

        // Elsewhere T is just a letter.
        auto *search = window.claimsPanel()->findChild<QLineEdit *>();
        QVERIFY(search);
        search->setFocus();
        QTest::keyClick(search, Qt::Key_T);
        QCOMPARE(triggered.size(), 5);
        QCOMPARE(search->text(), QStringLiteral("t"));

        // The menu, the toolbar and the article's text share the one action.
        QVERIFY(tag->associatedObjects().contains(edit));
        QVERIFY(window.actions().deleteClaim()->associatedObjects().contains(edit));
        QVERIFY(tag->associatedObjects().size() >= 3);
    }

    void quickTagKeepsOnePopupAcrossProjects()
    {
        MainWindow window;
        window.show();
        QuickTagController *tagger = window.tagController();
        QVERIFY(tagger);
        const auto popups = [&window]() { return window.findChildren<QuickTagPopup *>().size(); };
        QCOMPARE(popups(), 1);
        for (const char *name : {"first.demarche", "second.demarche", "third.demarche"}) {
            const QString path = m_dir.filePath(QString::fromLatin1(name));
            QFile::remove(path);
            QVERIFY(window.createProject(path));
            QCOMPARE(window.tagController(), tagger);
            QCOMPARE(popups(), 1);
        }
        window.closeProject();
        QCOMPARE(popups(), 1);
        QVERIFY(!tagger->tagSelection()); // no project: nothing to tag
    }

    void clickedClaimBecomesCurrentEverywhere()
    {
        MainWindow window;
        window.show();
        QVERIFY(window.openSampleProject());
        Project *project = window.project();
        const Claim first = project->store().claims().value().constFirst();
        window.showClaim(first.id);
        QCOMPARE(project->selection().currentDocument(), first.document);
        QCOMPARE(project->selection().currentClaim(), first.id);
        QCOMPARE(window.articleView()->documentId(), first.document);
        QCOMPARE(window.articleView()->selectedClaim(), first.id);
        QCOMPARE(window.inspector()->claimId(), first.id);
        QCOMPARE(window.claimsPanel()->currentClaim(), first.id);

        project->selection().setCurrentClaim(ClaimId());
        QVERIFY(!window.articleView()->selectedClaim().isValid());
        QVERIFY(!window.inspector()->claimId().isValid());
        QVERIFY(!window.claimsPanel()->currentClaim().isValid());
    }

    void deleteKeyRemovesTheSelectedClaim()
    {
        MainWindow window;
        window.show();
        QVERIFY(window.openSampleProject());
        Project *project = window.project();
        const qint64 before = project->store().claimCount().value();
        const Claim first = project->store().claims().value().constFirst();
        window.showClaim(first.id);
        QCOMPARE(window.articleView()->selectedClaim(), first.id);
        QVERIFY(activate(window));
        QTest::keyClick(window.articleView()->textEdit(), Qt::Key_Delete);
        QCOMPARE(project->store().claimCount().value(), before - 1);
        window.actions().undo()->trigger();
        QCOMPARE(project->store().claimCount().value(), before);
    }

    void closingGoesBackToTheWelcomeView()
    {
        MainWindow window;
        window.show();
        QVERIFY(window.openSampleProject());
        window.actions().closeProject()->trigger();
        QVERIFY(window.project() == nullptr);
        QVERIFY(window.welcomeView()->isVisible());
        auto *recent = window.welcomeView()->findChild<QWidget *>(QStringLiteral("welcomeRecent"));
        QVERIFY(recent && recent->isVisible());
    }

    void brokenProjectIsReportedAndLeftAlone()
    {
        MainWindow window;
        window.show();
        const QString path = m_dir.filePath(QStringLiteral("broken.demarche"));
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("this is not a project");
        }
        QString shown;
        QTimer::singleShot(0, this, [&shown]() {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                shown = box->text();
                box->accept();
            }
        });
        QVERIFY(!window.openProject(path));
        QVERIFY(shown.contains(QStringLiteral("broken.demarche")));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("this is not a project"));
        QVERIFY(window.project() == nullptr);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
