#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace demarche::cli {

// One sub-command: its usage line, options and positional arguments, and what it does.
struct Command
{
    QString name;        // "import", "actor add", ...
    QString usage;       // the arguments after the name, for --help
    QString description; // one line
    QList<QCommandLineOption> options;
    int minPositional = 0;
    int maxPositional = 0; // -1: no limit
    std::function<int(const QCommandLineParser &parser, const QStringList &positional)> run;
};

QList<Command> projectCommands();      // init, import, text, list
QList<Command> codebookCommands();     // actor add, topic add
QList<Command> codebookEditCommands(); // actor edit/remove, topic edit/remove
QList<Command> documentCommands();     // document edit, document remove
QList<Command> claimCommands();        // claim add, export, import-claims
QList<Command> claimEditCommands();    // claim edit, claim remove
QList<Command> compareCommands();      // compare
QList<Command> reportCommands();       // report, matrix
QList<Command> cueCommands();          // cues
QList<Command> networkCommands();      // network

} // namespace demarche::cli
