// Help ▸ User Guide: every section the code links to exists in the bundled guide, the
// empty states open it at their section, and the viewer goes back, forward and finds.
#include "../support/markingtranslator.h"
#include "widgets/article/articleview.h"
#include "widgets/claims/claimspanel.h"
#include "widgets/codebook/codebookpanel.h"
#include "widgets/compare/compareview.h"
#include "widgets/help/guidelinklabel.h"
#include "widgets/help/userguide.h"
#include "widgets/help/userguidedialog.h"
#include "widgets/inspector/claiminspector.h"
#include "widgets/mainwindow/mainwindow.h"
#include "widgets/mainwindow/welcomeview.h"
#include "widgets/matrix/matrixview.h"
#include "widgets/network/networkview.h"
#include "widgets/timeline/timelineview.h"

#include <QApplication>
#include <QDirIterator>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QRegularExpression>
#include <QSet>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

using namespace demarche;

namespace {

QString guideHtml(const QString &page = QStringLiteral("guide.html"))
{
    QFile file(QStringLiteral(":/guide/") + page);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

QString writtenGuideFolder()
{
    return QStringLiteral(DEMARCHE_SOURCE_DIR "/resources/guide");
}

// The translations of the guide in a folder: guide_de.html, ...
QStringList translatedGuides(const QString &folder)
{
    return QDir(folder).entryList({QStringLiteral("guide_*.html")}, QDir::Files, QDir::Name);
}

// The ids of a page of the guide, in their order.
QStringList idsOf(const QString &html)
{
    QStringList ids;
    static const QRegularExpression id(QStringLiteral("\\bid=\"([^\"]+)\""));
    for (auto it = id.globalMatch(html); it.hasNext();)
        ids.append(it.next().captured(1));
    return ids;
}

// The section ids the viewer lists as contents, as Qt's HTML parser understood them.
QSet<QString> sectionAnchors(const UserGuideDialog &dialog)
{
    QSet<QString> anchors;
    for (int row = 0; row < dialog.contents()->count(); ++row)
        anchors.insert(dialog.contents()->item(row)->data(Qt::UserRole).toString());
    return anchors;
}

// Every anchor the sources pass to the guide's functions, with the file it is in. An
// anchor is written as QStringLiteral("name") in a call to one of them.
QMap<QString, QString> anchorsInSources()
{
    static const QRegularExpression call(
        QStringLiteral(R"((?:showUserGuide|userGuideUrl|guideLinkHtml|setGuideLink|setGuide|)"
                       R"(GuideLinkLabel|emptyStatePage|showMessage)\s*\(([^;]*);)"));
    static const QRegularExpression literal(
        QStringLiteral(R"re(QStringLiteral\("([a-z][a-z0-9-]*)"\))re"));
    QMap<QString, QString> anchors;
    for (const char *area : {"widgets", "app"}) {
        QDirIterator it(QStringLiteral(DEMARCHE_SOURCE_DIR "/") + QLatin1String(area),
                        {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly))
                continue;
            const QString text = QString::fromUtf8(file.readAll());
            auto calls = call.globalMatch(text);
            while (calls.hasNext()) {
                auto literals = literal.globalMatch(calls.next().captured(1));
                while (literals.hasNext())
                    anchors.insert(literals.next().captured(1), path);
            }
        }
    }
    return anchors;
}

// The visible guide link with this anchor inside `container`.
GuideLinkLabel *visibleLink(QWidget *container, const QString &anchor)
{
    const QList<GuideLinkLabel *> links = container->findChildren<GuideLinkLabel *>();
    for (GuideLinkLabel *link : links) {
        if (link->anchor() == anchor && link->isVisible())
            return link;
    }
    return nullptr;
}

UserGuideDialog *openGuide(const QWidget &window)
{
    return window.findChild<UserGuideDialog *>(QString(), Qt::FindDirectChildrenOnly);
}

} // namespace

