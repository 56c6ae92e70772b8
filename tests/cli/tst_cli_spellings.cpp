// One spelling for each option across demarche-cli's commands, the help showing only that
// one, and the older or other spellings still doing the same.
#include "clirunner.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace clitest;

class TestCliSpellings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void otherSpellingDoesTheSame_data();
    void otherSpellingDoesTheSame();
    void valuesAreNotRespelled();
    void helpShowsOneSpelling_data();
    void helpShowsOneSpelling();

private:
    // Runs `args` (@ the project) on a new basic project with a claim by Lavrov: its exit
    // code, output and everything the project then holds.
    QByteArray outcome(QStringList args);
};

QByteArray TestCliSpellings::outcome(QStringList args)
{
    QTemporaryDir dir;
    QString project;
    if (!dir.isValid() || !makeBasicProject(dir.path(), &project))
        return "no fixture";
    const CliResult claim =
        run({QStringLiteral("claim"), QStringLiteral("add"), project, QStringLiteral("--doc"),
             QStringLiteral("1"), QStringLiteral("--quote"), QStringLiteral("demands"),
             QStringLiteral("--actor"), QStringLiteral("Lavrov"), QStringLiteral("--topic"),
             QStringLiteral("Ukraine"), QStringLiteral("--position"), QStringLiteral("50")});
    if (claim.exitCode != 0)
        return "no claim";
    args.replaceInStrings(QStringLiteral("@"), project);
    const CliResult result = run(args);
    return QByteArray::number(result.exitCode) + '\n' + result.out + result.err + snapshot(project);
}

void TestCliSpellings::otherSpellingDoesTheSame_data()
{
    QTest::addColumn<QStringList>("other");     // the older or other spelling
    QTest::addColumn<QStringList>("canonical"); // the one the help shows
    QTest::addColumn<QStringList>("without");   // without the option, to show it matters
    const QString p = QStringLiteral("@");
    const QStringList compare{QStringLiteral("compare"), p,
                              QStringLiteral("--actor"), QStringLiteral("Russia"),
                              QStringLiteral("--actor"), QStringLiteral("United States")};
    QTest::newRow("compare --no-rollup")
        << compare + QStringList{QStringLiteral("--no-rollup")}
        << compare + QStringList{QStringLiteral("--no-roll-up")} << compare;
    const QStringList matrix{QStringLiteral("matrix"), p, QStringLiteral("--csv"),
                             QStringLiteral("-")};
    QTest::newRow("matrix --no-rollup")
        << matrix + QStringList{QStringLiteral("--no-rollup")}
        << matrix + QStringList{QStringLiteral("--no-roll-up")} << matrix;
    const QStringList actorAdd{QStringLiteral("actor"), QStringLiteral("add"), p,
                               QStringLiteral("EU")};
    QTest::newRow("actor add --colour")
        << actorAdd + QStringList{QStringLiteral("--colour=#123456")}
        << actorAdd + QStringList{QStringLiteral("--color=#123456")} << actorAdd;
    const QStringList topicAdd{QStringLiteral("topic"), QStringLiteral("add"), p,
                               QStringLiteral("Arctic")};
    QTest::newRow("topic add --colour")
        << topicAdd + QStringList{QStringLiteral("--colour"), QStringLiteral("#654321")}
        << topicAdd + QStringList{QStringLiteral("--color"), QStringLiteral("#654321")} << topicAdd;
    const QStringList actorEdit{QStringLiteral("actor"), QStringLiteral("edit"), p,
                                QStringLiteral("Russia")};
    QTest::newRow("actor edit --colour")
        << actorEdit + QStringList{QStringLiteral("--colour"), QStringLiteral("#000000")}
        << actorEdit + QStringList{QStringLiteral("--color"), QStringLiteral("#000000")}
        << actorEdit;
    const QStringList claimAdd{
        QStringLiteral("claim"),   QStringLiteral("add"),     p,
        QStringLiteral("--quote"), QStringLiteral("Geneva"),  QStringLiteral("--actor"),
        QStringLiteral("Russia"),  QStringLiteral("--topic"), QStringLiteral("Syria")};
    QTest::newRow("claim add --document")
        << claimAdd + QStringList{QStringLiteral("--document"), QStringLiteral("1")}
        << claimAdd + QStringList{QStringLiteral("--doc"), QStringLiteral("1")} << claimAdd;
}

