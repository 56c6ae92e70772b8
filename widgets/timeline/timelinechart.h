#pragma once

#include "core/analysis/timeline.h"

#include <QColor>
#include <QDate>
#include <QList>
#include <QtCharts/QChart>

class QAreaSeries;
class QDateTimeAxis;
class QLineSeries;
class QScatterSeries;
class QValueAxis;

namespace demarche {

// The over-time chart: publication dates along the bottom, the salience-weighted mean
// position (−100 … 100) on the left as a line with markers in the actor's colour, and the
// number of claims on the right as light bars. Qt Charts has no bars on a date-time axis,
// so the bars are drawn as an area series of narrow rectangles.
class TimelineChart final : public QChart
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimelineChart)

public:
    explicit TimelineChart(QGraphicsItem *parent = nullptr);

    // Replaces what the chart shows. Points without a position have a bar but no marker.
    void showTimeline(const Timeline &timeline, const QString &title, const QColor &color);
    // Text, grid and background colours from the widget palette, light or dark.
    void applyPalette(const QPalette &palette);

    // Where a date sits on the x axis: its local midnight in msecs since the epoch.
    static qreal xOf(const QDate &date);

    QLineSeries *positionSeries() const { return m_position; }
    QScatterSeries *markerSeries() const { return m_markers; }
    QAreaSeries *countSeries() const { return m_counts; }
    QLineSeries *zeroLine() const { return m_zero; }
    QDateTimeAxis *dateAxis() const { return m_dateAxis; }
    QValueAxis *positionAxis() const { return m_positionAxis; }
    QValueAxis *countAxis() const { return m_countAxis; }

Q_SIGNALS:
    // The pointer entered (state true) or left the point or bar of a date.
    void dateHovered(const QDate &date, bool state);
    void dateClicked(const QDate &date);

private:
    QDate nearestDate(qreal x) const;
    void setDateRange(const QDate &first, const QDate &last);
    void setCountRange(int maximum);
    void setCountBars(const Timeline &timeline);

    QLineSeries *m_position;
    QScatterSeries *m_markers;
    QLineSeries *m_barOutline; // the upper edge of the bars; owned by the chart
    QAreaSeries *m_counts;
    QLineSeries *m_zero;
    QDateTimeAxis *m_dateAxis;
    QValueAxis *m_positionAxis;
    QValueAxis *m_countAxis;
    QList<QDate> m_dates; // the plotted dates, oldest first
    QColor m_color;
};

} // namespace demarche
