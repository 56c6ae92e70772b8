#include "widgets/timeline/timelinechart.h"

#include "core/models/displayformat.h"

#include <QDateTime>
#include <QPalette>
#include <QtCharts/QAreaSeries>
#include <QtCharts/QCategoryAxis>
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
// About the width of the longest tick label ("28 Dec 2020") with room on either side.
constexpr int pixelsPerTick = 96;
constexpr int minTicks = 5;

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

// A step of the date axis: one period, or for long spans several years at once.
struct TickUnit
{
    TimelinePeriod period;
    int years = 1;

    QDate floor(const QDate &date) const
    {
        const QDate start = periodStart(date, period);
        if (years <= 1)
            return start;
        const int year = start.year() - (((start.year() % years) + years) % years);
        return QDate(year, 1, 1);
    }
    QDate next(const QDate &date) const
    {
        return years <= 1 ? nextPeriodStart(date, period) : floor(date).addYears(years);
    }
    // The first tick at or after `date`.
    QDate ceil(const QDate &date) const
    {
        const QDate down = floor(date);
        return down == date ? down : next(down);
    }
};

const QList<TickUnit> &tickUnits()
{
    static const QList<TickUnit> units{
        {TimelinePeriod::Day},      {TimelinePeriod::Week},     {TimelinePeriod::Month},
        {TimelinePeriod::Quarter},  {TimelinePeriod::Year},     {TimelinePeriod::Year, 2},
        {TimelinePeriod::Year, 5},  {TimelinePeriod::Year, 10}, {TimelinePeriod::Year, 20},
        {TimelinePeriod::Year, 50}, {TimelinePeriod::Year, 100}};
    return units;
}

QString tickLabel(const QDate &date, const TickUnit &unit, bool manyYears, const QLocale &locale)
{
    switch (unit.period) {
    case TimelinePeriod::Day:
    case TimelinePeriod::Week:
        return locale.toString(date, displayformat::dayMonthFormat(manyYears, locale));
    case TimelinePeriod::Month:
        return locale.toString(date, QStringLiteral("MMM yyyy"));
    case TimelinePeriod::Quarter:
        return TimelineChart::tr("Q%1 %2", "quarter and year")
            .arg((date.month() - 1) / 3 + 1)
            .arg(date.year());
    case TimelinePeriod::Year:
        break;
    }
    return QString::number(date.year());
}

} // namespace

TimelineChart::TimelineChart(QGraphicsItem *parent)
    : QChart(parent)
    , m_zero(new QLineSeries(this))
    , m_dateAxis(new QCategoryAxis(this))
    , m_positionAxis(new QValueAxis(this))
    , m_countAxis(new QValueAxis(this))
{
    setBackgroundRoundness(0);
    setMargins(QMargins(4, 4, 4, 4));
    legend()->setAlignment(Qt::AlignBottom);
    legend()->setMarkerShape(QLegend::MarkerShapeFromSeries);

    m_dateAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    m_positionAxis->setRange(Claim::MinPosition, Claim::MaxPosition);
    m_positionAxis->setTickCount(positionTicks);
    m_positionAxis->setLabelFormat(QStringLiteral("%d"));
    m_countAxis->setLabelFormat(QStringLiteral("%d"));
    m_countAxis->setTickCount(positionTicks);
    m_countAxis->setGridLineVisible(false); // its ticks fall on the position grid
    retranslate();
    addAxis(m_dateAxis, Qt::AlignBottom);
    addAxis(m_positionAxis, Qt::AlignLeft);
    addAxis(m_countAxis, Qt::AlignRight);

    // Added back to front: the bars of both plots, the zero line, then the positions.
    for (int plot = 0; plot < MaxPlots; ++plot)
        createSeries(plot);
    addSeries(m_zero);
    m_zero->attachAxis(m_dateAxis);
    m_zero->attachAxis(m_positionAxis);
    hideFromLegend(legend(), m_zero);
    for (int plot = 0; plot < MaxPlots; ++plot) {
        const Series &series = m_series.at(plot);
        for (QAbstractSeries *line :
             std::initializer_list<QAbstractSeries *>{series.position, series.markers}) {
            addSeries(line);
            line->attachAxis(m_dateAxis);
            line->attachAxis(m_positionAxis);
        }
        hideFromLegend(legend(), series.markers);
    }

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
    for (const Series &series : std::as_const(m_series)) {
        connect(series.markers, &QXYSeries::hovered, this, hover);
        connect(series.position, &QXYSeries::hovered, this, hover);
        connect(series.counts, &QAreaSeries::hovered, this, hover);
        connect(series.markers, &QXYSeries::clicked, this, click);
        connect(series.counts, &QAreaSeries::clicked, this, click);
    }
    // The number of ticks follows the width. Queued: the axis must not change under
    // the layout that is resizing it.
    connect(
        this, &QGraphicsWidget::geometryChanged, this,
        [this]() {
            if (!m_dates.isEmpty() && maxTicks() != m_maxTicks)
                setDateRange(m_dates.first(), m_dates.last());
        },
        Qt::QueuedConnection);
}

