// demarche: the desktop application. Everything but start-up lives in the libraries.
#include "widgets/mainwindow/appearance.h"
#include "widgets/mainwindow/mainwindow.h"
#include "widgets/mainwindow/recentprojects.h"
#include "widgets/preferences/language.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Demarche"));
    QApplication::setApplicationDisplayName(QStringLiteral("Demarche"));
    QApplication::setApplicationVersion(QStringLiteral(DEMARCHE_VERSION));
    QApplication::setOrganizationName(QStringLiteral("Demarche"));
    QApplication::setDesktopFileName(QStringLiteral("org.demarche.Demarche"));

    demarche::applyLanguage(demarche::savedLanguage());

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Highlight, tag and compare the positions of actors."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("project"),
                                 QApplication::translate("main", "The project to open."),
                                 QStringLiteral("[project.demarche]"));
    const QCommandLineOption sample(QStringLiteral("sample"),
                                    QApplication::translate("main", "Open the sample project."));
    const QCommandLineOption appearance(
        QStringLiteral("appearance"),
        QApplication::translate("main", "Palette: system, light or dark."),
        QStringLiteral("palette"));
    parser.addOption(sample);
    parser.addOption(appearance);
    parser.process(app);

    demarche::applyAppearance(parser.isSet(appearance)
                                  ? demarche::appearanceFromName(parser.value(appearance))
                                  : demarche::savedAppearance());

    demarche::MainWindow window;
    window.show();
    const QStringList projects = parser.positionalArguments();
    if (!projects.isEmpty())
        window.openProject(projects.constFirst());
    else if (parser.isSet(sample))
        window.openSampleProject();
    else if (const QString last = demarche::RecentProjects::last(); !last.isEmpty())
        window.openProject(last);
    return QApplication::exec();
}
