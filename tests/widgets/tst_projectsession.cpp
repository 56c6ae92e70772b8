// The session: which project is open, what it tells the window when that changes, the
// recent projects (and their menu) and the undo group that follows the open project.
#include "core/project/project.h"
#include "core/sample/sampleproject.h"
#include "widgets/mainwindow/projectsession.h"
#include "widgets/mainwindow/recentprojectsmenu.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QFile>
#include <QMainWindow>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoCommand>
#include <QUndoGroup>
#include <QUndoStack>

using namespace demarche;

class TestProjectSession : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString sample(const QString &name)
    {
        const QString path = m_dir.filePath(name);
        if (!QFile::exists(path) && !createSampleProject(path))
            return {};
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setOrganizationName(QStringLiteral("DemarcheTests"));
        QApplication::setApplicationName(QStringLiteral("tst_projectsession"));
        QVERIFY(m_dir.isValid());
    }

    void init()
    {
        QSettings().clear();
        QFile::remove(ProjectSession::sampleProjectPath());
    }

    void openingAnnouncesTheProjectAndRemembersIt()
    {
        const QString first = sample(QStringLiteral("first.demarche"));
        const QString second = sample(QStringLiteral("second.demarche"));
        QVERIFY(!first.isEmpty() && !second.isEmpty());

        ProjectSession session;
        QSignalSpy changed(&session, &ProjectSession::projectChanged);
        QSignalSpy closing(&session, &ProjectSession::aboutToClose);
        QSignalSpy recent(&session, &ProjectSession::recentProjectsChanged);
        QVERIFY(session.open(first));
        QVERIFY(session.project());
        QCOMPARE(session.project()->path(), first);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.constFirst().constFirst().value<Project *>(), session.project());
        QCOMPARE(closing.size(), 0); // nothing was open
        QCOMPARE(recent.size(), 1);
        QCOMPARE(session.recentProjects(), QStringList{first});
        QCOMPARE(session.lastFolder(), m_dir.path());

        // The one before is still whole when the window is told it goes.
        Project *before = session.project();
        connect(&session, &ProjectSession::aboutToClose, this, [before](Project *project) {
            QCOMPARE(project, before);
            QCOMPARE(project->path().isEmpty(), false);
        });
        QVERIFY(session.open(second));
        QCOMPARE(closing.size(), 1);
        QCOMPARE(changed.size(), 2);
        QCOMPARE(session.project()->path(), second);
        QCOMPARE(session.recentProjects(), (QStringList{second, first}));

        // The project already open is not opened twice.
        QVERIFY(session.open(second));
        QCOMPARE(changed.size(), 2);
        QCOMPARE(closing.size(), 1);
    }

    void closingAnnouncesNoProject()
    {
        ProjectSession session;
        QVERIFY(session.open(sample(QStringLiteral("closing.demarche"))));
        QSignalSpy changed(&session, &ProjectSession::projectChanged);
        QSignalSpy closing(&session, &ProjectSession::aboutToClose);
        session.close();
        QCOMPARE(closing.size(), 1);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.constFirst().constFirst().value<Project *>(), nullptr);
        QVERIFY(!session.project());
        // Still remembered for the welcome view.
        QCOMPARE(session.recentProjects().size(), 1);
    }

    void aFailedOpenLeavesTheProjectOpen()
    {
        const QString kept = sample(QStringLiteral("kept.demarche"));
        const QString missing = m_dir.filePath(QStringLiteral("gone.demarche"));
        {
            // Once opened, then removed behind Demarche's back.
            QVERIFY(QFile::copy(kept, missing));
            ProjectSession session;
            QVERIFY(session.open(missing));
        }
        QVERIFY(QFile::remove(missing));
        QSettings().setValue(QStringLiteral("projects/recent"), QStringList{missing});

        ProjectSession session;
        QVERIFY(session.open(kept));
        QSignalSpy changed(&session, &ProjectSession::projectChanged);
        QSignalSpy recent(&session, &ProjectSession::recentProjectsChanged);
        const Status opened = session.open(missing);
        QVERIFY(!opened);
        QVERIFY(!opened.error().message.isEmpty());
        QCOMPARE(changed.size(), 0);
        QCOMPARE(session.project()->path(), kept);
        QCOMPARE(recent.size(), 1);
        QVERIFY(
            !QSettings().value(QStringLiteral("projects/recent")).toStringList().contains(missing));
    }

    void clearingTheRecentProjects()
    {
        ProjectSession session;
        QVERIFY(session.open(sample(QStringLiteral("recent.demarche"))));
        QSignalSpy recent(&session, &ProjectSession::recentProjectsChanged);
        session.clearRecentProjects();
        QCOMPARE(recent.size(), 1);
        QVERIFY(session.recentProjects().isEmpty());
    }

    void theRecentMenuFollowsTheSession()
    {
        ProjectSession session;
        RecentProjectsMenu menu(session);
        QCOMPARE(menu.actions().size(), 1);
        QVERIFY(!menu.actions().constFirst()->isEnabled()); // "No recent projects"

        const QString first = sample(QStringLiteral("menu-a.demarche"));
        const QString second = sample(QStringLiteral("menu-b.demarche"));
        QVERIFY(session.open(first));
        QVERIFY(session.open(second));
        const QList<QAction *> entries = menu.actions();
        QCOMPARE(entries.size(), 4); // two projects, a separator, Clear List
        QCOMPARE(entries.at(0)->text(), QStringLiteral("&1 menu-b"));
        QCOMPARE(entries.at(1)->text(), QStringLiteral("&2 menu-a"));
        QSignalSpy requested(&menu, &RecentProjectsMenu::projectRequested);
        entries.at(1)->trigger();
        QCOMPARE(requested.size(), 1);
        QCOMPARE(requested.constFirst().constFirst().toString(), first);

        entries.at(3)->trigger(); // Clear List
        QVERIFY(session.recentProjects().isEmpty());
        QCOMPARE(menu.actions().size(), 1);
    }

    void theUndoGroupFollowsTheOpenProject()
    {
        ProjectSession session;
        QUndoGroup *group = session.undoGroup();
        QVERIFY(!group->activeStack());
        QVERIFY(session.open(sample(QStringLiteral("undo-a.demarche"))));
        QCOMPARE(group->activeStack(), session.project()->undoStack());
        QCOMPARE(group->stacks().size(), 1);

        QSignalSpy canUndo(group, &QUndoGroup::canUndoChanged);
        session.project()->undoStack()->push(new QUndoCommand(QStringLiteral("Add Claim")));
        QVERIFY(group->canUndo());
        QCOMPARE(group->undoText(), QStringLiteral("Add Claim"));
        QCOMPARE(canUndo.size(), 1);

        QVERIFY(session.open(sample(QStringLiteral("undo-b.demarche"))));
        QCOMPARE(group->stacks().size(), 1);
        QCOMPARE(group->activeStack(), session.project()->undoStack());
        QVERIFY(!group->canUndo()); // the other project's history went with it

        session.close();
        QVERIFY(group->stacks().isEmpty());
        QVERIFY(!group->activeStack());
        QVERIFY(!group->canUndo());
    }

    void saveAsGoesOnInTheCopy()
    {
        const QString original = sample(QStringLiteral("original.demarche"));
        const QString copy = m_dir.filePath(QStringLiteral("copy.demarche"));
        ProjectSession session;
        QVERIFY(!session.saveAs(copy)); // nothing open
        QVERIFY(session.open(original));
        QSignalSpy changed(&session, &ProjectSession::projectChanged);
        QVERIFY(session.saveAs(copy));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(session.project()->path(), copy);
        QCOMPARE(session.recentProjects(), (QStringList{copy, original}));
        // A copy is not made over an existing file.
        QVERIFY(!session.saveAs(original));
        QCOMPARE(session.project()->path(), copy);
    }

    void theSampleProjectIsMadeOnFirstUse()
    {
        ProjectSession session;
        QVERIFY(!QFile::exists(ProjectSession::sampleProjectPath()));
        QVERIFY(session.openSample());
        QCOMPARE(session.project()->path(), ProjectSession::sampleProjectPath());
        QVERIFY(!session.project()->documents().isEmpty());
        session.close();
        QVERIFY(session.openSample()); // the same file again
        QCOMPARE(session.project()->path(), ProjectSession::sampleProjectPath());
    }

    void theDockLayoutIsKeptOnlyWithAProject()
    {
        QMainWindow window;
        auto *dock = new QDockWidget(QStringLiteral("Dock"), &window);
        dock->setObjectName(QStringLiteral("dock"));
        window.addDockWidget(Qt::LeftDockWidgetArea, dock);
        ProjectSession session;
        session.saveLayout(window);
        QSettings settings;
        QVERIFY(settings.contains(QStringLiteral("window/geometry")));
        QVERIFY(!settings.contains(QStringLiteral("window/state")));

        QVERIFY(session.open(sample(QStringLiteral("layout.demarche"))));
        window.resize(900, 600);
        session.saveLayout(window);
        QVERIFY(settings.contains(QStringLiteral("window/state")));

        QMainWindow again;
        auto *sameDock = new QDockWidget(QStringLiteral("Dock"), &again);
        sameDock->setObjectName(QStringLiteral("dock"));
        again.addDockWidget(Qt::RightDockWidgetArea, sameDock);
        session.restoreLayout(again);
        QCOMPARE(again.dockWidgetArea(sameDock), Qt::LeftDockWidgetArea);
    }
};

QTEST_MAIN(TestProjectSession)
#include "tst_projectsession.moc"
