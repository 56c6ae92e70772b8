// The window never loses its hold on the open project. SQLite's locks are POSIX record
// locks, which any close() of any descriptor of the file in this process releases; then
// another program that opens and closes the project takes itself for the last user,
// checkpoints and deletes the write-ahead log, and later edits go into a deleted file.
// Each row runs one way the window might touch the project's file — file dialogs browsing
// its folder, drops, opening it again, importing it — and then checks that the locks are
// still held, that a second process leaves the log alone and sees the next edit.
#include "core/project/project.h"
#include "core/sample/sampleproject.h"
#include "support/modalcloser.h"
#include "widgets/common/filedialogs.h"
#include "widgets/importing/documentimporter.h"
#include "widgets/mainwindow/mainwindow.h"
#include "widgets/mainwindow/recentprojects.h"

#include <QAction>
#include <QApplication>
#include <QDropEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFileSystemModel>
#include <QMimeData>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUrl>

#include <functional>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

#ifndef DEMARCHE_CLI_PATH
#error "DEMARCHE_CLI_PATH must name the demarche-cli binary"
#endif

using namespace demarche;

namespace {

// The POSIX locks this process holds on the file, as /proc/locks lists them
// ("1: POSIX  ADVISORY  READ 1234 fe:01:5678 128 128").
int locksHeld(const QString &path)
{
    struct stat info = {};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return -1;
    const QString file = QStringLiteral("%1:%2:%3")
                             .arg(major(info.st_dev), 2, 16, QLatin1Char('0'))
                             .arg(minor(info.st_dev), 2, 16, QLatin1Char('0'))
                             .arg(quint64(info.st_ino));
    QFile locks(QStringLiteral("/proc/locks"));
    if (!locks.open(QIODevice::ReadOnly | QIODevice::Text))
        return -1;
    const QString pid = QString::number(::getpid());
    int held = 0;
    for (const QByteArray &line : locks.readAll().split('\n')) {
        const QStringList fields =
            QString::fromLatin1(line).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        // A lock someone waits for is listed with "->" before its fields.
        if (fields.size() >= 6 && fields.at(1) == QLatin1String("POSIX") && fields.at(4) == pid
            && fields.at(5) == file)
            ++held;
    }
    return held;
}

Actor namedActor(const QString &name, const QColor &color)
{
    Actor actor;
    actor.name = name;
    actor.color = color;
    return actor;
}

QString runCli(const QStringList &arguments, int *exitCode)
{
    QProcess process;
    process.start(QStringLiteral(DEMARCHE_CLI_PATH), arguments);
    if (!process.waitForFinished(30000)) {
        *exitCode = -1;
        return {};
    }
    *exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    return QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError());
}

// Waits in the file dialog until its model has listed `folder` and asked each file's
// icon and type (the moment a sniffing icon provider reads the files), then cancels.
void browseThenCancel(const QString &folder)
{
    auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
    if (!dialog)
        return;
    dialog->setDirectory(folder);
    auto *model = dialog->findChild<QFileSystemModel *>();
    const QString project = QDir(folder).filePath(QStringLiteral("talks.demarche"));
    (void)QTest::qWaitFor(
        [&]() {
            if (!model)
                return true;
            const QModelIndex index = model->index(project);
            return index.isValid() && !model->type(index).isEmpty();
        },
        10000);
    QTest::qWait(300); // the companions (-wal, -shm) are asked in the same batch
    dialog->reject();
}

} // namespace

