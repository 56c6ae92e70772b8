// Preferences as the analyst uses them: the language switched at run time retranslates the
// window without a restart and is remembered; appearance and cue underlining apply at once
// and the View menu follows.
#include "core/domain/catalogues.h"
#include "support/markingtranslator.h"
#include "widgets/compare/compareview.h"
#include "widgets/mainwindow/appearance.h"
#include "widgets/mainwindow/mainwindow.h"
#include "widgets/mainwindow/projectsession.h"
#include "widgets/preferences/language.h"
#include "widgets/preferences/preferencesdialog.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDockWidget>
#include <QFile>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabBar>
#include <QTest>
#include <QTimer>
#include <QToolBar>
#include <QTranslator>
#include <QTreeView>

#include <functional>

using namespace demarche;

namespace {

QMenu *menuWithAction(const MainWindow &window, const QAction *action)
{
    const auto menus = window.menuBar()->findChildren<QMenu *>();
    for (QMenu *menu : menus) {
        if (menu->actions().contains(action))
            return menu;
    }
    return nullptr;
}

QStringList menuTitles(const MainWindow &window)
{
    QStringList titles;
    const auto actions = window.menuBar()->actions();
    for (const QAction *action : actions)
        titles << action->text();
    return titles;
}

// Picks the item holding `data` with the arrow keys, as a keyboard user does.
void choose(QComboBox *combo, const QVariant &data)
{
    const int target = combo->findData(data);
    QVERIFY(target >= 0);
    combo->setFocus();
    while (combo->currentIndex() < target)
        QTest::keyClick(combo, Qt::Key_Down);
    while (combo->currentIndex() > target)
        QTest::keyClick(combo, Qt::Key_Up);
    QCOMPARE(combo->currentIndex(), target);
}

} // namespace

class TestPreferences : public QObject
{
    Q_OBJECT

    QTranslator m_german;

    // What the German catalogue says; it must differ from the English, or the test could not
    // tell a retranslated window from one left in English.
    QString german(const char *context, const char *source) const
    {
        const QString text = m_german.translate(context, source);
        if (text.isEmpty() || text == QString::fromUtf8(source))
            qWarning("not translated into German: %s %s", context, source);
        return text.isEmpty() ? QString::fromUtf8(source) + QStringLiteral(" (untranslated)")
                              : text;
    }

    // Opens Edit ▸ Preferences… and hands the dialog to `use` while it is shown.
    static void withPreferences(MainWindow &window,
                                const std::function<void(PreferencesDialog *)> &use)
    {
        bool used = false;
        QTimer::singleShot(0, &window, [&]() {
            auto *dialog = qobject_cast<PreferencesDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            use(dialog);
            used = true;
            dialog->reject();
        });
        window.actions().preferences()->trigger();
        QVERIFY(used);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setOrganizationName(QStringLiteral("DemarcheTests"));
        QApplication::setApplicationName(QStringLiteral("tst_preferences"));
        QVERIFY(m_german.load(QStringLiteral(":/i18n/demarche_de")));
    }

    void init()
    {
        QSettings().clear();
        QFile::remove(ProjectSession::sampleProjectPath());
    }

    // Back to the tests' English, whatever a test chose.
    void cleanup() { installCatalogues(QLocale::c()); }

    void preferencesAreInTheEditMenu()
    {
        MainWindow window;
        QAction *preferences = window.actions().preferences();
        QCOMPARE(preferences->shortcut(), QKeySequence(QKeySequence::Preferences));
        QCOMPARE(preferences->menuRole(), QAction::PreferencesRole);
        QMenu *edit = menuWithAction(window, preferences);
        QVERIFY(edit);
        QCOMPARE(edit->title(), QStringLiteral("&Edit"));
    }

    void languageSwitchesAtOnce()
    {
        MainWindow window;
        window.show();
        QVERIFY(window.openSampleProject());
        window.showView(MainWindow::View::Compare);
        QVERIFY(window.compareView());
        const QAbstractItemModel *compare = window.compareView()->view()->model();
        QCOMPARE(compare->headerData(0, Qt::Horizontal).toString(), QStringLiteral("Topic"));
        const QStringList englishMenus = menuTitles(window);
        QVERIFY(englishMenus.contains(QStringLiteral("&File")));

        QString title;
        QString languageLabel;
        withPreferences(window, [&](PreferencesDialog *dialog) {
            QCOMPARE(dialog->windowTitle(), QStringLiteral("Preferences"));
            choose(dialog->languageCombo(), QStringLiteral("de"));
            QCoreApplication::processEvents();
            title = dialog->windowTitle();
            languageLabel = dialog->findChild<QLabel *>(QStringLiteral("languageLabel"))->text();
        });
        QCoreApplication::processEvents();

        QCOMPARE(QLocale().language(), QLocale::German);
        QCOMPARE(title, german("demarche::PreferencesDialog", "Preferences"));
        QCOMPARE(languageLabel, german("demarche::PreferencesDialog", "&Language:"));
        const QStringList menus = menuTitles(window);
        for (const char *source : {"&File", "&Edit", "&View", "&Help"})
            QVERIFY2(menus.contains(german("demarche::MainWindow", source)), source);
        const std::pair<const char *, const char *> docks[] = {{"documentsDock", "Documents"},
                                                               {"codebookDock", "Codebook"},
                                                               {"inspectorDock", "Claim"},
                                                               {"claimsDock", "Claims"}};
        for (const auto &[name, source] : docks) {
            auto *dock = window.findChild<QDockWidget *>(QString::fromLatin1(name));
            QVERIFY(dock);
            QCOMPARE(dock->windowTitle(), german("demarche::MainWindow", source));
        }
        QCOMPARE(compare->headerData(0, Qt::Horizontal).toString(),
                 german("demarche::ComparisonModel", "Topic"));
        QCOMPARE(compare->headerData(2, Qt::Horizontal).toString(),
                 german("demarche::ComparisonModel", "Comparison"));
    }

