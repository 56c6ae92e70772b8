// The whole workbench, as a user drives it: welcome view, sample project, tagging with
// the quick-tag keys, undo and redo, the claims table following, dropping files.
#include "core/commands/codebookcommands.h"
#include "core/cues/cuebackend.h"
#include "core/project/project.h"
#include "core/project/projectselection.h"
#include "widgets/article/articlehighlighter.h"
#include "widgets/article/articleview.h"
#include "widgets/article/claimhighlighter.h"
#include "widgets/claims/claimspanel.h"
#include "widgets/inspector/claiminspector.h"
#include "widgets/mainwindow/mainwindow.h"
#include "widgets/mainwindow/projectsession.h"
#include "widgets/mainwindow/recentprojects.h"
#include "widgets/mainwindow/welcomeview.h"
#include "widgets/quicktag/quicktagcontroller.h"
#include "widgets/quicktag/quicktagmodel.h"
#include "widgets/quicktag/quicktagpopup.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QDropEvent>
#include <QFile>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMenuBar>
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
#include <QTextLayout>
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

    // How many pieces of the open article are painted as cues.
    static int cueCount(const MainWindow &window)
    {
        int count = 0;
        const QTextDocument *document = window.articleView()->textEdit()->document();
        for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
            const QList<QTextLayout::FormatRange> ranges = block.layout()->formats();
            for (const QTextLayout::FormatRange &range : ranges) {
                if (range.format.underlineStyle() == ArticleHighlighter::CueUnderline)
                    ++count;
            }
        }
        return count;
    }

    static QMenu *menu(const MainWindow &window, const QString &title)
    {
        const QList<QAction *> menus = window.menuBar()->actions();
        for (QAction *action : menus) {
            if (action->menu() && action->text() == title)
                return action->menu();
        }
        return nullptr;
    }

    // The keys of the window's commands are shortcuts, which reach only the active window.
    static bool activate(MainWindow &window)
    {
        window.activateWindow();
        return QTest::qWaitForWindowActive(&window);
    }

    // A new project in `window` named `name`, holding `text` as an article dropped on the
    // window and opened.
    void newProjectWithArticle(MainWindow &window, const QString &name, const QByteArray &text)
    {
        const QString path = m_dir.filePath(name + QStringLiteral(".demarche"));
        QFile::remove(path);
        QVERIFY(window.createProject(path));
        const QString articlePath = m_dir.filePath(name + QStringLiteral(".txt"));
        {
            QFile article(articlePath);
            QVERIFY(article.open(QIODevice::WriteOnly));
            article.write(text);
        }
        QMimeData data;
        data.setUrls({QUrl::fromLocalFile(articlePath)});
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &data, Qt::LeftButton,
                              Qt::NoModifier);
        QApplication::sendEvent(&window, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&window, &drop);
        QTRY_COMPARE(window.project()->documents().size(), 1); // once the drop is answered
        QTRY_VERIFY(window.articleView()->documentId().isValid());
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

    // A quotation in the selection keeps both its marks, by keyboard or by mouse.
    void taggedQuotationKeepsBothMarks_data()
    {
        QTest::addColumn<bool>("mouse");
        QTest::addColumn<QString>("selected");
        QTest::addColumn<QString>("quote");
        QTest::newRow("keyboard, comma after")
            << false << QStringLiteral("talks were “frank and important”,")
            << QStringLiteral("talks were “frank and important”");
        QTest::newRow("mouse, mid-word end")
            << true << QStringLiteral("talks were “frank and impor")
            << QStringLiteral("talks were “frank and important”");
        QTest::newRow("keyboard, the quotation alone")
            << false << QStringLiteral("“frank and important”,")
            << QStringLiteral("frank and important");
    }

    void taggedQuotationKeepsBothMarks()
    {
        QFETCH(bool, mouse);
        QFETCH(QString, selected);
        QFETCH(QString, quote);
        MainWindow window;
        window.show();
        newProjectWithArticle(window, QStringLiteral("quotation"),
                              "Lavrov said the talks were “frank and important”, and left.\n");
        if (QTest::currentTestFailed())
            return;
        Project *project = window.project();
        Actor russia;
        russia.name = QStringLiteral("Russia");
        QVERIFY(project->insertActor(russia));
        QPlainTextEdit *edit = window.articleView()->textEdit();
        QVERIFY(activate(window));
        if (mouse) {
            const int at = edit->toPlainText().indexOf(selected);
            QVERIFY(at >= 0);
            QTextCursor cursor = edit->textCursor();
            cursor.setPosition(at);
            const QPoint from = edit->cursorRect(cursor).center();
            cursor.setPosition(at + int(selected.size()));
            const QPoint to = edit->cursorRect(cursor).center();
            QTest::mouseClick(edit->viewport(), Qt::LeftButton, {}, from);
            QTest::mouseClick(edit->viewport(), Qt::LeftButton, Qt::ShiftModifier, to);
            QCOMPARE(edit->textCursor().selectedText(), selected);
        } else {
            QVERIFY(selectWords(window.articleView(), selected));
        }
        QSignalSpy added(project, &Project::claimsAdded);
        QTest::keyClick(edit, Qt::Key_T);
        QuickTagPopup *popup = window.tagController()->popup();
        QTRY_VERIFY(popup->isVisible());
        QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : popup,
                        Qt::Key_1);
        QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : popup,
                        Qt::Key_1);
        QTRY_COMPARE(added.size(), 1);
        QCOMPARE(added.at(0).at(0).value<QList<Claim>>().constFirst().quote, quote);
    }

    // An undo text is shown as written: "&" is not taken for a mnemonic.
    void undoTextKeepsItsAmpersand()
    {
        MainWindow window;
        window.show();
        newProjectWithArticle(window, QStringLiteral("ampersand"), "Talks went on.\n");
        if (QTest::currentTestFailed())
            return;
        Project *project = window.project();
        Actor actor;
        actor.name = QStringLiteral("Bosnia & Herzegovina");
        QVERIFY(project->execute(new AddActorCommand(*project, actor)));
        QCOMPARE(window.actions().undo()->text(),
                 QStringLiteral("&Undo Add actor “Bosnia && Herzegovina”"));
        window.actions().undo()->trigger();
        QCOMPARE(window.actions().redo()->text(),
                 QStringLiteral("&Redo Add actor “Bosnia && Herzegovina”"));
        // What the menu shows.
        QCOMPARE(QAction(window.actions().redo()->text()).iconText(),
                 QStringLiteral("Redo Add actor “Bosnia & Herzegovina”"));
        QVERIFY(window.actions().undo()->text().startsWith(QStringLiteral("&Undo Import")));
    }

    void selectThenTwoKeysMakesAClaimAndUndoTakesItBack()
    {
        MainWindow window;
        window.show();
        // An article and an actor to tag with.
        newProjectWithArticle(window, QStringLiteral("tagging"),
                              "The minister said Moscow insists on security guarantees.\n");
        if (QTest::currentTestFailed())
            return;
        Project *project = window.project();
        QCOMPARE(project->documents().size(), 1);

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

    // The speaker first: the sentence names Rubio before Moscow, and Rubio is a member of
    // the United States, so Russia (first in the codebook) comes after both.
    void tagSuggestsTheSpeakerFirst_data()
    {
        QTest::addColumn<QString>("words");
        QTest::addColumn<bool>("fromSentence");
        QTest::newRow("the whole sentence")
            << QStringLiteral("Rubio expressed American frustration with the pace of the talks "
                              "and called on Moscow to demonstrate greater flexibility")
            << false;
        QTest::newRow("words naming no one: their sentence")
            << QStringLiteral("to demonstrate greater flexibility") << true;
    }

    void tagSuggestsTheSpeakerFirst()
    {
        QFETCH(QString, words);
        QFETCH(bool, fromSentence);
        MainWindow window;
        window.show();
        newProjectWithArticle(
            window, QStringLiteral("speaker"),
            "Talks in Riyadh\n\nMoscow sent a delegation. Rubio expressed American "
            "frustration with the pace of the talks and called on Moscow to "
            "demonstrate greater flexibility. The Kremlin did not reply.\n");
        if (QTest::currentTestFailed())
            return;
        Project *project = window.project();

        Actor russia;
        russia.name = QStringLiteral("Russia");
        russia.aliases = {QStringLiteral("Moscow"), QStringLiteral("the Kremlin")};
        const ActorId russiaId = project->insertActor(russia).value().id;
        Actor usa;
        usa.name = QStringLiteral("United States");
        usa.aliases = {QStringLiteral("American"), QStringLiteral("Washington")};
        const ActorId usaId = project->insertActor(usa).value().id;
        Actor rubio;
        rubio.name = QStringLiteral("Marco Rubio");
        rubio.kind = ActorKind::Person;
        rubio.aliases = {QStringLiteral("Rubio")};
        rubio.parent = usaId;
        const ActorId rubioId = project->insertActor(rubio).value().id;

        QVERIFY(selectWords(window.articleView(), words));
        QVERIFY(activate(window));
        QTest::keyClick(window.articleView()->textEdit(), Qt::Key_T); // the Tag action
        QuickTagPopup *popup = window.tagController()->popup();
        QTRY_VERIFY(popup->isVisible());
        const QuickTagModel &model = *popup->model();
        QAbstractItemModelTester tester(popup->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);

        QCOMPARE(model.index(0).data(QuickTagModel::IdRole).toLongLong(), rubioId.value());
        QCOMPARE(model.index(1).data(QuickTagModel::IdRole).toLongLong(), usaId.value());
        QCOMPARE(model.index(2).data(QuickTagModel::IdRole).toLongLong(), russiaId.value());
        const auto *list = popup->findChild<QListView *>(QStringLiteral("quickTagList"));
        QCOMPARE(list->currentIndex().row(), 0); // pre-selected: one Enter away
        QCOMPARE(model.index(1).data(QuickTagModel::SuggestionWordRole).toString(),
                 QStringLiteral("American"));
        const QModelIndex moscow = model.index(2);
        QCOMPARE(moscow.data(QuickTagModel::SuggestionWordRole).toString(),
                 QStringLiteral("Moscow"));
        const QString spoken = moscow.data(Qt::AccessibleTextRole).toString();
        QVERIFY2(spoken.startsWith(QStringLiteral("3: Russia, suggested for")), qPrintable(spoken));
        QVERIFY2(spoken.contains(QStringLiteral("Moscow")), qPrintable(spoken));
        QCOMPARE(spoken.contains(QStringLiteral("sentence")), fromSentence);

        QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : popup,
                        Qt::Key_Return);
        QCOMPARE(popup->chosenActor(), rubioId);
        QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : popup,
                        Qt::Key_Escape);
        QTRY_VERIFY(!popup->isVisible());
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

    void showCuesTogglesAndIsRemembered()
    {
        int shownCues = 0;
        {
            MainWindow window;
            window.show();
            QAction *showCues = window.actions().showCues();
            QVERIFY(showCues->isCheckable());
            QVERIFY(showCues->isChecked());
            QMenu *view = menu(window, QStringLiteral("&View"));
            QVERIFY(view && view->actions().contains(showCues));
            QVERIFY(window.openSampleProject());
            // Paragraphs off screen are highlighted in idle moments.
            QTRY_VERIFY(!window.articleView()->findChild<ClaimHighlighter *>()->hasPending());
            shownCues = cueCount(window);
            QVERIFY(shownCues > 0); // the sample's articles name its actors

            showCues->trigger();
            QVERIFY(!showCues->isChecked());
            QVERIFY(!window.articleView()->cuesShown());
            QTRY_COMPARE(cueCount(window), 0);
            showCues->trigger();
            QTRY_COMPARE(cueCount(window), shownCues);
            showCues->trigger();
        }
        MainWindow second;
        second.show();
        QVERIFY(!second.actions().showCues()->isChecked());
        QVERIFY(second.openSampleProject());
        QTRY_COMPARE(cueCount(second), 0);
        second.actions().showCues()->trigger();
        QTRY_COMPARE(cueCount(second), shownCues);
    }

    void aboutNamesTheCueEngine()
    {
        MainWindow window;
        window.show();
        QString shown;
        QTimer::singleShot(0, this, [&shown]() {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                shown = box->text();
                box->accept();
            }
        });
        window.actions().about()->trigger();
        QVERIFY(!cueBackendName().isEmpty());
        QVERIFY2(shown.contains(QStringLiteral("Cues: %1").arg(cueBackendName())),
                 qPrintable(shown));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