void TestCliSpellings::otherSpellingDoesTheSame()
{
    QFETCH(QStringList, other);
    QFETCH(QStringList, canonical);
    QFETCH(QStringList, without);
    const QByteArray expected = outcome(canonical);
    QVERIFY2(expected.startsWith("0\n"), expected.constData());
    QCOMPARE(outcome(other), expected);
    QVERIFY(outcome(without) != expected);
}

// A value that looks like an older spelling stays as it was given.
void TestCliSpellings::valuesAreNotRespelled()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QString project;
    QVERIFY(makeBasicProject(dir.path(), &project));
    CLI(added, {QStringLiteral("actor"), QStringLiteral("add"), project, QStringLiteral("EU"),
                QStringLiteral("--alias"), QStringLiteral("--colour"), QStringLiteral("--color"),
                QStringLiteral("#123456")});
    QVERIFY2(added.exitCode == 0, added.describe().constData());
    const QJsonArray actors = listJson(project, QStringLiteral("actors"));
    QCOMPARE(actors.last().toObject().value(QStringLiteral("aliases")),
             QJsonValue(QJsonArray{QStringLiteral("--colour")}));
    QCOMPARE(actors.last().toObject().value(QStringLiteral("color")),
             QJsonValue(QStringLiteral("#123456")));
}

void TestCliSpellings::helpShowsOneSpelling_data()
{
    QTest::addColumn<QStringList>("command");
    QTest::addColumn<QStringList>("shown");
    QTest::addColumn<QStringList>("hidden");
    auto words = [](const char *text) {
        return QString::fromLatin1(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    };
    QTest::newRow("compare") << words("compare") << words("--no-roll-up") << words("--no-rollup");
    QTest::newRow("matrix") << words("matrix") << words("--no-roll-up") << words("--no-rollup");
    QTest::newRow("report") << words("report") << words("--no-roll-up") << words("--no-rollup");
    QTest::newRow("actor add") << words("actor add") << words("--alias --kind --color --parent")
                               << words("--colour --name --no-parent");
    QTest::newRow("actor edit") << words(
        "actor edit") << words("--name --alias --no-alias --kind --color --parent --no-parent")
                                << words("--colour");
    QTest::newRow("actor remove") << words("actor remove") << words("--reassign-to")
                                  << QStringList();
    QTest::newRow("topic add") << words("topic add") << words("--keyword --color --parent")
                               << words("--colour --name");
    QTest::newRow("topic edit") << words(
        "topic edit") << words("--name --keyword --no-keyword --color --parent --no-parent")
                                << words("--colour --alias");
    QTest::newRow("topic remove") << words("topic remove") << words("--reassign-to")
                                  << QStringList();
    QTest::newRow("document edit")
        << words("document edit") << words("--title --source --url --date")
        << words("--allow-duplicate");
    QTest::newRow("claim add") << words("claim add") << words("--doc") << words("--document");
    QTest::newRow("all commands")
        << QStringList()
        << QStringList{QStringLiteral("actor edit PROJECT NAME"),
                       QStringLiteral("actor remove PROJECT NAME [--reassign-to NAME]"),
                       QStringLiteral("topic edit PROJECT NAME"),
                       QStringLiteral("topic remove PROJECT NAME [--reassign-to NAME]"),
                       QStringLiteral("document edit PROJECT DOC_ID"),
                       QStringLiteral("document remove PROJECT DOC_ID...")}
        << words("--no-rollup --colour");
}

void TestCliSpellings::helpShowsOneSpelling()
{
    QFETCH(QStringList, command);
    QFETCH(QStringList, shown);
    QFETCH(QStringList, hidden);
    CLI(help, command + QStringList{QStringLiteral("--help")});
    QVERIFY2(help.exitCode == 0, help.describe().constData());
    for (const QString &text : std::as_const(shown))
        QVERIFY2(help.outText().contains(text), qPrintable(text));
    for (const QString &text : std::as_const(hidden)) {
        // As a word of its own: "--no-roll-up" is not "--no-rollup", "--colour" no option.
        const QRegularExpression option(QRegularExpression::escape(text) + QStringLiteral("\\b"));
        QVERIFY2(!help.outText().contains(option), qPrintable(text));
    }
}

QTEST_GUILESS_MAIN(TestCliSpellings)
#include "tst_cli_spellings.moc"
