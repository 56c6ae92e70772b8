#pragma once
// Shared by the demarche-cli tests: runs the real binary and builds small projects.

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTest>

#include <functional>
#include <optional>

#ifndef DEMARCHE_CLI_PATH
#error "DEMARCHE_CLI_PATH must name the demarche-cli binary"
#endif

namespace clitest {

struct CliResult
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    bool finished = false;
    bool timedOut = false; // did not start, or was killed for taking too long

    // For failure messages: what the command said.
    QByteArray describe() const
    {
        return "exit " + QByteArray::number(exitCode) + "; stderr: " + err
               + "; stdout: " + out.left(400);
    }
    QString errText() const { return QString::fromUtf8(err); }
    QString outText() const { return QString::fromUtf8(out); }
};

// How to run a program when plain run() will not do. By default demarche-cli, in the
// test's folder, with standard input closed.
struct CliRun
{
    QStringList args;
    QString program = QStringLiteral(DEMARCHE_CLI_PATH); // or a copy of it, or a shell
    QString folder;                                      // the working folder
    QString outFile;                                     // standard output to this file
    QString errFile;                                     // standard error to this file
    std::optional<QByteArray> input;                     // written to standard input
    std::function<void()> inChild;                       // run between fork and exec
    int timeoutMs = 30000;
};

// Runs as `how` says and waits; a run that does not start or end in time is killed and
// comes back unfinished.
inline CliResult runWith(const CliRun &how)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("DEMARCHE_ANALYST"), QStringLiteral("tester"));
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    process.setProcessEnvironment(environment);
    if (!how.folder.isEmpty())
        process.setWorkingDirectory(how.folder);
    if (!how.input)
        process.setStandardInputFile(QProcess::nullDevice());
    if (!how.outFile.isEmpty())
        process.setStandardOutputFile(how.outFile);
    if (!how.errFile.isEmpty())
        process.setStandardErrorFile(how.errFile);
    if (how.inChild)
        process.setChildProcessModifier(how.inChild);
    process.start(how.program, how.args);
    CliResult result;
    result.timedOut = true;
    if (!process.waitForStarted(10000))
        return result;
    if (how.input) {
        process.write(*how.input);
        process.closeWriteChannel();
    }
    if (!process.waitForFinished(how.timeoutMs)) {
        process.kill();
        process.waitForFinished(5000);
        return result;
    }
    result.timedOut = false;
    result.finished = process.exitStatus() == QProcess::NormalExit;
    result.exitCode = result.finished ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

// Runs demarche-cli with `args`, stdin closed, and waits at most `timeoutMs`. A command
// that hangs is killed and fails the test: the CLI must never wait for input.
inline CliResult run(const QStringList &args, int timeoutMs = 30000)
{
    CliRun how;
    how.args = args;
    how.timeoutMs = timeoutMs;
    const CliResult result = runWith(how);
    if (result.timedOut)
        QTest::qFail(qPrintable(QStringLiteral("demarche-cli did not start or timed out: ")
                                + args.join(QLatin1Char(' '))),
                     __FILE__, __LINE__);
    return result;
}

// demarche-cli run in `folder`, for names relative to it, with standard output or error
// sent to a file if named.
inline CliResult runIn(const QString &folder, const QStringList &args, const QString &outFile = {},
                       const QString &errFile = {})
{
    CliRun how;
    how.args = args;
    how.folder = folder;
    how.outFile = outFile;
    how.errFile = errFile;
    return runWith(how);
}

// Exactly one line on stderr, which names `needle` (a file name or the offending value).
inline bool isOneLineError(const CliResult &result, const QString &needle)
{
    const QString err = result.errText();
    return err.endsWith(QLatin1Char('\n')) && err.count(QLatin1Char('\n')) == 1
           && err.contains(needle);
}

inline bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return file.write(bytes) == bytes.size() && file.flush();
}

inline QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Everything `list` shows of a project, to prove that a refused command changed nothing.
inline QByteArray snapshot(const QString &project)
{
    QByteArray all;
    for (const char *what : {"documents", "actors", "topics", "claims"}) {
        const CliResult listed = run({QStringLiteral("list"), project, QLatin1String(what),
                                      QStringLiteral("--format"), QStringLiteral("json")});
        all += QByteArray(what) + ": " + QByteArray::number(listed.exitCode) + '\n' + listed.out;
    }
    return all;
}

inline QJsonArray listJson(const QString &project, const QString &what)
{
    const CliResult listed = run({QStringLiteral("list"), project, what, QStringLiteral("--format"),
                                  QStringLiteral("json")});
    return QJsonDocument::fromJson(listed.out).array();
}

// The id printed by a command that prints a bare id ("7\n"), or -1.
inline qint64 bareId(const CliResult &result)
{
    if (result.exitCode != 0 || !result.out.endsWith('\n'))
        return -1;
    bool ok = false;
    const qint64 id = result.out.chopped(1).toLongLong(&ok);
    return ok && result.out.count('\n') == 1 ? id : -1;
}

