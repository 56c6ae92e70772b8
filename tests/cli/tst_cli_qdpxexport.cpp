// demarche-cli export --qdpx: the REFI-QDA project written end to end, alone or beside the
// CSV, from a project opened read-only; outputs that cannot hold an archive refused by name
// before anything is written.
#include "clirunner.h"
#include "support/qdpxchecker.h"

#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace clitest;
using namespace qdpxtest;

class TestCliQdpxExport final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_project;

    QString path(const QString &name) const { return m_dir->filePath(name); }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(makeBasicProject(m_dir->path(), &m_project));
        const QString emoji = path(QStringLiteral("emoji.txt"));
        QVERIFY(writeFile(emoji,
                          QStringLiteral("Kyiv 👍🏽 and 🇺🇦 and q\u0307 end. Kyiv demands "
                                         "“security” now.")
                              .toUtf8()));
        CLI(imported, {QStringLiteral("import"), m_project, emoji});
        QCOMPARE(imported.exitCode, 0);
        CLI(ukraine,
            {QStringLiteral("actor"), QStringLiteral("add"), m_project, QStringLiteral("Ukraine")});
        QCOMPARE(ukraine.exitCode, 0);
        const QList<QStringList> claims = {
            {QStringLiteral("1"), QStringLiteral("demands security guarantees"),
             QStringLiteral("Lavrov"), QStringLiteral("--position"), QStringLiteral("-60"),
             QStringLiteral("--note"), QStringLiteral("Line one\nline two")},
            {QStringLiteral("1"), QStringLiteral("asked Russia for flexibility"),
             QStringLiteral("United States"), QStringLiteral("--target"), QStringLiteral("Russia")},
            {QStringLiteral("2"), QStringLiteral("demands “security” now"),
             QStringLiteral("Ukraine"), QStringLiteral("--stance"), QStringLiteral("demand")},
        };
        for (const QStringList &claim : claims) {
            CLI(added, QStringList{QStringLiteral("claim"), QStringLiteral("add"), m_project,
                                   QStringLiteral("--doc"), claim.at(0), QStringLiteral("--quote"),
                                   claim.at(1), QStringLiteral("--actor"), claim.at(2),
                                   QStringLiteral("--topic"), QStringLiteral("Ukraine")}
                           + claim.mid(3));
            QVERIFY2(added.exitCode == 0, added.describe().constData());
        }
    }

    void writesACheckedProject()
    {
        const QString out = path(QStringLiteral("out.qdpx"));
        const QByteArray before = readFile(m_project);
        QVERIFY(::chmod(QFile::encodeName(m_project).constData(), 0444) == 0);
        CLI(exported, {QStringLiteral("export"), m_project, QStringLiteral("--qdpx"), out});
        QVERIFY2(exported.exitCode == 0, exported.describe().constData());
        QVERIFY(exported.out.isEmpty());
        QCOMPARE(readFile(m_project), before); // read only

        QdpxArchive archive;
        const QString read = readQdpx(out, archive);
        QVERIFY2(read.isEmpty(), qPrintable(read));
        const QStringList problems = checkQdpx(archive);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        QCOMPARE(archive.project.findAll(QStringLiteral("TextSource")).size(), 2);
        QCOMPARE(archive.project.attribute(QStringLiteral("name")), QStringLiteral("basic"));

        // Every claim the CLI lists is a selection whose code points are its quote.
        const QJsonArray claims = listJson(m_project, QStringLiteral("claims"));
        QCOMPARE(claims.size(), 3);
        int matched = 0;
        for (const QJsonValue &value : claims) {
            const QJsonObject claim = value.toObject();
            const qint64 start = claim.value(QStringLiteral("start")).toInteger();
            const qint64 end = claim.value(QStringLiteral("end")).toInteger();
            for (const QdeElement *source : archive.project.findAll(QStringLiteral("TextSource"))) {
                for (const QdeElement *selection :
                     source->childrenNamed(QStringLiteral("PlainTextSelection"))) {
                    if (selection->attribute(QStringLiteral("startPosition")).toLongLong() == start
                        && selection->attribute(QStringLiteral("endPosition")).toLongLong() == end
                        && codePointSlice(sourceText(archive, *source), start, end)
                               == claim.value(QStringLiteral("quote")).toString())
                        ++matched;
                }
            }
        }
        QCOMPARE(matched, 3);
    }

    void writesBothFormats()
    {
        const QString csv = path(QStringLiteral("claims.csv"));
        const QString qdpx = path(QStringLiteral("project.qdpx"));
        CLI(exported, {QStringLiteral("export"), m_project, QStringLiteral("--csv"), csv,
                       QStringLiteral("--qdpx"), qdpx});
        QVERIFY2(exported.exitCode == 0, exported.describe().constData());
        QVERIFY(readFile(csv).startsWith("claim_id,"));
        QdpxArchive archive;
        QVERIFY(readQdpx(qdpx, archive).isEmpty());
        QVERIFY(checkQdpx(archive).isEmpty());
    }

    void needsAnOutput()
    {
        CLI_FAILS(1, QStringLiteral("--qdpx"), {QStringLiteral("export"), m_project});
    }

    void refusesBeforeWritingEither_data()
    {
        QTest::addColumn<QString>("target");
        QTest::addColumn<int>("code");
        QTest::newRow("standard output") << QStringLiteral("-") << 2;
        QTest::newRow("a FIFO") << QStringLiteral("fifo") << 2;
        QTest::newRow("the project") << QStringLiteral("project") << 2;
        QTest::newRow("a folder") << QStringLiteral("folder") << 2;
        QTest::newRow("a missing folder") << QStringLiteral("missing/out.qdpx") << 2;
    }

    void refusesBeforeWritingEither()
    {
        QFETCH(QString, target);
        QFETCH(int, code);
        QString out = target == QLatin1String("-") ? target : path(target);
        if (target == QLatin1String("fifo"))
            QVERIFY(::mkfifo(QFile::encodeName(out).constData(), 0600) == 0);
        else if (target == QLatin1String("folder"))
            QVERIFY(QDir(m_dir->path()).mkdir(target));
        else if (target == QLatin1String("project"))
            out = m_project;
        const QString csv = path(QStringLiteral("claims.csv"));
        const QByteArray before = readFile(m_project);
        const QString named = target == QLatin1String("-") ? QStringLiteral("standard output")
                                                           : QDir::toNativeSeparators(out);
        CLI_FAILS(code, named,
                  {QStringLiteral("export"), m_project, QStringLiteral("--csv"), csv,
                   QStringLiteral("--qdpx"), out});
        QVERIFY2(!QFile::exists(csv), "the CSV was written though the qdpx was refused");
        QCOMPARE(readFile(m_project), before);
    }
};

QTEST_GUILESS_MAIN(TestCliQdpxExport)
#include "tst_cli_qdpxexport.moc"
