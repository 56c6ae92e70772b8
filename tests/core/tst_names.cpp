// Names: one key whatever their case or Unicode form, one line of plain text, and shown
// escaped when a file brings control characters anyway.
#include "core/domain/namelookup.h"
#include "core/domain/names.h"
#include "core/storage/projectstore.h"

#include <QTemporaryDir>
#include <QTest>

using namespace demarche;

class TestNames final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;

    std::unique_ptr<ProjectStore> newStore()
    {
        auto store =
            ProjectStore::create(m_dir.filePath(QStringLiteral("n%1.demarche").arg(++m_counter)));
        if (!store)
            qFatal("cannot create a project: %s", qPrintable(store.error().message));
        return std::move(store).value();
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void keysIgnoreCaseAndNormalForm_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::newRow("NFC and NFD")
            << QStringLiteral("Gen\u00e8ve") << QStringLiteral("Gene\u0300ve");
        QTest::newRow("NFD upper case")
            << QStringLiteral("gen\u00e8ve") << QStringLiteral("GENE\u0300VE");
        QTest::newRow("Vietnamese, two marks")
            << QStringLiteral("Vi\u1ec7t Nam") << QStringLiteral("Vie\u0323\u0302t nam");
        QTest::newRow("marks in either order")
            << QStringLiteral("e\u0323\u0302") << QStringLiteral("e\u0302\u0323");
        QTest::newRow("Hangul syllable and jamo")
            << QStringLiteral("\ud55c") << QStringLiteral("\u1112\u1161\u11ab");
        QTest::newRow("blanks around") << QStringLiteral(" Russia ") << QStringLiteral("russia");
    }

    void keysIgnoreCaseAndNormalForm()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QCOMPARE(names::key(a), names::key(b));
        QVERIFY(names::hasKey(a, names::key(b)));
        QVERIFY(names::hasKey(b, names::key(a)));
        QCOMPARE(names::normalized(a).normalized(QString::NormalizationForm_C),
                 names::normalized(a));
    }

    void fastPathsAgreeWithTheFullForms()
    {
        // Short cuts skip normalisation for plain text; they must give what it gives.
        for (char16_t c = 1; c < 0x300; ++c) {
            const QString text = QStringLiteral("A") + QChar(c) + QStringLiteral("b");
            const QString key = text.normalized(QString::NormalizationForm_D)
                                    .toCaseFolded()
                                    .normalized(QString::NormalizationForm_C);
            QVERIFY2(names::key(text) == key, qPrintable(QString::number(c, 16)));
            QVERIFY2(names::hasKey(text, key), qPrintable(QString::number(c, 16)));
            QVERIFY2(!names::hasKey(text, key + QLatin1Char('x')),
                     qPrintable(QString::number(c, 16)));
            QVERIFY2(names::normalized(text) == text.normalized(QString::NormalizationForm_C),
                     qPrintable(QString::number(c, 16)));
        }
    }

    void printableShowsControlCharacters_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("shown");
        QTest::newRow("plain") << QStringLiteral("Gen\u00e8ve") << QStringLiteral("Gen\u00e8ve");
        QTest::newRow("title escape")
            << QStringLiteral("Evil\x1b]0;PWNED\x07") << QStringLiteral("Evil\\x1b]0;PWNED\\x07");
        QTest::newRow("C1 and DEL")
            << QStringLiteral("a\u009bb\x7f") << QStringLiteral("a\\x9bb\\x7f");
        QTest::newRow("line separator")
            << QStringLiteral("a\u2028b") << QStringLiteral("a\\u2028b");
        QTest::newRow("lines and tabs stay")
            << QStringLiteral("a\nb\tc") << QStringLiteral("a\nb\tc");
        QTest::newRow("carriage return") << QStringLiteral("a\rb") << QStringLiteral("a\\x0db");
    }

    void printableShowsControlCharacters()
    {
        QFETCH(QString, text);
        QFETCH(QString, shown);
        QCOMPARE(names::printable(text), shown);
    }

    void storeKeepsOneActorPerName()
    {
        auto store = newStore();
        Actor geneva;
        geneva.name = QStringLiteral("Gene\u0300ve");
        geneva.aliases = {QStringLiteral("Cite\u0301 de Calvin ")};
        auto added = store->addActor(geneva);
        QVERIFY(added);
        QCOMPARE(added->name, QStringLiteral("Gen\u00e8ve"));
        QCOMPARE(store->actors()->at(0).name, QStringLiteral("Gen\u00e8ve"));
        QCOMPARE(store->actors()->at(0).aliases,
                 QStringList{QStringLiteral("Cit\u00e9 de Calvin")});

        for (const QString &lookAlike :
             {QStringLiteral("Gen\u00e8ve"), QStringLiteral("GENE\u0300VE")}) {
            Actor other;
            other.name = lookAlike;
            auto refused = store->addActor(other);
            QVERIFY(!refused);
            QVERIFY2(refused.error().message.contains(QStringLiteral("already exists")),
                     qPrintable(refused.error().message));
        }
        // Renaming another actor onto it is refused the same way.
        Actor bern;
        bern.name = QStringLiteral("Bern");
        auto bernAdded = store->addActor(bern);
        QVERIFY(bernAdded);
        Actor renamed = bernAdded.value();
        renamed.name = QStringLiteral("gene\u0300ve");
        QVERIFY(!store->updateActor(renamed));
        QCOMPARE(store->actors()->size(), 2);

        const QList<Actor> actors = store->actors().value();
        QVERIFY(findActor(actors, QStringLiteral("GENE\u0300VE")));
        QCOMPARE(findActorOrAlias(actors, QStringLiteral("CITE\u0301 DE CALVIN"))->name,
                 QStringLiteral("Gen\u00e8ve"));
    }

    void storeRefusesControlCharacters_data()
    {
        QTest::addColumn<QString>("field");
        QTest::newRow("actor name") << QStringLiteral("actor");
        QTest::newRow("alias") << QStringLiteral("alias");
        QTest::newRow("topic name") << QStringLiteral("topic");
        QTest::newRow("keyword") << QStringLiteral("keyword");
        QTest::newRow("renamed actor") << QStringLiteral("rename");
        QTest::newRow("document title") << QStringLiteral("title");
        QTest::newRow("document source") << QStringLiteral("source");
        QTest::newRow("edited document URL") << QStringLiteral("url");
        QTest::newRow("claim analyst") << QStringLiteral("analyst");
    }

    void storeRefusesControlCharacters()
    {
        QFETCH(QString, field);
        const QString evil = QStringLiteral("Evil\x1b]0;PWNED\x07");
        auto store = newStore();
        Actor russia;
        russia.name = QStringLiteral("Russia");
        const Actor kept = store->addActor(russia).value();
        Document article;
        article.title = QStringLiteral("Talks");
        article.text = QStringLiteral("Moscow demands guarantees.");
        const Document document = store->addDocument(article).value();
        const TopicId topic = store->topics()->at(0).id;

        Status status;
        if (field == QLatin1String("actor") || field == QLatin1String("alias")) {
            Actor actor;
            actor.name = field == QLatin1String("actor") ? evil : QStringLiteral("Iran");
            if (field == QLatin1String("alias"))
                actor.aliases = {QStringLiteral("Tehran"), evil};
            auto added = store->addActor(actor);
            status = added ? Status() : Status(added.error());
        } else if (field == QLatin1String("topic") || field == QLatin1String("keyword")) {
            Topic topicToAdd;
            topicToAdd.name = field == QLatin1String("topic") ? evil : QStringLiteral("Trade");
            if (field == QLatin1String("keyword"))
                topicToAdd.keywords = {evil};
            auto added = store->addTopic(topicToAdd);
            status = added ? Status() : Status(added.error());
        } else if (field == QLatin1String("rename")) {
            Actor renamed = kept;
            renamed.name = QStringLiteral("Rus\nsia");
            status = store->updateActor(renamed);
        } else if (field == QLatin1String("title") || field == QLatin1String("source")) {
            Document another;
            another.text = QStringLiteral("Another text.");
            another.title = field == QLatin1String("title") ? evil : QStringLiteral("Another");
            if (field == QLatin1String("source"))
                another.source = evil;
            auto added = store->addDocument(another);
            status = added ? Status() : Status(added.error());
        } else if (field == QLatin1String("url")) {
            Document edited = document;
            edited.url = evil;
            status = store->updateDocumentDetails(edited);
        } else {
            Claim claim;
            claim.document = document.id;
            claim.start = 0;
            claim.end = 6;
            claim.holder = kept.id;
            claim.topic = topic;
            claim.analyst = evil;
            auto added = store->addClaim(claim);
            status = added ? Status() : Status(added.error());
        }
        QVERIFY(!status);
        QCOMPARE(status.error().kind, Error::Kind::BadInput);
        QVERIFY2(status.error().message.contains(QStringLiteral("control character")),
                 qPrintable(status.error().message));
        QVERIFY(!status.error().message.contains(QChar(0x1b)));

        QCOMPARE(store->actors()->size(), 1);
        QCOMPARE(store->actors()->at(0).name, QStringLiteral("Russia"));
        QCOMPARE(store->topics()->size(), 3);
        QCOMPARE(store->documents()->size(), 1);
        QCOMPARE(store->documents()->at(0).url, QString());
        QCOMPARE(store->claimCount().value(), 0);
    }
};

QTEST_GUILESS_MAIN(TestNames)
#include "tst_names.moc"
