// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#pragma once

#include <QDate>
#include <QList>
#include <QLocale>
#include <QString>
#include <QStringList>
#include <array>
#include <functional>
#include <vector>

namespace at {

// The one axis-tick engine of the program, without any chart library or widget: the calendar steps a time
// axis ticks at (days to millennia), their labels in English and Chinese, and the round steps of a count
// axis. The timeline's two-row axis (AxisTicks) and the charts' tickers (dateTicks(), countTicks(),
// numberTicks()) all read it, so that a date or a count is ticked and worded the same everywhere.

// Measures a label in pixels, so that the tick density follows the font and the language.
using LabelWidth = std::function<double(const QString &)>;

enum class TickUnit { Day, Week, Month, Quarter, Year, Decade };

// A calendar step: `count` units (every 2 days, every 6 months, every 5 decades).
struct CalendarStep {
    TickUnit unit = TickUnit::Year;
    int count = 1;
    friend bool operator==(const CalendarStep &, const CalendarStep &) = default;
};

namespace calendar {
// The first day of the interval of `step` that contains `date`. Steps of several units count from a
// fixed origin (Julian day 0, the Monday of week 0, January of year 0), so that ticks do not jump while
// the axis pans.
QDate floor(QDate date, CalendarStep step);
// The first day of the next interval.
QDate next(QDate date, CalendarStep step);
// Roughly how long one unit is, in days (for choosing a step).
double approximateDays(TickUnit unit);
inline double approximateDays(CalendarStep step)
{
    return approximateDays(step.unit) * step.count;
}
} // namespace calendar

// One interval of the timeline's axis: it starts at the tick and is labelled in its middle (minor row) or
// at its start (major row). Times are boundaries between days (D - 0.5).
struct Tick {
    double time = 0;    // where the tick line is drawn
    double endTime = 0; // where the interval ends (the next tick)
    QDate date;         // the first day of the interval
    QString label;
};

// The timeline's axis at one zoom level: a row of fine ticks (days ... decades) and a row of coarse ones
// that says which month, year or decade they are in.
struct AxisTicks {
    TickUnit unit = TickUnit::Year;
    int step = 1; // in units: every 2 days, every 5 years
    TickUnit majorUnit = TickUnit::Decade;
    std::vector<Tick> minor;
    std::vector<Tick> major;

    // Chooses the finest unit whose labels fit at `pixelsPerDay` and makes the ticks covering [from, to].
    // `textWidth` measures a label in the axis font; a label needs its width plus `padding` pixels.
    static AxisTicks make(double from, double to, double pixelsPerDay, const QLocale &locale,
                          const LabelWidth &textWidth, double padding = 10);
    // The same with the widest label of each unit measured beforehand (widestLabels()), as a view that draws
    // many frames does.
    using LabelWidths = std::array<double, 6>; // by TickUnit
    static LabelWidths widestLabels(const QLocale &locale, const LabelWidth &textWidth);
    static AxisTicks make(double from, double to, double pixelsPerDay, const QLocale &locale,
                          const LabelWidths &widest, double padding = 10);
    // The same for a given unit and step (for tests and for callers that know what they want).
    static AxisTicks make(double from, double to, TickUnit unit, int step, const QLocale &locale);

    // Labels in the locale's way. English: "14", "13 Jun", "Jun", "Q2", "2011", "2010s" for the fine row
    // and "Jun 2011", "2011", "2010s" for the coarse one. Chinese: "14日", "6月13日", "6月", "第2季度",
    // "2011年", "2010年代"; "2011年6月", "2011年", "2010年代".
    static QString minorLabel(QDate date, TickUnit unit, const QLocale &locale);
    static QString majorLabel(QDate date, TickUnit minorUnit, const QLocale &locale);
    static TickUnit majorUnitFor(TickUnit unit);
    static QDate floor(QDate date, TickUnit unit, int step) { return calendar::floor(date, {unit, step}); }
    static QDate next(QDate date, TickUnit unit, int step) { return calendar::next(date, {unit, step}); }
    static double approximateDays(TickUnit unit) { return calendar::approximateDays(unit); }
};

// Tick positions and their labels for one chart axis.
struct ChartTicks {
    QList<double> ticks;
    QList<double> subTicks;
    QStringList labels; // one per tick
};

// Ticks for a chart's time axis in Julian days (as ViewState uses), at the first day of days, weeks
// (Monday), months, quarters, half-years or years (up to millennia): the finest step whose labels fit side
// by side in `pixels`. Labels name the whole date at the step's precision: "14 Jun 2011" / "2011年6月14日",
// "Mar 2011" / "2011年3月", "2011" / "2011年".
ChartTicks dateTicks(double from, double to, double pixels, const QLocale &locale,
                     const LabelWidth &labelWidth);

// Ticks for a count axis, labelled with formatCount ("200 million" / "2 亿"). Linear: the finest round
// step (1, 2, 2.5 or 5 times a power of ten, never below one) that gives at most `maxTicks` ticks whose
// labels all differ. Logarithmic: per decade 1, 2, 5 (or fewer) times the power of ten, so that a range of
// 50 million to 858 million still gets several labelled ticks.
ChartTicks countTicks(double from, double to, bool logarithmic, int maxTicks, const QLocale &locale);

// Plain numbers on a linear axis ("0", "0.5", "1", "1.5"), for an axis whose title names the unit: the
// finest round step that gives at most `maxTicks` ticks.
ChartTicks numberTicks(double from, double to, int maxTicks, const QLocale &locale);

// A unit to divide counts by on a small axis, where "150 million" under every tick would not fit: the axis
// then shows 0, 50, 100, 150 and its title says "millions"; in Chinese 万 or 亿.
struct CountScale {
    double divisor = 1;
    QString unit; // "millions", "亿"; empty for plain counts
};
CountScale countScale(double maxValue, const QLocale &locale);

} // namespace at
