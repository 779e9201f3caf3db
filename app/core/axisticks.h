// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#pragma once

#include <QList>
#include <QLocale>
#include <QString>
#include <functional>

namespace at {

// Tick positions and their labels for one axis, computed without any chart library so that every
// chart (and a test) gets the same ticks.
struct ChartTicks {
    QList<double> ticks;
    QList<double> subTicks;
    QStringList labels; // one per tick
};

// Measures a label in pixels, so that the tick density follows the font and the language.
using LabelWidth = std::function<double(const QString &)>;

// Ticks for a time axis in Julian days (as ViewState uses): on day, week (Monday), month, quarter, half-year
// or year boundaries (up to millennia), the finest scale whose labels fit side by side in `pixels`.
// Labels follow the scale and the locale: "14 Jun 2011" / "2011年6月14日", "Mar 2011" / "2011年3月",
// "2011" / "2011年".
ChartTicks dateTicks(double from, double to, double pixels, const QLocale &locale,
                     const LabelWidth &labelWidth);

// Ticks for a count axis, labelled with formatCount ("200 million" / "2 亿"). Linear: a 1-2-5 step, at
// most `maxTicks` ticks. Logarithmic: per decade 1, 2, 5 (or fewer) times the power of ten, so that a
// range of 50 million to 858 million still gets several labelled ticks.
ChartTicks countTicks(double from, double to, bool logarithmic, int maxTicks, const QLocale &locale);

// Plain numbers on a linear axis ("0", "0.5", "1", "1.5"), for an axis whose title names the unit.
ChartTicks numberTicks(double from, double to, int maxTicks, const QLocale &locale);

// A unit to divide counts by on a small axis, where "150 million" under every tick would not fit: the axis
// then shows 0, 50, 100, 150 and its title says "millions"; in Chinese 万 or 亿.
struct CountScale {
    double divisor = 1;
    QString unit; // "millions", "亿"; empty for plain counts
};
CountScale countScale(double maxValue, const QLocale &locale);

} // namespace at