// Code points [start, end) of `text`, as Python's text[start:end].
inline QString codePointSlice(const QString &text, qint64 start, qint64 end)
{
    const QList<uint> ucs4 = text.toUcs4();
    if (start < 0 || end > ucs4.size() || start > end)
        return QStringLiteral("<out of range>");
    const QList<uint> part = ucs4.mid(start, end - start);
    return QString::fromUcs4(reinterpret_cast<const char32_t *>(part.constData()), part.size());
}

// Strict RFC 4180 as the export promises it: records end in CRLF (the last one too),
// quoted fields double their quotes, nothing follows a closing quote but , or CRLF.
// A UTF-8 byte order mark is skipped. False for anything else.
inline bool parseCsv(QByteArray bytes, QList<QStringList> *rows)
{
    rows->clear();
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);
    const QString text = QString::fromUtf8(bytes);
    QStringList row;
    QString field;
    bool quoted = false;     // inside a quoted field
    bool afterQuote = false; // just past a closing quote
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c != QLatin1Char('"')) {
                field += c;
            } else if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                field += c;
                ++i;
            } else {
                quoted = false;
                afterQuote = true;
            }
            continue;
        }
        if (c == QLatin1Char(',')) {
            row.append(field);
            field.clear();
            afterQuote = false;
        } else if (c == QLatin1Char('\r')) {
            if (i + 1 >= text.size() || text.at(i + 1) != QLatin1Char('\n'))
                return false;
            ++i;
            row.append(field);
            rows->append(row);
            row.clear();
            field.clear();
            afterQuote = false;
        } else if (afterQuote || c == QLatin1Char('\n')) {
            return false;
        } else if (c == QLatin1Char('"')) {
            if (!field.isEmpty())
                return false;
            quoted = true;
        } else {
            field += c;
        }
    }
    return !quoted && row.isEmpty() && field.isEmpty();
}

// Rows of a CSV as column name -> cell, the header read from the first row.
inline QList<QHash<QString, QString>> csvRecords(const QList<QStringList> &rows)
{
    QList<QHash<QString, QString>> records;
    for (qsizetype r = 1; r < rows.size(); ++r) {
        QHash<QString, QString> record;
        for (qsizetype c = 0; c < rows.at(0).size() && c < rows.at(r).size(); ++c)
            record.insert(rows.at(0).at(c), rows.at(r).at(c));
        records.append(record);
    }
    return records;
}

// The article most tests tag: ASCII, canonical already (no trailing blanks, LF).
inline QByteArray articleText()
{
    return "Lavrov said that Moscow demands security guarantees on Ukraine.\n"
           "The United States asked Russia for flexibility on Ukraine and on Syria.\n"
           "Both sides said the talks were useful; the next round is in Geneva.";
}

// A project with articleText() as document 1 and the actors Russia (alias Moscow),
// "United States" (alias Washington) and Lavrov (a person under Russia).
inline bool makeBasicProject(const QString &dir, QString *project)
{
    *project = dir + QStringLiteral("/basic.demarche");
    const QString article = dir + QStringLiteral("/article.txt");
    if (!writeFile(article, articleText()))
        return false;
    const QList<QStringList> steps = {
        {QStringLiteral("init"), *project},
        {QStringLiteral("import"), *project, article, QStringLiteral("--title"),
         QStringLiteral("Ministers meet")},
        {QStringLiteral("actor"), QStringLiteral("add"), *project, QStringLiteral("Russia"),
         QStringLiteral("--alias"), QStringLiteral("Moscow")},
        {QStringLiteral("actor"), QStringLiteral("add"), *project, QStringLiteral("United States"),
         QStringLiteral("--alias"), QStringLiteral("Washington")},
        {QStringLiteral("actor"), QStringLiteral("add"), *project, QStringLiteral("Lavrov"),
         QStringLiteral("--kind"), QStringLiteral("person"), QStringLiteral("--parent"),
         QStringLiteral("Russia")},
    };
    for (const QStringList &step : steps) {
        const CliResult result = run(step);
        if (result.exitCode != 0) {
            qWarning("fixture step failed: %s", result.describe().constData());
            return false;
        }
    }
    return true;
}

} // namespace clitest

// Runs the CLI and stops the test if it hung or crashed.
#define CLI(result, ...)                                                                           \
    const clitest::CliResult result = clitest::run(__VA_ARGS__);                                   \
    QVERIFY2(result.finished, result.describe().constData())

// Expects a command to fail with `code` and one stderr line naming `needle`.
#define CLI_FAILS(code, needle, ...)                                                               \
    do {                                                                                           \
        CLI(failed_, __VA_ARGS__);                                                                 \
        QVERIFY2(failed_.exitCode == (code), failed_.describe().constData());                      \
        QVERIFY2(clitest::isOneLineError(failed_, (needle)),                                       \
                 QByteArray(QByteArray("stderr should be one line naming ")                        \
                            + QString(needle).toUtf8() + "; " + failed_.describe())                \
                     .constData());                                                                \
    } while (false)
