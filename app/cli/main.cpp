// demarche-cli: the whole of Demarche's work from the command line, for batch pipelines.
#include "cli/clidispatch.h"
#include "cli/clisupport.h"
#include "cli/console.h"
#include "core/domain/catalogues.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <cstring>
#include <memory>

namespace {

// Laying out a report (fonts, QTextDocument, QPdfWriter) needs a QGuiApplication; every
// other command stays on QCoreApplication, which starts faster and needs no display.
bool needsGui(int argc, char *argv[])
{
    return argc > 1 && std::strcmp(argv[1], "report") == 0;
}

// The platform plugin's start-up notes ("XDG_RUNTIME_DIR not set", font fallbacks) would
// break the promise of one stderr line per error and none on success; our own errors are
// printed by the commands. Critical and fatal messages still get through.
QtMessageHandler loudHandler = nullptr;

void quietWarnings(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if ((type == QtCriticalMsg || type == QtFatalMsg) && loudHandler)
        loudHandler(type, context, message);
}

} // namespace

int main(int argc, char *argv[])
{
    std::unique_ptr<QCoreApplication> app;
    if (needsGui(argc, argv)) {
        // Headless by default, so that a batch job on a server needs no display; an
        // explicit QT_QPA_PLATFORM still wins.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        loudHandler = qInstallMessageHandler(quietWarnings);
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setApplicationName(QStringLiteral("demarche-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DEMARCHE_VERSION));
    QCoreApplication::setOrganizationName(QStringLiteral("Demarche"));
    // How long to wait for a project another program is writing (README): scripts that
    // would rather fail at once, and the tests, set it.
    if (const QByteArray wait = qgetenv("DEMARCHE_BUSY_TIMEOUT_MS"); !wait.isEmpty()) {
        bool ok = false;
        const int milliseconds = wait.toInt(&ok);
        if (ok && milliseconds >= 0)
            demarche::cli::setBusyTimeout(std::chrono::milliseconds(milliseconds));
    }
    demarche::installSystemCatalogues();
    return demarche::cli::finishOutput(demarche::cli::dispatch(QCoreApplication::arguments()));
}
