#include "cli/clidispatch.h"

#include "cli/command.h"
#include "cli/console.h"
#include "core/cues/cuebackend.h"
#include "core/domain/translation.h"

#include <QCoreApplication>
#include <QHash>

namespace demarche::cli {
namespace {

QList<Command> allCommands()
{
    QList<Command> commands;
    commands << projectCommands() << documentCommands() << codebookCommands()
             << codebookEditCommands() << claimCommands() << claimEditCommands()
             << compareCommands() << reportCommands() << networkCommands() << cueCommands();
    return commands;
}

// One spelling for each option; the other spellings that commands once took, or that a
// reader would expect, still work but are not shown in the help.
QString canonicalOption(const QString &name)
{
    static const QHash<QString, QString> aliases{
        {QStringLiteral("no-rollup"), QStringLiteral("no-roll-up")},
        {QStringLiteral("colour"), QStringLiteral("color")},
        {QStringLiteral("document"), QStringLiteral("doc")},
    };
    return aliases.value(name, name);
}

bool takesValue(const Command &command, const QString &name)
{
    return std::any_of(command.options.cbegin(), command.options.cend(),
                       [&name](const QCommandLineOption &option) {
                           return !option.valueName().isEmpty() && option.names().contains(name);
                       });
}

// The options spelled the one way; values, and everything after --, are left as they are.
QStringList withCanonicalOptions(const Command &command, const QStringList &words)
{
    QStringList canonical;
    bool value = false;
    for (qsizetype i = 0; i < words.size(); ++i) {
        const QString &word = words.at(i);
        if (word == QLatin1String("--")) {
            canonical << words.mid(i);
            break;
        }
        if (value || !word.startsWith(QLatin1Char('-')) || word == QLatin1String("-")) {
            value = false;
            canonical << word;
            continue;
        }
        const qsizetype dashes = word.startsWith(QLatin1String("--")) ? 2 : 1;
        const qsizetype equals = word.indexOf(QLatin1Char('='));
        const QString name = word.mid(dashes, equals < 0 ? -1 : equals - dashes);
        const QString spelled = canonicalOption(name);
        canonical << word.left(dashes) + spelled + (equals < 0 ? QString() : word.mid(equals));
        value = equals < 0 && takesValue(command, spelled);
    }
    return canonical;
}

QString usageLine(const Command &command)
{
    return QStringLiteral("demarche-cli ") + command.name + QLatin1Char(' ') + command.usage;
}

QString overallHelp(const QList<Command> &commands)
{
    QString text =
        CliText::tr("Demarche %1: mark what actors say in articles, compare their positions, "
                    "export them to CSV.\n\nUsage:\n")
            .arg(QCoreApplication::applicationVersion());
    for (const Command &command : commands) {
        text += QLatin1String("  ") + usageLine(command) + QLatin1Char('\n');
        text += QLatin1String("      ") + command.description + QLatin1Char('\n');
    }
    text += CliText::tr(
        "  demarche-cli --help | --version\n\n"
        "\"demarche-cli COMMAND --help\" describes a command's options.\n"
        "Offsets (--start, --end, and the start/end columns) count Unicode code points.\n"
        "Names of actors and topics are matched without regard to case or to how an accent\n"
        "is encoded.\n"
        "A file or name that begins with - goes after --, which ends the options "
        "(demarche-cli import p.demarche -- -notes.txt).\n"
        "An output named - is standard output; pipes and devices are written into, "
        "regular files replaced only when complete.\n\n"
        "Exit codes: 0 success, 1 usage error, 2 bad input or data, "
        "3 project cannot be opened.\n");
    return text;
}

QString commandHelp(const Command &command, const QCommandLineParser &parser)
{
    QString text = CliText::tr("Usage: %1\n%2\n").arg(usageLine(command), command.description);
    // QCommandLineParser's own help text starts with its usage line; keep only the options,
    // under their heading as Qt's catalogue words it.
    const QString options = parser.helpText();
    // Qt's own message, looked up in Qt's catalogue; a variable keeps lupdate from copying
    // it into Demarche's catalogues.
    static const char qtHeading[] = "Options:";
    const QString heading =
        QLatin1Char('\n') + QCoreApplication::translate("QCommandLineParser", qtHeading);
    const qsizetype at = options.indexOf(heading);
    if (at >= 0)
        text += options.mid(at);
    return text;
}

// The longest command name that the arguments start with ("actor add" before "actor").
const Command *findCommand(const QList<Command> &commands, const QStringList &words, int *used)
{
    const Command *best = nullptr;
    for (const Command &command : commands) {
        const QStringList name = command.name.split(QLatin1Char(' '));
        if (name.size() > words.size())
            continue;
        if (name == words.mid(0, name.size()) && (!best || name.size() > *used)) {
            best = &command;
            *used = int(name.size());
        }
    }
    return best;
}

// Says which argument was taken for an unknown option, and how to pass a file or a name
// that begins with a dash.
QString parseError(const Command &command, const QCommandLineParser &parser,
                   const QStringList &arguments)
{
    const QStringList unknown = parser.unknownOptionNames();
    if (unknown.isEmpty())
        return command.name + QLatin1String(": ") + parser.errorText();
    const QString &name = unknown.first();
    QString given = QLatin1String("--") + name;
    for (const QString &argument : arguments) {
        if (argument == QLatin1String("--"))
            break;
        const QString bare = argument.section(QLatin1Char('='), 0, 0);
        const QString typed = bare.startsWith(QLatin1String("--")) ? bare.mid(2) : bare.mid(1);
        // As typed, also when it is another spelling of an option this command lacks.
        if (bare.startsWith(QLatin1Char('-')) && canonicalOption(typed) == name) {
            given = argument;
            break;
        }
    }
    return CliText::tr("%1: unknown option \u201c%2\u201d; a file or name that begins with - "
                       "goes after --")
        .arg(command.name, given);
}

} // namespace

int dispatch(const QStringList &arguments)
{
    const QList<Command> commands = allCommands();
    const QStringList words = arguments.mid(1);
    if (words.isEmpty())
        return usageFail(CliText::tr("no command given"));
    if (words.first() == QLatin1String("--help") || words.first() == QLatin1String("-h")
        || words.first() == QLatin1String("help")) {
        printOut(overallHelp(commands));
        return Success;
    }
    if (words.first() == QLatin1String("--version") || words.first() == QLatin1String("-v")) {
        printOut(QStringLiteral("demarche-cli %1\ncues: %2\n")
                     .arg(QCoreApplication::applicationVersion(), cueBackendName()));
        return Success;
    }

    int used = 0;
    const Command *command = findCommand(commands, words, &used);
    if (!command) {
        const bool known = std::any_of(commands.cbegin(), commands.cend(), [&](const Command &c) {
            return c.name.startsWith(words.first() + QLatin1Char(' '));
        });
        if (known && !words.isEmpty())
            return usageFail(CliText::tr("unknown sub-command in \u201c%1\u201d")
                                 .arg(words.mid(0, 2).join(QLatin1Char(' '))));
        return usageFail(CliText::tr("unknown command \u201c%1\u201d").arg(words.first()));
    }

    QCommandLineParser parser;
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    // No command has one-letter options to bundle, and "-notes.txt" then reads as one
    // unknown option that can be named, not as seven letters.
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addOptions(command->options);
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")},
                                  CliText::tr("Describes this command."));
    parser.addOption(help);
    if (!parser.parse(QStringList{arguments.first()}
                      + withCanonicalOptions(*command, words.mid(used))))
        return usageFail(parseError(*command, parser, words.mid(used)));
    if (parser.isSet(help)) {
        printOut(commandHelp(*command, parser));
        return Success;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() < command->minPositional)
        return usageFail(CliText::tr("%1: missing arguments; usage: %2")
                             .arg(command->name, usageLine(*command)));
    if (command->maxPositional >= 0 && positional.size() > command->maxPositional) {
        return usageFail(
            CliText::tr("%1: unexpected argument \u201c%2\u201d; usage: %3")
                .arg(command->name, positional.at(command->maxPositional), usageLine(*command)));
    }
    return command->run(parser, positional);
}

} // namespace demarche::cli
