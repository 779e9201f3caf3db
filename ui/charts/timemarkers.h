// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#pragma once

#include "app/core/dataset.h"
#include "app/core/filterscope.h"
#include "ui/charts/qcustomplot_include.h"

#include <QLocale>
#include <functional>
#include <memory>

namespace at {

// The dataset's events as vertical lines across a chart's plot area, coloured by kind, dashed when not
// (yet) fact; the selected one drawn heavy with its title. Only the events in the visible time range are
// visited (the store is sorted by time) and several events on one pixel column cost one line, so a
// dataset of a million events still draws in a few milliseconds.
class EventMarkers : public QCPLayerable {
    Q_OBJECT
public:
    EventMarkers(QCustomPlot *plot, QCPAxisRect *axisRect, const QString &layer);

    void setDataset(std::shared_ptr<const Dataset> dataset);
    // Only the events the filter keeps are drawn and found (null: all).
    void setScope(std::shared_ptr<const FilterScope> scope) { m_scope = std::move(scope); }
    bool drawsEvent(size_t event) const { return !m_scope || m_scope->keepsEvent(event); }
    void setSelectedEvent(int event);
    int selectedEvent() const { return m_selected; }
    // The selected event's label is in the UI's language.
    void setLocale(const QLocale &locale) { m_locale = locale; }
    // The event drawn nearest to pixel column `x`, within `tolerance` pixels; -1 for none.
    int eventNear(double x, double tolerance) const;

    double selectTest(const QPointF &, bool, QVariant * = nullptr) const override { return -1; }

protected:
    void applyDefaultAntialiasingHint(QCPPainter *painter) const override;
    void draw(QCPPainter *painter) override;
    QRect clipRect() const override;

private:
    QPen penFor(const Event &e, bool selected) const;
    void drawBands(QCPPainter *painter, const QCPAxis &axis, const QRect &area) const;

    static constexpr int bandAlpha = 25;         // of 255: a band behind the series
    static constexpr int selectedBandAlpha = 60; // the selected event's band
    static constexpr int deepestBands = 3;       // more bands on a column tint it no deeper

    QCPAxisRect *m_axisRect;
    std::shared_ptr<const Dataset> m_dataset;
    std::shared_ptr<const FilterScope> m_scope;
    std::vector<int> m_ranged; // events with an end date, drawn as bands
    int m_selected = -1;
    QLocale m_locale;
};

// The periods of reported figures dated only to a week, month, quarter or year: a bracket through the
// point from the period's first day to its last, in the series' colour, so that a point at the middle of
// a quarter does not read as a figure of that day. Drawn only while the chart draws its point markers.
class PointSpans : public QCPLayerable {
    Q_OBJECT
public:
    PointSpans(QCustomPlot *plot, QCPAxisRect *axisRect, const QString &layer);
    // The series whose points may have spans (indexes into Dataset::series), and whether one is drawn now
    // (its points are shown, with markers).
    void setSeries(std::shared_ptr<const Dataset> dataset, QList<int> series);
    void setShown(std::function<bool(int series)> shown) { m_shown = std::move(shown); }
    double selectTest(const QPointF &, bool, QVariant * = nullptr) const override { return -1; }

protected:
    void applyDefaultAntialiasingHint(QCPPainter *painter) const override;
    void draw(QCPPainter *painter) override;
    QRect clipRect() const override;

private:
    QCPAxisRect *m_axisRect;
    std::shared_ptr<const Dataset> m_dataset;
    QList<int> m_series;
    std::function<bool(int)> m_shown;
};

// The shared current-time cursor, drawn above the series.
class TimeCursor : public QCPLayerable {
    Q_OBJECT
public:
    TimeCursor(QCustomPlot *plot, QCPAxisRect *axisRect, const QString &layer);
    void setTime(double julianDay) { m_time = julianDay; }
    double time() const { return m_time; }
    void setLocale(const QLocale &locale) { m_locale = locale; }
    double selectTest(const QPointF &, bool, QVariant * = nullptr) const override { return -1; }

protected:
    void applyDefaultAntialiasingHint(QCPPainter *painter) const override;
    void draw(QCPPainter *painter) override;
    QRect clipRect() const override;

private:
    QCPAxisRect *m_axisRect;
    double m_time = 0;
    QLocale m_locale;
};

} // namespace at
