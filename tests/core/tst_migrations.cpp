// Projects written by older versions open, migrate forward and keep every record.
#include "core/storage/projectstore.h"
#include "core/storage/schema.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace demarche;

class TestMigrations final : public QObject
{
    Q_OBJECT

private:
    static int userVersion(const QString &path)
    {
        int version = -1;
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v"));
            db.setDatabaseName(path);
            if (db.open()) {
                QSqlQuery query(db);
                if (query.exec(QStringLiteral("PRAGMA user_version")) && query.next())
                    version = query.value(0).toInt();
            }
        }
        QSqlDatabase::removeDatabase(QStringLiteral("v"));
        return version;
    }

private Q_SLOTS:
    void versionOneFixtureOpensWithEverything()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.demarche"));
        QVERIFY(QFile::copy(QStringLiteral(DEMARCHE_TEST_DATA "/project-v1.demarche"), path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        QCOMPARE(userVersion(path), 1);

        {
            auto store = ProjectStore::open(path);
            QVERIFY2(store, store ? "" : qPrintable(store.error().message));
            auto actors = store.value()->actors();
            QCOMPARE(actors->size(), 3);
            QCOMPARE(actors->at(0).name, QStringLiteral("Russia"));
            QCOMPARE(actors->at(0).aliases,
                     QStringList({QStringLiteral("Moscow"), QStringLiteral("the Kremlin")}));
            QCOMPARE(actors->at(2).parent, actors->at(0).id);
            // Version 2 added the codebook order; old actors keep their creation order.
            QVERIFY(actors->at(0).sortOrder < actors->at(1).sortOrder);
            QVERIFY(actors->at(1).sortOrder < actors->at(2).sortOrder);
            // Version 3 added the topics' scales; old topics have none yet.
            auto topics = store.value()->topics();
            QVERIFY(topics && !topics->isEmpty());
            for (const Topic &topic : *topics) {
                QVERIFY(!topic.hasScale());
                QVERIFY(topic.scaleNote.isEmpty());
            }

            auto documents = store.value()->documents();
            QCOMPARE(documents->size(), 1);
            QCOMPARE(documents->at(0).date, QDate(2024, 3, 2));
            QCOMPARE(documents->at(0).claimCount, 2);
            // Version 4 added the page starts; an old document has none.
            QVERIFY(documents->at(0).pages.isEmpty());

            auto claims = store.value()->claims();
            QCOMPARE(claims->size(), 2);
            QCOMPARE(claims->at(0).quote, QStringLiteral("Moscow insists on security guarantees"));
            QCOMPARE(claims->at(0).position, std::optional<int>(-60));
            QCOMPARE(claims->at(0).stance, Stance::Demand);
            QCOMPARE(claims->at(1).note, QStringLiteral("tone: frustrated"));

            // The migrated project takes new edits like a new one.
            Actor actor;
            actor.name = QStringLiteral("Turkey");
            QVERIFY(store.value()->addActor(actor));
            Topic topic = topics->first();
            topic.negativePole = QStringLiteral("none");
            topic.positivePole = QStringLiteral("all");
            QVERIFY(store.value()->updateTopic(topic));
        }
        QCOMPARE(userVersion(path), schema::CurrentVersion);

        // And opens again without migrating twice.
        auto again = ProjectStore::open(path);
        QVERIFY(again);
        QCOMPARE(again.value()->actors()->size(), 4);
        QCOMPARE(again.value()->topics()->first().positivePole, QStringLiteral("all"));
    }

    // A project written by version 2, made from the version 1 fixture by that migration.
    void versionTwoProjectGainsEmptyScales()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v2.demarche"));
        QVERIFY(QFile::copy(QStringLiteral(DEMARCHE_TEST_DATA "/project-v1.demarche"), path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v2"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QVERIFY(db.transaction());
            QVERIFY(schema::migrate(db, 1, 2));
            QVERIFY(db.commit());
            QVERIFY(schema::verify(db, 2, path));
            QSqlQuery query(db);
            QVERIFY(!query.exec(QStringLiteral("SELECT negative_pole FROM topics")));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("v2"));
        QCOMPARE(userVersion(path), 2);

        {
            auto store = ProjectStore::open(path);
            QVERIFY2(store, store ? "" : qPrintable(store.error().message));
            auto topics = store.value()->topics();
            QVERIFY(topics && !topics->isEmpty());
            for (const Topic &topic : *topics)
                QVERIFY(!topic.hasScale());
        }
        QCOMPARE(userVersion(path), schema::CurrentVersion);
    }

    // Found by fuzz_project_open: in this damaged version 2 file (a row of sqlite_schema out
    // of order) SQLite carries out the last ALTER TABLE of version 3 without an error and
    // without changing the table, so the migrated project opened once and never again.
    void migrationWithoutEffectIsRefused()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("damaged.demarche"));
        QVERIFY(QFile::copy(QStringLiteral(DEMARCHE_TEST_DATA "/damaged-v2.demarche"), path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        QCOMPARE(userVersion(path), 2);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray before = file.readAll();
        file.close();

        // Writable, it would be migrated in place; read-only, in a copy. Both are refused.
        for (const bool readOnly : {false, true}) {
            if (readOnly)
                QFile::setPermissions(path, QFile::ReadOwner);
            auto store = ProjectStore::open(path);
            QVERIFY(!store);
            QCOMPARE(store.error().kind, Error::Kind::CannotOpen);
            QVERIFY2(store.error().message.startsWith(path + QLatin1String(": ")),
                     qPrintable(store.error().message));
            QVERIFY2(store.error().message.contains(QLatin1String("differs")),
                     qPrintable(store.error().message));
            QVERIFY(file.open(QIODevice::ReadOnly));
            QCOMPARE(file.readAll(), before);
            file.close();
        }
    }

    void failedMigrationLeavesTheFileAsItWas_data()
    {
        QTest::addColumn<QString>("damage");
        // Found by fuzz_project_open: the file was switched to WAL before the migration
        // failed, so a refused project came back changed.
        QTest::newRow("the index version 2 adds exists")
            << "CREATE INDEX claims_by_target ON claims(id)";
        QTest::newRow("the column version 2 adds exists")
            << "ALTER TABLE topics ADD COLUMN sort_order INTEGER";
        QTest::newRow("a column version 3 adds exists")
            << "ALTER TABLE topics ADD COLUMN scale_note TEXT";
        QTest::newRow("the column version 4 adds exists")
            << "ALTER TABLE documents ADD COLUMN pages TEXT";
    }

    void failedMigrationLeavesTheFileAsItWas()
    {
        QFETCH(QString, damage);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("damaged.demarche"));
        QVERIFY(QFile::copy(QStringLiteral(DEMARCHE_TEST_DATA "/project-v1.demarche"), path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("damage"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec(damage));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("damage"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray before = file.readAll();
        file.close();

        auto store = ProjectStore::open(path);
        QVERIFY(!store);
        QCOMPARE(store.error().kind, Error::Kind::CannotOpen);
        QVERIFY2(store.error().message.startsWith(path), qPrintable(store.error().message));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), before);
        QVERIFY(!QFile::exists(path + QLatin1String("-wal")));
    }
};

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
