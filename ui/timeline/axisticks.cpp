// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#include "ui/timeline/axisticks.h"

#include "ui/timeline/timescale.h"

#include <QCoreApplication>
#include <array>
#include <cmath>

namespace at {
namespace {

bool isChinese(const QLocale &locale)
{
    return locale.language() == QLocale::Chinese;
}

int floorDiv(int a, int b)
{
    return a >= 0 ? a / b : -((-a + b - 1) / b);
}

double boundary(QDate date)
{
    return double(date.toJulianDay()) - 0.5;
}

struct Candidate {
    TickUnit unit;
    int step;
};
constexpr std::array candidates{
    Candidate{TickUnit::Day, 1},     Candidate{TickUnit::Day, 2},     Candidate{TickUnit::Week, 1},
    Candidate{TickUnit::Week, 2},    Candidate{TickUnit::Month, 1},   Candidate{TickUnit::Month, 2},
    Candidate{TickUnit::Quarter, 1}, Candidate{TickUnit::Year, 1},    Candidate{TickUnit::Year, 2},
    Candidate{TickUnit::Year, 5},    Candidate{TickUnit::Decade, 1},  Candidate{TickUnit::Decade, 2},
    Candidate{TickUnit::Decade, 5},  Candidate{TickUnit::Decade, 10},
};

// The widest label a unit can have in this locale, so that the choice does not flicker while panning.
double widestLabel(TickUnit unit, const QLocale &locale, const std::function<double(const QString &)> &width)
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
        w = width(AxisTicks::minorLabel(QDate(2000, 1, 1), unit, locale));
        break;
    case TickUnit::Decade:
        w = width(AxisTicks::minorLabel(QDate(2000, 1, 1), unit, locale));
        break;
    }
    return w;
}

} // namespace

double AxisTicks::approximateDays(TickUnit unit)
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

QDate AxisTicks::floor(QDate date, TickUnit unit, int step)
{
    switch (unit) {
    case TickUnit::Day: {
        // Steps of several days count from a fixed day, so that ticks do not jump while panning.
        const qint64 jd = date.toJulianDay();
        return QDate::fromJulianDay(jd - ((jd % step) + step) % step);
    }
    case TickUnit::Week: {
        const QDate monday = date.addDays(1 - date.dayOfWeek());
        const qint64 weeks = monday.toJulianDay() / 7;
        return monday.addDays(-7 * (((weeks % step) + step) % step));
    }
    case TickUnit::Month: {
        const int months = date.year() * 12 + date.month() - 1;
        const int m = floorDiv(months, step) * step;
        return QDate(floorDiv(m, 12), m - floorDiv(m, 12) * 12 + 1, 1);
    }
    case TickUnit::Quarter:
        return floor(date, TickUnit::Month, 3 * step);
    case TickUnit::Year:
        return QDate(floorDiv(date.year(), step) * step, 1, 1);
    case TickUnit::Decade:
        return QDate(floorDiv(date.year(), 10 * step) * 10 * step, 1, 1);
    }
    return date;
}

QDate AxisTicks::next(QDate date, TickUnit unit, int step)
{
    switch (unit) {
    case TickUnit::Day:
        return date.addDays(step);
    case TickUnit::Week:
        return date.addDays(7 * step);
    case TickUnit::Month:
        return date.addMonths(step);
    case TickUnit::Quarter:
        return date.addMonths(3 * step);
    case TickUnit::Year:
        return date.addYears(step);
    case TickUnit::Decade:
        return date.addYears(10 * step);
    }
    return date;
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
    auto fill = [&](std::vector<Tick> &out, TickUnit u, int s, bool major) {
        for (QDate d = floor(dateAt(from), u, s); d.isValid() && boundary(d) < to; d = next(d, u, s)) {
            const QDate n = next(d, u, s);
            out.push_back(Tick{boundary(d), boundary(n), d,
                               major ? majorLabel(d, unit, locale) : minorLabel(d, u, locale)});
            if (out.size() > 100000) // a guard against a nonsensical scale, never reached by the view
                break;
        }
    };
    fill(ticks.minor, unit, ticks.step, false);
    // A decade axis with steps of decades has no coarser row worth drawing.
    if (!(unit == TickUnit::Decade) && !(unit == TickUnit::Year && ticks.step >= 10))
        fill(ticks.major, ticks.majorUnit, 1, true);
    return ticks;
}

AxisTicks::LabelWidths AxisTicks::widestLabels(const QLocale &locale,
                                               const std::function<double(const QString &)> &textWidth)
{
    LabelWidths w{};
    for (int u = 0; u < int(w.size()); ++u)
        w[size_t(u)] = widestLabel(TickUnit(u), locale, textWidth);
    return w;
}

AxisTicks AxisTicks::make(const TimeScale &scale, const QLocale &locale,
                          const std::function<double(const QString &)> &textWidth, double padding)
{
    return make(scale, locale, widestLabels(locale, textWidth), padding);
}

AxisTicks AxisTicks::make(const TimeScale &scale, const QLocale &locale, const LabelWidths &widest,
                          double padding)
{
    const double pxPerDay = scale.pixelsPerDay();
    Candidate chosen = candidates.back();
    for (const Candidate &c : candidates) {
        const double pixels = approximateDays(c.unit) * c.step * pxPerDay;
        // Months are not all as long as the average; keep a margin for February.
        const double needed = (widest[size_t(c.unit)] + padding) * (c.unit == TickUnit::Month ? 1.1 : 1.0);
        if (pixels >= needed) {
            chosen = c;
            break;
        }
    }
    return make(scale.from(), scale.to(), chosen.unit, chosen.step, locale);
}

} // namespace at
