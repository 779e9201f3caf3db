// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#include "app/core/axisticks.h"

#include "app/core/fuzzydate.h"
#include "app/core/numberformat.h"

#include <QCoreApplication>
#include <QSet>
#include <cmath>

namespace at {
namespace {

bool isChinese(const QLocale &locale)
{
    return locale.language() == QLocale::Chinese;
}

qint64 floorDiv(qint64 a, qint64 b)
{
    return a >= 0 ? a / b : -((-a + b - 1) / b);
}

// The proleptic Gregorian calendar has no year 0: a step that lands there starts at year 1.
QDate firstOfYear(qint64 year)
{
    return QDate(int(year == 0 ? 1 : year), 1, 1);
}

// The boundary between the day before `date` and `date`, where the timeline draws a tick.
double boundary(QDate date)
{
    return double(date.toJulianDay()) - 0.5;
}

// The timeline's steps, finest first. Its axis has a coarse row above the fine one, so two-week and
// two-month steps read well there.
constexpr std::array timelineSteps{
    CalendarStep{TickUnit::Day, 1},     CalendarStep{TickUnit::Day, 2},     CalendarStep{TickUnit::Week, 1},
    CalendarStep{TickUnit::Week, 2},    CalendarStep{TickUnit::Month, 1},   CalendarStep{TickUnit::Month, 2},
    CalendarStep{TickUnit::Quarter, 1}, CalendarStep{TickUnit::Year, 1},    CalendarStep{TickUnit::Year, 2},
    CalendarStep{TickUnit::Year, 5},    CalendarStep{TickUnit::Decade, 1},  CalendarStep{TickUnit::Decade, 2},
    CalendarStep{TickUnit::Decade, 5},  CalendarStep{TickUnit::Decade, 10},
};

// A chart's steps, finest first. Its labels name the whole date, so the steps are the ones a reader counts
// in without help: days, weeks, months, quarters, half-years, years and round numbers of years.
constexpr std::array chartSteps{CalendarStep{TickUnit::Day, 1},     CalendarStep{TickUnit::Day, 2},
                                CalendarStep{TickUnit::Week, 1},    CalendarStep{TickUnit::Month, 1},
                                CalendarStep{TickUnit::Quarter, 1}, CalendarStep{TickUnit::Month, 6},
                                CalendarStep{TickUnit::Year, 1},    CalendarStep{TickUnit::Year, 2},
                                CalendarStep{TickUnit::Year, 5},    CalendarStep{TickUnit::Decade, 1},
                                CalendarStep{TickUnit::Decade, 2},  CalendarStep{TickUnit::Decade, 5},
                                CalendarStep{TickUnit::Decade, 10}, CalendarStep{TickUnit::Decade, 20},
                                CalendarStep{TickUnit::Decade, 50}, CalendarStep{TickUnit::Decade, 100}};

// The widest label a unit can have in this locale, so that the choice does not flicker while panning.
double widestLabel(TickUnit unit, const QLocale &locale, const LabelWidth &width)
{
    double w = 0;
    switch (unit) {
    case TickUnit::Day:
        w = width(AxisTicks::minorLabel(QDate(2000, 1, 28), unit, locale));
        break;
    case TickUnit::Week:
    case TickUnit::Month:
        for (int m = 1; m <= 12; ++m)
            w = std::max(w, width(AxisTicks::minorLabel(QDate(2000, m, 28), unit, locale)));
        break;
    case TickUnit::Quarter:
        w = width(AxisTicks::minorLabel(QDate(2000, 10, 1), unit, locale));
        break;
    case TickUnit::Year:
    case TickUnit::Decade:
        w = width(AxisTicks::minorLabel(QDate(2000, 1, 1), unit, locale));
        break;
    }
    return w;
}

// The first days of the intervals of `step` within the Julian days [firstDay, lastDay].
QList<double> chartBoundaries(CalendarStep step, double from, double to)
{
    QList<double> out;
    const qint64 firstDay = qint64(std::ceil(from));
    const qint64 lastDay = qint64(std::floor(to));
    if (lastDay < firstDay)
        return out;
    for (QDate d = calendar::floor(QDate::fromJulianDay(firstDay), step);
         d.isValid() && d.toJulianDay() <= lastDay; d = calendar::next(d, step)) {
        if (d.toJulianDay() >= firstDay)
            out << double(d.toJulianDay());
    }
    return out;
}

// The date at a chart tick, as precise as the step: a week's Monday is a day, a quarter's first month a
// month.
QString chartDateLabel(double julianDay, TickUnit unit, const QLocale &locale)
{
    Precision shown = Precision::Year;
    switch (unit) {
    case TickUnit::Day:
    case TickUnit::Week:
        shown = Precision::Day;
        break;
    case TickUnit::Month:
    case TickUnit::Quarter:
        shown = Precision::Month;
        break;
    case TickUnit::Year:
    case TickUnit::Decade:
        shown = Precision::Year;
        break;
    }
    return FuzzyDate::fromDate(QDate::fromJulianDay(qint64(julianDay)), shown).toDisplayString(locale);
}

// The step whose ticks lie between a chart step's ticks.
CalendarStep chartSubStep(CalendarStep s)
{
    switch (s.unit) {
    case TickUnit::Day:
    case TickUnit::Week:
        return {TickUnit::Day, 1};
    case TickUnit::Month:
    case TickUnit::Quarter:
        return {TickUnit::Month, 1};
    case TickUnit::Year:
        return s.count == 1 ? CalendarStep{TickUnit::Quarter, 1} : CalendarStep{TickUnit::Year, 1};
    case TickUnit::Decade:
        if (s.count == 1)
            return {TickUnit::Year, 1};
        return s.count <= 10 ? CalendarStep{TickUnit::Decade, 1} : CalendarStep{TickUnit::Decade, 10};
    }
    return s;
}

// The decimals a step's multiples need: 0.25 two, 0.5 one, 20 none.
int decimalsOf(double step)
{
    int decimals = 0;
    for (double scaled = step; decimals < 9 && std::abs(scaled - std::round(scaled)) > 1e-9 * scaled;
         scaled *= 10)
        ++decimals;
    return decimals;
}

// Ticks at round values of a linear axis: the smallest step of 1, 2, 2.5 or 5 times a power of ten (and
// at least `minStep`; whole when that is one or more) that gives at most `maxTicks` ticks in [from, to]
// whose labels all differ, so that an axis reads 0, 250 million, 500 million, 750 million rather than
// 0, 500 million.
// `label(value, step)` words a tick.
ChartTicks roundTicks(double from, double to, int maxTicks, double minStep,
                      const std::function<QString(double, double)> &label)
{
    ChartTicks result;
    maxTicks = std::max(maxTicks, 2);
    if (!(to > from))
        return result;
    const double least = std::max((to - from) / maxTicks, minStep);
    double magnitude = std::pow(10.0, std::floor(std::log10(least)));
    for (int decade = 0; decade < 30; ++decade, magnitude *= 10) {
        for (const double mantissa : {1.0, 2.0, 2.5, 5.0}) {
            const double step = mantissa * magnitude;
            if (step < least * (1 - 1e-9) || (minStep >= 1 && step != std::round(step)))
                continue; // too fine; or a step of 2.5 where values are whole
            const double first = std::ceil(from / step - 1e-9);
            const double last = std::floor(to / step + 1e-9);
            if (last - first + 1 > maxTicks)
                continue;
            ChartTicks candidate;
            for (double k = first; k <= last; ++k) {
                const double tick = k == 0 ? 0.0 : k * step;
                candidate.ticks << tick;
                candidate.labels << label(tick, step);
            }
            if (QSet<QString>(candidate.labels.begin(), candidate.labels.end()).size() <
                candidate.labels.size())
                continue; // labels that repeat ("1, 1, 0") say nothing: a coarser step
            // Sub-ticks: quarters of a step of 2, fifths of the others.
            const double subStep = step / (mantissa == 2 ? 4 : 5);
            for (double t = std::ceil(from / subStep - 1e-9) * subStep; t <= to; t += subStep) {
                if (std::abs(std::remainder(t, step)) > subStep * 1e-6)
                    candidate.subTicks << t;
            }
            return candidate;
        }
    }
    return result;
}

} // namespace

namespace calendar {

double approximateDays(TickUnit unit)
{
    switch (unit) {
    case TickUnit::Day:
        return 1;
    case TickUnit::Week:
        return 7;
    case TickUnit::Month:
        return 365.25 / 12;
    case TickUnit::Quarter:
        return 365.25 / 4;
    case TickUnit::Year:
        return 365.25;
    case TickUnit::Decade:
        return 3652.5;
    }
    return 1;
}

QDate floor(QDate date, CalendarStep step)
{
    const int n = std::max(1, step.count);
    switch (step.unit) {
    case TickUnit::Day: {
        const qint64 jd = date.toJulianDay();
        return QDate::fromJulianDay(jd - ((jd % n) + n) % n);
    }
    case TickUnit::Week: {
        const QDate monday = date.addDays(1 - date.dayOfWeek());
        const qint64 weeks = monday.toJulianDay() / 7;
        return monday.addDays(-7 * (((weeks % n) + n) % n));
    }
    case TickUnit::Month: {
        const qint64 months = qint64(date.year()) * 12 + date.month() - 1;
        const qint64 m = floorDiv(months, n) * n;
        const qint64 year = floorDiv(m, 12);
        return QDate(int(year == 0 ? 1 : year), int(m - year * 12 + 1), 1);
    }
    case TickUnit::Quarter:
        return floor(date, {TickUnit::Month, 3 * n});
    case TickUnit::Year:
        return firstOfYear(floorDiv(date.year(), n) * n);
    case TickUnit::Decade:
        return firstOfYear(floorDiv(date.year(), 10 * n) * 10 * n);
    }
    return date;
}

QDate next(QDate date, CalendarStep step)
{
    const int n = std::max(1, step.count);
    switch (step.unit) {
    case TickUnit::Day:
        return date.addDays(n);
    case TickUnit::Week:
        return date.addDays(7 * n);
    case TickUnit::Month:
        return date.addMonths(n);
    case TickUnit::Quarter:
        return date.addMonths(3 * n);
    case TickUnit::Year:
        return date.addYears(n);
    case TickUnit::Decade:
        return date.addYears(10 * n);
    }
    return date;
}

} // namespace calendar

TickUnit AxisTicks::majorUnitFor(TickUnit unit)
{
    switch (unit) {
    case TickUnit::Day:
    case TickUnit::Week:
        return TickUnit::Month;
    case TickUnit::Month:
    case TickUnit::Quarter:
        return TickUnit::Year;
    case TickUnit::Year:
    case TickUnit::Decade:
        return TickUnit::Decade;
    }
    return TickUnit::Decade;
}

QString AxisTicks::minorLabel(QDate date, TickUnit unit, const QLocale &locale)
{
    const bool zh = isChinese(locale);
    switch (unit) {
    case TickUnit::Day:
        return zh ? QStringLiteral("%1日").arg(date.day()) : QString::number(date.day());
    case TickUnit::Week:
        return zh ? QStringLiteral("%1月%2日").arg(date.month()).arg(date.day())
                  : QStringLiteral("%1 %2")
                        .arg(date.day())
                        .arg(locale.monthName(date.month(), QLocale::ShortFormat));
    case TickUnit::Month:
        return zh ? QStringLiteral("%1月").arg(date.month())
                  : locale.monthName(date.month(), QLocale::ShortFormat);
    case TickUnit::Quarter: {
        const int q = (date.month() - 1) / 3 + 1;
        return zh ? QStringLiteral("第%1季度").arg(q) : QStringLiteral("Q%1").arg(q);
    }
    case TickUnit::Year:
        return zh ? QStringLiteral("%1年").arg(date.year()) : QString::number(date.year());
    case TickUnit::Decade:
        return zh ? QStringLiteral("%1年代").arg(date.year()) : QStringLiteral("%1s").arg(date.year());
    }
    return {};
}

QString AxisTicks::majorLabel(QDate date, TickUnit unit, const QLocale &locale)
{
    // `unit` is the fine row's: the coarse row names the month, year or decade it is in.
    switch (majorUnitFor(unit)) {
    case TickUnit::Month:
        return isChinese(locale) ? QStringLiteral("%1年%2月").arg(date.year()).arg(date.month())
                                 : QStringLiteral("%1 %2")
                                       .arg(locale.monthName(date.month(), QLocale::ShortFormat))
                                       .arg(date.year());
    case TickUnit::Year:
        return minorLabel(date, TickUnit::Year, locale);
    default:
        return minorLabel(date, TickUnit::Decade, locale);
    }
}

AxisTicks AxisTicks::make(double from, double to, TickUnit unit, int step, const QLocale &locale)
{
    AxisTicks ticks;
    ticks.unit = unit;
    ticks.step = std::max(1, step);
    ticks.majorUnit = majorUnitFor(unit);
    if (!(to > from))
        return ticks;
    auto dateAt = [](double t) { return QDate::fromJulianDay(qint64(std::floor(t + 0.5))); };
    auto fill = [&](std::vector<Tick> &out, CalendarStep s, bool major) {
        for (QDate d = calendar::floor(dateAt(from), s); d.isValid() && boundary(d) < to;
             d = calendar::next(d, s)) {
            const QDate n = calendar::next(d, s);
            out.push_back(Tick{boundary(d), boundary(n), d,
                               major ? majorLabel(d, unit, locale) : minorLabel(d, s.unit, locale)});
            if (out.size() > 100000) // a guard against a nonsensical scale, never reached by the view
                break;
        }
    };
    fill(ticks.minor, {unit, ticks.step}, false);
    // A decade axis with steps of decades has no coarser row worth drawing.
    if (!(unit == TickUnit::Decade) && !(unit == TickUnit::Year && ticks.step >= 10))
        fill(ticks.major, {ticks.majorUnit, 1}, true);
    return ticks;
}

AxisTicks::LabelWidths AxisTicks::widestLabels(const QLocale &locale, const LabelWidth &textWidth)
{
    LabelWidths w{};
    for (int u = 0; u < int(w.size()); ++u)
        w[size_t(u)] = widestLabel(TickUnit(u), locale, textWidth);
    return w;
}

AxisTicks AxisTicks::make(double from, double to, double pixelsPerDay, const QLocale &locale,
                          const LabelWidth &textWidth, double padding)
{
    return make(from, to, pixelsPerDay, locale, widestLabels(locale, textWidth), padding);
}

AxisTicks AxisTicks::make(double from, double to, double pixelsPerDay, const QLocale &locale,
                          const LabelWidths &widest, double padding)
{
    CalendarStep chosen = timelineSteps.back();
    for (const CalendarStep &c : timelineSteps) {
        const double pixels = calendar::approximateDays(c) * pixelsPerDay;
        // Months are not all as long as the average; keep a margin for February.
        const double needed = (widest[size_t(c.unit)] + padding) * (c.unit == TickUnit::Month ? 1.1 : 1.0);
        if (pixels >= needed) {
            chosen = c;
            break;
        }
    }
    return make(from, to, chosen.unit, chosen.count, locale);
}

ChartTicks dateTicks(double from, double to, double pixels, const QLocale &locale,
                     const LabelWidth &labelWidth)
{
    ChartTicks result;
    if (!(to > from) || !(pixels > 0))
        return result;
    const double span = to - from;
    const double gap = labelWidth(QStringLiteral("MM"));
    for (size_t i = 0; i < chartSteps.size(); ++i) {
        const CalendarStep step = chartSteps[i];
        const bool coarsest = i + 1 == chartSteps.size();
        // Skip steps that would put a tick every few pixels before generating anything.
        if (!coarsest && span / calendar::approximateDays(step) > pixels / 12)
            continue;
        const QList<double> ticks = chartBoundaries(step, from, to);
        QStringList labels;
        labels.reserve(ticks.size());
        double widest = 0;
        for (double t : ticks) {
            labels << chartDateLabel(t, step.unit, locale);
            widest = std::max(widest, labelWidth(labels.back()));
        }
        // Each label needs its own width plus a gap; ticks are about evenly spaced.
        const double perTick = ticks.size() > 1 ? pixels * calendar::approximateDays(step) / span : pixels;
        if (!coarsest && perTick < widest + gap)
            continue;
        result.ticks = ticks;
        result.labels = labels;
        const CalendarStep sub = chartSubStep(step);
        if (span / calendar::approximateDays(sub) <= pixels / 3) {
            for (double t : chartBoundaries(sub, from, to)) {
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
        // Counts are whole: no step below one, whatever the range (an empty chart's 0 to 1 reads 0, 1).
        return roundTicks(from, to, maxTicks, 1,
                          [&locale](double value, double) { return formatCount(value, locale); });
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
    return roundTicks(from, to, maxTicks, 0, [&locale](double value, double step) {
        return locale.toString(value, 'f', decimalsOf(step));
    });
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