void TimelineChart::createSeries(int plot)
{
    Series series;
    series.position = new QLineSeries(this);
    series.markers = new QScatterSeries(this);
    series.barOutline = new QLineSeries(this);
    series.counts = new QAreaSeries(series.barOutline); // owned by the chart once added
    series.markers->setMarkerShape(plot == 0 ? QScatterSeries::MarkerShapeCircle
                                             : QScatterSeries::MarkerShapeRectangle);
    series.markers->setMarkerSize(plot == 0 ? 10 : 9);
    addSeries(series.counts);
    series.counts->attachAxis(m_dateAxis);
    series.counts->attachAxis(m_countAxis);
    m_series.append(series);
}

qreal TimelineChart::edgeOf(const QDate &date)
{
    return qreal(date.startOfDay().toMSecsSinceEpoch());
}

qreal TimelineChart::xOf(const QDate &start, TimelinePeriod period)
{
    return (edgeOf(start) + edgeOf(nextPeriodStart(start, period))) / 2;
}

QString TimelineChart::periodName(const QDate &start, TimelinePeriod period, const QLocale &locale)
{
    switch (period) {
    case TimelinePeriod::Day:
        return locale.toString(start, displayformat::dayMonthFormat(true, locale));
    case TimelinePeriod::Week: {
        int year = 0;
        const int week = start.weekNumber(&year);
        const QDate last = nextPeriodStart(start, period).addDays(-1);
        return tr("Week %1 of %2 (%3 – %4)", "ISO week number, its year, first and last day")
            .arg(week)
            .arg(year)
            .arg(locale.toString(start, displayformat::dayMonthFormat(false, locale)),
                 locale.toString(last, displayformat::dayMonthFormat(false, locale)));
    }
    case TimelinePeriod::Month:
        return locale.toString(start, QStringLiteral("MMMM yyyy"));
    case TimelinePeriod::Quarter:
        return tr("Q%1 %2", "quarter and year").arg((start.month() - 1) / 3 + 1).arg(start.year());
    case TimelinePeriod::Year:
        break;
    }
    return QString::number(start.year());
}

void TimelineChart::showTimeline(const Timeline &timeline, const QString &title,
                                 const QColor &color)
{
    showPlots({Plot{timeline, title, color}}, timeline.options.period, title);
}

void TimelineChart::retranslate()
{
    m_positionAxis->setTitleText(tr("Mean position"));
    //: The axis of the number of claims per period
    m_countAxis->setTitleText(tr("Claims"));
}

void TimelineChart::styleSeries(int plot, const QColor &color)
{
    const Series &series = m_series.at(plot);
    QPen line(color, 2.5);
    line.setCapStyle(Qt::RoundCap);
    line.setJoinStyle(Qt::RoundJoin);
    if (plot > 0)
        line.setStyle(Qt::DashLine);
    series.position->setPen(line);
    series.markers->setColor(color);
    series.markers->setBorderColor(color.darker(130));
    QColor light = color;
    light.setAlpha(plot == 0 ? 80 : 150);
    series.counts->setBrush(QBrush(light, plot == 0 ? Qt::SolidPattern : Qt::BDiagPattern));
    if (plot == 0) {
        series.counts->setPen(Qt::NoPen); // an outline would also run along the baseline
    } else {
        QColor edge = color;
        edge.setAlpha(110);
        series.counts->setPen(QPen(edge, 1));
    }
}

