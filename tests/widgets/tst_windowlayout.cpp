// The window's shape: the workbench layout survives the analysis views and restarts, the
// window fits a small laptop screen, and the keyboard reaches every part of it.
#include "core/project/project.h"
#include "core/project/projectselection.h"
#include "widgets/article/articleview.h"
#include "widgets/claims/claimspanel.h"
#include "widgets/codebook/codebookpage.h"
#include "widgets/codebook/codebookpanel.h"
#include "widgets/common/elidedlabel.h"
#include "widgets/common/focusring.h"
#include "widgets/documents/documentspanel.h"
#include "widgets/inspector/claiminspector.h"
#include "widgets/mainwindow/mainwindow.h"
#include "widgets/mainwindow/projectsession.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QFile>
#include <QLabel>
#include <QMap>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QScreen>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTreeView>

using namespace demarche;

class TestWindowLayout : public QObject
{
    Q_OBJECT

private:
    using Geometries = QMap<QString, QRect>;

    static const QStringList &dockNames()
    {
        static const QStringList names{QStringLiteral("documentsDock"),
                                       QStringLiteral("codebookDock"), QStringLiteral("claimsDock"),
                                       QStringLiteral("inspectorDock")};
        return names;
    }

    // Where each dock is, once the window has laid out what it was asked to.
    static Geometries dockGeometries(MainWindow &window)
    {
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
        Geometries geometries;
        for (const QString &name : dockNames()) {
            auto *dock = window.findChild<QDockWidget *>(name);
            geometries.insert(name, dock && dock->isVisible() ? dock->geometry() : QRect());
        }
        return geometries;
    }

    // Labels narrower than their text, or cut at the side by a scrolled or narrow parent
    // (a tall form may scroll, so only the width counts).
    static QStringList clippedLabels(const MainWindow &window)
    {
        QStringList clipped;
        const QList<QLabel *> labels = window.findChildren<QLabel *>();
        for (const QLabel *label : labels) {
            if (!label->isVisible() || label->text().isEmpty())
                continue;
            const QRegion shown = label->visibleRegion();
            if (shown.isEmpty())
                continue; // scrolled out of sight
            // An elided label (a scale's pole) shows what fits and the rest in its tooltip.
            const bool elides = qobject_cast<const ElidedLabel *>(label) != nullptr;
            const int needed = label->wordWrap() || elides ? label->minimumSizeHint().width()
                                                           : label->sizeHint().width();
            if (label->width() < needed || shown.boundingRect().width() < label->width())
                clipped.append(QStringLiteral("“%1” %2 of %3 shown")
                                   .arg(label->text())
                                   .arg(shown.boundingRect().width())
                                   .arg(needed));
        }
        return clipped;
    }

    static void switchViews(MainWindow &window, int rounds)
    {
        for (int i = 0; i < rounds; ++i) {
            for (const MainWindow::View view :
                 {MainWindow::View::Compare, MainWindow::View::Matrix, MainWindow::View::Timeline,
                  MainWindow::View::Network, MainWindow::View::Workbench}) {
                window.showView(view);
                QCoreApplication::sendPostedEvents();
                QCoreApplication::processEvents();
            }
        }
    }

    // The letter after a single '&', lower case; none for "&&" alone.
    static QChar mnemonic(const QString &text)
    {
        for (qsizetype i = 0; i + 1 < text.size(); ++i) {
            if (text.at(i) != u'&')
                continue;
            if (text.at(i + 1) == u'&') {
                ++i;
                continue;
            }
            return text.at(i + 1).toLower();
        }
        return {};
    }

    // Every menu's mnemonics, the menu bar's too, each letter used once per menu.
    static void checkMnemonics(const QString &where, const QList<QAction *> &actions,
                               QStringList *clashes)
    {
        QMap<QChar, QString> seen;
        for (QAction *action : actions) {
            if (action->isSeparator() || !action->isVisible())
                continue;
            if (QMenu *menu = action->menu()) {
                Q_EMIT menu->aboutToShow(); // menus filled as they open
                checkMnemonics(where + QStringLiteral(" ▸ ") + action->text(), menu->actions(),
                               clashes);
            }
            const QChar letter = mnemonic(action->text());
            if (letter.isNull())
                continue;
            if (seen.contains(letter))
                clashes->append(QStringLiteral("%1: “%2” and “%3”")
                                    .arg(where, seen.value(letter), action->text()));
            seen.insert(letter, action->text());
        }
    }

    static void menuActions(const QList<QAction *> &actions, QList<QAction *> *all)
    {
        for (QAction *action : actions) {
            all->append(action);
            if (QMenu *menu = action->menu()) {
                Q_EMIT menu->aboutToShow();
                menuActions(menu->actions(), all);
            }
        }
    }

