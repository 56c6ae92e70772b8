#include "widgets/network/forcelayout.h"

#include <QtMath>

#include <algorithm>
#include <cmath>
#include <random>

namespace demarche {
namespace {

// Below this, two nodes count as lying on each other: their direction is made up.
constexpr double coincident = 1e-6;
// How hard every node is drawn to the centre, so that parts of the graph not linked to
// each other (and single nodes) stay in view rather than drift off.
constexpr double gravity = 1.2;
// How long a fresh layout may move a node in one step, in edge lengths; it cools to 0.
constexpr double freshTemperature = 1.5;
// A layout that starts from an earlier one only settles: small steps keep the picture.
constexpr double warmTemperature = 0.4;
// The most rounds of pushing overlapping nodes apart at the end.
constexpr int separationRounds = 200;

double length(QPointF vector)
{
    return std::hypot(vector.x(), vector.y());
}

// A direction for two nodes on the same spot, the same on every run for the same pair.
QPointF madeUpDirection(int a, int b)
{
    const double angle = double((a * 7919 + b * 104729) % 360) * M_PI / 180.0;
    return {std::cos(angle), std::sin(angle)};
}

} // namespace

ForceLayout::ForceLayout(int nodeCount)
    : m_nodes(std::max(nodeCount, 0))
{}

void ForceLayout::addEdge(int source, int target, double weight)
{
    const int n = nodeCount();
    if (source < 0 || target < 0 || source >= n || target >= n || source == target
        || !std::isfinite(weight) || weight <= 0)
        return;
    m_edges.append({source, target, weight});
}

void ForceLayout::setRadius(int node, double radius)
{
    if (node >= 0 && node < nodeCount() && std::isfinite(radius))
        m_nodes[node].radius = std::max(radius, 0.0);
}

void ForceLayout::setStart(int node, QPointF position)
{
    if (node >= 0 && node < nodeCount() && std::isfinite(position.x())
        && std::isfinite(position.y()))
        m_nodes[node].start = position;
}

void ForceLayout::pin(int node, QPointF position)
{
    if (node < 0 || node >= nodeCount() || !std::isfinite(position.x())
        || !std::isfinite(position.y()))
        return;
    m_nodes[node].start = position;
    m_nodes[node].pinned = true;
}

bool ForceLayout::isPinned(int node) const
{
    return node >= 0 && node < nodeCount() && m_nodes.at(node).pinned;
}

// Nodes without a place of their own start on a circle around the centre, a little
// shaken by the seed so that symmetric graphs do not stay stuck in their symmetry.
QList<QPointF> ForceLayout::startingPositions() const
{
    const int n = nodeCount();
    std::mt19937 random(m_seed); // its sequence is fixed by the standard
    const auto unit = [&random]() { return double(random()) / 4294967296.0; };
    const double circle = m_edgeLength * std::max(1.0, std::sqrt(double(n)) / 2);
    QList<QPointF> positions;
    positions.reserve(n);
    for (int i = 0; i < n; ++i) {
        const double angle = 2 * M_PI * (i + 0.5 * unit()) / n;
        const double radius = circle * (0.8 + 0.4 * unit());
        const std::optional<QPointF> &start = m_nodes.at(i).start;
        positions.append(start ? *start
                               : QPointF(radius * std::cos(angle), radius * std::sin(angle)));
    }
    return positions;
}

QList<QPointF> ForceLayout::run() const
{
    const int n = nodeCount();
    QList<QPointF> positions = startingPositions();
    if (n < 2)
        return positions;

    const double k = m_edgeLength;
    double heaviest = 0;
    for (const Edge &edge : m_edges)
        heaviest = std::max(heaviest, edge.weight);
    const auto started = std::count_if(m_nodes.cbegin(), m_nodes.cend(),
                                       [](const Node &node) { return node.start.has_value(); });
    const double startTemperature =
        k * (started * 2 > n ? warmTemperature : freshTemperature * std::sqrt(double(n)) / 2);

    QList<QPointF> shift(n);
    const int rounds = std::max(m_iterations, 0);
    for (int round = 0; round < rounds; ++round) {
        std::fill(shift.begin(), shift.end(), QPointF());
        // Every pair pushes apart, harder the closer and the larger they are.
        for (int a = 0; a < n; ++a) {
            for (int b = a + 1; b < n; ++b) {
                QPointF apart = positions.at(a) - positions.at(b);
                double distance = length(apart);
                if (distance < coincident) {
                    apart = madeUpDirection(a, b);
                    distance = 1;
                }
                const double reach = k + m_nodes.at(a).radius + m_nodes.at(b).radius;
                const QPointF push = apart / distance * (reach * reach / distance);
                shift[a] += push;
                shift[b] -= push;
            }
        }
        // Every edge pulls its ends together, heavier edges harder.
        for (const Edge &edge : m_edges) {
            const QPointF apart = positions.at(edge.source) - positions.at(edge.target);
            const double distance = length(apart);
            if (distance < coincident)
                continue;
            const double reach =
                k + m_nodes.at(edge.source).radius + m_nodes.at(edge.target).radius;
            const double strength = 0.4 + 0.6 * edge.weight / heaviest;
            const QPointF pull = apart / distance * (distance * distance / reach * strength);
            shift[edge.source] -= pull;
            shift[edge.target] += pull;
        }
        // Linear cooling: large moves first, then ever finer ones.
        const double temperature = startTemperature * (1.0 - double(round) / rounds);
        for (int i = 0; i < n; ++i) {
            if (m_nodes.at(i).pinned)
                continue;
            const QPointF toward = shift.at(i) - positions.at(i) * gravity;
            const double size = length(toward);
            if (size < coincident || !std::isfinite(size))
                continue;
            positions[i] += toward / size * std::min(size, temperature);
        }
    }
    separate(positions);
    return positions;
}

// The spring model leaves nodes of very different sizes touching now and then; labels
// must not lie on each other, so overlapping pairs are pushed apart until none is left
// (or the rounds run out).
void ForceLayout::separate(QList<QPointF> &positions) const
{
    const int n = nodeCount();
    const double gap = m_edgeLength * 0.15;
    for (int round = 0; round < separationRounds; ++round) {
        bool moved = false;
        for (int a = 0; a < n; ++a) {
            for (int b = a + 1; b < n; ++b) {
                const bool pinnedA = m_nodes.at(a).pinned;
                const bool pinnedB = m_nodes.at(b).pinned;
                if (pinnedA && pinnedB)
                    continue;
                QPointF apart = positions.at(a) - positions.at(b);
                double distance = length(apart);
                const double wanted = m_nodes.at(a).radius + m_nodes.at(b).radius + gap;
                if (distance >= wanted)
                    continue;
                if (distance < coincident) {
                    apart = madeUpDirection(a, b);
                    distance = 1;
                }
                // A little past the wanted distance, so that the rounds come to an end.
                const QPointF step = apart / distance * (wanted - length(apart) + 0.5);
                if (pinnedA) {
                    positions[b] -= step;
                } else if (pinnedB) {
                    positions[a] += step;
                } else {
                    positions[a] += step / 2;
                    positions[b] -= step / 2;
                }
                moved = true;
            }
        }
        if (!moved)
            break;
    }
}

} // namespace demarche
