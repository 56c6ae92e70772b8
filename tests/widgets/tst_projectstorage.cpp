// The window on storage that refuses writes: a project on a read-only medium opens
// read-only, says so and offers no edit; a full disk refuses an edit with "disk full",
// shows nothing of it, and the window goes on working once there is room again.
// Both need a real filesystem of their own (a small tmpfs), so they run as root, as
// continuous integration does, and are skipped where mounting is not allowed.
#include "core/commands/codebookcommands.h"
#include "core/project/project.h"
#include "core/sample/sampleproject.h"
#include "support/modalcloser.h"
#include "widgets/mainwindow/mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QMessageBox>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace demarche;

namespace {

bool run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    return process.waitForFinished(30000) && process.exitStatus() == QProcess::NormalExit
           && process.exitCode() == 0;
}

// A tmpfs of `size` at `folder`, taken down again when the test ends.
class ScopedMount final
{
public:
    ScopedMount(const QString &folder, const QString &size)
        : m_folder(folder)
    {
        m_mounted = run(QStringLiteral("mount"),
                        {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                         QStringLiteral("size=") + size, QStringLiteral("tmpfs"), folder});
    }
    ~ScopedMount()
    {
        if (m_mounted)
            run(QStringLiteral("umount"), {QStringLiteral("-l"), m_folder});
    }
    ScopedMount(const ScopedMount &) = delete;
    ScopedMount &operator=(const ScopedMount &) = delete;

    bool isMounted() const { return m_mounted; }
    bool remountReadOnly() const
    {
        return run(QStringLiteral("mount"),
                   {QStringLiteral("-o"), QStringLiteral("remount,ro"), m_folder});
    }

private:
    QString m_folder;
    bool m_mounted = false;
};

// Writes zeros into `path` until the disk says it is full.
bool fillDisk(const QString &path)
{
    QFile filler(path);
    if (!filler.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        return false;
    const QByteArray block(4096, '\0');
    for (qint64 written = 0; written < qint64(1) << 30; written += block.size()) {
        if (filler.write(block) != block.size())
            return true; // the disk is full
    }
    return false;
}

} // namespace

class TestProjectStorage : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    ModalCloser m_closer; // closes the window's message boxes, keeping what they said

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setOrganizationName(QStringLiteral("DemarcheTests"));
        QApplication::setApplicationName(QStringLiteral("tst_projectstorage"));
        QVERIFY(m_dir.isValid());
    }

    void init()
    {
        QSettings().clear();
        m_closer.clear();
    }

    void aProjectOnAReadOnlyMediumOpensReadOnly()
    {
        const QString folder = m_dir.filePath(QStringLiteral("readonly"));
        QVERIFY(QDir().mkpath(folder));
        ScopedMount mount(folder, QStringLiteral("4m"));
        if (!mount.isMounted())
            QSKIP("mounting a tmpfs needs root");
        const QString path = QDir(folder).filePath(QStringLiteral("shared.demarche"));
        QVERIFY(createSampleProject(path));
        QVERIFY(mount.remountReadOnly());

        MainWindow window;
        window.show();
        QVERIFY2(window.openProject(path), qPrintable(m_closer.messages().join(QLatin1Char('\n'))));
        Project *project = window.project();
        QVERIFY(project);
        QVERIFY(project->isReadOnly());
        QVERIFY(!project->documents().isEmpty());
        QVERIFY(window.windowTitle().contains(QStringLiteral("read-only")));
        auto *banner = window.findChild<QWidget *>(QStringLiteral("readOnlyBanner"));
        QVERIFY(banner);
        QVERIFY(banner->isVisible());
        auto *notice = banner->findChild<QLabel *>(QStringLiteral("readOnlyText"));
        QVERIFY(notice);
        QVERIFY2(notice->text().contains(QStringLiteral("mounted read-only")),
                 qPrintable(notice->text())); // says why
        const MainWindowActions &actions = window.actions();
        for (QAction *action :
             {actions.importDocuments(), actions.pasteDocument(), actions.tagSelection(),
              actions.deleteClaim(), actions.documentProperties(), actions.undo(), actions.redo()})
            QVERIFY2(!action->isEnabled(), qPrintable(action->objectName()));
        // Reading goes on: the export of claims stays available.
        QVERIFY(window.actions().exportClaims()->isEnabled());
        // Nothing, not even a log, was written beside it.
        QVERIFY(!QFile::exists(path + QLatin1String("-wal")));
    }

    void aFullDiskRefusesTheEditAndTheWindowGoesOn()
    {
        const QString folder = m_dir.filePath(QStringLiteral("full"));
        QVERIFY(QDir().mkpath(folder));
        ScopedMount mount(folder, QStringLiteral("2m"));
        if (!mount.isMounted())
            QSKIP("mounting a tmpfs needs root");
        const QString path = QDir(folder).filePath(QStringLiteral("talks.demarche"));
        QVERIFY(createSampleProject(path));

        MainWindow window;
        window.show();
        QVERIFY(window.openProject(path));
        Project *project = window.project();
        QVERIFY(project && !project->isReadOnly());
        const qsizetype actorsBefore = project->actors().size();
        const QString filler = QDir(folder).filePath(QStringLiteral("filler"));
        QVERIFY(fillDisk(filler));

        // A large alias list, so that the edit needs pages the disk no longer has.
        Actor qatar;
        qatar.name = QStringLiteral("Qatar");
        qatar.color = Qt::darkRed;
        for (int i = 0; i < 2000; ++i)
            qatar.aliases.append(QStringLiteral("Doha delegation %1").arg(i));
        QSignalSpy errors(project, &Project::errorOccurred);
        QVERIFY(!project->execute(new AddEntryCommand<Actor>(*project, qatar)));
        QCOMPARE(errors.size(), 1);
        const QString message = errors.constFirst().constFirst().toString();
        QVERIFY2(message.contains(QStringLiteral("disk is full")), qPrintable(message));
        QTRY_VERIFY(!m_closer.messages().isEmpty()); // the window said so
        QVERIFY2(m_closer.messages().constLast().contains(QStringLiteral("disk is full")),
                 qPrintable(m_closer.messages().constLast()));
        // The edit is not shown as made, and there is nothing to undo.
        QCOMPARE(project->actors().size(), actorsBefore);
        QVERIFY(!project->undoStack()->canUndo());
        QVERIFY(!window.actions().undo()->isEnabled());

        // With room again, the same edit goes through, and the project is whole.
        QVERIFY(QFile::remove(filler));
        QVERIFY(project->execute(new AddEntryCommand<Actor>(*project, qatar)));
        QCOMPARE(project->actors().size(), actorsBefore + 1);
        window.closeProject();
        auto reopened = Project::open(path);
        QVERIFY2(reopened, qPrintable(reopened ? QString() : reopened.error().message));
        QCOMPARE(reopened.value()->actors().size(), actorsBefore + 1);
    }
};

QTEST_MAIN(TestProjectStorage)
#include "tst_projectstorage.moc"
