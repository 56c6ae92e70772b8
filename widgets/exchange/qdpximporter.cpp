#include "widgets/exchange/qdpximporter.h"

#include "core/exchange/qdpxcodeplan.h"
#include "widgets/common/filedialogs.h"
#include "widgets/exchange/actorsunderdialog.h"
#include "widgets/mainwindow/projectdialogs.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QMessageBox>

namespace demarche {
namespace {

struct ImporterText
{
    Q_DECLARE_TR_FUNCTIONS(QdpxImporter)
};

} // namespace

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

    const QFileInfo source(outcome.qdpxPath);
    const QString projectPath = ProjectDialogs::askNewProjectPath(
        parent, ImporterText::tr("Save the imported project as"),
        source.dir().filePath(source.completeBaseName() + QStringLiteral(".demarche")));
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
