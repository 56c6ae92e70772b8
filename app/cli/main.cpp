// demarche-cli: the whole of Demarche's work from the command line, for batch pipelines.
#include "clidispatch.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("demarche-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DEMARCHE_VERSION));
    QCoreApplication::setOrganizationName(QStringLiteral("Demarche"));
    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("demarche"), QStringLiteral("_"),
                        QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(&translator);
    return demarche::cli::dispatch(QCoreApplication::arguments());
}
