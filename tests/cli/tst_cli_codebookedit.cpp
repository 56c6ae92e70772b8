// demarche-cli actor edit/remove and topic edit/remove: what they change, what they leave,
// where --reassign-to moves claims and children, and every way they refuse with the project
// left as it was.
#include "clirunner.h"

#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace clitest;

namespace {

QJsonObject entryWithId(const QString &project, const QString &what, qint64 id)
{
    const QJsonArray entries = listJson(project, what);
    for (const QJsonValue &entry : entries) {
        if (entry.toObject().value(QStringLiteral("id")).toInteger() == id)
            return entry.toObject();
    }
    return {};
}

QStringList names(const QString &project, const QString &what)
{
    QStringList list;
    const QJsonArray entries = listJson(project, what);
    for (const QJsonValue &entry : entries)
        list << entry.toObject().value(QStringLiteral("name")).toString();
    return list;
}

} // namespace

class TestCliCodebookEdit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void editChangesOnlyTheGivenFields_data();
    void editChangesOnlyTheGivenFields();
    void removeUnused_data();
    void removeUnused();
    void removeReassignsActorClaimsAndMembers();
    void removeReassignsTopicClaimsAndSubTopics();
    void removeIsOneTransaction();
    void refused_data();
    void refused();

private:
    qint64 addClaim(const QStringList &options);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_project;
    qint64 m_russiaClaim = -1; // Russia on Ukraine, addressed to the United States
    qint64 m_lavrovClaim = -1; // Lavrov on Syria, addressed to Russia
};

qint64 TestCliCodebookEdit::addClaim(const QStringList &options)
{
    return bareId(run(QStringList{QStringLiteral("claim"), QStringLiteral("add"), m_project,
                                  QStringLiteral("--doc"), QStringLiteral("1")}
                      + options));
}

// Russia (1, alias Moscow), United States (2, alias Washington), Lavrov (3, under Russia)
// and the unused EU (4); Ukraine (1), Syria (2), Iran (3) and Sanctions (4) under Iran.
void TestCliCodebookEdit::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QVERIFY(makeBasicProject(m_dir->path(), &m_project));
    CLI(eu, {QStringLiteral("actor"), QStringLiteral("add"), m_project, QStringLiteral("EU")});
    QCOMPARE(bareId(eu), 4);
    CLI(sanctions,
        {QStringLiteral("topic"), QStringLiteral("add"), m_project, QStringLiteral("Sanctions"),
         QStringLiteral("--parent"), QStringLiteral("Iran")});
    QCOMPARE(bareId(sanctions), 4);
    m_russiaClaim =
        addClaim({QStringLiteral("--quote"), QStringLiteral("demands"), QStringLiteral("--actor"),
                  QStringLiteral("Russia"), QStringLiteral("--topic"), QStringLiteral("Ukraine"),
                  QStringLiteral("--target"), QStringLiteral("United States")});
    m_lavrovClaim =
        addClaim({QStringLiteral("--quote"), QStringLiteral("flexibility"),
                  QStringLiteral("--actor"), QStringLiteral("Lavrov"), QStringLiteral("--topic"),
                  QStringLiteral("Syria"), QStringLiteral("--target"), QStringLiteral("Russia")});
    QVERIFY(m_russiaClaim > 0 && m_lavrovClaim > 0);
}

