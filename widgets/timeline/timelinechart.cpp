#include "widgets/timeline/timelinechart.h"

#include <QDateTime>
#include <QPalette>
#include <QtCharts/QAreaSeries>
#include <QtCharts/QDateTimeAxis>
#include <QtCharts/QLegend>
#include <QtCharts/QLegendMarker>
#include <QtCharts/QLineSeries>
#include <QtCharts/QScatterSeries>
#include <QtCharts/QValueAxis>

#include <algorithm>
#include <cmath>
#include <limits>

namespace demarche {
namespace {

constexpr int positionTicks = 5; // −100, −50, 0, 50, 100
constexpr int maxDateTicks = 6;
constexpr qint64 msecsPerDay = qint64(24) * 60 * 60 * 1000;
// Up to two months the axis names days, up to two years months, beyond that years.
constexpr qint64 dayLabelsUpTo = 62;
constexpr qint64 monthLabelsUpTo = 732;

// The smallest of 1, 2, 5, 10, 20, 50, ... that reaches `target`.
int niceStep(int target)
{
    for (int magnitude = 1; magnitude < std::numeric_limits<int>::max() / 10; magnitude *= 10) {
        for (const int factor : {1, 2, 5}) {
            if (factor * magnitude >= target)
                return factor * magnitude;
        }
    }
    return target;
}

void hideFromLegend(QLegend *legend, QAbstractSeries *series)
{
    const QList<QLegendMarker *> markers = legend->markers(series);
    for (QLegendMarker *marker : markers)
        marker->setVisible(false);
}

} // namespace

TimelineChart::TimelineChart(QGraphicsItem *parent)
    : QChart(parent)
    , m_position(new QLineSeries(this))
    , m_markers(new QScatterSeries(this))
    , m_barOutline(new QLineSeries(this))
    , m_counts(new QAreaSeries(m_barOutline))
    , m_zero(new QLineSeries(this))
    , m_dateAxis(new QDateTimeAxis(this))
    , m_positionAxis(new QValueAxis(this))
    , m_countAxis(new QValueAxis(this))
{
    setBackgroundRoundness(0);
    setMargins(QMargins(4, 4, 4, 4));
    legend()->setAlignment(Qt::AlignBottom);

    m_position->setName(tr("Mean position"));
    m_counts->setName(tr("Claims"));
    m_markers->setMarkerShape(QScatterSeries::MarkerShapeCircle);
    m_markers->setMarkerSize(10);

    m_positionAxis->setRange(Claim::MinPosition, Claim::MaxPosition);
    m_positionAxis->setTickCount(positionTicks);
    m_positionAxis->setLabelFormat(QStringLiteral("%d"));
    m_positionAxis->setTitleText(tr("Mean position"));
    m_countAxis->setLabelFormat(QStringLiteral("%d"));
    m_countAxis->setTickCount(positionTicks);
    m_countAxis->setGridLineVisible(false); // its ticks fall on the position grid
    m_countAxis->setTitleText(tr("Claims"));
    addAxis(m_dateAxis, Qt::AlignBottom);
    addAxis(m_positionAxis, Qt::AlignLeft);
    addAxis(m_countAxis, Qt::AlignRight);

    // Added back to front: bars, then the zero line, then the position on top.
    addSeries(m_counts);
    addSeries(m_zero);
    addSeries(m_position);
    addSeries(m_markers);
    for (QAbstractSeries *series :
         std::initializer_list<QAbstractSeries *>{m_zero, m_position, m_markers}) {
        series->attachAxis(m_dateAxis);
        series->attachAxis(m_positionAxis);
    }
    m_counts->attachAxis(m_dateAxis);
    m_counts->attachAxis(m_countAxis);
    hideFromLegend(legend(), m_zero);
    hideFromLegend(legend(), m_markers);

    const auto hover = [this](const QPointF &point, bool state) {
        const QDate date = nearestDate(point.x());
        if (date.isValid())
            Q_EMIT dateHovered(date, state);
    };
    const auto click = [this](const QPointF &point) {
        const QDate date = nearestDate(point.x());
        if (date.isValid())
            Q_EMIT dateClicked(date);
    };
    connect(m_markers, &QXYSeries::hovered, this, hover);
    connect(m_position, &QXYSeries::hovered, this, hover);
    connect(m_counts, &QAreaSeries::hovered, this, hover);
    connect(m_markers, &QXYSeries::clicked, this, click);
    connect(m_counts, &QAreaSeries::clicked, this, click);
}

qreal TimelineChart::xOf(const QDate &date)
{
    return qreal(date.startOfDay().toMSecsSinceEpoch());
}

void TimelineChart::showTimeline(const Timeline &timeline, const QString &title,
                                 const QColor &color)
{
    setTitle(title);
    m_color = color.isValid() ? color : QColor(Qt::gray);
    m_dates.clear();
    QList<QPointF> positions;
    int maximum = 0;
    for (const TimelinePoint &point : timeline.points) {
        m_dates.append(point.date);
        maximum = std::max(maximum, point.claims);
        if (point.meanPosition)
            positions.append(QPointF(xOf(point.date), *point.meanPosition));
    }
    m_position->replace(positions);
    m_markers->replace(positions);

    QPen line(m_color, 2.5);
    line.setCapStyle(Qt::RoundCap);
    line.setJoinStyle(Qt::RoundJoin);
    m_position->setPen(line);
    m_markers->setColor(m_color);
    m_markers->setBorderColor(m_color.darker(130));
    QColor light = m_color;
    light.setAlpha(80);
    m_counts->setBrush(light);
    m_counts->setPen(Qt::NoPen); // an outline would also run along the baseline

    if (m_dates.isEmpty()) {
        m_barOutline->clear();
        m_zero->clear();
        return;
    }
    setDateRange(m_dates.first(), m_dates.last());
    setCountRange(maximum);
    setCountBars(timeline);
}

void TimelineChart::applyPalette(const QPalette &palette)
{
    const QColor text = palette.color(QPalette::Text);
    const QColor muted = palette.color(QPalette::PlaceholderText);
    QColor grid = text;
    grid.setAlpha(35);
    QColor axisLine = text;
    axisLine.setAlpha(90);

    setBackgroundBrush(palette.color(QPalette::Base));
    setBackgroundPen(Qt::NoPen);
    setTitleBrush(text);
    legend()->setLabelColor(text);
    for (QAbstractAxis *axis :
         std::initializer_list<QAbstractAxis *>{m_dateAxis, m_positionAxis, m_countAxis}) {
        axis->setLabelsColor(text);
        axis->setTitleBrush(muted);
        axis->setGridLineColor(grid);
        axis->setLinePenColor(axisLine);
    }
    QPen zero(muted, 1.2, Qt::DashLine);
    m_zero->setPen(zero);
}

QDate TimelineChart::nearestDate(qreal x) const
{
    QDate nearest;
    qreal best = std::numeric_limits<qreal>::max();
    for (const QDate &date : m_dates) {
        const qreal distance = std::abs(xOf(date) - x);
        if (distance < best) {
            best = distance;
            nearest = date;
        }
    }
    return nearest;
}

// A margin on either side, and a label format and tick count that suit the span: days
// up to two months, months for up to two years, years beyond. The ticks are spaced at
// least one label unit apart so that no two read the same.
void TimelineChart::setDateRange(const QDate &first, const QDate &last)
{
    const qint64 span = first.daysTo(last);
    const qint64 pad = std::max<qint64>(1, span / 16);
    const QDate from = first.addDays(-pad);
    const QDate to = last.addDays(pad);
    const qint64 days = from.daysTo(to);
    QString format;
    qint64 units = days;
    if (days <= dayLabelsUpTo) {
        format = from.year() == to.year() ? QStringLiteral("d MMM") : QStringLiteral("d MMM yyyy");
    } else if (days <= monthLabelsUpTo) {
        format = QStringLiteral("MMM yyyy");
        units = days / 31;
    } else {
        format = QStringLiteral("yyyy");
        units = days / 366;
    }
    m_dateAxis->setFormat(format);
    m_dateAxis->setTickCount(int(std::clamp<qint64>(units + 1, 2, maxDateTicks)));
    m_dateAxis->setRange(from.startOfDay(), to.startOfDay());

    m_zero->replace({QPointF(xOf(from), 0), QPointF(xOf(to), 0)});
}

// Ticks on whole numbers that fall on the position axis's grid lines, with the tallest
// bar at most halfway up, so that the bars stay behind the position line.
void TimelineChart::setCountRange(int maximum)
{
    const int step = niceStep(std::max(1, (maximum + 1) / 2));
    m_countAxis->setRange(0, step * (positionTicks - 1));
}

void TimelineChart::setCountBars(const Timeline &timeline)
{
    const qreal visible = qreal(m_dateAxis->min().msecsTo(m_dateAxis->max()));
    qreal closest = visible;
    for (qsizetype i = 1; i < m_dates.size(); ++i)
        closest = std::min(closest, xOf(m_dates.at(i)) - xOf(m_dates.at(i - 1)));
    // Narrow enough to leave a gap between neighbouring dates, wide enough to be seen.
    const qreal half = std::max(qreal(msecsPerDay) / 8, std::min(visible * 0.012, closest * 0.35));
    QList<QPointF> outline;
    outline.reserve(timeline.points.size() * 4);
    for (const TimelinePoint &point : timeline.points) {
        const qreal x = xOf(point.date);
        outline.append(QPointF(x - half, 0));
        outline.append(QPointF(x - half, point.claims));
        outline.append(QPointF(x + half, point.claims));
        outline.append(QPointF(x + half, 0));
    }
    m_barOutline->replace(outline);
}

} // namespace demarche
