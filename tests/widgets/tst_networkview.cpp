// The network view driven through its widgets, on a small project built with the real
// undo commands: one node per actor with claims, edges and weights as defined, the kind
// combo, live recounts, dragging a node, tooltips and the exports.
#include "core/commands/removeclaimscommand.h"
#include "core/project/project.h"
#include "support/projectfixture.h"
#include "support/widgetlookup.h"
#include "widgets/network/networkcanvas.h"
#include "widgets/network/networkedgeitem.h"
#include "widgets/network/networknodeitem.h"
#include "widgets/network/networkscene.h"
#include "widgets/network/networkview.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLineF>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <memory>
#include <optional>

using namespace demarche;

namespace {

QString actorKey(ActorId id)
{
    return QStringLiteral("actor-%1").arg(id.value());
}

QString topicKey(TopicId id)
{
    return QStringLiteral("topic-%1").arg(id.value());
}

} // namespace

class TestNetworkView final : public QObject, private ProjectFixture
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;
    int m_nextWord = 0;
    DocumentId m_document;
    std::unique_ptr<NetworkView> m_view;

    NetworkScene *scene() const { return m_view->scene(); }

    ClaimId claim(const QString &holder, const QString &topic, std::optional<int> position)
    {
        const qint64 start = qint64(m_nextWord++) * 7;
        return addClaimAt(m_document, start, start + 6, holder, topic, Stance::Assessment,
                          position);
    }

    QString key(const QString &actor) const { return actorKey(actorId(actor)); }

    NetworkEdgeItem *edge(const QString &a, const QString &b) const
    {
        return scene()->edgeItem(key(a), key(b));
    }

    double weight(const QString &a, const QString &b) const
    {
        const NetworkEdgeItem *found = edge(a, b);
        return found ? found->weight() : -1;
    }

    void chooseKind(NetworkKind kind)
    {
        QComboBox *combo = m_view->kindCombo();
        combo->setCurrentIndex(combo->findData(int(kind)));
        QCOMPARE(m_view->network().kind, kind);
    }

    // Where a node is drawn, in the canvas's viewport.
    QPoint onScreen(const NetworkNodeItem *node) const
    {
        return m_view->canvas()->mapFromScene(node->scenePos());
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    // Russia with Lavrov under it, the United States, France and China. Equal salience,
    // so means are plain: Russia −40 on Ukraine (with Lavrov), the US +60 on Ukraine and
    // +50 on Syria, France +20 on Ukraine and −50 on Syria, China a claim on Iran
    // without a position.
    void init()
    {
        auto created =
            Project::create(m_dir.filePath(QStringLiteral("n%1.demarche").arg(++m_counter)));
        QVERIFY(created);
        m_project = std::move(created).value();
        m_nextWord = 0;
        m_document = addDocument(QStringLiteral("Talks in Geneva"), numberedWords(60));
        const ActorId russia = addActor(QStringLiteral("Russia"));
        addActor(QStringLiteral("Lavrov"), russia);
        addActor(QStringLiteral("United States"));
        addActor(QStringLiteral("France"));
        addActor(QStringLiteral("China"));
        addActor(QStringLiteral("Brazil")); // no claims: no node
        claim(QStringLiteral("Russia"), QStringLiteral("Ukraine"), -60);
        claim(QStringLiteral("Russia"), QStringLiteral("Ukraine"), -20);
        claim(QStringLiteral("Lavrov"), QStringLiteral("Ukraine"), -40);
        claim(QStringLiteral("United States"), QStringLiteral("Ukraine"), 60);
        claim(QStringLiteral("United States"), QStringLiteral("Syria"), 50);
        claim(QStringLiteral("France"), QStringLiteral("Ukraine"), 20);
        claim(QStringLiteral("France"), QStringLiteral("Syria"), -50);
        claim(QStringLiteral("China"), QStringLiteral("Iran"), std::nullopt);

        m_view = std::make_unique<NetworkView>(project());
        m_view->resize(900, 650);
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    }

    void cleanup()
    {
        m_view.reset();
        m_project.reset();
    }

    void oneNodePerActorWithClaims()
    {
        QStringList keys;
        for (const NetworkNodeItem *node : scene()->nodeItems())
            keys.append(node->key());
        // Lavrov counts as Russia; Brazil has no claims.
        QCOMPARE(keys,
                 (QStringList{key(QStringLiteral("Russia")), key(QStringLiteral("United States")),
                              key(QStringLiteral("France")), key(QStringLiteral("China"))}));
        const NetworkNodeItem *russia = scene()->nodeItem(key(QStringLiteral("Russia")));
        const NetworkNodeItem *china = scene()->nodeItem(key(QStringLiteral("China")));
        QVERIFY(russia->radius() > china->radius()); // three claims against one
        QCOMPARE(russia->label(), QStringLiteral("Russia"));
        QVERIFY(russia->toolTip().contains(QStringLiteral("Russia")));
        QVERIFY(russia->toolTip().contains(QStringLiteral("3 claim")));
        QVERIFY(m_view->message().isEmpty());
        QVERIFY(m_view->statusText().contains(QStringLiteral("4 actor")));
        QVERIFY(m_view->statusText().contains(QStringLiteral("3 edge")));

        // Roll-up off: Lavrov is a node of his own, in full agreement with Russia.
        m_view->rollUpBox()->click();
        QCOMPARE(scene()->nodeItems().size(), 5);
        QVERIFY(scene()->nodeItem(key(QStringLiteral("Lavrov"))));
        QCOMPARE(weight(QStringLiteral("Russia"), QStringLiteral("Lavrov")), 1.0);
        QVERIFY(!m_view->definitionText().contains(QStringLiteral("top-level")));
    }

    void edgesAndWeightsFollowTheKind_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<double>("russiaUs");
        QTest::addColumn<double>("russiaFrance");
        QTest::addColumn<double>("usFrance");
        // |−40 − 60| = 100, |−40 − 20| = 60; the US and France differ by 40 and 100.
        QTest::newRow("congruence") << int(NetworkKind::Congruence) << 0.5 << 0.7 << 1.3;
        QTest::newRow("conflict") << int(NetworkKind::Conflict) << 0.5 << 0.3 << 0.7;
    }

    void edgesAndWeightsFollowTheKind()
    {
        QFETCH(int, kind);
        QFETCH(double, russiaUs);
        QFETCH(double, russiaFrance);
        QFETCH(double, usFrance);
        chooseKind(NetworkKind::Affiliation); // away first, so that the combo changes
        chooseKind(NetworkKind(kind));
        QCOMPARE(scene()->edgeItems().size(), 3);
        QCOMPARE(weight(QStringLiteral("Russia"), QStringLiteral("United States")), russiaUs);
        QVERIFY(qFuzzyCompare(weight(QStringLiteral("Russia"), QStringLiteral("France")),
                              russiaFrance));
        QVERIFY(qFuzzyCompare(weight(QStringLiteral("United States"), QStringLiteral("France")),
                              usFrance));
        QVERIFY(!edge(QStringLiteral("China"), QStringLiteral("Russia")));
        // Conflict reads apart from congruence.
        const Qt::PenStyle style =
            edge(QStringLiteral("Russia"), QStringLiteral("France"))->pen().style();
        QCOMPARE(style, kind == int(NetworkKind::Conflict) ? Qt::DashLine : Qt::SolidLine);
        // The heaviest edge is the widest.
        QVERIFY(edge(QStringLiteral("United States"), QStringLiteral("France"))->pen().widthF()
                > edge(QStringLiteral("Russia"), QStringLiteral("France"))->pen().widthF());
        QVERIFY(m_view->definitionText().contains(QStringLiteral("/ 200")));
    }

    void affiliationLinksActorsToTopics()
    {
        chooseKind(NetworkKind::Affiliation);
        QCOMPARE(scene()->nodeItems().size(), 7); // four actors, three topics
        QCOMPARE(scene()->edgeItems().size(), 6);
        const QString ukraine = topicKey(topicId(QStringLiteral("Ukraine")));
        const NetworkNodeItem *topic = scene()->nodeItem(ukraine);
        QVERIFY(topic);
        QCOMPARE(topic->nodeType(), NetworkNode::Type::Topic);
        const NetworkEdgeItem *russia = scene()->edgeItem(key(QStringLiteral("Russia")), ukraine);
        QVERIFY(russia);
        QCOMPARE(russia->weight(), 3.0);
        QVERIFY(russia->toolTip().contains(QStringLiteral("3 claim")));
        QVERIFY2(russia->toolTip().contains(QStringLiteral("\u221240")),
                 qPrintable(russia->toolTip()));
        QVERIFY(m_view->statusText().contains(QStringLiteral("3 topic")));
    }

    void edgeTooltipNamesItsTopics()
    {
        const QString tip =
            edge(QStringLiteral("United States"), QStringLiteral("France"))->toolTip();
        QVERIFY2(tip.contains(QStringLiteral("United States")), qPrintable(tip));
        QVERIFY(tip.contains(QStringLiteral("France")));
        QVERIFY(tip.contains(QStringLiteral("Ukraine")));
        QVERIFY(tip.contains(QStringLiteral("Syria")));
        QVERIFY(tip.contains(QStringLiteral("1.3")));
        QVERIFY(tip.contains(QStringLiteral("2 topic")));
        const QString single = edge(QStringLiteral("Russia"), QStringLiteral("France"))->toolTip();
        QVERIFY(single.contains(QStringLiteral("Ukraine")));
        QVERIFY(!single.contains(QStringLiteral("Syria")));
    }

    void followsClaimsAddedAndUndone()
    {
        QSignalSpy shown(m_view.get(), &NetworkView::networkShown);
        // China takes +60 on Ukraine: linked to all three.
        claim(QStringLiteral("China"), QStringLiteral("Ukraine"), 60);
        QTRY_COMPARE(scene()->edgeItems().size(), 6);
        QCOMPARE(shown.size(), 1); // counted once, after the change
        QCOMPARE(weight(QStringLiteral("China"), QStringLiteral("United States")), 1.0);
        QCOMPARE(weight(QStringLiteral("China"), QStringLiteral("Russia")), 0.5);

        project().undoStack()->undo();
        QTRY_COMPARE(scene()->edgeItems().size(), 3);
        QVERIFY(!edge(QStringLiteral("China"), QStringLiteral("Russia")));

        // Removing every claim of France removes its node and edges.
        QList<ClaimId> france;
        const auto claims = project().store().claims();
        QVERIFY(claims);
        for (const Claim &each : claims.value()) {
            if (each.holder == actorId(QStringLiteral("France")))
                france.append(each.id);
        }
        QCOMPARE(france.size(), 2);
        QVERIFY(project().execute(new RemoveClaimsCommand(project(), france)));
        QTRY_VERIFY(!scene()->nodeItem(key(QStringLiteral("France"))));
        QCOMPARE(scene()->edgeItems().size(), 1);
    }

    // Behind another tab the view does not read the project on every edit; it is
    // counted again once it shows.
    void hiddenViewCountsWhenShown()
    {
        QSignalSpy shown(m_view.get(), &NetworkView::networkShown);
        m_view->hide();
        claim(QStringLiteral("China"), QStringLiteral("Ukraine"), 60);
        QTest::qWait(400); // past the recount delay
        QCOMPARE(shown.size(), 0);
        QCOMPARE(scene()->edgeItems().size(), 3);
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
        QCOMPARE(shown.size(), 1);
        QCOMPARE(scene()->edgeItems().size(), 6);
    }

    void draggedNodeStaysThroughRecounts()
    {
        NetworkNodeItem *russia = scene()->nodeItem(key(QStringLiteral("Russia")));
        QVERIFY(russia);
        const QPointF before = russia->pos();
        const QPoint from = onScreen(russia);
        const QPoint to = from + QPoint(60, 40);
        QWidget *viewport = m_view->canvas()->viewport();
        QTest::mousePress(viewport, Qt::LeftButton, Qt::NoModifier, from);
        QTest::mouseMove(viewport, from + QPoint(20, 10));
        QTest::mouseMove(viewport, to);
        QTest::mouseRelease(viewport, Qt::LeftButton, Qt::NoModifier, to);

        const QPointF moved = russia->pos();
        QVERIFY2(QLineF(before, moved).length() > 20,
                 qPrintable(QStringLiteral("%1,%2").arg(moved.x()).arg(moved.y())));
        QVERIFY(scene()->isPinned(russia->key()));
        // Its edges followed.
        const NetworkEdgeItem *line = edge(QStringLiteral("Russia"), QStringLiteral("France"));
        QVERIFY(line->line().p1() == moved || line->line().p2() == moved);

        // A recount after a change keeps it where it was put; the others may move.
        claim(QStringLiteral("China"), QStringLiteral("Ukraine"), 60);
        QTRY_COMPARE(scene()->edgeItems().size(), 6);
        NetworkNodeItem *again = scene()->nodeItem(key(QStringLiteral("Russia")));
        QCOMPARE(again->pos(), moved);
        // So does another kind.
        chooseKind(NetworkKind::Conflict);
        QCOMPARE(scene()->nodeItem(key(QStringLiteral("Russia")))->pos(), moved);
        // Laying out again forgets it.
        child<QPushButton>(QStringLiteral("networkLayOut"))->click();
        QVERIFY(!scene()->isPinned(key(QStringLiteral("Russia"))));
    }

    void sameNetworkSameLayout()
    {
        QList<QPointF> first;
        for (const NetworkNodeItem *node : scene()->nodeItems())
            first.append(node->pos());
        NetworkView other(project());
        other.resize(m_view->size());
        other.show(); // counted when it first shows
        QVERIFY(QTest::qWaitForWindowExposed(&other));
        QList<QPointF> second;
        for (const NetworkNodeItem *node : other.scene()->nodeItems())
            second.append(node->pos());
        QCOMPARE(second, first);
        // Nodes apart: no two bodies overlap.
        const QList<NetworkNodeItem *> &nodes = scene()->nodeItems();
        for (int a = 0; a < nodes.size(); ++a) {
            for (int b = a + 1; b < nodes.size(); ++b)
                QVERIFY(QLineF(nodes[a]->pos(), nodes[b]->pos()).length()
                        > nodes[a]->radius() + nodes[b]->radius());
        }
    }

    void emptyStatesSayWhatIsMissing()
    {
        // Only China's claim, without a position: a node, no edges, and a note why.
        const QList<Claim> claims = project().store().claims().value();
        QList<ClaimId> ids;
        for (const Claim &each : claims) {
            if (each.holder != actorId(QStringLiteral("China")))
                ids.append(each.id);
        }
        QSignalSpy errors(&project(), &Project::errorOccurred);
        const bool removed = project().execute(new RemoveClaimsCommand(project(), ids));
        QVERIFY2(removed, qPrintable(errors.value(0).value(0).toString()));
        QTRY_COMPARE(scene()->nodeItems().size(), 1);
        QVERIFY(scene()->edgeItems().isEmpty());
        QVERIFY2(m_view->message().contains(QStringLiteral("No edges")),
                 qPrintable(m_view->message()));
        QVERIFY(child<QLabel>(QStringLiteral("networkNote"))->isVisible());

        // No claims at all: the empty state over the canvas, with the way to tag one.
        project().undoStack()->undo();
        QTRY_COMPARE(scene()->edgeItems().size(), 3);
        QVERIFY(m_view->message().isEmpty());
        QVERIFY(!child<QLabel>(QStringLiteral("networkNote"))->isVisible());
        QList<ClaimId> all;
        const QList<Claim> remaining = project().store().claims().value();
        for (const Claim &each : remaining)
            all.append(each.id);
        QVERIFY(project().execute(new RemoveClaimsCommand(project(), all)));
        QTRY_VERIFY(scene()->nodeItems().isEmpty());
        QVERIFY2(m_view->message().contains(QStringLiteral("No claims yet")),
                 qPrintable(m_view->message()));
        QVERIFY(child<QLabel>(QStringLiteral("networkHint"))->isVisible());
        QVERIFY(!child<QPushButton>(QStringLiteral("networkExport"))->isEnabled());
    }

    void exportsWriteFiles_data()
    {
        QTest::addColumn<int>("format");
        QTest::addColumn<QString>("name");
        QTest::newRow("png") << int(NetworkImageFormat::Png) << QStringLiteral("n.png");
        QTest::newRow("svg") << int(NetworkImageFormat::Svg) << QStringLiteral("n.svg");
    }

    void exportsWriteFiles()
    {
        QFETCH(int, format);
        QFETCH(QString, name);
        const QString path = m_dir.filePath(name);
        QFile::remove(path);
        QVERIFY(m_view->exportImage(path, NetworkImageFormat(format)));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        if (format == int(NetworkImageFormat::Png)) {
            const QImage image = QImage::fromData(bytes, "PNG");
            QVERIFY(!image.isNull());
            // Twice the drawing's size, for print.
            QVERIFY(image.width() >= 2 * int(scene()->itemsBoundingRect().width()));
        } else {
            QVERIFY(bytes.contains("<svg"));
            QVERIFY(bytes.contains("United States")); // the labels are text
        }
    }

    void graphmlExportWritesTheNetwork()
    {
        const QString path = m_dir.filePath(QStringLiteral("n.graphml"));
        QFile::remove(path);
        QVERIFY(m_view->exportGraphml(path));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.contains("<graphml"));
        QVERIFY(bytes.contains(key(QStringLiteral("France")).toUtf8()));
        QCOMPARE(bytes.count("<edge "), 3);
    }

    void exportOntoTheProjectIsRefused()
    {
        const QByteArray before = [this]() {
            QFile project(m_project->path());
            return project.open(QIODevice::ReadOnly) ? project.readAll() : QByteArray();
        }();
        QVERIFY(!m_view->exportImage(m_project->path(), NetworkImageFormat::Png));
        QTRY_VERIFY(m_view->findChild<QMessageBox *>(QStringLiteral("exportError")));
        QFile project(m_project->path());
        QVERIFY(project.open(QIODevice::ReadOnly));
        QCOMPARE(project.readAll(), before);
    }

private:
    template <typename T>
    T *child(const QString &name)
    {
        return testing::requireChild<T>(m_view.get(), name);
    }
};

QTEST_MAIN(TestNetworkView)
#include "tst_networkview.moc"