void TestCliCodebookEdit::editChangesOnlyTheGivenFields_data()
{
    QTest::addColumn<QString>("what"); // actors or topics
    QTest::addColumn<QString>("name"); // as given on the command line
    QTest::addColumn<qint64>("id");    // the entry it names
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QJsonValue>("expected");
    const QString actors = QStringLiteral("actors");
    const QString topics = QStringLiteral("topics");
    const QString russia = QStringLiteral("Russia");
    auto option = [](const char *name, const char *value = nullptr) {
        QStringList list{QString::fromLatin1(name)};
        if (value)
            list << QString::fromUtf8(value);
        return list;
    };
    QTest::newRow("actor: rename")
        << actors << russia << qint64(1) << option("--name", "Russian Federation")
        << QStringLiteral("name") << QJsonValue(QStringLiteral("Russian Federation"));
    QTest::newRow("actor: rename in another case")
        << actors << russia << qint64(1) << option("--name", "RUSSIA") << QStringLiteral("name")
        << QJsonValue(QStringLiteral("RUSSIA"));
    QTest::newRow("actor: aliases replaced")
        << actors << russia << qint64(1)
        << option("--alias", "Kremlin") + option("--alias", "the Kremlin")
        << QStringLiteral("aliases")
        << QJsonValue(QJsonArray{QStringLiteral("Kremlin"), QStringLiteral("the Kremlin")});
    QTest::newRow("actor: aliases cleared")
        << actors << russia << qint64(1) << option("--no-alias") << QStringLiteral("aliases")
        << QJsonValue(QJsonArray());
    QTest::newRow("actor: colour")
        << actors << russia << qint64(1) << option("--color", "#112233") << QStringLiteral("color")
        << QJsonValue(QStringLiteral("#112233"));
    QTest::newRow("actor: colour, British spelling")
        << actors << russia << qint64(1) << option("--colour", "#112233") << QStringLiteral("color")
        << QJsonValue(QStringLiteral("#112233"));
    QTest::newRow("actor: kind, named by alias")
        << actors << QStringLiteral("moscow") << qint64(1) << option("--kind", "organisation")
        << QStringLiteral("kind") << QJsonValue(QStringLiteral("organisation"));
    QTest::newRow("actor: parent")
        << actors << QStringLiteral("EU") << qint64(4) << option("--parent", "Washington")
        << QStringLiteral("parent") << QJsonValue(QStringLiteral("United States"));
    QTest::newRow("actor: no parent")
        << actors << QStringLiteral("Lavrov") << qint64(3) << option("--no-parent")
        << QStringLiteral("parent") << QJsonValue(QJsonValue::Null);
    QTest::newRow("topic: rename")
        << topics << QStringLiteral("Ukraine") << qint64(1) << option("--name", "Ukraine war")
        << QStringLiteral("name") << QJsonValue(QStringLiteral("Ukraine war"));
    QTest::newRow("topic: keywords replaced")
        << topics << QStringLiteral("Syria") << qint64(2) << option("--keyword", "Assad")
        << QStringLiteral("keywords") << QJsonValue(QJsonArray{QStringLiteral("Assad")});
    QTest::newRow("topic: keywords cleared")
        << topics << QStringLiteral("Syria") << qint64(2) << option("--no-keyword")
        << QStringLiteral("keywords") << QJsonValue(QJsonArray());
    QTest::newRow("topic: colour")
        << topics << QStringLiteral("Iran") << qint64(3) << option("--colour", "#abcdef")
        << QStringLiteral("color") << QJsonValue(QStringLiteral("#abcdef"));
    QTest::newRow("topic: parent")
        << topics << QStringLiteral("Syria") << qint64(2) << option("--parent", "Iran")
        << QStringLiteral("parent") << QJsonValue(QStringLiteral("Iran"));
    QTest::newRow("topic: no parent")
        << topics << QStringLiteral("Sanctions") << qint64(4) << option("--no-parent")
        << QStringLiteral("parent") << QJsonValue(QJsonValue::Null);
}

void TestCliCodebookEdit::editChangesOnlyTheGivenFields()
{
    QFETCH(QString, what);
    QFETCH(QString, name);
    QFETCH(qint64, id);
    QFETCH(QStringList, options);
    QFETCH(QString, field);
    QFETCH(QJsonValue, expected);
    QJsonObject before = entryWithId(m_project, what, id);
    QVERIFY(!before.isEmpty());
    const QJsonArray claimsBefore = listJson(m_project, QStringLiteral("claims"));
    const QString kind = what.chopped(1); // actor, topic
    CLI(edited, QStringList{kind, QStringLiteral("edit"), m_project, name} + options);
    QVERIFY2(edited.exitCode == 0, edited.describe().constData());
    QVERIFY(edited.out.isEmpty() && edited.err.isEmpty());
    QJsonObject after = entryWithId(m_project, what, id);
    QCOMPARE(after.value(field), expected);
    before.remove(field);
    after.remove(field);
    QCOMPARE(after, before);
    if (field != QLatin1String("name"))
        QCOMPARE(listJson(m_project, QStringLiteral("claims")), claimsBefore);
}

