#include "core/models/matrixcelltext.h"

#include "core/domain/vocabulary.h"

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>
#include <cmath>
#include <utility>

namespace demarche {
namespace {

struct MatrixText
{
    Q_DECLARE_TR_FUNCTIONS(ActorTopicMatrixModel)
};

QString stanceBreakdown(const MatrixCell &cell)
{
    QList<std::pair<int, Stance>> counts;
    for (const Stance stance : vocabulary::allStances()) {
        if (cell.stanceCount(stance) > 0)
            counts.append({cell.stanceCount(stance), stance});
    }
    // Most frequent first; ties keep the vocabulary's order.
    std::stable_sort(counts.begin(), counts.end(),
                     [](const auto &a, const auto &b) { return a.first > b.first; });
    QStringList parts;
    for (const auto &[count, stance] : counts)
        parts.append(MatrixText::tr("%1: %2", "stance and its count in a matrix cell's tooltip")
                         .arg(vocabulary::label(stance))
                         .arg(count));
    return parts.join(MatrixText::tr(", ", "between stances in a matrix cell's tooltip"));
}

} // namespace

QString positionText(double position)
{
    const long rounded = std::lround(position);
    if (rounded < 0)
        return QStringLiteral("\u2212") + QString::number(-rounded);
    if (rounded > 0)
        return QStringLiteral("+") + QString::number(rounded);
    return QStringLiteral("0");
}

QString describeMatrixCell(const QString &actor, const QString &topic, const MatrixCell &cell,
                           int byMembers)
{
    if (cell.claims <= 0)
        return QString();
    QStringList lines;
    const QString head = MatrixText::tr("%1 on %2: %n claim(s) — %3", nullptr, cell.claims);
    lines.append(head.arg(actor, topic, stanceBreakdown(cell)));
    if (const auto mean = cell.meanPosition()) {
        lines.append(
            MatrixText::tr("mean position %1 (%n with a position)", nullptr, cell.positioned)
                .arg(positionText(*mean)));
    } else {
        lines.append(MatrixText::tr("no claim gives a position"));
    }
    if (byMembers > 0)
        lines.append(MatrixText::tr("%n of them by members", nullptr, byMembers));
    return lines.join(QLatin1Char('\n'));
}

} // namespace demarche
