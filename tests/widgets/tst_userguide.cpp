// Help ▸ User Guide: every section the code links to exists in the bundled guide, the
// empty states open it at their section, and the viewer goes back, forward and finds.
#include "widgets/article/articleview.h"
#include "widgets/claims/claimspanel.h"
#include "widgets/codebook/codebookpanel.h"
#include "widgets/compare/compareview.h"
#include "widgets/help/guidelinklabel.h"
#include "widgets/help/userguidedialog.h"
#include "widgets/inspector/claiminspector.h"
#include "widgets/mainwindow/mainwindow.h"
#include "widgets/mainwindow/welcomeview.h"
#include "widgets/matrix/matrixview.h"
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

QString guideHtml()
{
    QFile file(QStringLiteral(":/guide/guide.html"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
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
        static const QRegularExpression id(QStringLiteral(R"re(\bid="([^"]+)")re"));
        for (auto it = id.globalMatch(html); it.hasNext();) {
            const QString name = it.next().captured(1);
            QVERIFY2(!ids.contains(name), qPrintable(name)); // each id once
            ids.insert(name);
        }
        static const QRegularExpression href(QStringLiteral(R"re(href="#([^"]+)")re"));
        int links = 0;
        for (auto it = href.globalMatch(html); it.hasNext(); ++links) {
            const QString target = it.next().captured(1);
            QVERIFY2(ids.contains(target), qPrintable(target));
        }
        QVERIFY(links > 10);
        // The sections the issue's readers look for.
        for (const char *wanted :
             {"workflow", "tagging", "inspector", "position-scales", "roll-up", "stances",
              "attribution", "compare", "matrix", "over-time", "csv-columns", "command-line"})
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
