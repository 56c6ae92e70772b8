// The network's force layout as plain arithmetic: the same graph gives the same picture,
// nodes end up apart, nothing becomes NaN, and nodes the analyst dragged stay put.
#include "widgets/network/forcelayout.h"

#include <QLineF>
#include <QTest>

#include <cmath>

using namespace demarche;

namespace {

// A ring of `count` nodes with a chord across, each node of the given radius.
ForceLayout ring(int count, double radius)
{
    ForceLayout layout(count);
    for (int i = 0; i < count; ++i) {
        layout.setRadius(i, radius);
        layout.addEdge(i, (i + 1) % count, 1 + i % 3);
    }
    if (count > 3)
        layout.addEdge(0, count / 2, 5);
    return layout;
}

bool allFinite(const QList<QPointF> &positions)
{
    return std::all_of(positions.cbegin(), positions.cend(), [](QPointF point) {
        return std::isfinite(point.x()) && std::isfinite(point.y());
    });
}

double closestPair(const QList<QPointF> &positions)
{
    double closest = std::numeric_limits<double>::max();
    for (int a = 0; a < positions.size(); ++a) {
        for (int b = a + 1; b < positions.size(); ++b)
            closest = std::min(closest, QLineF(positions.at(a), positions.at(b)).length());
    }
    return closest;
}

} // namespace

class TestForceLayout final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sameGraphSamePositions_data()
    {
        QTest::addColumn<int>("count");
        QTest::newRow("two") << 2;
        QTest::newRow("five") << 5;
        QTest::newRow("fifty") << 50;
        QTest::newRow("two hundred") << 200;
    }

    void sameGraphSamePositions()
    {
        QFETCH(int, count);
        const QList<QPointF> first = ring(count, 20).run();
        const QList<QPointF> second = ring(count, 20).run();
        QCOMPARE(first.size(), count);
        QCOMPARE(first, second);
        // Another seed shakes the start differently: the result differs.
        ForceLayout other = ring(count, 20);
        other.setSeed(99);
        QVERIFY(other.run() != first);
    }

    void nodesEndUpApartAndFinite_data()
    {
        QTest::addColumn<int>("count");
        QTest::addColumn<double>("radius");
        QTest::addColumn<bool>("withEdges");
        QTest::newRow("three linked") << 3 << 10.0 << true;
        QTest::newRow("twenty linked, large") << 20 << 40.0 << true;
        QTest::newRow("thirty unlinked") << 30 << 15.0 << false;
        QTest::newRow("hundred linked") << 100 << 20.0 << true;
    }

    void nodesEndUpApartAndFinite()
    {
        QFETCH(int, count);
        QFETCH(double, radius);
        QFETCH(bool, withEdges);
        ForceLayout layout = withEdges ? ring(count, radius) : ForceLayout(count);
        for (int i = 0; i < count; ++i)
            layout.setRadius(i, radius);
        const QList<QPointF> positions = layout.run();
        QVERIFY(allFinite(positions));
        // No two discs overlap: centres at least two radii apart.
        QVERIFY2(closestPair(positions) >= 2 * radius,
                 qPrintable(QString::number(closestPair(positions))));
        // Unlinked nodes stay together rather than drift off: all within a modest circle.
        for (const QPointF &point : positions)
            QVERIFY(QLineF(QPointF(), point).length() < 200 * std::sqrt(double(count)));
    }

    void linkedNodesSitCloserThanUnlinked()
    {
        // Two triangles joined by nothing: within a triangle nodes are nearer than across.
        ForceLayout layout(6);
        for (const auto &[a, b] : {std::pair{0, 1}, {1, 2}, {0, 2}, {3, 4}, {4, 5}, {3, 5}})
            layout.addEdge(a, b, 1);
        const QList<QPointF> positions = layout.run();
        const double within = QLineF(positions.at(0), positions.at(1)).length();
        const double across = QLineF(positions.at(0), positions.at(4)).length();
        QVERIFY2(within < across, qPrintable(QStringLiteral("%1 vs %2").arg(within).arg(across)));
    }

    void coincidentStartsAreSeparated()
    {
        // Every node starts on the same spot: no division by zero, and they come apart.
        ForceLayout layout(8);
        for (int i = 0; i < 8; ++i) {
            layout.setStart(i, QPointF(5, 5));
            layout.setRadius(i, 10);
        }
        layout.addEdge(0, 1, 1);
        const QList<QPointF> positions = layout.run();
        QVERIFY(allFinite(positions));
        QVERIFY(closestPair(positions) >= 20);
    }

    void pinnedNodesStay()
    {
        ForceLayout layout = ring(12, 15);
        layout.pin(3, QPointF(400, -250));
        layout.pin(7, QPointF(-300, 120));
        const QList<QPointF> positions = layout.run();
        QCOMPARE(positions.at(3), QPointF(400, -250));
        QCOMPARE(positions.at(7), QPointF(-300, 120));
        QVERIFY(layout.isPinned(3));
        QVERIFY(!layout.isPinned(4));
        // A node placed on a pinned one is pushed off it, the pinned one stays.
        ForceLayout crowded(2);
        crowded.setRadius(0, 10);
        crowded.setRadius(1, 10);
        crowded.pin(0, QPointF(0, 0));
        crowded.setStart(1, QPointF(0, 0));
        crowded.setIterations(0);
        const QList<QPointF> apart = crowded.run();
        QCOMPARE(apart.at(0), QPointF(0, 0));
        QVERIFY(QLineF(apart.at(0), apart.at(1)).length() >= 20);
    }

    void badInputIsIgnored()
    {
        ForceLayout layout(3);
        layout.addEdge(0, 0, 1);  // a loop
        layout.addEdge(0, 5, 1);  // no such node
        layout.addEdge(-1, 1, 1); // no such node
        layout.addEdge(0, 1, std::nan(""));
        layout.addEdge(1, 2, -3);
        layout.setStart(1, QPointF(std::numeric_limits<double>::infinity(), 0));
        layout.pin(2, QPointF(std::nan(""), 0));
        layout.setRadius(7, 10);
        QVERIFY(!layout.isPinned(2));
        const QList<QPointF> positions = layout.run();
        QCOMPARE(positions.size(), 3);
        QVERIFY(allFinite(positions));
        QCOMPARE(ForceLayout(0).run(), QList<QPointF>());
        QCOMPARE(ForceLayout(-4).nodeCount(), 0);
        QCOMPARE(ForceLayout(1).run().size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestForceLayout)
#include "tst_forcelayout.moc"