void TimelineChart::showPlots(const QList<Plot> &plots, TimelinePeriod period, const QString &title)
{
    setTitle(title);
    m_period = period;
    m_plotCount = int(std::min<qsizetype>(plots.size(), MaxPlots));
    m_dates.clear();
    int maximum = 0;
    for (int plot = 0; plot < MaxPlots; ++plot) {
        const Series &series = m_series.at(plot);
        const bool shown = plot < m_plotCount;
        QList<QPointF> positions;
        if (shown) {
            const Plot &shownPlot = plots.at(plot);
            for (const TimelinePoint &point : shownPlot.timeline.points) {
                m_dates.append(point.date);
                maximum = std::max(maximum, point.claims);
                if (point.meanPosition)
                    positions.append(QPointF(xOf(point.date, period), *point.meanPosition));
            }
            const QColor color = shownPlot.color.isValid() ? shownPlot.color : QColor(Qt::gray);
            styleSeries(plot, color);
            series.position->setName(tr("%1: mean position").arg(shownPlot.name));
            series.counts->setName(tr("%1: claims").arg(shownPlot.name));
        }
        series.position->replace(positions);
        series.markers->replace(positions);
        if (!shown)
            series.barOutline->clear();
        for (QAbstractSeries *any :
             std::initializer_list<QAbstractSeries *>{series.position, series.counts}) {
            const QList<QLegendMarker *> markers = legend()->markers(any);
            for (QLegendMarker *marker : markers) {
                marker->setVisible(shown);
                // A swatch of the bars' fill, hatched or not, rather than their outline.
                if (any == series.counts)
                    marker->setShape(QLegend::MarkerShapeRectangle);
            }
        }
    }
    std::sort(m_dates.begin(), m_dates.end());
    m_dates.erase(std::unique(m_dates.begin(), m_dates.end()), m_dates.end());

    if (m_dates.isEmpty()) {
        m_zero->clear();
        return;
    }
    setDateRange(m_dates.first(), m_dates.last());
    setCountRange(maximum);
    setCountBars(plots.mid(0, m_plotCount));
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

QStringList TimelineChart::tickLabels() const
{
    return m_dateAxis->categoriesLabels();
}

QList<qreal> TimelineChart::tickPositions() const
{
    QList<qreal> positions;
    const QStringList labels = m_dateAxis->categoriesLabels();
    for (const QString &label : labels)
        positions.append(m_dateAxis->endValue(label));
    return positions;
}

QDate TimelineChart::nearestDate(qreal x) const
{
    QDate nearest;
    qreal best = std::numeric_limits<qreal>::max();
    for (const QDate &date : m_dates) {
        const qreal distance = std::abs(xOf(date, m_period) - x);
        if (distance < best) {
            best = distance;
            nearest = date;
        }
    }
    return nearest;
}

int TimelineChart::maxTicks() const
{
    const qreal width = plotArea().width() > 0 ? plotArea().width() : size().width();
    return std::max(minTicks, int(width) / pixelsPerTick);
}

// The axis runs from the tick at or before the first period to the tick at or after the
// end of the last, in steps no finer than the period and coarse enough that the labels
// have room: days, weeks, months, quarters, years, then several years.
void TimelineChart::setDateRange(const QDate &first, const QDate &last)
{
    const QDate end = nextPeriodStart(last, m_period);
    m_maxTicks = maxTicks();
    const QList<TickUnit> &units = tickUnits();
    auto unit = std::find_if(units.cbegin(), units.cend(), [this](const TickUnit &candidate) {
        return candidate.period == m_period;
    });
    QList<QDate> ticks;
    for (; unit != units.cend(); ++unit) {
        ticks.clear();
        const QDate to = unit->ceil(end);
        for (QDate tick = unit->floor(first); tick <= to && ticks.size() <= m_maxTicks;
             tick = unit->next(tick))
            ticks.append(tick);
        if (ticks.size() <= m_maxTicks || std::next(unit) == units.cend())
            break;
    }
    // A short span gets a tick or two of room on either side, so that one day or one
    // month does not stretch across the whole chart.
    for (bool before = false; ticks.size() < minTicks; before = !before) {
        if (before)
            ticks.prepend(unit->floor(ticks.first().addDays(-1)));
        else
            ticks.append(unit->next(ticks.last()));
    }
    const QLocale locale;
    const bool manyYears = ticks.first().year() != ticks.last().addDays(-1).year();
    const QStringList old = m_dateAxis->categoriesLabels();
    for (const QString &label : old)
        m_dateAxis->remove(label);
    // Each tick ends a category that starts just before it, so that the first one, at
    // the left end of the axis, is labelled too.
    m_dateAxis->setStartValue(edgeOf(ticks.first()) - 1);
    for (const QDate &tick : std::as_const(ticks))
        m_dateAxis->append(tickLabel(tick, *unit, manyYears, locale), edgeOf(tick));
    const qreal from = edgeOf(ticks.first());
    const qreal to = edgeOf(ticks.last());
    m_dateAxis->setRange(from, to);
    m_zero->replace({QPointF(from, 0), QPointF(to, 0)});
}

// Ticks on whole numbers that fall on the position axis's grid lines, with the tallest
// bar at most halfway up, so that the bars stay behind the position line.
void TimelineChart::setCountRange(int maximum)
{
    const int step = niceStep(std::max(1, (maximum + 1) / 2));
    m_countAxis->setRange(0, step * (positionTicks - 1));
}

// The bars of one period stand side by side, the first plot's on the left, together
// most of the period wide; a period too narrow to see (a day in a year) gets a visible
// minimum, kept clear of its neighbours.
void TimelineChart::setCountBars(const QList<Plot> &plots)
{
    const qreal visible = m_dateAxis->max() - m_dateAxis->min();
    qreal closest = visible;
    for (qsizetype i = 1; i < m_dates.size(); ++i)
        closest =
            std::min(closest, xOf(m_dates.at(i), m_period) - xOf(m_dates.at(i - 1), m_period));
    const int count = int(plots.size());
    for (int plot = 0; plot < count; ++plot) {
        QList<QPointF> outline;
        const QList<TimelinePoint> &points = plots.at(plot).timeline.points;
        outline.reserve(points.size() * 4);
        for (const TimelinePoint &point : points) {
            const qreal length = edgeOf(nextPeriodStart(point.date, m_period)) - edgeOf(point.date);
            const qreal group =
                std::min({std::max(length * 0.8, visible * 0.024), closest * 0.7, visible * 0.1});
            const qreal left = xOf(point.date, m_period) - group / 2 + group * plot / count;
            const qreal right = left + group / count;
            outline.append(QPointF(left, 0));
            outline.append(QPointF(left, point.claims));
            outline.append(QPointF(right, point.claims));
            outline.append(QPointF(right, 0));
        }
        m_series.at(plot).barOutline->replace(outline);
    }
}

} // namespace demarche
