// The project store: defaults, codebook rules, claim validation, refused files.
#include "core/storage/projectstore.h"
#include "core/storage/schema.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace demarche;

namespace {

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

} // namespace

class TestProjectStore final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;

    QString freshPath() { return m_dir.filePath(QStringLiteral("p%1.demarche").arg(++m_counter)); }

    std::unique_ptr<ProjectStore> newStore()
    {
        auto store = ProjectStore::create(freshPath());
        if (!store)
            qFatal("cannot create a project: %s", qPrintable(store.error().message));
        return std::move(store).value();
    }

    static DocumentId addText(ProjectStore &store, const QString &text)
    {
        Document document;
        document.title = QStringLiteral("Article");
        document.text = text;
        auto added = store.addDocument(document, ProjectStore::Duplicates::Allow);
        if (!added)
            qFatal("cannot add a document: %s", qPrintable(added.error().message));
        return added->id;
    }

    static ActorId addActor(ProjectStore &store, const QString &name, ActorId parent = {})
    {
        Actor actor;
        actor.name = name;
        actor.parent = parent;
        auto added = store.addActor(actor);
        if (!added)
            qFatal("cannot add an actor: %s", qPrintable(added.error().message));
        return added->id;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void newProjectHasDefaultTopicsAndNoActors()
    {
        auto store = newStore();
        auto topics = store->topics();
        QVERIFY(topics);
        QCOMPARE(topics->size(), 3);
        QCOMPARE(topics->at(0).name, QStringLiteral("Ukraine"));
        QCOMPARE(topics->at(1).name, QStringLiteral("Syria"));
        QCOMPARE(topics->at(2).name, QStringLiteral("Iran"));
        QVERIFY(topics->at(0).keywords.contains(QStringLiteral("Kyiv")));
        QVERIFY(topics->at(0).keywords.contains(QStringLiteral("Crimea")));
        QVERIFY(topics->at(1).keywords.contains(QStringLiteral("Damascus")));
        QVERIFY(topics->at(2).keywords.contains(QStringLiteral("Tehran")));
        for (const Topic &topic : *topics)
            QVERIFY2(topic.hasScale() && !topic.scaleNote.isEmpty(), qPrintable(topic.name));
        QVERIFY(topics->at(0).negativePole.contains(QStringLiteral("Ukrainian sovereignty")));
        QVERIFY(topics->at(0).positivePole.contains(QStringLiteral("Russian control")));
        QVERIFY(store->actors()->isEmpty());
    }

    void topicScalesAreStoredUpdatedAndRestored()
    {
        auto store = newStore();
        Topic topic;
        topic.name = QStringLiteral("Arctic");
        topic.negativePole = QStringLiteral("  Closed to all shipping ");
        topic.positivePole = QStringLiteral("Open to all shipping");
        topic.scaleNote = QStringLiteral("Score access,\nnot claims to the seabed.\t");
        auto added = store->addTopic(topic);
        QVERIFY(added);
        Topic stored = store->topics()->last();
        QCOMPARE(stored.negativePole, QStringLiteral("Closed to all shipping"));
        QCOMPARE(stored.positivePole, topic.positivePole);
        QCOMPARE(stored.scaleNote, QStringLiteral("Score access,\nnot claims to the seabed."));

        stored.negativePole.clear();
        stored.positivePole = QStringLiteral("Free passage");
        stored.scaleNote.clear();
        QVERIFY(store->updateTopic(stored));
        Topic updated = store->topics()->last();
        QVERIFY(updated.negativePole.isEmpty());
        QCOMPARE(updated.positivePole, QStringLiteral("Free passage"));
        QVERIFY(updated.scaleNote.isEmpty());
        QVERIFY(updated.hasScale());

        // Undoing a removal brings the scale back with the topic.
        QVERIFY(store->removeTopic(updated.id));
        QVERIFY(store->restoreTopic(updated));
        QCOMPARE(store->topics()->last().positivePole, QStringLiteral("Free passage"));
    }

    void topicScalesRefuseControlCharacters_data()
    {
        QTest::addColumn<QString>("negative");
        QTest::addColumn<QString>("positive");
        QTest::addColumn<QString>("note");
        QTest::newRow("escape in a pole") << QStringLiteral("a\x1b[31m") << QString() << QString();
        QTest::newRow("line break in a pole") << QString() << QStringLiteral("a\nb") << QString();
        QTest::newRow("escape in the note") << QString() << QString()
                                            << QStringLiteral("a\x1b"
                                                              "b");
    }

    void topicScalesRefuseControlCharacters()
    {
        QFETCH(QString, negative);
        QFETCH(QString, positive);
        QFETCH(QString, note);
        auto store = newStore();
        Topic topic = store->topics()->first();
        topic.negativePole = negative;
        topic.positivePole = positive;
        topic.scaleNote = note;
        const Status changed = store->updateTopic(topic);
        QVERIFY(!changed);
        QCOMPARE(changed.error().kind, Error::Kind::BadInput);
        topic.id = TopicId();
        topic.name = QStringLiteral("Other");
        QVERIFY(!store->addTopic(topic));
        QCOMPARE(store->topics()->first().negativePole, newStore()->topics()->first().negativePole);
    }

    void newProjectIsVersionedWalAndRefusesToOverwrite()
    {
        const QString path = freshPath();
        {
            auto store = ProjectStore::create(path);
            QVERIFY(store);
        }
        auto again = ProjectStore::create(path);
        QVERIFY(!again);
        QVERIFY(again.error().message.contains(path));

        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("peek"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("PRAGMA user_version")) && query.next());
        QCOMPARE(query.value(0).toInt(), schema::CurrentVersion);
        QVERIFY(query.exec(QStringLiteral("PRAGMA journal_mode")) && query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("wal"));
        query.finish();
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("peek"));
    }

    void actorNamesAreUniqueWithoutRegardToCase_data()
    {
        QTest::addColumn<QString>("first");
        QTest::addColumn<QString>("second");
        QTest::newRow("latin") << QStringLiteral("Russia") << QStringLiteral("RUSSIA");
        QTest::newRow("spaces") << QStringLiteral("Russia") << QStringLiteral("  russia ");
        QTest::newRow("cyrillic") << QStringLiteral("Россия") << QStringLiteral("РОССИЯ");
        QTest::newRow("greek") << QStringLiteral("Ελλάδα") << QStringLiteral("ΕΛΛΆΔΑ");
    }

    void actorNamesAreUniqueWithoutRegardToCase()
    {
        QFETCH(QString, first);
        QFETCH(QString, second);
        auto store = newStore();
        addActor(*store, first);
        Actor actor;
        actor.name = second;
        auto added = store->addActor(actor);
        QVERIFY(!added);
        QCOMPARE(added.error().kind, Error::Kind::BadInput);
        QVERIFY(added.error().message.contains(first));
        QCOMPARE(store->actors()->size(), 1);
    }

    void actorsGetColoursAndKeepTheirFields()
    {
        auto store = newStore();
        const ActorId russia = addActor(*store, QStringLiteral("Russia"));
        Actor lavrov;
        lavrov.name = QStringLiteral("Lavrov");
        lavrov.kind = ActorKind::Person;
        lavrov.parent = russia;
        lavrov.aliases = {QStringLiteral("the minister"), QStringLiteral("Sergei Lavrov")};
        lavrov.color = QColor(QStringLiteral("#123456"));
        QVERIFY(store->addActor(lavrov));
        auto actors = store->actors();
        QCOMPARE(actors->size(), 2);
        QVERIFY(actors->at(0).color.isValid());
        QCOMPARE(actors->at(1).kind, ActorKind::Person);
        QCOMPARE(actors->at(1).parent, russia);
        QCOMPARE(actors->at(1).aliases, lavrov.aliases);
        QCOMPARE(actors->at(1).color.name(), QStringLiteral("#123456"));
        QVERIFY(actors->at(0).sortOrder < actors->at(1).sortOrder);
    }

    void parentLoopsAreRefused()
    {
        auto store = newStore();
        const ActorId a = addActor(*store, QStringLiteral("A"));
        const ActorId b = addActor(*store, QStringLiteral("B"), a);
        Actor changed = store->actors()->at(0);
        QCOMPARE(changed.id, a);
        changed.parent = b;
        QVERIFY(!store->updateActor(changed));
        changed.parent = a;
        QVERIFY(!store->updateActor(changed));
        QVERIFY(!store->actors()->at(0).parent.isValid());
    }

    void claimOffsetsAreCodePoints_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("quote");
        QTest::addColumn<qint64>("start");
        QTest::addColumn<qint64>("end");
        QTest::newRow("ascii") << QStringLiteral("Moscow insists on guarantees.")
                               << QStringLiteral("insists") << qint64(7) << qint64(14);
        QTest::newRow("after emoji") << QStringLiteral("\U0001F1FA\U0001F1E6 Kyiv wants talks")
                                     << QStringLiteral("Kyiv") << qint64(3) << qint64(7);
        QTest::newRow("emoji inside")
            << QStringLiteral("a \U0001F600 smile") << QStringLiteral("\U0001F600 smile")
            << qint64(2) << qint64(9);
        QTest::newRow("cyrillic") << QStringLiteral("Лавров заявил") << QStringLiteral("заявил")
                                  << qint64(7) << qint64(13);
        QTest::newRow("precomposed") << QStringLiteral("Caf\u00e9 talks") << QStringLiteral("talks")
                                     << qint64(5) << qint64(10);
    }

    void claimOffsetsAreCodePoints()
    {
        QFETCH(QString, text);
        QFETCH(QString, quote);
        QFETCH(qint64, start);
        QFETCH(qint64, end);
        auto store = newStore();
        Claim claim;
        claim.document = addText(*store, text);
        claim.holder = addActor(*store, QStringLiteral("Russia"));
        claim.topic = store->topics()->first().id;
        claim.start = start;
        claim.end = end;
        auto added = store->addClaim(claim);
        QVERIFY2(added, added ? "" : qPrintable(added.error().message));
        QCOMPARE(added->quote, quote);
        QCOMPARE(store->claim(added->id)->quote, quote);
        QVERIFY(!added->analyst.isNull());
        QVERIFY(added->createdAt.isValid());
    }

    void badClaimsAreRefused_data()
    {
        QTest::addColumn<qint64>("start");
        QTest::addColumn<qint64>("end");
        QTest::addColumn<int>("salience");
        QTest::addColumn<int>("position");
        QTest::addColumn<QString>("expected");
        // Text: "e" + combining acute, space, a flag (two code points), " ok" = 8 code points.
        QTest::newRow("negative start") << qint64(-1) << qint64(2) << 3 << 0 << "offsets";
        QTest::newRow("end past text") << qint64(0) << qint64(9) << 3 << 0 << "offsets";
        QTest::newRow("empty span") << qint64(3) << qint64(3) << 3 << 0 << "offsets";
        QTest::newRow("reversed") << qint64(4) << qint64(2) << 3 << 0 << "offsets";
        QTest::newRow("splits accent") << qint64(0) << qint64(1) << 3 << 0 << "split";
        QTest::newRow("splits flag") << qint64(3) << qint64(4) << 3 << 0 << "split";
        QTest::newRow("salience 0") << qint64(0) << qint64(2) << 0 << 0 << "salience";
        QTest::newRow("salience 6") << qint64(0) << qint64(2) << 6 << 0 << "salience";
        QTest::newRow("position 101") << qint64(0) << qint64(2) << 3 << 101 << "position";
        QTest::newRow("position -101") << qint64(0) << qint64(2) << 3 << -101 << "position";
    }

    void badClaimsAreRefused()
    {
        QFETCH(qint64, start);
        QFETCH(qint64, end);
        QFETCH(int, salience);
        QFETCH(int, position);
        QFETCH(QString, expected);
        auto store = newStore();
        Claim claim;
        // Stored as given: a decomposed accent stays two code points in one grapheme.
        claim.document = addText(*store, QStringLiteral("e\u0301 \U0001F1FA\U0001F1E6 ok"));
        claim.holder = addActor(*store, QStringLiteral("Russia"));
        claim.topic = store->topics()->first().id;
        claim.start = start;
        claim.end = end;
        claim.salience = salience;
        claim.position = position;
        auto added = store->addClaim(claim);
        QVERIFY(!added);
        QCOMPARE(added.error().kind, Error::Kind::BadInput);
        QVERIFY2(added.error().message.contains(expected), qPrintable(added.error().message));
        QCOMPARE(store->claimCount().value(), 0);
    }

    void claimsMayOverlapAndActorsInUseStay()
    {
        auto store = newStore();
        Claim claim;
        claim.document = addText(*store, QStringLiteral("Moscow demands guarantees and talks."));
        claim.holder = addActor(*store, QStringLiteral("Russia"));
        claim.topic = store->topics()->first().id;
        claim.start = 0;
        claim.end = 25;
        QVERIFY(store->addClaim(claim));
        claim.start = 7;
        claim.end = 35;
        QVERIFY(store->addClaim(claim));
        QCOMPARE(store->claimCount().value(), 2);

        QVERIFY(!store->removeActor(claim.holder));
        QVERIFY(!store->removeTopic(claim.topic));
        QCOMPARE(store->actors()->size(), 1);

        Claim unknownTopic = claim;
        unknownTopic.topic = TopicId(999);
        QVERIFY(!store->addClaim(unknownTopic));
        Claim sameTarget = claim;
        sameTarget.target = claim.holder;
        QVERIFY(!store->addClaim(sameTarget));
    }

    void claimHoldersAreTheActorsWithClaims()
    {
        auto store = newStore();
        QVERIFY(store->claimHolders()->isEmpty());
        Claim claim;
        claim.document = addText(*store, QStringLiteral("Moscow and Kyiv both spoke."));
        const ActorId russia = addActor(*store, QStringLiteral("Russia"));
        const ActorId ukraine = addActor(*store, QStringLiteral("Ukraine"));
        const ActorId silent = addActor(*store, QStringLiteral("Turkey"));
        QVERIFY(silent.isValid());
        claim.topic = store->topics()->first().id;
        claim.holder = russia;
        claim.start = 0;
        claim.end = 6;
        QVERIFY(store->addClaim(claim));
        claim.end = 10; // a second claim by the same holder counts it once
        QVERIFY(store->addClaim(claim));
        claim.holder = ukraine;
        claim.start = 11;
        claim.end = 15;
        const auto last = store->addClaim(claim);
        QVERIFY(last);
        QList<ActorId> holders = store->claimHolders().value();
        std::sort(holders.begin(), holders.end());
        QList<ActorId> expected{russia, ukraine};
        std::sort(expected.begin(), expected.end());
        QCOMPARE(holders, expected);
        QVERIFY(store->removeClaim(last->id));
        QCOMPARE(store->claimHolders().value(), QList<ActorId>{russia});
    }

    void updateAndRemoveClaim()
    {
        auto store = newStore();
        Claim claim;
        claim.document = addText(*store, QStringLiteral("Tehran refuses to stop enrichment."));
        claim.holder = addActor(*store, QStringLiteral("Iran"));
        claim.topic = store->topics()->at(2).id;
        claim.start = 0;
        claim.end = 6;
        auto added = store->addClaim(claim);
        QVERIFY(added);
        Claim changed = added.value();
        changed.end = 33;
        changed.stance = Stance::Refusal;
        changed.position = -80;
        changed.note = QStringLiteral("red line");
        QVERIFY(store->updateClaim(changed));
        auto reread = store->claim(changed.id);
        QCOMPARE(reread->quote, QStringLiteral("Tehran refuses to stop enrichment"));
        QCOMPARE(reread->stance, Stance::Refusal);
        QCOMPARE(reread->position, std::optional<int>(-80));
        QCOMPARE(reread->note, QStringLiteral("red line"));
        QVERIFY(store->removeClaim(changed.id));
        QCOMPARE(store->claimCount().value(), 0);
        QVERIFY(!store->removeClaim(changed.id));
    }

    void sameTextTwiceIsRefusedUnlessAllowed()
    {
        auto store = newStore();
        Document document;
        document.title = QStringLiteral("One");
        document.text = QStringLiteral("The same words.");
        QVERIFY(store->addDocument(document));
        auto again = store->addDocument(document);
        QVERIFY(!again);
        QVERIFY(again.error().message.contains(QStringLiteral("already")));
        QVERIFY(store->addDocument(document, ProjectStore::Duplicates::Allow));
        QCOMPARE(store->documents()->size(), 2);
    }

    void pageStartsAreStoredAndRead()
    {
        const QString path = freshPath();
        const QList<PageStart> pages = {{0, 1}, {40, 2}, {90, 4}};
        {
            auto store = ProjectStore::create(path);
            QVERIFY(store);
            Document document;
            document.title = QStringLiteral("Readout");
            document.text = QString(120, u'x');
            document.pages = pages;
            QVERIFY(store.value()->addDocument(document));
        }
        auto store = ProjectStore::open(path);
        QVERIFY(store);
        QCOMPARE(store.value()->documents()->constFirst().pages, pages);
        const DocumentId id = store.value()->documents()->constFirst().id;
        QCOMPARE(store.value()->document(id)->pages, pages);
        QCOMPARE(pageAt(pages, 0), 1);
        QCOMPARE(pageAt(pages, 39), 1);
        QCOMPARE(pageAt(pages, 40), 2);
        QCOMPARE(pageAt(pages, 89), 2);
        QCOMPARE(pageAt(pages, 500), 4);
        QCOMPARE(pageAt({}, 5), 0);
        QCOMPARE(pageAt({{10, 3}}, 5), 0);
    }

    // A project may come from anyone: a damaged list of page starts ends where it breaks,
    // so that no claim is given a wrong page.
    void damagedPageStartsEndWhereTheyBreak_data()
    {
        QTest::addColumn<QString>("stored");
        QTest::addColumn<int>("kept");
        QTest::newRow("well formed") << "0:1 10:2 20:3" << 3;
        QTest::newRow("not a number") << "0:1 x:2 20:3" << 1;
        QTest::newRow("no colon") << "0:1 10 20:3" << 1;
        QTest::newRow("out of order") << "0:1 30:2 20:3" << 2;
        QTest::newRow("page zero") << "0:0 10:2" << 0;
        QTest::newRow("negative offset") << "-4:1" << 0;
        QTest::newRow("huge page") << "0:1 10:99999999999" << 1;
        QTest::newRow("empty") << "" << 0;
    }

    void damagedPageStartsEndWhereTheyBreak()
    {
        QFETCH(QString, stored);
        QFETCH(int, kept);
        const QString path = freshPath();
        {
            auto store = ProjectStore::create(path);
            QVERIFY(store);
            addText(*store.value(), QStringLiteral("Some text on a few pages."));
        }
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("pages"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.prepare(QStringLiteral("UPDATE documents SET pages = ?")));
            query.addBindValue(stored);
            QVERIFY(query.exec());
        }
        QSqlDatabase::removeDatabase(QStringLiteral("pages"));
        auto store = ProjectStore::open(path);
        QVERIFY2(store, store ? "" : qPrintable(store.error().message));
        QCOMPARE(store.value()->documents()->constFirst().pages.size(), kept);
    }

    void failedTransactionLeavesNothing()
    {
        auto store = newStore();
        const ActorId russia = addActor(*store, QStringLiteral("Russia"));
        Status status = store->transaction([&]() -> Status {
            Actor actor;
            actor.name = QStringLiteral("Ukraine");
            if (auto added = store->addActor(actor); !added)
                return added.error();
            Claim claim;
            claim.document = DocumentId(42); // does not exist
            claim.holder = russia;
            claim.topic = store->topics()->first().id;
            claim.end = 1;
            auto added = store->addClaim(claim);
            return added ? Status() : Status(added.error());
        });
        QVERIFY(!status);
        QCOMPARE(store->actors()->size(), 1);
    }

    void unopenableFilesAreRefusedAndLeftAlone_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("expected");
        QTest::newRow("empty") << QByteArray() << "empty";
        QTest::newRow("text") << QByteArray("Minutes of the meeting\n") << "not an SQLite";
        QTest::newRow("binary") << QByteArray("\x00\x01\x02\xff\xfe", 5) << "not an SQLite";
        QByteArray truncated("SQLite format 3\0", 16);
        truncated.append(QByteArray(84, '\x07'));
        QTest::newRow("damaged header") << truncated << "damaged";
    }

    void unopenableFilesAreRefusedAndLeftAlone()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expected);
        const QString path = freshPath();
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
        file.close();
        auto store = ProjectStore::open(path);
        QVERIFY(!store);
        QCOMPARE(store.error().kind, Error::Kind::CannotOpen);
        QVERIFY2(store.error().message.contains(expected), qPrintable(store.error().message));
        QVERIFY(store.error().message.startsWith(path));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), bytes);
    }

    void missingFileAndDirectoryAreRefused()
    {
        auto missing = ProjectStore::open(m_dir.filePath(QStringLiteral("nowhere.demarche")));
        QVERIFY(!missing);
        QVERIFY(missing.error().message.contains(QStringLiteral("no such")));
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("nowhere.demarche"))));
        auto directory = ProjectStore::open(m_dir.path());
        QVERIFY(!directory);
        QVERIFY(directory.error().message.contains(QStringLiteral("directory")));
    }

    void otherSqliteDatabaseIsRefused()
    {
        const QString path = freshPath();
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery(db).exec(QStringLiteral("CREATE TABLE t (x)"));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("other"));
        const QByteArray before = fileHash(path);
        auto store = ProjectStore::open(path);
        QVERIFY(!store);
        QVERIFY(store.error().message.contains(QStringLiteral("not a Demarche project")));
        QCOMPARE(fileHash(path), before);
    }

    void newerSchemaIsRefusedUnchanged()
    {
        const QString path = freshPath();
        {
            auto store = ProjectStore::create(path);
            QVERIFY(store);
        }
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("bump"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec(QStringLiteral("PRAGMA journal_mode = DELETE")));
            QVERIFY(query.exec(
                QStringLiteral("PRAGMA user_version = %1").arg(schema::CurrentVersion + 1)));
            query.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("bump"));
        const QByteArray before = fileHash(path);
        auto store = ProjectStore::open(path);
        QVERIFY(!store);
        QCOMPARE(store.error().kind, Error::Kind::CannotOpen);
        QVERIFY(store.error().message.contains(QStringLiteral("newer version")));
        QCOMPARE(fileHash(path), before);
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
    }
    // A change to a project another program is writing waits as long as the store was
    // opened to wait, then is refused as locked.
    void lockedProjectWaitsForItsBusyTimeout_data()
    {
        QTest::addColumn<int>("timeoutMs");
        QTest::newRow("no wait") << 0;
        QTest::newRow("300 ms") << 300;
    }

    void lockedProjectWaitsForItsBusyTimeout()
    {
        QFETCH(int, timeoutMs);
        const QString path = freshPath();
        QVERIFY(ProjectStore::create(path));
        auto store = ProjectStore::open(path, ProjectStore::Access::ReadWrite,
                                        std::chrono::milliseconds(timeoutMs));
        QVERIFY(store);
        const QString name = QStringLiteral("locker");
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec(QStringLiteral("BEGIN EXCLUSIVE")));
            query.finish();

            QElapsedTimer timer;
            timer.start();
            Actor actor;
            actor.name = QStringLiteral("Iran");
            auto added = store.value()->addActor(actor);
            const qint64 waited = timer.elapsed();
            QVERIFY(!added);
            QVERIFY2(added.error().message.contains(QStringLiteral("locked")),
                     qPrintable(added.error().message));
            QVERIFY2(waited >= timeoutMs - 50, QByteArray::number(waited).constData());
            // Well short of the default: the store's own timeout applied.
            QVERIFY2(waited < timeoutMs + 4000, QByteArray::number(waited).constData());
            QVERIFY(query.exec(QStringLiteral("ROLLBACK")));
            query.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
        // With the lock gone the same store writes again.
        Actor actor;
        actor.name = QStringLiteral("Iran");
        QVERIFY(store.value()->addActor(actor));
    }
};

QTEST_GUILESS_MAIN(TestProjectStore)
#include "tst_projectstore.moc"
