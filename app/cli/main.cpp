// demarche-cli: the whole of Demarche's work from the command line, for batch pipelines.
#include "clidispatch.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("demarche-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DEMARCHE_VERSION));
    QCoreApplication::setOrganizationName(QStringLiteral("Demarche"));
    return demarche::cli::dispatch(QCoreApplication::arguments());
}
