// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#include "app/core/axisticks.h"

#include "app/core/fuzzydate.h"
#include "app/core/numberformat.h"

#include <QCoreApplication>
#include <QDate>
#include <array>
#include <cmath>

namespace at {
namespace {

struct DateStep {
    Precision unit; // Day, Week, Month or Year
    int count;
};

// From the finest scale to the coarsest; quarters and half-years are month steps of 3 and 6.
constexpr std::array dateSteps{
    DateStep{Precision::Day, 1},    DateStep{Precision::Day, 2},    DateStep{Precision::Week, 1},
    DateStep{Precision::Month, 1},  DateStep{Precision::Month, 3},  DateStep{Precision::Month, 6},
    DateStep{Precision::Year, 1},   DateStep{Precision::Year, 2},   DateStep{Precision::Year, 5},
    DateStep{Precision::Year, 10},  DateStep{Precision::Year, 20},  DateStep{Precision::Year, 50},
    DateStep{Precision::Year, 100}, DateStep{Precision::Year, 200}, DateStep{Precision::Year, 500},
    DateStep{Precision::Year, 1000}};

double approximateDays(DateStep s)
{
    switch (s.unit) {
    case Precision::Day:
        return s.count;
    case Precision::Week:
        return 7.0 * s.count;
    case Precision::Month:
    case Precision::Quarter:
        return 30.44 * s.count;
    case Precision::Year:
        return 365.25 * s.count;
    }
    return 1;
}

// The step whose ticks lie between this step's ticks.
DateStep subStepOf(DateStep s)
{
    switch (s.unit) {
    case Precision::Day:
    case Precision::Week:
        return {Precision::Day, 1};
    case Precision::Month:
    case Precision::Quarter:
        return {Precision::Month, 1};
    case Precision::Year:
        if (s.count == 1)
            return {Precision::Month, 3};
        if (s.count <= 10)
            return {Precision::Year, 1};
        if (s.count <= 100)
            return {Precision::Year, 10};
        return {Precision::Year, 100};
    }
    return s;
}

int floorDiv(qint64 a, int b)
{
    return int(a >= 0 ? a / b : -((-a + b - 1) / b));
}

// Julian days of the step's boundaries within [from, to].
QList<double> boundaries(DateStep s, double from, double to)
{
    QList<double> out;
    const qint64 firstDay = qint64(std::ceil(from));
    const qint64 lastDay = qint64(std::floor(to));
    if (lastDay < firstDay)
        return out;
    switch (s.unit) {
    case Precision::Day: {
        qint64 jd = firstDay;
        while (jd % s.count != 0)
            ++jd;
        for (; jd <= lastDay; jd += s.count)
            out << double(jd);
        break;
    }
    case Precision::Week: {
        const QDate d = QDate::fromJulianDay(firstDay);
        for (qint64 jd = firstDay + (8 - d.dayOfWeek()) % 7; jd <= lastDay; jd += 7)
            out << double(jd);
        break;
    }
    case Precision::Month:
    case Precision::Quarter: {
        const QDate start = QDate::fromJulianDay(firstDay);
        QDate d(start.year(), 1, 1);
        d = d.addMonths(((start.month() - 1) / s.count) * s.count);
        for (; d.toJulianDay() <= lastDay; d = d.addMonths(s.count)) {
            if (d.toJulianDay() >= firstDay)
                out << double(d.toJulianDay());
        }
        break;
    }
    case Precision::Year: {
        const QDate start = QDate::fromJulianDay(firstDay);
        for (int y = floorDiv(start.year(), s.count) * s.count;; y += s.count) {
            const QDate d(y == 0 ? 1 : y, 1, 1); // the proleptic calendar has no year 0
            if (d.toJulianDay() > lastDay)
                break;
            if (d.toJulianDay() >= firstDay)
                out << double(d.toJulianDay());
        }
        break;
    }
    }
    return out;
}

QString dateLabel(double julianDay, Precision unit, const QLocale &locale)
{
    const QDate d = QDate::fromJulianDay(qint64(julianDay));
    const Precision shown = unit == Precision::Week ? Precision::Day : unit;
    return FuzzyDate::fromDate(d, shown).toDisplayString(locale);
}

} // namespace

ChartTicks dateTicks(double from, double to, double pixels, const QLocale &locale,
                     const LabelWidth &labelWidth)
{
    ChartTicks result;
    if (!(to > from) || !(pixels > 0))
        return result;
    const double span = to - from;
    const double gap = labelWidth(QStringLiteral("MM"));
    for (size_t i = 0; i < dateSteps.size(); ++i) {
        const DateStep step = dateSteps[i];
        const bool coarsest = i + 1 == dateSteps.size();
        // Skip scales that would put a tick every few pixels before generating anything.
        if (!coarsest && span / approximateDays(step) > pixels / 12)
            continue;
        const QList<double> ticks = boundaries(step, from, to);
        QStringList labels;
        labels.reserve(ticks.size());
        double widest = 0;
        for (double t : ticks) {
            labels << dateLabel(t, step.unit, locale);
            widest = std::max(widest, labelWidth(labels.back()));
        }
        // Each label needs its own width plus a gap; ticks are about evenly spaced.
        const double perTick = ticks.size() > 1 ? pixels * approximateDays(step) / span : pixels;
        if (!coarsest && perTick < widest + gap)
            continue;
        result.ticks = ticks;
        result.labels = labels;
        const DateStep sub = subStepOf(step);
        if (span / approximateDays(sub) <= pixels / 3) {
            for (double t : boundaries(sub, from, to)) {
                if (!ticks.contains(t))
                    result.subTicks << t;
            }
        }
        break;
    }
    return result;
}

ChartTicks countTicks(double from, double to, bool logarithmic, int maxTicks, const QLocale &locale)
{
    ChartTicks result;
    maxTicks = std::max(maxTicks, 2);
    if (!(to > from))
        return result;
    if (!logarithmic) {
        result = numberTicks(from, to, maxTicks, locale);
        for (qsizetype i = 0; i < result.ticks.size(); ++i)
            result.labels[i] = formatCount(result.ticks[i], locale);
        return result;
    }
    if (from <= 0)
        from = to / 1000;
    const int firstDecade = int(std::floor(std::log10(from)));
    const int lastDecade = int(std::floor(std::log10(to)));
    auto inRange = [&](double v) { return v >= from * (1 - 1e-9) && v <= to * (1 + 1e-9); };
    // Denser multiplier sets first; the first that fits wins. Decades are skipped only when even one tick
    // per decade is too many.
    const std::array<QList<int>, 5> sets{QList<int>{1, 2, 3, 4, 5, 6, 7, 8, 9}, QList<int>{1, 2, 3, 5},
                                         QList<int>{1, 2, 5}, QList<int>{1, 3}, QList<int>{1}};
    QList<double> ticks;
    for (const QList<int> &multipliers : sets) {
        ticks.clear();
        for (int d = firstDecade; d <= lastDecade; ++d) {
            for (int m : multipliers) {
                const double v = m * std::pow(10.0, d);
                if (inRange(v))
                    ticks << v;
            }
        }
        if (ticks.size() <= maxTicks)
            break;
    }
    if (ticks.size() > maxTicks) {
        const int skip = int(std::ceil(double(lastDecade - firstDecade + 1) / maxTicks));
        ticks.clear();
        for (int d = firstDecade; d <= lastDecade; ++d) {
            if (d % skip == 0 && inRange(std::pow(10.0, d)))
                ticks << std::pow(10.0, d);
        }
    }
    for (double t : ticks) {
        result.ticks << t;
        result.labels << formatCount(t, locale);
    }
    if (lastDecade - firstDecade < maxTicks) {
        for (int d = firstDecade; d <= lastDecade; ++d) {
            for (int m = 1; m <= 9; ++m) {
                const double v = m * std::pow(10.0, d);
                if (inRange(v) && !ticks.contains(v))
                    result.subTicks << v;
            }
        }
    }
    return result;
}

ChartTicks numberTicks(double from, double to, int maxTicks, const QLocale &locale)
{
    ChartTicks result;
    maxTicks = std::max(maxTicks, 2);
    if (!(to > from))
        return result;
    const double raw = (to - from) / maxTicks;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    double mantissa = 10;
    for (double m : {1.0, 2.0, 5.0}) {
        if (m * magnitude >= raw) {
            mantissa = m;
            break;
        }
    }
    const double step = mantissa * magnitude;
    const double subStep = step / (mantissa == 2 ? 4 : 5);
    const int decimals = std::max(0, -int(std::floor(std::log10(step) + 1e-9)));
    for (double t = std::ceil(from / step) * step; t <= to + step * 1e-9; t += step) {
        const double tick = std::abs(t) < step * 1e-9 ? 0.0 : t;
        result.ticks << tick;
        result.labels << locale.toString(tick, 'f', decimals);
    }
    for (double t = std::ceil(from / subStep) * subStep; t <= to; t += subStep) {
        if (std::abs(std::remainder(t, step)) > subStep * 1e-6)
            result.subTicks << t;
    }
    return result;
}

CountScale countScale(double maxValue, const QLocale &locale)
{
    const double v = std::abs(maxValue);
    if (locale.language() == QLocale::Chinese) {
        if (v >= 1e8)
            return {1e8, QStringLiteral("亿")};
        if (v >= 1e4)
            return {1e4, QStringLiteral("万")};
        return {};
    }
    if (v >= 1e9)
        return {1e9, QCoreApplication::translate("at::Numbers", "billions")};
    if (v >= 1e6)
        return {1e6, QCoreApplication::translate("at::Numbers", "millions")};
    if (v >= 1e4)
        return {1e3, QCoreApplication::translate("at::Numbers", "thousands")};
    return {};
}

} // namespace at
