// What ProjectStore::open accepts as a project and how it reads it: exactly Demarche's
// schema for the file's version, read-only without writing a byte, names as file names.
#include "core/domain/document.h"
#include "core/storage/projectstore.h"
#include "core/storage/schema.h"
#include "support/alterwithsql.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace demarche;

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestStoredSchema final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;

    // A project of the current version, or the version 1 fixture.
    QString project(bool versionOne)
    {
        const QString path = m_dir.filePath(QStringLiteral("s%1.demarche").arg(++m_counter));
        if (versionOne) {
            if (!QFile::copy(QStringLiteral(DEMARCHE_TEST_DATA "/project-v1.demarche"), path))
                qFatal("cannot copy the fixture");
            QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        } else {
            auto store = ProjectStore::create(path);
            if (!store)
                qFatal("cannot create a project: %s", qPrintable(store.error().message));
        }
        return path;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void onlyDemarchesSchemaOpens_data()
    {
        QTest::addColumn<bool>("versionOne");
        QTest::addColumn<bool>("readOnly");
        QTest::addColumn<QString>("planted");
        QTest::addColumn<QString>("named");
        for (const bool versionOne : {false, true}) {
            for (const bool readOnly : {false, true}) {
                const QByteArray where =
                    QByteArray(versionOne ? "v1" : "current") + (readOnly ? ", read-only" : "");
                QTest::addRow("trigger, %s", where.constData())
                    << versionOne << readOnly
                    << QStringLiteral("CREATE TRIGGER wipe AFTER INSERT ON claims BEGIN "
                                      "DELETE FROM claims; END")
                    << QStringLiteral("trigger \u201cwipe\u201d");
                QTest::addRow("view, %s", where.constData())
                    << versionOne << readOnly << QStringLiteral("CREATE VIEW v AS SELECT 1")
                    << QStringLiteral("view");
                QTest::addRow("dropped table, %s", where.constData())
                    << versionOne << readOnly << QStringLiteral("DROP TABLE claims")
                    << QStringLiteral("table \u201cclaims\u201d is missing");
                QTest::addRow("changed table, %s", where.constData())
                    << versionOne << readOnly
                    << QStringLiteral("ALTER TABLE topics ADD COLUMN extra DEFAULT 1")
                    << QStringLiteral("table \u201ctopics\u201d differs");
                QTest::addRow("virtual table, %s", where.constData())
                    << versionOne << readOnly
                    << QStringLiteral("CREATE VIRTUAL TABLE notes USING fts5(body)")
                    << QStringLiteral("table \u201cnotes\u201d");
            }
        }
    }

    void onlyDemarchesSchemaOpens()
    {
        QFETCH(bool, versionOne);
        QFETCH(bool, readOnly);
        QFETCH(QString, planted);
        QFETCH(QString, named);
        const QString path = project(versionOne);
        if (!alterWithSql(path, {QStringLiteral("PRAGMA journal_mode = DELETE"), planted}))
            QSKIP("this SQLite cannot plant that");
        const QByteArray before = readAll(path);

        auto store = ProjectStore::open(path, readOnly ? ProjectStore::Access::ReadOnly
                                                       : ProjectStore::Access::ReadWrite);
        QVERIFY(!store);
        QCOMPARE(store.error().kind, Error::Kind::CannotOpen);
        QVERIFY2(
            store.error().message.startsWith(path + QLatin1String(": is not a Demarche project")),
            qPrintable(store.error().message));
        QVERIFY2(store.error().message.contains(named), qPrintable(store.error().message));
        QCOMPARE(readAll(path), before);
        QVERIFY(!QFile::exists(path + QLatin1String("-wal")));
    }

    void untouchedProjectsOfEveryVersionOpen()
    {
        for (const bool versionOne : {false, true}) {
            for (const auto access :
                 {ProjectStore::Access::ReadOnly, ProjectStore::Access::ReadWrite}) {
                auto store = ProjectStore::open(project(versionOne), access);
                QVERIFY2(store, store ? "" : qPrintable(store.error().message));
            }
        }
    }

    void olderProjectIsReadReadOnlyWithoutChange()
    {
        const QString path = project(true);
        const QByteArray before = readAll(path);
        {
            auto store = ProjectStore::open(path, ProjectStore::Access::ReadOnly);
            QVERIFY2(store, store ? "" : qPrintable(store.error().message));
            QCOMPARE(store.value()->path(), path);
            QVERIFY(store.value()->isReadOnly());
            QCOMPARE(store.value()->actors()->size(), 3);
            QVERIFY(store.value()->actors()->at(0).sortOrder
                    < store.value()->actors()->at(1).sortOrder);
            QCOMPARE(store.value()->claims()->size(), 2);
            // Read through an updated copy: the topics' scales are there, and empty.
            QVERIFY(!store.value()->topics()->isEmpty());
            QVERIFY(!store.value()->topics()->first().hasScale());
            Actor actor;
            actor.name = QStringLiteral("Turkey");
            QVERIFY(!store.value()->addActor(actor));
        }
        QCOMPARE(readAll(path), before);
        for (const char *side : {"-wal", "-shm", "-journal"})
            QVERIFY2(!QFile::exists(path + QLatin1String(side)), side);
    }

    void readOnlyLeavesTheJournalModeAlone()
    {
        const QString path = project(false);
        QVERIFY(alterWithSql(path, {QStringLiteral("PRAGMA journal_mode = DELETE")}));
        const QByteArray before = readAll(path);
        {
            auto store = ProjectStore::open(path, ProjectStore::Access::ReadOnly);
            QVERIFY(store);
            QCOMPARE(store.value()->topics()->size(), 3);
            QVERIFY(store.value()->readOnlyReason().isEmpty()); // asked for, not forced
        }
        QCOMPARE(readAll(path), before);
        QVERIFY(!QFile::exists(path + QLatin1String("-wal")));
    }

    void writableProjectHasNoReasonToBeReadOnly()
    {
        QCOMPARE(ProjectStore::whyReadOnly(project(false)), QString());
        QCOMPARE(ProjectStore::whyReadOnly(m_dir.filePath(QStringLiteral("new.demarche"))),
                 QString());
    }

    void fullDiskIsSaidAndChangesNothing()
    {
        const QString path = project(false);
        auto store = ProjectStore::open(path);
        QVERIFY(store);
        const int topics = int(store.value()->topics()->size());
        // SQLite's own way to a full disk: the file may not grow past its present pages.
        for (const QString &name : QSqlDatabase::connectionNames()) {
            if (name.startsWith(QLatin1String("demarche-project-"))) {
                QSqlQuery query(QSqlDatabase::database(name));
                QVERIFY(query.exec(QStringLiteral("PRAGMA max_page_count = 1")));
            }
        }
        Document document;
        document.title = QStringLiteral("Long");
        document.text = QString(200000, QLatin1Char('x'));
        auto added = store.value()->addDocument(document);
        QVERIFY(!added);
        QCOMPARE(added.error().kind, Error::Kind::Io);
        QVERIFY2(added.error().message.startsWith(path + QLatin1String(": the disk is full")),
                 qPrintable(added.error().message));
        // Nothing of it was kept, and the project still answers.
        QCOMPARE(store.value()->documents()->size(), 0);
        QCOMPARE(int(store.value()->topics()->size()), topics);
    }

    void projectNamesAreFileNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("file URI") << QStringLiteral("file:other.db");
        QTest::newRow("file URI with options") << QStringLiteral("file:other.db?mode=memory");
        QTest::newRow("memory") << QStringLiteral(":memory:");
    }

    void projectNamesAreFileNames()
    {
        QFETCH(QString, name);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString previous = QDir::currentPath();
        QVERIFY(QDir::setCurrent(dir.path()));
        auto back = qScopeGuard([&previous] { QDir::setCurrent(previous); });
        {
            auto store = ProjectStore::create(name);
            QVERIFY2(store, store ? "" : qPrintable(store.error().message));
            QVERIFY(store.value()->saveCopy(name + QLatin1String(".copy")));
        }
        // Not QTemporaryDir::filePath, which takes ":memory:" for an absolute path.
        QVERIFY(QFileInfo(dir.path() + QLatin1Char('/') + name).isFile());
        QVERIFY(QFileInfo(dir.path() + QLatin1Char('/') + name + QLatin1String(".copy")).isFile());
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("other.db"))));
        auto reopened = ProjectStore::open(name);
        QVERIFY2(reopened, reopened ? "" : qPrintable(reopened.error().message));
        QCOMPARE(reopened.value()->topics()->size(), 3);
    }
};

QTEST_GUILESS_MAIN(TestStoredSchema)
#include "tst_storedschema.moc"