    static bool press(MainWindow &window, Qt::Key key, Qt::KeyboardModifiers modifiers)
    {
        window.activateWindow();
        if (!QTest::qWaitForWindowActive(&window))
            return false;
        QWidget *target = QApplication::focusWidget() ? QApplication::focusWidget() : &window;
        QTest::keyClick(target, key, modifiers);
        return true;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setOrganizationName(QStringLiteral("DemarcheTests"));
        QApplication::setApplicationName(QStringLiteral("tst_windowlayout"));
    }

    void init()
    {
        QSettings().clear();
        QFile::remove(ProjectSession::sampleProjectPath());
    }

    void workbenchLayoutSurvivesViewSwitchesAndRestarts()
    {
        Geometries before;
        QSize windowSize;
        {
            MainWindow window;
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            QVERIFY(window.openSampleProject());
            before = dockGeometries(window);
            windowSize = window.size();
            for (const QString &name : dockNames()) {
                if (name != QStringLiteral("codebookDock")) // behind the documents' tab
                    QVERIFY2(before.value(name).width() > 150, qPrintable(name));
            }
            switchViews(window, 10);
            QCOMPARE(dockGeometries(window), before);
            window.showView(MainWindow::View::Matrix); // closed while an analysis view shows
            window.close();
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
            // From Qt 6.5 restoreGeometry() fits a window larger than its screen to the
            // screen, and the offscreen screen (800 wide) is smaller than the first window.
            if (!QRect(QPoint(), window.screen()->availableSize()).contains(window.geometry()))
                QSKIP("the first window is larger than the offscreen screen");
#endif
        }
        for (int restart = 0; restart < 3; ++restart) {
            MainWindow window;
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            QVERIFY(window.openSampleProject());
            QCOMPARE(window.size(), windowSize);
            QCOMPARE(dockGeometries(window), before);
            switchViews(window, 10);
            QCOMPARE(dockGeometries(window), before);
            window.close();
        }
    }