void TestCliCodebookEdit::removeUnused_data()
{
    QTest::addColumn<QString>("what");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("gone");
    QTest::newRow("actor") << QStringLiteral("actors") << QStringLiteral("EU")
                           << QStringLiteral("EU");
    QTest::newRow("topic") << QStringLiteral("topics") << QStringLiteral("Sanctions")
                           << QStringLiteral("Sanctions");
    QTest::newRow("topic named in another case")
        << QStringLiteral("topics") << QStringLiteral("sanctions") << QStringLiteral("Sanctions");
}

void TestCliCodebookEdit::removeUnused()
{
    QFETCH(QString, what);
    QFETCH(QString, name);
    QFETCH(QString, gone);
    QStringList expected = names(m_project, what);
    QVERIFY(expected.removeOne(gone));
    const QJsonArray claims = listJson(m_project, QStringLiteral("claims"));
    CLI(removed, {what.chopped(1), QStringLiteral("remove"), m_project, name});
    QVERIFY2(removed.exitCode == 0, removed.describe().constData());
    QVERIFY(removed.out.isEmpty() && removed.err.isEmpty());
    QCOMPARE(names(m_project, what), expected);
    QCOMPARE(listJson(m_project, QStringLiteral("claims")), claims);
}

void TestCliCodebookEdit::removeReassignsActorClaimsAndMembers()
{
    CLI(removed, {QStringLiteral("actor"), QStringLiteral("remove"), m_project,
                  QStringLiteral("Russia"), QStringLiteral("--reassign-to"), QStringLiteral("EU")});
    QVERIFY2(removed.exitCode == 0, removed.describe().constData());
    QCOMPARE(names(m_project, QStringLiteral("actors")),
             (QStringList{QStringLiteral("United States"), QStringLiteral("Lavrov"),
                          QStringLiteral("EU")}));
    QCOMPARE(entryWithId(m_project, QStringLiteral("actors"), 3).value(QStringLiteral("parent")),
             QJsonValue(QStringLiteral("EU")));
    const QJsonObject held = entryWithId(m_project, QStringLiteral("claims"), m_russiaClaim);
    QCOMPARE(held.value(QStringLiteral("actor")), QJsonValue(QStringLiteral("EU")));
    QCOMPARE(held.value(QStringLiteral("target_actor")),
             QJsonValue(QStringLiteral("United States")));
    const QJsonObject addressed = entryWithId(m_project, QStringLiteral("claims"), m_lavrovClaim);
    QCOMPARE(addressed.value(QStringLiteral("actor")), QJsonValue(QStringLiteral("Lavrov")));
    QCOMPARE(addressed.value(QStringLiteral("target_actor")), QJsonValue(QStringLiteral("EU")));
}

void TestCliCodebookEdit::removeReassignsTopicClaimsAndSubTopics()
{
    CLI(removed,
        {QStringLiteral("topic"), QStringLiteral("remove"), m_project, QStringLiteral("Iran"),
         QStringLiteral("--reassign-to"), QStringLiteral("Syria")});
    QVERIFY2(removed.exitCode == 0, removed.describe().constData());
    QCOMPARE(entryWithId(m_project, QStringLiteral("topics"), 4).value(QStringLiteral("parent")),
             QJsonValue(QStringLiteral("Syria")));
    CLI(again,
        {QStringLiteral("topic"), QStringLiteral("remove"), m_project, QStringLiteral("Ukraine"),
         QStringLiteral("--reassign-to"), QStringLiteral("Syria")});
    QVERIFY2(again.exitCode == 0, again.describe().constData());
    QCOMPARE(names(m_project, QStringLiteral("topics")),
             (QStringList{QStringLiteral("Syria"), QStringLiteral("Sanctions")}));
    QCOMPARE(entryWithId(m_project, QStringLiteral("claims"), m_russiaClaim)
                 .value(QStringLiteral("topic")),
             QJsonValue(QStringLiteral("Syria")));
}

