#pragma once

#include "core/analysis/timeline.h"

#include <QColor>
#include <QDate>
#include <QList>
#include <QLocale>
#include <QtCharts/QChart>

class QAreaSeries;
class QCategoryAxis;
class QLineSeries;
class QScatterSeries;
class QValueAxis;

namespace demarche {

// The over-time chart: time along the bottom on a true date scale, with ticks and grid
// lines at the starts of weeks, months, quarters or years; the salience-weighted mean
// position (−100 … 100) on the left as a line with markers in the actor's colour, placed
// in the middle of its period; the number of claims on the right as light bars as wide
// as the period allows. A second actor is drawn dashed, with square markers and hatched
// bars, so that the two read apart even in similar colours. Qt Charts has no bars on a
// date scale, so the bars are area series of narrow rectangles.
class TimelineChart final : public QChart
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimelineChart)

public:
    // One actor's line.
    struct Plot
    {
        Timeline timeline;
        QString name;
        QColor color;
    };
    static constexpr int MaxPlots = 2;

    explicit TimelineChart(QGraphicsItem *parent = nullptr);

    // Replaces what the chart shows: the first MaxPlots plots, all grouped by `period`.
    // Points without a position have a bar but no marker.
    void showPlots(const QList<Plot> &plots, TimelinePeriod period, const QString &title);
    // One actor alone, by publication date.
    void showTimeline(const Timeline &timeline, const QString &title, const QColor &color);
    // Text, grid and background colours from the widget palette, light or dark.
    void applyPalette(const QPalette &palette);
    // The axis titles in the current language; the plots' names and date labels are
    // set again by the next showPlots().
    void retranslate();

    // Where a period's point sits on the x axis: the middle of the period that starts on
    // `start`, in msecs since the epoch (local time). For a day, its noon.
    static qreal xOf(const QDate &start, TimelinePeriod period = TimelinePeriod::Day);
    // The start of a day, where the ticks stand.
    static qreal edgeOf(const QDate &date);
    // How the period that starts on `start` is named in tooltips, days and months in the
    // locale's order: "5 Mar 2024", "Week 53 of 2020 (28 Dec – 3 Jan)", "March 2024",
    // "Q1 2024", "2024".
    static QString periodName(const QDate &start, TimelinePeriod period,
                              const QLocale &locale = QLocale());

    int plotCount() const { return m_plotCount; }
    TimelinePeriod period() const { return m_period; }
    // The series of plot 0 or 1; the first plot's when no index is given.
    QLineSeries *positionSeries(int plot = 0) const { return m_series.at(plot).position; }
    QScatterSeries *markerSeries(int plot = 0) const { return m_series.at(plot).markers; }
    QAreaSeries *countSeries(int plot = 0) const { return m_series.at(plot).counts; }
    QLineSeries *zeroLine() const { return m_zero; }
    QCategoryAxis *dateAxis() const { return m_dateAxis; }
    QValueAxis *positionAxis() const { return m_positionAxis; }
    QValueAxis *countAxis() const { return m_countAxis; }
    // The tick labels along the date axis, left to right, and where they stand.
    QStringList tickLabels() const;
    QList<qreal> tickPositions() const;

Q_SIGNALS:
    // The pointer entered (state true) or left the point or bar of the period starting
    // on `date`.
    void dateHovered(const QDate &date, bool state);
    void dateClicked(const QDate &date);

private:
    struct Series
    {
        QLineSeries *position = nullptr;
        QScatterSeries *markers = nullptr;
        QLineSeries *barOutline = nullptr; // the upper edge of the bars
        QAreaSeries *counts = nullptr;
    };

    void createSeries(int plot);
    void styleSeries(int plot, const QColor &color);
    QDate nearestDate(qreal x) const;
    int maxTicks() const; // as many as the width has room for
    void setDateRange(const QDate &first, const QDate &last);
    void setCountRange(int maximum);
    void setCountBars(const QList<Plot> &plots);

    QList<Series> m_series;
    QLineSeries *m_zero;
    QCategoryAxis *m_dateAxis;
    QValueAxis *m_positionAxis;
    QValueAxis *m_countAxis;
    QList<QDate> m_dates; // the plotted period starts of all plots, oldest first
    TimelinePeriod m_period = TimelinePeriod::Day;
    int m_plotCount = 0;
    int m_maxTicks = 0;
};

} // namespace demarche