class TestUserGuide : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setOrganizationName(QStringLiteral("DemarcheTests"));
        QApplication::setApplicationName(QStringLiteral("tst_userguide"));
        QVERIFY(m_dir.isValid());
        QSettings().clear();
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void cleanup() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    // A translation of the guide keeps every section the code and the guide link to.
    void translatedGuidesHaveTheSameSections()
    {
        const QStringList english = idsOf(guideHtml());
        QVERIFY(english.size() > 10);
        // Every translation in the source tree is bundled.
        const QStringList written = translatedGuides(writtenGuideFolder());
        const QStringList bundled = translatedGuides(QStringLiteral(":/guide"));
        QCOMPARE(bundled, written);
        for (const QString &page : bundled) {
            const QStringList ids = idsOf(guideHtml(page));
            const QSet<QString> have(ids.cbegin(), ids.cend());
            const QSet<QString> want(english.cbegin(), english.cend());
            QVERIFY2(have == want,
                     qPrintable(QStringLiteral("%1 lacks %2 and adds %3")
                                    .arg(page, QStringList((want - have).values()).join(u' '),
                                         QStringList((have - want).values()).join(u' '))));
            static const QRegularExpression href(QStringLiteral("href=\"#([^\"]+)\""));
            for (auto it = href.globalMatch(guideHtml(page)); it.hasNext();) {
                const QString target = it.next().captured(1);
                QVERIFY2(ids.contains(target), qPrintable(page + QStringLiteral(": #") + target));
            }
        }
    }

    void theGuideFollowsTheLanguage_data()
    {
        QTest::addColumn<QLocale>("locale");
        QTest::addColumn<QString>("page");
        const auto translated = [](const char *language) {
            const QString page = QStringLiteral("guide_%1.html").arg(QLatin1String(language));
            return QFile::exists(QStringLiteral(":/guide/") + page) ? page
                                                                    : QStringLiteral("guide.html");
        };
        QTest::newRow("English") << QLocale(QLocale::English, QLocale::UnitedKingdom)
                                 << QStringLiteral("guide.html");
        QTest::newRow("German") << QLocale(QLocale::German, QLocale::Germany) << translated("de");
        QTest::newRow("Austrian German")
            << QLocale(QLocale::German, QLocale::Austria) << translated("de");
        QTest::newRow("French") << QLocale(QLocale::French, QLocale::France) << translated("fr");
        QTest::newRow("Russian") << QLocale(QLocale::Russian, QLocale::Russia) << translated("ru");
        QTest::newRow("Ukrainian")
            << QLocale(QLocale::Ukrainian, QLocale::Ukraine) << translated("uk");
        // No guide in Spanish: the English one.
        QTest::newRow("Spanish") << QLocale(QLocale::Spanish, QLocale::Spain)
                                 << QStringLiteral("guide.html");
    }

    // An open guide turns into the new language's at the section it showed.
    void theGuideFollowsTheLanguage()
    {
        QFETCH(QLocale, locale);
        QFETCH(QString, page);
        UserGuideDialog dialog;
        dialog.show();
        dialog.showAnchor(QStringLiteral("stances"));
        QCOMPARE(dialog.browser()->source().fileName(), QStringLiteral("guide.html"));

        QLocale::setDefault(locale);
        QCOMPARE(userGuidePage(), page);
        demarche::testing::MarkingTranslator translator;
        QCoreApplication::installTranslator(&translator);
        QCoreApplication::processEvents();
        QCOMPARE(dialog.browser()->source().fileName(), page);
        QCOMPARE(dialog.currentAnchor(), QStringLiteral("stances"));
        QVERIFY(demarche::testing::MarkingTranslator::isMarked(dialog.windowTitle()));
        QVERIFY(dialog.contents()->currentItem());
        QCOMPARE(dialog.contents()->currentItem()->data(Qt::UserRole).toString(),
                 QStringLiteral("stances"));

        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QCoreApplication::removeTranslator(&translator);
        QCoreApplication::processEvents();
        QCOMPARE(dialog.browser()->source().fileName(), QStringLiteral("guide.html"));
        QCOMPARE(dialog.currentAnchor(), QStringLiteral("stances"));
    }

    void everyAnchorInTheCodeIsASection()
    {
        UserGuideDialog dialog;
        const QSet<QString> sections = sectionAnchors(dialog);
        QVERIFY2(sections.size() >= 10, qPrintable(QString::number(sections.size())));
        const QMap<QString, QString> used = anchorsInSources();
        // The empty states of claims, compare, matrix, over time, article, codebook ...
        QVERIFY2(used.size() >= 5, qPrintable(QStringList(used.keys()).join(u' ')));
        for (auto it = used.cbegin(); it != used.cend(); ++it) {
            QVERIFY2(sections.contains(it.key()),
                     qPrintable(QStringLiteral("%1 (%2)").arg(it.key(), it.value())));
        }
    }

    void theGuidesOwnLinksResolve()
    {
        const QString html = guideHtml();
        QVERIFY(!html.isEmpty());
        QSet<QString> ids;
        for (const QString &name : idsOf(html)) {
            QVERIFY2(!ids.contains(name), qPrintable(name)); // each id once
            ids.insert(name);
        }
        static const QRegularExpression href(QStringLiteral("href=\"#([^\"]+)\""));
        int links = 0;
        for (auto it = href.globalMatch(html); it.hasNext(); ++links) {
            const QString target = it.next().captured(1);
            QVERIFY2(ids.contains(target), qPrintable(target));
        }
        QVERIFY(links > 10);
        // The sections the issue's readers look for.
        for (const char *wanted : {"workflow", "tagging", "inspector", "position-scales", "roll-up",
                                   "stances", "attribution", "compare", "matrix", "over-time",
                                   "network", "csv-columns", "command-line"})
            QVERIFY2(ids.contains(QLatin1String(wanted)), wanted);
    }

    void emptyStateLinksOpenTheGuide_data()
    {
        QTest::addColumn<QString>("place");
        QTest::addColumn<QString>("anchor");
        QTest::newRow("welcome") << QStringLiteral("welcome") << QStringLiteral("workflow");
        QTest::newRow("claims") << QStringLiteral("claims") << QStringLiteral("tagging");
        QTest::newRow("article") << QStringLiteral("article") << QStringLiteral("importing");
        QTest::newRow("inspector") << QStringLiteral("inspector") << QStringLiteral("inspector");
        QTest::newRow("codebook") << QStringLiteral("codebook") << QStringLiteral("codebook");
        // A new project has topics but no actors: each analysis view asks for actors.
        QTest::newRow("compare") << QStringLiteral("compare") << QStringLiteral("codebook");
        QTest::newRow("matrix") << QStringLiteral("matrix") << QStringLiteral("codebook");
        QTest::newRow("over time") << QStringLiteral("timeline") << QStringLiteral("codebook");
        QTest::newRow("network") << QStringLiteral("network") << QStringLiteral("codebook");
    }

    void emptyStateLinksOpenTheGuide()
    {
        QFETCH(QString, place);
        QFETCH(QString, anchor);
        MainWindow window;
        window.resize(1200, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QWidget *container = window.welcomeView();
        if (place != QLatin1String("welcome")) {
            const QString path = m_dir.filePath(place + QStringLiteral(".demarche"));
            QFile::remove(path);
            QVERIFY(window.createProject(path));
            if (place == QLatin1String("claims"))
                container = window.claimsPanel();
            else if (place == QLatin1String("article"))
                container = window.articleView();
            else if (place == QLatin1String("inspector"))
                container = window.inspector();
            else if (place == QLatin1String("codebook"))
                container = window.codebookPanel();
            if (place == QLatin1String("compare")) {
                window.showView(MainWindow::View::Compare);
                container = window.compareView();
            } else if (place == QLatin1String("matrix")) {
                window.showView(MainWindow::View::Matrix);
                container = window.matrixView();
            } else if (place == QLatin1String("timeline")) {
                window.showView(MainWindow::View::Timeline);
                container = window.timelineView();
            } else if (place == QLatin1String("network")) {
                window.showView(MainWindow::View::Network);
                container = window.networkView();
            } else {
                QWidget *dock = container->parentWidget();
                dock->show();
                dock->raise();
            }
            QVERIFY(container);
        }
        GuideLinkLabel *link = visibleLink(container, anchor);
        QVERIFY(link);
        QVERIFY(!openGuide(window));

        QTest::mouseClick(link, Qt::LeftButton, {}, link->contentsRect().center());
        UserGuideDialog *guide = openGuide(window);
        QVERIFY(guide);
        QVERIFY(guide->isVisible());
        QCOMPARE(guide->currentAnchor(), anchor);
        QVERIFY(guide->contents()->currentItem());
        QCOMPARE(guide->contents()->currentItem()->data(Qt::UserRole).toString(), anchor);
        window.close();
    }

    void helpMenuOpensTheGuideOnce()
    {
        MainWindow window;
        window.show();
        window.actions().userGuide()->trigger();
        UserGuideDialog *guide = openGuide(window);
        QVERIFY(guide);
        QVERIFY(guide->isVisible());
        QCOMPARE(guide->currentAnchor(), QString());
        window.actions().userGuide()->trigger();
        QCOMPARE(window.findChildren<UserGuideDialog *>().size(), 1);
        QCOMPARE(window.actions().userGuide()->shortcut(),
                 QKeySequence(QKeySequence::HelpContents));
    }

    void backForwardAndFind()
    {
        UserGuideDialog dialog;
        dialog.show();
        dialog.showAnchor(QStringLiteral("tagging"));
        dialog.showAnchor(QStringLiteral("position-scales"));
        QCOMPARE(dialog.currentAnchor(), QStringLiteral("position-scales"));
        dialog.browser()->backward();
        QCOMPARE(dialog.currentAnchor(), QStringLiteral("tagging"));
        dialog.browser()->forward();
        QCOMPARE(dialog.currentAnchor(), QStringLiteral("position-scales"));

        // A contents entry shows its section.
        QListWidget *contents = dialog.contents();
        const QList<QListWidgetItem *> items =
            contents->findItems(QStringLiteral("Stances"), Qt::MatchExactly);
        QCOMPARE(items.size(), 1);
        Q_EMIT contents->itemActivated(items.constFirst());
        QCOMPARE(dialog.currentAnchor(), QStringLiteral("stances"));

        auto *find = dialog.findChild<QLineEdit *>(QStringLiteral("guideFind"));
        QVERIFY(find);
        QTest::keyClicks(find, QStringLiteral("scale not defined"));
        QCOMPARE(dialog.browser()->textCursor().selectedText(),
                 QStringLiteral("scale not defined"));
        find->clear();
        QTest::keyClicks(find, QStringLiteral("no such words here"));
        QVERIFY(!dialog.browser()->textCursor().hasSelection());
        QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("guideFindStatus"))->text(),
                 QStringLiteral("Not found"));
    }
};

QTEST_MAIN(TestUserGuide)
#include "tst_userguide.moc"
