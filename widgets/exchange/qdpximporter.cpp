#include "widgets/exchange/qdpximporter.h"

#include "core/exchange/qdpxcodeplan.h"
#include "core/storage/projectstore.h"
#include "widgets/common/filedialogs.h"
#include "widgets/exchange/actorsunderdialog.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMessageBox>

namespace demarche {
namespace {

struct ImporterText
{
    Q_DECLARE_TR_FUNCTIONS(QdpxImporter)
};

const QString ProjectSuffix = QStringLiteral(".demarche");

QString askProjectPath(QWidget *parent, const QString &qdpxPath)
{
    const QFileInfo source(qdpxPath);
    QString path =
        FileDialogs::saveFileName(parent, ImporterText::tr("Save the imported project as"),
                                  source.dir().filePath(source.completeBaseName() + ProjectSuffix),
                                  ImporterText::tr("Demarche projects (*.demarche);;All files (*)"),
                                  nullptr, QFileDialog::DontConfirmOverwrite);
    if (path.isEmpty())
        return {};
    if (!path.endsWith(ProjectSuffix, Qt::CaseInsensitive))
        path += ProjectSuffix;
    if (QFileInfo::exists(path)) {
        QMessageBox::warning(parent, ImporterText::tr("Import REFI-QDA Project"),
                             ImporterText::tr("%1 already exists. The import makes a new "
                                              "project: choose another name.")
                                 .arg(QDir::toNativeSeparators(path)));
        return {};
    }
    return path;
}

} // namespace

Result<QdpxImportReport> importQdpxAsNewProject(const QString &qdpxPath, const QString &projectPath,
                                                const QdpxImportOptions &options)
{
    auto store = ProjectStore::create(projectPath);
    if (!store)
        return store.error();
    Result<QdpxImportReport> report = importQdpx(**store, qdpxPath, options);
    store->reset();
    if (!report) {
        // The project was made for this import only; an empty one left behind would
        // only puzzle.
        QFile::remove(projectPath);
    }
    return report;
}

QdpxImportOutcome chooseAndImportQdpx(QWidget *parent, const QString &folder)
{
    QdpxImportOutcome outcome;
    const QString title = ImporterText::tr("Import REFI-QDA Project");
    outcome.qdpxPath = FileDialogs::openFileName(
        parent, title, folder, ImporterText::tr("REFI-QDA projects (*.qdpx);;All files (*)"));
    if (outcome.qdpxPath.isEmpty())
        return outcome;
    const QString fileName = QFileInfo(outcome.qdpxPath).fileName();

    Result<QList<QdpxCode>> codes = [&]() {
        QApplication::setOverrideCursor(Qt::WaitCursor);
        auto read = readQdpxCodeTree(outcome.qdpxPath);
        QApplication::restoreOverrideCursor();
        return read;
    }();
    if (!codes) {
        QMessageBox::critical(
            parent, title,
            ImporterText::tr("The file could not be read.\n\n%1").arg(codes.error().message));
        return outcome;
    }

    QdpxImportOptions options;
    if (!qdpx::isDemarcheCodeTree(*codes) && !codes->isEmpty()) {
        ActorsUnderDialog dialog(fileName, *codes, parent);
        if (dialog.exec() != QDialog::Accepted)
            return outcome;
        options.actorsUnder = dialog.actorsUnder();
    }

    const QString projectPath = askProjectPath(parent, outcome.qdpxPath);
    if (projectPath.isEmpty())
        return outcome;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    Result<QdpxImportReport> report =
        importQdpxAsNewProject(outcome.qdpxPath, projectPath, options);
    QApplication::restoreOverrideCursor();
    if (!report) {
        QMessageBox::critical(parent, title,
                              ImporterText::tr("The project could not be imported.\n\n%1")
                                  .arg(report.error().message));
        return outcome;
    }
    outcome.projectPath = projectPath;
    outcome.report = *report;
    return outcome;
}

} // namespace demarche