    // A 1366×768 laptop with a panel leaves about 1024×640: the window fits it with a claim
    // shown, and no label is cut (the inspector's "Holder", "Target", "Stance" were).
    void fitsASmallScreenWithoutClippedLabels_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::newRow("1024×640") << QSize(1024, 640);
        QTest::newRow("1920×1080") << QSize(1920, 1080);
    }

    void fitsASmallScreenWithoutClippedLabels()
    {
        QFETCH(QSize, size);
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openSampleProject());
        const auto claims = window.project()->store().claims();
        QVERIFY(claims && !claims->isEmpty());
        window.project()->selection().setCurrentDocument(claims->constFirst().document);
        window.project()->selection().setCurrentClaim(claims->constFirst().id);
        QVERIFY2(window.minimumSizeHint().width() <= 1024
                     && window.minimumSizeHint().height() <= 640,
                 qPrintable(QStringLiteral("minimum %1×%2")
                                .arg(window.minimumSizeHint().width())
                                .arg(window.minimumSizeHint().height())));
        window.resize(size);
        dockGeometries(window);
        QCOMPARE(window.size(), size);

        QStringList clipped = clippedLabels(window);
        QVERIFY2(clipped.isEmpty(), qPrintable(clipped.join(QStringLiteral("; "))));
        // Also with the side docks dragged as narrow as they go.
        window.resizeDocks({window.findChild<QDockWidget *>(QStringLiteral("documentsDock")),
                            window.findChild<QDockWidget *>(QStringLiteral("inspectorDock"))},
                           {1, 1}, Qt::Horizontal);
        dockGeometries(window);
        clipped = clippedLabels(window);
        QVERIFY2(clipped.isEmpty(), qPrintable(clipped.join(QStringLiteral("; "))));
        // Every dock keeps a usable size.
        for (const QString &name : dockNames()) {
            auto *dock = window.findChild<QDockWidget *>(name);
            if (!dock->isVisible() || dock->visibleRegion().isEmpty())
                continue;
            QVERIFY2(dock->width() >= dock->widget()->minimumSizeHint().width(), qPrintable(name));
            QVERIFY2(dock->height() >= dock->widget()->minimumSizeHint().height(),
                     qPrintable(name));
        }
        // The analysis views fit as well.
        for (const MainWindow::View view :
             {MainWindow::View::Compare, MainWindow::View::Matrix, MainWindow::View::Timeline,
              MainWindow::View::Network}) {
            window.showView(view);
            dockGeometries(window);
            QCOMPARE(window.size(), size);
        }
    }

    void menusHaveNoClashingMnemonics()
    {
        MainWindow window;
        window.show();
        QVERIFY(window.openSampleProject());
        QStringList clashes;
        checkMnemonics(QStringLiteral("menu bar"), window.menuBar()->actions(), &clashes);
        QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QStringLiteral("; "))));
    }

    // Each key does one thing: across the menus, and across every action that listens for
    // its key anywhere in the window.
    void noShortcutIsBoundTwice()
    {
        MainWindow window;
        window.show();
        QVERIFY(window.openSampleProject());
        QList<QAction *> actions;
        menuActions(window.menuBar()->actions(), &actions);
        const QList<QAction *> children = window.findChildren<QAction *>();
        for (QAction *action : children) {
            // A key listens only while its action is on a widget (not a passing context menu).
            if ((action->shortcutContext() == Qt::WindowShortcut
                 || action->shortcutContext() == Qt::ApplicationShortcut)
                && !action->associatedObjects().isEmpty())
                actions.append(action);
        }
        QMap<QKeySequence, QAction *> owners;
        QStringList clashes;
        for (QAction *action : std::as_const(actions)) {
            const QList<QKeySequence> shortcuts = action->shortcuts();
            for (const QKeySequence &key : shortcuts) {
                if (key.isEmpty()) // a standard key this platform does not bind
                    continue;
                QAction *owner = owners.value(key);
                if (owner && owner != action)
                    clashes.append(QStringLiteral("%1: “%2” and “%3”")
                                       .arg(key.toString(), owner->text(), action->text()));
                owners.insert(key, action);
            }
        }
        QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QStringLiteral("; "))));
    }

    void keysReachTheArticleAndEachDock()
    {
        MainWindow window;
        window.show();
        QVERIFY(window.openSampleProject());
        QPlainTextEdit *article = window.articleView()->textEdit();
        const auto claims = window.project()->store().claims();
        QVERIFY(claims && !claims->isEmpty());
        window.project()->selection().setCurrentDocument(claims->constFirst().document);
        window.project()->selection().setCurrentClaim(claims->constFirst().id);

        const auto *tableRing = window.claimsPanel()->view()->findChild<FocusRing *>();
        const auto *articleRing = article->findChild<FocusRing *>();
        QVERIFY(tableRing && articleRing);
        QVERIFY(press(window, Qt::Key_3, Qt::AltModifier));
        QVERIFY(window.claimsPanel()->view()->hasFocus());
        QVERIFY(tableRing->isVisible());
        QVERIFY(!articleRing->isVisible());
        QVERIFY(press(window, Qt::Key_1, Qt::ControlModifier));
        QVERIFY(article->hasFocus());
        QVERIFY(articleRing->isVisible());
        QVERIFY(!tableRing->isVisible());

        QVERIFY(press(window, Qt::Key_1, Qt::AltModifier));
        QVERIFY(window.documentsPanel()->view()->hasFocus());
        // The codebook shares its place with the documents: its key brings it to the front.
        QVERIFY(press(window, Qt::Key_2, Qt::AltModifier));
        QVERIFY(window.codebookPanel()->currentPage()->view()->hasFocus());
        QVERIFY(window.codebookPanel()->isVisible());
        QVERIFY(press(window, Qt::Key_4, Qt::AltModifier));
        QVERIFY(window.inspector()->isAncestorOf(QApplication::focusWidget()));
        QVERIFY(press(window, Qt::Key_1, Qt::ControlModifier));
        QVERIFY(article->hasFocus());

        // A closed dock opens again, also from an analysis view.
        auto *claimsDock = window.findChild<QDockWidget *>(QStringLiteral("claimsDock"));
        claimsDock->close();
        window.showView(MainWindow::View::Matrix);
        QVERIFY(press(window, Qt::Key_3, Qt::AltModifier));
        QCOMPARE(window.currentView(), MainWindow::View::Workbench);
        QVERIFY(claimsDock->isVisible());
        QVERIFY(window.claimsPanel()->view()->hasFocus());

        // The View menu shows the keys.
        const QString text =
            window.actions().focusClaims()->shortcut().toString(QKeySequence::NativeText);
        QVERIFY(!text.isEmpty());
        QList<QAction *> viewMenu;
        for (QAction *action : window.menuBar()->actions()) {
            if (action->menu() && mnemonic(action->text()) == u'v')
                viewMenu = action->menu()->actions();
        }
        QVERIFY(viewMenu.contains(window.actions().focusClaims()));
        QVERIFY(viewMenu.contains(window.actions().focusInspector()));
    }
};

QTEST_MAIN(TestWindowLayout)
#include "tst_windowlayout.moc"
