// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#pragma once

#include <QDate>
#include <QLocale>
#include <QString>
#include <array>
#include <functional>
#include <vector>

namespace at {

class TimeScale;

enum class TickUnit { Day, Week, Month, Quarter, Year, Decade };

// One interval of the axis: it starts at the tick and is labelled in its middle (minor row) or at its
// start (major row). Times are boundaries between days (D - 0.5).
struct Tick {
    double time = 0;    // where the tick line is drawn
    double endTime = 0; // where the interval ends (the next tick)
    QDate date;         // the first day of the interval
    QString label;
};

// The axis at one zoom level: a row of fine ticks (days ... decades) and a row of coarse ones that
// says which month, year or decade they are in.
struct AxisTicks {
    TickUnit unit = TickUnit::Year;
    int step = 1; // in units: every 2 days, every 5 years
    TickUnit majorUnit = TickUnit::Decade;
    std::vector<Tick> minor;
    std::vector<Tick> major;

    // Chooses the finest unit whose labels fit and makes the ticks covering [scale.from(), scale.to()].
    // `textWidth` measures a label in the axis font; a label needs its width plus `padding` pixels.
    static AxisTicks make(const TimeScale &scale, const QLocale &locale,
                          const std::function<double(const QString &)> &textWidth, double padding = 10);
    // The same with the widest label of each unit measured beforehand (widestLabels()), as a view that draws
    // many frames does.
    using LabelWidths = std::array<double, 6>; // by TickUnit
    static LabelWidths widestLabels(const QLocale &locale,
                                    const std::function<double(const QString &)> &textWidth);
    static AxisTicks make(const TimeScale &scale, const QLocale &locale, const LabelWidths &widest,
                          double padding = 10);
    // The same for a given unit and step (for tests and for callers that know what they want).
    static AxisTicks make(double from, double to, TickUnit unit, int step, const QLocale &locale);

    // Labels in the locale's way. English: "14", "13 Jun", "Jun", "Q2", "2011", "2010s" for the fine row
    // and "Jun 2011", "2011", "2010s" for the coarse one. Chinese: "14日", "6月13日", "6月", "第2季度",
    // "2011年", "2010年代"; "2011年6月", "2011年", "2010年代".
    static QString minorLabel(QDate date, TickUnit unit, const QLocale &locale);
    static QString majorLabel(QDate date, TickUnit minorUnit, const QLocale &locale);
    static TickUnit majorUnitFor(TickUnit unit);
    // The first day of the interval of `unit` (times `step`) that contains `date`.
    static QDate floor(QDate date, TickUnit unit, int step);
    static QDate next(QDate date, TickUnit unit, int step);
    // Roughly how long one unit is, in days (for choosing).
    static double approximateDays(TickUnit unit);
};

} // namespace at
