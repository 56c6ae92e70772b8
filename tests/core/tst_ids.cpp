// Typed ids as item roles and signals carry them: in a QVariant an id keeps its kind
// (an actor's id is no topic's), compares by value, and the invalid id is the one "none";
// a queued signal delivers it intact.
#include "core/domain/ids.h"

#include <QMetaType>
#include <QSignalSpy>
#include <QTest>
#include <QVariant>

using namespace demarche;

// Emits an actor id, to send it through a queued connection.
class IdSender final : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

Q_SIGNALS:
    void actorChosen(demarche::ActorId id);
};

class TestIds final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void variantKeepsTheKind()
    {
        const QVariant actor = QVariant::fromValue(ActorId(7));
        QCOMPARE(actor.metaType(), QMetaType::fromType<ActorId>());
        QCOMPARE(actor.value<ActorId>(), ActorId(7));
        QVERIFY(actor.canConvert<ActorId>());
        // Another kind of id, or a plain number, is not taken for it.
        QVERIFY(!actor.value<TopicId>().isValid());
        QVERIFY(!QVariant(qint64(7)).value<ActorId>().isValid());
        QVERIFY(!QVariant().value<ActorId>().isValid());
    }

    // Combo boxes find their items by id: variants of ids compare by value and kind.
    void variantsCompare()
    {
        QCOMPARE(QVariant::fromValue(ClaimId(3)), QVariant::fromValue(ClaimId(3)));
        QVERIFY(QVariant::fromValue(ClaimId(3)) != QVariant::fromValue(ClaimId(4)));
        QVERIFY(QVariant::fromValue(ClaimId()) != QVariant::fromValue(ClaimId(3)));
        QVERIFY(QVariant::fromValue(DocumentId(3)) != QVariant::fromValue(ClaimId(3)));
        // The one "none".
        QCOMPARE(QVariant::fromValue(ActorId()), QVariant::fromValue(ActorId()));
        QVERIFY(!ActorId().isValid());
        QCOMPARE(ActorId(), ActorId(0));
    }

    void queuedSignalsCarryIds()
    {
        IdSender sender;
        IdSender receiver;
        QList<ActorId> received;
        connect(
            &sender, &IdSender::actorChosen, &receiver,
            [&received](ActorId id) { received.append(id); }, Qt::QueuedConnection);
        QSignalSpy spy(&sender, &IdSender::actorChosen);
        Q_EMIT sender.actorChosen(ActorId(42));
        QVERIFY(received.isEmpty());
        QTRY_COMPARE(received, QList<ActorId>{ActorId(42)});
        QCOMPARE(spy.size(), 1);
        QCOMPARE(spy.at(0).at(0).value<ActorId>(), ActorId(42));
    }
};

QTEST_GUILESS_MAIN(TestIds)
#include "tst_ids.moc"