class TestProjectLocks : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    ModalCloser m_closer; // answers any other modal dialog (import summaries, errors)

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setOrganizationName(QStringLiteral("DemarcheTests"));
        QApplication::setApplicationName(QStringLiteral("tst_projectlocks"));
        QVERIFY(m_dir.isValid());
    }

    void init() { QSettings().clear(); }

    void theWindowKeepsItsLocks_data()
    {
        QTest::addColumn<QString>("way");
        for (const char *way :
             {"import dialog", "open dialog", "new project dialog", "save as dialog",
              "file dialog helper", "drop the project", "drop its folder", "import the project",
              "import its log", "import its shared memory", "open it again",
              "open it through a link", "open it through a hard link", "open recent"})
            QTest::newRow(way) << QString::fromLatin1(way);
    }

    void theWindowKeepsItsLocks()
    {
        QFETCH(QString, way);
        const QString folder = m_dir.filePath(QString(way).replace(QLatin1Char(' '), u'-'));
        QVERIFY(QDir().mkpath(folder));
        const QString path = QDir(folder).filePath(QStringLiteral("talks.demarche"));
        QVERIFY(createSampleProject(path));

        MainWindow window;
        window.show();
        QVERIFY(window.openProject(path));
        Project *project = window.project();
        QVERIFY(project);
        // A first edit, so that the log exists and the window holds its locks.
        QVERIFY(project->insertActor(namedActor(QStringLiteral("Qatar"), Qt::darkRed)));
        QVERIFY(QFile::exists(path + QLatin1String("-wal")));
        QVERIFY(locksHeld(path) > 0);
        QVERIFY(locksHeld(path + QLatin1String("-shm")) > 0);

        const auto inDialog = [&folder](QAction *action) {
            QTimer::singleShot(0, [&folder]() { browseThenCancel(folder); });
            action->trigger();
        };
        if (way == QLatin1String("import dialog")) {
            inDialog(window.actions().importDocuments());
        } else if (way == QLatin1String("open dialog")) {
            inDialog(window.actions().openProject());
        } else if (way == QLatin1String("new project dialog")) {
            inDialog(window.actions().newProject());
        } else if (way == QLatin1String("save as dialog")) {
            inDialog(window.actions().saveAs());
        } else if (way == QLatin1String("file dialog helper")) {
            // The dialog every export (claims, comparison, report, matrix) goes through.
            QTimer::singleShot(0, [&folder]() { browseThenCancel(folder); });
            QVERIFY(FileDialogs::saveFileName(&window, QStringLiteral("Export"), folder,
                                              QStringLiteral("All files (*)"))
                        .isEmpty());
        } else if (way.startsWith(QLatin1String("drop"))) {
            QMimeData data;
            data.setUrls(
                {QUrl::fromLocalFile(way == QLatin1String("drop the project") ? path : folder)});
            QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
            QApplication::sendEvent(&window, &drop);
        } else if (way == QLatin1String("import the project")) {
            QVERIFY(window.importer()->importFiles({path}).isEmpty());
        } else if (way == QLatin1String("import its log")) {
            QVERIFY(window.importer()->importFiles({path + QLatin1String("-wal")}).isEmpty());
        } else if (way == QLatin1String("import its shared memory")) {
            QVERIFY(window.importer()->importFiles({path + QLatin1String("-shm")}).isEmpty());
        } else if (way == QLatin1String("open it again")) {
            QVERIFY(window.openProject(path));
        } else if (way == QLatin1String("open it through a link")) {
            const QString link = QDir(folder).filePath(QStringLiteral("link.demarche"));
            QVERIFY(QFile::link(path, link));
            QVERIFY(window.openProject(link));
        } else if (way == QLatin1String("open it through a hard link")) {
            const QString link = QDir(folder).filePath(QStringLiteral("same.demarche"));
            QCOMPARE(
                ::link(QFile::encodeName(path).constData(), QFile::encodeName(link).constData()),
                0);
            QVERIFY(window.openProject(link)); // the project already open, not a second one
            QCOMPARE(window.project()->path(), path);
        } else if (way == QLatin1String("open recent")) {
            RecentProjects::add(path);
            QVERIFY(window.openProject(RecentProjects::last()));
        }
        QTest::qWait(200); // drops are answered first and handled from the event loop
        project = window.project();
        QVERIFY(project);
        QVERIFY2(locksHeld(path) > 0, "the window no longer holds its locks on the project");
        QVERIFY2(locksHeld(path + QLatin1String("-shm")) > 0,
                 "the window no longer holds its locks on the project's shared memory");

        // Another program opens and closes the project, as demarche-cli does.
        int exitCode = 0;
        QString output =
            runCli({QStringLiteral("list"), path, QStringLiteral("actors")}, &exitCode);
        QCOMPARE(exitCode, 0);
        QVERIFY2(output.contains(QStringLiteral("Qatar")), qPrintable(output));
        QVERIFY2(QFile::exists(path + QLatin1String("-wal")),
                 "another program removed the log from under the window");

        // The next edit reaches the file that other programs read.
        QVERIFY(project->insertActor(namedActor(QStringLiteral("Oman"), Qt::darkGreen)));
        output = runCli({QStringLiteral("list"), path, QStringLiteral("actors")}, &exitCode);
        QCOMPARE(exitCode, 0);
        QVERIFY2(output.contains(QStringLiteral("Oman")), qPrintable(output));
    }
};

QTEST_MAIN(TestProjectLocks)
#include "tst_projectlocks.moc"
