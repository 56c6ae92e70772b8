#include "widgets/exchange/qdpxexporter.h"

#include "core/exchange/qdpxwriter.h"
#include "core/project/project.h"
#include "widgets/common/filedialogs.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <QProgressDialog>

namespace demarche {
namespace {

struct ExporterText
{
    Q_DECLARE_TR_FUNCTIONS(QdpxExporter)
};

const QString QdpxSuffix = QStringLiteral(".qdpx");

} // namespace

bool writeQdpx(const Project &project, const QString &path, QWidget *parent, QString *error)
{
    QProgressDialog progress(parent);
    progress.setWindowTitle(ExporterText::tr("Export REFI-QDA Project"));
    progress.setLabelText(ExporterText::tr("Writing %1…").arg(QFileInfo(path).fileName()));
    progress.setWindowModality(Qt::WindowModal);
    // Small projects are written before the dialog would show.
    progress.setMinimumDuration(500);
    QdpxExportOptions options;
    options.progress = [&progress](qint64 written, qint64 total) {
        progress.setMaximum(int(qMin<qint64>(total, std::numeric_limits<int>::max())));
        progress.setValue(int(qMin<qint64>(written, progress.maximum())));
        return !progress.wasCanceled();
    };
    const Result<QdpxExportSummary> written = exportQdpx(project.store(), path, options);
    progress.reset();
    if (!written) {
        // Cancelled by the analyst: nothing to explain.
        if (error)
            *error = progress.wasCanceled() ? QString() : written.error().message;
        return false;
    }
    return true;
}

QString exportProjectAsQdpx(const Project &project, QWidget *parent)
{
    const QString suggested =
        QDir(QFileInfo(project.path()).absolutePath()).filePath(project.name() + QdpxSuffix);
    QString path =
        FileDialogs::saveFileName(parent, ExporterText::tr("Export REFI-QDA Project"), suggested,
                                  ExporterText::tr("REFI-QDA projects (*.qdpx);;All files (*)"));
    if (path.isEmpty())
        return {};
    if (QFileInfo(path).suffix().isEmpty())
        path += QdpxSuffix;
    QString error;
    if (!writeQdpx(project, path, parent, &error)) {
        if (error.isEmpty())
            return {};
        QMessageBox::critical(
            parent, ExporterText::tr("Export REFI-QDA Project"),
            ExporterText::tr("The project could not be exported.\n\n%1").arg(error));
        return {};
    }
    return path;
}

} // namespace demarche