// Lavrov, Russia's member, would end up under his own aide: the store refuses the loop
// after the claims have moved, and the claims are back where they were.
void TestCliCodebookEdit::removeIsOneTransaction()
{
    CLI(aide, {QStringLiteral("actor"), QStringLiteral("add"), m_project, QStringLiteral("Aide"),
               QStringLiteral("--parent"), QStringLiteral("Lavrov")});
    QVERIFY2(aide.exitCode == 0, aide.describe().constData());
    const QByteArray before = snapshot(m_project);
    CLI_FAILS(2, QStringLiteral("own parent"),
              {QStringLiteral("actor"), QStringLiteral("remove"), m_project,
               QStringLiteral("Russia"), QStringLiteral("--reassign-to"), QStringLiteral("Aide")});
    QCOMPARE(snapshot(m_project), before);
}

void TestCliCodebookEdit::refused_data()
{
    QTest::addColumn<QStringList>("args"); // @ is the project
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("needle");
    const QString p = QStringLiteral("@");
    const QString actor = QStringLiteral("actor");
    const QString topic = QStringLiteral("topic");
    const QString edit = QStringLiteral("edit");
    const QString remove = QStringLiteral("remove");
    const QString russia = QStringLiteral("Russia");
    const QString atlantis = QStringLiteral("Atlantis");
    QTest::newRow("actor edit: unknown actor")
        << QStringList{actor, edit, p, atlantis, QStringLiteral("--kind"), QStringLiteral("person")}
        << 2 << atlantis;
    QTest::newRow("actor edit: rename onto another") << QStringList{actor,
                                                                    edit,
                                                                    p,
                                                                    russia,
                                                                    QStringLiteral("--name"),
                                                                    QStringLiteral("united states")}
                                                     << 2 << QStringLiteral("United States");
    QTest::newRow("actor edit: empty name")
        << QStringList{actor, edit, p, russia, QStringLiteral("--name"), QStringLiteral(" ")} << 2
        << QStringLiteral("no name");
    QTest::newRow("actor edit: parent loop")
        << QStringList{actor, edit, p, russia, QStringLiteral("--parent"), QStringLiteral("Lavrov")}
        << 2 << QStringLiteral("Russia cannot be its own parent");
    QTest::newRow("actor edit: own parent")
        << QStringList{actor, edit, p, russia, QStringLiteral("--parent"), QStringLiteral("Moscow")}
        << 2 << QStringLiteral("own parent");
    QTest::newRow("actor edit: unknown parent")
        << QStringList{actor, edit, p, russia, QStringLiteral("--parent"), atlantis} << 2
        << atlantis;
    QTest::newRow("actor edit: unknown kind")
        << QStringList{actor, edit, p, russia, QStringLiteral("--kind"), QStringLiteral("empire")}
        << 1 << QStringLiteral("--kind: 'empire'");
    QTest::newRow("actor edit: bad colour")
        << QStringList{actor, edit, p, russia, QStringLiteral("--colour"), QStringLiteral("red")}
        << 1 << QStringLiteral("'red'");
    QTest::newRow("actor edit: --alias with --no-alias")
        << QStringList{actor,
                       edit,
                       p,
                       russia,
                       QStringLiteral("--alias"),
                       QStringLiteral("RF"),
                       QStringLiteral("--no-alias")}
        << 1 << QStringLiteral("--no-alias");
    QTest::newRow("actor edit: --parent with --no-parent")
        << QStringList{QStringLiteral("actor"),
                       edit,
                       p,
                       QStringLiteral("Lavrov"),
                       QStringLiteral("--parent"),
                       QStringLiteral("EU"),
                       QStringLiteral("--no-parent")}
        << 1 << QStringLiteral("--no-parent");
    QTest::newRow("actor edit: no name")
        << QStringList{actor, edit, p} << 1 << QStringLiteral("actor edit: missing arguments");
    QTest::newRow("actor edit: missing project") << QStringList{actor,
                                                                edit,
                                                                QStringLiteral("none.demarche"),
                                                                russia,
                                                                QStringLiteral("--kind"),
                                                                QStringLiteral("person")}
                                                 << 3 << QStringLiteral("none.demarche");
    QTest::newRow("actor remove: holds and is addressed by claims, has a member")
        << QStringList{actor, remove, p, russia}
        << 2
        // The list is the locale's (QLocale::createSeparatedList); the tests run under C.
        << QStringLiteral("actor \u201cRussia\u201d is still used: 2 claims, 1 member; give "
                          "--reassign-to NAME");
    QTest::newRow("actor remove: only addressed by a claim")
        << QStringList{actor, remove, p, QStringLiteral("Washington")} << 2
        << QStringLiteral("\u201cUnited States\u201d is still used: 1 claim;");
    QTest::newRow("actor remove: unknown actor")
        << QStringList{actor, remove, p, atlantis} << 2 << atlantis;
    QTest::newRow("actor remove: unknown replacement")
        << QStringList{actor, remove, p, russia, QStringLiteral("--reassign-to"), atlantis} << 2
        << atlantis;
    QTest::newRow("actor remove: onto itself")
        << QStringList{actor,
                       remove,
                       p,
                       russia,
                       QStringLiteral("--reassign-to"),
                       QStringLiteral("Moscow")}
        << 1 << QStringLiteral("--reassign-to: \u201cMoscow\u201d");
    QTest::newRow("actor remove: two names")
        << QStringList{actor, remove, p, russia, QStringLiteral("EU")} << 1
        << QStringLiteral("unexpected argument \u201cEU\u201d");
    QTest::newRow("actor remove: missing project")
        << QStringList{actor, remove, QStringLiteral("none.demarche"), QStringLiteral("EU")} << 3
        << QStringLiteral("none.demarche");
    QTest::newRow("topic edit: unknown topic") << QStringList{topic,
                                                              edit,
                                                              p,
                                                              atlantis,
                                                              QStringLiteral("--color"),
                                                              QStringLiteral("#000000")}
                                               << 2 << atlantis;
    QTest::newRow("topic edit: rename onto another") << QStringList{topic,
                                                                    edit,
                                                                    p,
                                                                    QStringLiteral("Ukraine"),
                                                                    QStringLiteral("--name"),
                                                                    QStringLiteral("SYRIA")}
                                                     << 2 << QStringLiteral("Syria");
    QTest::newRow("topic edit: parent loop")
        << QStringList{topic,
                       edit,
                       p,
                       QStringLiteral("Iran"),
                       QStringLiteral("--parent"),
                       QStringLiteral("Sanctions")}
        << 2 << QStringLiteral("Iran cannot be its own parent");
    QTest::newRow("topic edit: --keyword with --no-keyword")
        << QStringList{topic,
                       edit,
                       p,
                       QStringLiteral("Iran"),
                       QStringLiteral("--no-keyword"),
                       QStringLiteral("--keyword"),
                       QStringLiteral("Persia")}
        << 1 << QStringLiteral("--no-keyword");
    QTest::newRow("topic edit: actor options are not topic options")
        << QStringList{topic,
                       edit,
                       p,
                       QStringLiteral("Iran"),
                       QStringLiteral("--alias"),
                       QStringLiteral("Persia")}
        << 1 << QStringLiteral("--alias");
    QTest::newRow("topic remove: tagged claims")
        << QStringList{topic, remove, p, QStringLiteral("Ukraine")} << 2
        << QStringLiteral("topic \u201cUkraine\u201d is still used: 1 claim; give --reassign-to");
    QTest::newRow("topic remove: sub-topic")
        << QStringList{topic, remove, p, QStringLiteral("Iran")} << 2
        << QStringLiteral("topic \u201cIran\u201d is still used: 1 sub-topic; give --reassign-to");
    QTest::newRow("topic remove: unknown replacement")
        << QStringList{topic,
                       remove,
                       p,
                       QStringLiteral("Ukraine"),
                       QStringLiteral("--reassign-to"),
                       atlantis}
        << 2 << atlantis;
}

void TestCliCodebookEdit::refused()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QString, needle);
    const QByteArray before = snapshot(m_project);
    args.replaceInStrings(QStringLiteral("@"), m_project);
    CliRun how;
    how.args = args;
    how.folder = m_dir->path();
    const CliResult result = runWith(how);
    QVERIFY2(result.exitCode == exitCode, result.describe().constData());
    QVERIFY2(isOneLineError(result, needle), result.describe().constData());
    QCOMPARE(snapshot(m_project), before);
}

QTEST_GUILESS_MAIN(TestCliCodebookEdit)
#include "tst_cli_codebookedit.moc"
