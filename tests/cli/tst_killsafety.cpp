// "A crash or a kill at any moment leaves the project openable with every completed edit
// in it": claimwriter adds claims in a loop and prints each completed id; we SIGKILL it
// after varying delays, several times on the same project, and check what is on disk.
#include "core/storage/projectstore.h"

#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#ifndef DEMARCHE_CLAIMWRITER_PATH
#error "DEMARCHE_CLAIMWRITER_PATH must name the claimwriter helper"
#endif

using namespace demarche;

class TestKillSafety : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void killWhileAddingClaims_data();
    void killWhileAddingClaims();
    void helperFinishesWhenNotKilled();

private:
    static bool makeProject(const QString &path);
    static QString integrityCheck(const QString &path);
};

bool TestKillSafety::makeProject(const QString &path)
{
    auto store = ProjectStore::create(path);
    if (!store)
        return false;
    Document document;
    document.title = QStringLiteral("Kill test");
    document.format = QStringLiteral("txt");
    document.text =
        QStringLiteral("Lavrov said that Moscow demands security guarantees on Ukraine.");
    if (!store.value()->addDocument(document))
        return false;
    Actor russia;
    russia.name = QStringLiteral("Russia");
    return bool(store.value()->addActor(russia));
}

// The first row of PRAGMA integrity_check, read through a connection of our own.
QString TestKillSafety::integrityCheck(const QString &path)
{
    const QString connection = QStringLiteral("integrity");
    QString answer;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path);
        if (!db.open())
            return db.lastError().text();
        QSqlQuery query(db);
        if (query.exec(QStringLiteral("PRAGMA integrity_check")) && query.next())
            answer = query.value(0).toString();
        else
            answer = query.lastError().text();
        query.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return answer;
}

void TestKillSafety::killWhileAddingClaims_data()
{
    QTest::addColumn<int>("delayMs");
    QTest::newRow("50 ms") << 50;
    QTest::newRow("150 ms") << 150;
    QTest::newRow("400 ms") << 400;
    QTest::newRow("900 ms") << 900;
}

void TestKillSafety::killWhileAddingClaims()
{
    QFETCH(int, delayMs);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("kill.demarche"));
    QVERIFY(makeProject(path));

    qint64 stored = 0;
    constexpr int Rounds = 5;
    for (int round = 0; round < Rounds; ++round) {
        QProcess writer;
        writer.setStandardInputFile(QProcess::nullDevice());
        writer.start(QStringLiteral(DEMARCHE_CLAIMWRITER_PATH), {path});
        QVERIFY2(writer.waitForStarted(10000), qPrintable(writer.errorString()));
        // Vary the moment a little from round to round so that kills land at different
        // points of the write cycle (before BEGIN, inside it, during COMMIT's fsync).
        QTest::qSleep(delayMs + round * 13);
        QVERIFY2(writer.state() == QProcess::Running,
                 QByteArray("claimwriter stopped on its own: " + writer.readAllStandardError())
                     .constData());
        writer.kill(); // SIGKILL on Linux: no chance to clean up
        QVERIFY(writer.waitForFinished(10000));
        QCOMPARE(writer.exitStatus(), QProcess::CrashExit);

        const QByteArray out = writer.readAllStandardOutput();
        // Only whole lines are ids the helper saw committed; a cut-off last line is not.
        const QList<QByteArray> lines = out.left(out.lastIndexOf('\n') + 1).split('\n');
        QList<qint64> printed;
        for (const QByteArray &line : lines) {
            if (!line.isEmpty())
                printed.append(line.toLongLong());
        }

        auto store = ProjectStore::open(path);
        QVERIFY2(store.ok(), qPrintable(store.ok() ? QString() : store.error().message));
        auto count = store.value()->claimCount();
        QVERIFY(count.ok());
        const qint64 now = count.value();
        // Every reported claim is there; at most one more was committed but not yet reported.
        QVERIFY2(now >= stored + printed.size() && now <= stored + printed.size() + 1,
                 qPrintable(QStringLiteral("round %1: %2 claims before, %3 reported, %4 stored")
                                .arg(round)
                                .arg(stored)
                                .arg(printed.size())
                                .arg(now)));
        for (const qint64 id : std::as_const(printed))
            QVERIFY2(store.value()->claim(ClaimId(id)).ok(), qPrintable(QString::number(id)));
        store.value().reset();
        stored = now;

        QCOMPARE(integrityCheck(path), QStringLiteral("ok"));
    }
    // The kills must not all have landed before the first claim: something was written.
    QVERIFY2(delayMs < 400 || stored > 0, "claimwriter never got to write a claim");
}

void TestKillSafety::helperFinishesWhenNotKilled()
{
    // Guards the test itself: the helper writes and reports claims when left alone.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("calm.demarche"));
    QVERIFY(makeProject(path));
    QProcess writer;
    writer.setStandardInputFile(QProcess::nullDevice());
    writer.start(QStringLiteral(DEMARCHE_CLAIMWRITER_PATH), {path, QStringLiteral("5")});
    QVERIFY(writer.waitForFinished(30000));
    QCOMPARE(writer.exitStatus(), QProcess::NormalExit);
    QCOMPARE(writer.exitCode(), 0);
    QCOMPARE(writer.readAllStandardOutput(), QByteArray("1\n2\n3\n4\n5\n"));
    auto store = ProjectStore::open(path);
    QVERIFY(store.ok());
    QCOMPARE(store.value()->claimCount().value(), qint64(5));
}

QTEST_GUILESS_MAIN(TestKillSafety)
#include "tst_killsafety.moc"
