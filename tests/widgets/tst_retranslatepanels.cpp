// The dialogs, the documents dock, the article, the quick-tag popup, the welcome page and
// the help windows take the new language when it changes: after a translator that marks
// every text is installed, no interface text is left unmarked, and texts made from counts
// and dates are written again.
#include "../support/markingtranslator.h"
#include "core/project/project.h"
#include "widgets/article/articleheader.h"
#include "widgets/article/articleview.h"
#include "widgets/dialogs/documentdetailsdialog.h"
#include "widgets/dialogs/documentpropertiesdialog.h"
#include "widgets/dialogs/exportclaimsdialog.h"
#include "widgets/documents/documentspanel.h"
#include "widgets/help/shortcutmodel.h"
#include "widgets/help/shortcutsdialog.h"
#include "widgets/help/userguidedialog.h"
#include "widgets/importing/importreviewdialog.h"
#include "widgets/importing/importsummarydialog.h"
#include "widgets/mainwindow/projectsession.h"
#include "widgets/mainwindow/recentprojectsmenu.h"
#include "widgets/mainwindow/welcomeview.h"
#include "widgets/quicktag/quicktagpopup.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QLabel>
#include <QMainWindow>
#include <QMenuBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <functional>
#include <memory>

using namespace demarche;
using demarche::testing::MarkingTranslator;
using demarche::testing::unmarkedTexts;

namespace {

using Factory = std::function<QWidget *(Project &, DocumentId)>;

// Installs the marking translator for as long as it lives, and lets the language change
// reach the widgets.
class MarkedLanguage
{
public:
    MarkedLanguage()
    {
        QCoreApplication::installTranslator(&m_translator);
        QCoreApplication::processEvents();
    }
    ~MarkedLanguage()
    {
        QCoreApplication::removeTranslator(&m_translator);
        QCoreApplication::processEvents();
    }
    Q_DISABLE_COPY_MOVE(MarkedLanguage)

private:
    MarkingTranslator m_translator;
};

} // namespace