    // Every text of the window's own goes through tr() again when the language changes.
    void shellRetranslatesEveryText()
    {
        MainWindow window;
        window.show();
        QVERIFY(window.openSampleProject());
        testing::MarkingTranslator marking;
        QVERIFY(QCoreApplication::installTranslator(&marking));
        QCoreApplication::processEvents();

        // The recent projects are named by their files.
        const QStringList data = {QStringLiteral("recentMenu")};
        QStringList unmarked = testing::unmarkedTexts(window.menuBar(), data);
        const auto menus = window.menuBar()->findChildren<QMenu *>();
        for (QMenu *menu : menus)
            unmarked << testing::unmarkedTexts(menu, data);
        unmarked << testing::unmarkedTexts(window.statusBar());
        unmarked << testing::unmarkedTexts(window.findChild<QToolBar *>());
        const auto tabBars = window.findChildren<QTabBar *>(QStringLiteral(""));
        for (QTabBar *tabs : tabBars) {
            // The docks' own tab bar shows their titles, which are checked below.
            if (tabs->parentWidget() == window.findChild<QTabWidget *>(QStringLiteral("viewTabs")))
                unmarked << testing::unmarkedTexts(tabs);
        }
        const auto docks = window.findChildren<QDockWidget *>();
        QCOMPARE(docks.size(), 4);
        for (const QDockWidget *dock : docks) {
            if (!testing::MarkingTranslator::isMarked(dock->windowTitle()))
                unmarked << dock->windowTitle();
        }
        // The window's own actions; the panels in the docks have theirs.
        const QObject *views = window.findChild<QTabWidget *>(QStringLiteral("viewTabs"));
        const auto actions = window.findChildren<QAction *>();
        for (const QAction *action : actions) {
            if (action->isSeparator() || (action->parent() != &window && action->parent() != views))
                continue;
            if (!action->text().isEmpty() && !testing::MarkingTranslator::isMarked(action->text()))
                unmarked << action->text();
            if (!action->toolTip().isEmpty()
                && !testing::MarkingTranslator::isMarked(action->toolTip()))
                unmarked << action->toolTip();
        }
        if (!testing::MarkingTranslator::isMarked(window.windowTitle()))
            unmarked << window.windowTitle();
        QCoreApplication::removeTranslator(&marking);
        unmarked.removeDuplicates();
        QVERIFY2(unmarked.isEmpty(), qPrintable(unmarked.join(QLatin1Char('\n'))));
    }

    void languageIsRemembered()
    {
        {
            MainWindow window;
            window.show();
            withPreferences(window, [](PreferencesDialog *dialog) {
                choose(dialog->languageCombo(), QStringLiteral("fr"));
            });
            QCOMPARE(QLocale().language(), QLocale::French);
        }
        // As the program starts again.
        installCatalogues(QLocale::c());
        QCOMPARE(savedLanguage(), QStringLiteral("fr"));
        applyLanguage(savedLanguage());
        QCOMPARE(QLocale().language(), QLocale::French);
        MainWindow window;
        window.show();
        withPreferences(window, [](PreferencesDialog *dialog) {
            QCOMPARE(dialog->languageCombo()->currentData().toString(), QStringLiteral("fr"));
            // "Follow the System" is the first choice, and is remembered as no language.
            choose(dialog->languageCombo(), QString());
        });
        QVERIFY(savedLanguage().isEmpty());
        QCOMPARE(QLocale().language(), interfaceLocale(systemLanguage()).language());
    }

    void appearanceAndCuesApplyAtOnce()
    {
        MainWindow window;
        window.show();
        QAction *showCues = window.actions().showCues();
        QVERIFY(showCues->isChecked());
        QMenu *view = menuWithAction(window, showCues);
        QVERIFY(view);
        QMenu *appearance = nullptr;
        for (QAction *action : view->actions()) {
            if (action->menu())
                appearance = action->menu();
        }
        QVERIFY(appearance);
        const QList<QAction *> choices = appearance->actions();
        QCOMPARE(choices.size(), 3);
        QVERIFY(choices.at(0)->isChecked());

        withPreferences(window, [&](PreferencesDialog *dialog) {
            QCOMPARE(dialog->appearanceCombo()->currentIndex(), 0);
            QCOMPARE(dialog->appearanceCombo()->itemText(2), QStringLiteral("Dark"));
            dialog->appearanceCombo()->setFocus();
            QTest::keyClick(dialog->appearanceCombo(), Qt::Key_Down);
            QTest::keyClick(dialog->appearanceCombo(), Qt::Key_Down);
            QCOMPARE(savedAppearance(), Appearance::Dark);
            QVERIFY(choices.at(2)->isChecked());
            QCOMPARE(QApplication::style()->name(), QStringLiteral("fusion"));

            QCheckBox *cues = dialog->cuesCheck();
            QVERIFY(cues->isChecked());
            cues->setFocus();
            QTest::keyClick(cues, Qt::Key_Space);
            QVERIFY(!showCues->isChecked());
            QVERIFY(!QSettings().value(QStringLiteral("view/showCues")).toBool());
            // The menu changes the dialog too.
            showCues->trigger();
            QVERIFY(cues->isChecked());
            choices.at(1)->trigger();
            QCOMPARE(dialog->appearanceCombo()->currentIndex(), 1);
        });
        applyAppearance(Appearance::System);
    }
};

QTEST_MAIN(TestPreferences)

#include "tst_preferences.moc"
