// demarche-cli cues, through the real binary: every shared cue case, in a project file.
#include "cli/clirunner.h"
#include "core/cues/cuebackend.h"
#include "core/storage/projectstore.h"
#include "core/text/textindex.h"
#include "support/cuecases.h"

#include <QTemporaryDir>

using namespace demarche;
using clitest::run;

class TestCliCues : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void sharedCases_data();
    void sharedCases();
    void versionNamesTheEngine();
    void badArgumentsAreNamed_data();
    void badArgumentsAreNamed();

private:
    // A project holding only the case's codebook and its text as document 1.
    QString makeProject(const cuecases::CueCase &c, const QString &name);

    QTemporaryDir m_dir;
    QString m_project; // the first case's
    QList<cuecases::CueCase> m_cases;
};

void TestCliCues::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_cases = cuecases::load();
    QVERIFY(m_cases.size() >= 30);
    m_project = makeProject(m_cases.first(), QStringLiteral("first"));
    QVERIFY(!m_project.isEmpty());
}

QString TestCliCues::makeProject(const cuecases::CueCase &c, const QString &name)
{
    const QString path = m_dir.filePath(name + QStringLiteral(".demarche"));
    auto store = ProjectStore::create(path);
    if (!store)
        return {};
    auto topics = store.value()->topics(); // the default topics would add cues of their own
    for (const Topic &topic : topics.value()) {
        if (!store.value()->removeTopic(topic.id))
            return {};
    }
    for (Actor actor : c.actors) {
        actor.id = ActorId();
        if (!store.value()->addActor(actor))
            return {};
    }
    for (Topic topic : c.topics) {
        topic.id = TopicId();
        if (!store.value()->addTopic(topic))
            return {};
    }
    Document document;
    document.title = c.name;
    document.format = QStringLiteral("txt");
    document.text = c.text;
    if (!store.value()->addDocument(document))
        return {};
    return path;
}

void TestCliCues::sharedCases_data()
{
    QTest::addColumn<int>("index");
    for (int i = 0; i < m_cases.size(); ++i)
        QTest::addRow("%s", qPrintable(m_cases[i].name)) << i;
}

void TestCliCues::sharedCases()
{
    QFETCH(int, index);
    const cuecases::CueCase &c = m_cases.at(index);
    const QString project = makeProject(c, QStringLiteral("case%1").arg(index));
    QVERIFY(!project.isEmpty());
    const clitest::CliResult result = run({QStringLiteral("cues"), project, QStringLiteral("1"),
                                           QStringLiteral("--format"), QStringLiteral("json")});
    QVERIFY2(result.exitCode == 0, result.describe().constData());

    // One row per cue and entry, as "start-end text kind:name", in code points.
    const TextIndex index16(c.text);
    QStringList expected;
    for (const cuecases::ExpectedCue &cue : c.expected) {
        for (const QString &entry : cue.entries) {
            expected.append(QStringLiteral("%1-%2 %3 %4")
                                .arg(index16.toCodePoint(cue.start))
                                .arg(index16.toCodePoint(cue.end))
                                .arg(c.text.mid(cue.start, cue.end - cue.start), entry));
        }
    }
    QStringList actual;
    const QJsonArray rows = QJsonDocument::fromJson(result.out).array();
    for (const QJsonValue &value : rows) {
        const QJsonObject row = value.toObject();
        const QString kind = row.value(QStringLiteral("kind")).toString();
        QVERIFY(kind == QLatin1String("actor") || kind == QLatin1String("topic"));
        actual.append(QStringLiteral("%1-%2 %3 %4:%5")
                          .arg(row.value(QStringLiteral("start")).toInteger())
                          .arg(row.value(QStringLiteral("end")).toInteger())
                          .arg(row.value(QStringLiteral("text")).toString(), kind.left(1),
                               row.value(QStringLiteral("name")).toString()));
    }
    // Rows of one cue come in the book's order, the expected entries in the file's.
    actual.sort();
    expected.sort();
    QCOMPARE(actual, expected);
}

void TestCliCues::versionNamesTheEngine()
{
    const clitest::CliResult result = run({QStringLiteral("--version")});
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.outText().contains(QStringLiteral("cues: ") + cueBackendName()),
             result.out.constData());
}

void TestCliCues::badArgumentsAreNamed_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    const QString project = QStringLiteral("@project");
    QTest::newRow("not a number") << QStringList{project, QStringLiteral("first")} << 1
                                  << QStringLiteral("'first' is not a document id");
    QTest::newRow("no such document")
        << QStringList{project, QStringLiteral("99")} << 2 << QStringLiteral("99");
    QTest::newRow("bad format") << QStringList{project, QStringLiteral("1"),
                                               QStringLiteral("--format"), QStringLiteral("xml")}
                                << 1 << QStringLiteral("xml");
    QTest::newRow("no project") << QStringList{QStringLiteral("missing.demarche"),
                                               QStringLiteral("1")}
                                << 3 << QStringLiteral("missing.demarche");
    QTest::newRow("missing argument") << QStringList{project} << 1 << QStringLiteral("cues");
}

void TestCliCues::badArgumentsAreNamed()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    args.replaceInStrings(QStringLiteral("@project"), m_project);
    args.prepend(QStringLiteral("cues"));
    clitest::CliRun how;
    how.args = args;
    how.folder = m_dir.path();
    const clitest::CliResult result = clitest::runWith(how);
    QVERIFY2(result.exitCode != 0, result.describe().constData());
    QVERIFY2(result.errText().contains(message), result.describe().constData());
    QCOMPARE(result.exitCode, exitCode);
    QVERIFY(result.out.isEmpty());
}

QTEST_GUILESS_MAIN(TestCliCues)
#include "tst_cli_cues.moc"