class TestRetranslatePanels final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_projects = 0;
    std::unique_ptr<Project> m_project;
    DocumentId m_document;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setOrganizationName(QStringLiteral("DemarcheTests"));
        QApplication::setApplicationName(QStringLiteral("tst_retranslatepanels"));
        QVERIFY(m_dir.isValid());
    }

    void init()
    {
        auto created =
            Project::create(m_dir.filePath(QStringLiteral("t%1.demarche").arg(++m_projects)));
        QVERIFY(created);
        m_project = std::move(created).value();
        Document document;
        document.title = QStringLiteral("Ministers meet");
        document.source = QStringLiteral("TASS");
        document.date = QDate(2024, 3, 5);
        document.fileName = QStringLiteral("meeting.html");
        document.format = QStringLiteral("html");
        document.text = QStringLiteral("Kyiv talks.");
        auto added = m_project->insertDocument(document, ProjectStore::Duplicates::Allow);
        QVERIFY(added);
        m_document = added->id;
    }

    void cleanup()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        m_project.reset();
    }

    void everyTextTakesTheNewLanguage_data()
    {
        QTest::addColumn<Factory>("make");
        // Labels that show the document, not the interface.
        QTest::addColumn<QStringList>("dataLabels");

        QTest::newRow("document details")
            << Factory([](Project &project, DocumentId id) -> QWidget * {
                   return new DocumentDetailsDialog(project, {id}, nullptr);
               })
            << QStringList();
        QTest::newRow("import review") << Factory([](Project &project, DocumentId id) -> QWidget * {
            return new ImportReviewDialog(project, {id}, {}, nullptr);
        }) << QStringList();
        QTest::newRow("document properties")
            << Factory([](Project &project, DocumentId id) -> QWidget * {
                   return new DocumentPropertiesDialog(project, id, nullptr);
               })
            << QStringList{QStringLiteral("fileName"), QStringLiteral("format"),
                           QStringLiteral("imported")};
        QTest::newRow("export claims") << Factory([](Project &project, DocumentId) -> QWidget * {
            auto *dialog = new ExportClaimsDialog(project, nullptr);
            dialog->setTableFilter({}, 3, QStringLiteral("Russia"));
            return dialog;
        }) << QStringList();
        QTest::newRow("import summary") << Factory([](Project &, DocumentId) -> QWidget * {
            ImportReport report;
            report.requested = 3;
            report.refused.append(
                {QStringLiteral("/a/bad.txt"), QStringLiteral("bad.txt"), QStringLiteral("empty")});
            report.skipped.append(QStringLiteral("/a/picture.png"));
            report.cancelledCount = 1;
            return new ImportSummaryDialog(report);
        }) << QStringList();
        QTest::newRow("documents dock") << Factory([](Project &project, DocumentId) -> QWidget * {
            return new DocumentsPanel(project);
        }) << QStringList();
        QTest::newRow("article") << Factory([](Project &project, DocumentId) -> QWidget * {
            auto *view = new ArticleView;
            view->setProject(&project);
            return view;
        }) << QStringList();
        QTest::newRow("quick tag") << Factory([](Project &, DocumentId) -> QWidget * {
            auto *popup = new QuickTagPopup;
            popup->setActors({{1, QStringLiteral("Russia"), Qt::red, {}, 0}});
            return popup;
        }) << QStringList();
        QTest::newRow("welcome") << Factory([](Project &, DocumentId) -> QWidget * {
            return new WelcomeView;
        }) << QStringList();
        QTest::newRow("user guide")
            << Factory([](Project &, DocumentId) -> QWidget * { return new UserGuideDialog; })
            << QStringList();
        QTest::newRow("keyboard shortcuts") << Factory([](Project &, DocumentId) -> QWidget * {
            auto *window = new QMainWindow;
            QMenu *file = window->menuBar()->addMenu(QStringLiteral("File"));
            file->addAction(QStringLiteral("Save"))->setShortcut(QKeySequence::Save);
            auto *dialog = new ShortcutsDialog(*window);
            // The window is no part of what is checked; it goes with the dialog.
            dialog->setParent(nullptr, dialog->windowFlags());
            QObject::connect(dialog, &QObject::destroyed, [window]() { delete window; });
            return dialog;
        }) << QStringList();
    }

    void everyTextTakesTheNewLanguage()
    {
        QFETCH(Factory, make);
        QFETCH(QStringList, dataLabels);
        std::unique_ptr<QWidget> widget(make(*m_project, m_document));
        QVERIFY(widget);
        {
            const MarkedLanguage marked;
            const QStringList left = unmarkedTexts(widget.get(), dataLabels);
            QVERIFY2(left.isEmpty(), qPrintable(left.join(QLatin1Char('\n'))));
        }
        // And back: no mark is left once the translator is gone.
        QVERIFY2(!MarkingTranslator::isMarked(widget->windowTitle()),
                 qPrintable(widget->windowTitle()));
        const QList<QLabel *> labels = widget->findChildren<QLabel *>();
        for (const QLabel *label : labels)
            QVERIFY2(!MarkingTranslator::isMarked(label->text()), qPrintable(label->text()));
    }

    // A menu is no dialog: it is checked on its own, with its title.
    void recentProjectsMenu()
    {
        ProjectSession session;
        RecentProjectsMenu menu(session);
        const MarkedLanguage marked;
        QVERIFY(MarkingTranslator::isMarked(menu.title()));
        const QStringList left = unmarkedTexts(&menu);
        QVERIFY2(left.isEmpty(), qPrintable(left.join(QLatin1Char('\n'))));
    }

    // The shortcut table's headers are announced anew, so that a view repaints them.
    void shortcutHeadersAnnounceTheChange()
    {
        ShortcutModel model(
            {{QStringLiteral("Save"), QStringLiteral("Ctrl+S"), QStringLiteral("File")}});
        QAbstractItemModelTester tester(&model);
        QSignalSpy spy(&model, &QAbstractItemModel::headerDataChanged);
        const MarkedLanguage marked;
        QVERIFY(!spy.isEmpty());
        QVERIFY(MarkingTranslator::isMarked(
            model.headerData(ShortcutModel::ActionColumn, Qt::Horizontal).toString()));
    }

    // The publication date follows the locale of the new language; a count in a sentence
    // is counted again.
    void datesAndCountsAreWrittenAgain()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        ArticleHeader header;
        header.setDocument(*m_project->documentInfo(m_document));
        QVERIFY2(header.details().contains(QStringLiteral("March")), qPrintable(header.details()));
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        {
            const MarkedLanguage marked;
            QVERIFY2(header.details().contains(QStringLiteral("März")),
                     qPrintable(header.details()));
            QCOMPARE(header.title(), QStringLiteral("Ministers meet"));
        }

        ImportReport report;
        report.requested = 1200;
        ImportSummaryDialog summary(report);
        QVERIFY(!MarkingTranslator::isMarked(summary.headline()));
        auto *headline = summary.findChildren<QLabel *>().value(0);
        QVERIFY(headline);
        const MarkedLanguage marked;
        QVERIFY2(MarkingTranslator::isMarked(headline->text()), qPrintable(headline->text()));
        QVERIFY(headline->text().contains(QStringLiteral("1200")));
    }
};

QTEST_MAIN(TestRetranslatePanels)
#include "tst_retranslatepanels.moc"
