// Help ▸ Keyboard Shortcuts: the window's real actions with their keys and menus, the
// keys of the article and the quick-tag popup, and a filter that narrows the list.
#include "widgets/help/shortcutmodel.h"
#include "widgets/help/shortcutsdialog.h"
#include "widgets/mainwindow/mainwindow.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QLineEdit>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace demarche;

namespace {

QString native(const QKeySequence &key)
{
    return key.toString(QKeySequence::NativeText);
}

// The row of `model` whose action is `action` (and place `place`, when given); -1 for none.
int rowOf(const QAbstractItemModel &model, const QString &action, const QString &place = {})
{
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.index(row, ShortcutModel::ActionColumn).data().toString() == action
            && (place.isEmpty()
                || model.index(row, ShortcutModel::PlaceColumn).data().toString() == place))
            return row;
    }
    return -1;
}

QStringList keysAt(const QAbstractItemModel &model, int row)
{
    return model.index(row, ShortcutModel::KeysColumn)
        .data()
        .toString()
        .split(QStringLiteral(", "), Qt::SkipEmptyParts);
}

} // namespace

class TestShortcutsDialog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setOrganizationName(QStringLiteral("DemarcheTests"));
        QApplication::setApplicationName(QStringLiteral("tst_shortcutsdialog"));
        QVERIFY(m_dir.isValid());
        QSettings().clear();
    }

    void listsTheWindowsActions_data()
    {
        QTest::addColumn<QString>("action");
        QTest::addColumn<QString>("place");
        QTest::addColumn<QString>("key");
        QTest::newRow("tag") << QStringLiteral("Tag Selection") << QStringLiteral("Edit")
                             << native(QKeySequence(Qt::Key_T));
        // In a sub-menu, named by its path.
        QTest::newRow("import") << QStringLiteral("Import Documents")
                                << QStringLiteral("File ▸ Import")
                                << native(QKeySequence(Qt::CTRL | Qt::Key_I));
        QTest::newRow("compare") << QStringLiteral("Compare Actors") << QStringLiteral("View")
                                 << native(QKeySequence(Qt::CTRL | Qt::Key_2));
        QTest::newRow("guide") << QStringLiteral("User Guide") << QStringLiteral("Help")
                               << native(QKeySequence(QKeySequence::HelpContents));
        QTest::newRow("codebook add") << QStringLiteral("Add") << QStringLiteral("Codebook")
                                      << native(QKeySequence(Qt::Key_Insert));
        // Kept for a context menu, in no widget's list.
        QTest::newRow("claims copy") << QStringLiteral("Copy quote") << QStringLiteral("Claims")
                                     << native(QKeySequence(QKeySequence::Copy));
        QTest::newRow("quick-tag number")
            << QStringLiteral("Choose the actor or topic with this number")
            << QStringLiteral("Quick tag") << QStringLiteral("1 … 9");
        QTest::newRow("quick-tag back")
            << QStringLiteral("Back from the topic to the actor") << QStringLiteral("Quick tag")
            << native(QKeySequence(Qt::Key_Backspace));
    }

    void listsTheWindowsActions()
    {
        QFETCH(QString, action);
        QFETCH(QString, place);
        QFETCH(QString, key);
        MainWindow window;
        const QString path = m_dir.filePath(QStringLiteral("shortcuts.demarche"));
        QFile::remove(path);
        QVERIFY(window.createProject(path)); // the docks' own actions exist with a project
        ShortcutsDialog dialog(window);
        QAbstractItemModelTester tester(dialog.model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester proxyTester(
            dialog.proxy(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        const int row = rowOf(*dialog.model(), action, place);
        QVERIFY2(row >= 0, qPrintable(action));
        QVERIFY2(keysAt(*dialog.model(), row).contains(key),
                 qPrintable(keysAt(*dialog.model(), row).join(u'|')));
        // Listed once, however many widgets carry the action.
        int rows = 0;
        for (int r = 0; r < dialog.model()->rowCount(); ++r)
            rows += dialog.model()->index(r, 0).data().toString() == action
                    && dialog.model()->index(r, 2).data().toString() == place;
        QCOMPARE(rows, 1);
    }

    // What the window's actions say is what the list says: a shortcut added to an action
    // shows without a change to the dialog.
    void followsTheActions()
    {
        MainWindow window;
        window.actions().documentProperties()->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_P));
        ShortcutsDialog dialog(window);
        const int row = rowOf(*dialog.model(), QStringLiteral("Document Properties"));
        QVERIFY(row >= 0);
        QCOMPARE(keysAt(*dialog.model(), row),
                 QStringList{native(QKeySequence(Qt::CTRL | Qt::Key_P))});
        QCOMPARE(rowOf(*dialog.model(), QStringLiteral("About Demarche")), -1); // no key
        for (int row = 0; row < dialog.model()->rowCount(); ++row)
            QVERIFY2(!keysAt(*dialog.model(), row).isEmpty(),
                     qPrintable(dialog.model()->index(row, 0).data().toString()));
    }

    void typingNarrowsTheRows()
    {
        MainWindow window;
        window.show();
        ShortcutsDialog dialog(window);
        dialog.show();
        QAbstractItemModelTester proxyTester(
            dialog.proxy(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        const int all = dialog.proxy()->rowCount();
        QVERIFY(all > 15);

        QTest::keyClicks(dialog.filter(), QStringLiteral("tag"));
        const int tagged = dialog.proxy()->rowCount();
        QVERIFY(tagged > 0);
        QVERIFY(tagged < all);
        for (int row = 0; row < tagged; ++row) {
            QStringList cells;
            for (int column = 0; column < ShortcutModel::ColumnCount; ++column)
                cells.append(dialog.proxy()->index(row, column).data().toString());
            QVERIFY2(cells.join(u' ').contains(QStringLiteral("tag"), Qt::CaseInsensitive),
                     qPrintable(cells.join(u'|')));
        }
        QVERIFY(rowOf(*dialog.proxy(), QStringLiteral("Tag Selection")) >= 0);

        QTest::keyClicks(dialog.filter(), QStringLiteral(" selection"));
        QCOMPARE(dialog.proxy()->rowCount(), 1);
        dialog.filter()->clear();
        QCOMPARE(dialog.proxy()->rowCount(), all);
        QTest::keyClicks(dialog.filter(), QStringLiteral("nothing is called this"));
        QCOMPARE(dialog.proxy()->rowCount(), 0);
    }

    void helpMenuOffersIt()
    {
        MainWindow window;
        QAction *action = window.actions().keyboardShortcuts();
        QVERIFY(action->isEnabled());
        QCOMPARE(action->text(), QStringLiteral("&Keyboard Shortcuts"));
    }
};

QTEST_MAIN(TestShortcutsDialog)
#include "tst_shortcutsdialog.moc"
