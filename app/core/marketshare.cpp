// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#include "app/core/marketshare.h"

#include "app/core/numberformat.h"

#include <QCoreApplication>
#include <algorithm>
#include <cmath>

namespace at {
namespace {

// Which way the true value may lie from the stated one: up, down, or both (an approximation).
enum Direction : quint8 { None = 0, Up = 1, Down = 2 };

quint8 directions(Bound b)
{
    switch (b) {
    case Bound::Exact:
        return None;
    case Bound::AtLeast:
        return Up;
    case Bound::AtMost:
        return Down;
    case Bound::About:
        return Up | Down;
    }
    return Up | Down;
}

quint8 flipped(quint8 d)
{
    return quint8(((d & Up) ? Down : 0) | ((d & Down) ? Up : 0));
}

Bound boundOfDirections(quint8 d)
{
    switch (d) {
    case None:
        return Bound::Exact;
    case Up:
        return Bound::AtLeast;
    case Down:
        return Bound::AtMost;
    }
    return Bound::About;
}

} // namespace

Bound boundOf(Qualifier qualifier)
{
    switch (qualifier) {
    case Qualifier::Exact:
        return Bound::Exact;
    case Qualifier::AtLeast:
    case Qualifier::Over:
        return Bound::AtLeast;
    case Qualifier::Approaching:
        return Bound::AtMost;
    case Qualifier::Approximately:
        return Bound::About;
    }
    return Bound::About;
}

MarketShares computeMarketShares(const Dataset &d, int market)
{
    MarketShares out;
    if (market < 0 || market >= d.markets.size())
        return out;
    const Market &m = d.markets[market];
    out.market = market;
    out.hasTotal = m.hasTotal && m.total > 0;
    out.total = m.total;
    out.totalBound = boundOf(m.totalQualifier);
    const quint8 totalDirections = directions(out.totalBound);
    quint8 remainderDirections = totalDirections;
    double covered = 0;
    for (int seriesIndex : m.members) {
        if (seriesIndex < 0 || seriesIndex >= d.series.size())
            continue;
        const Series &s = d.series[seriesIndex];
        MarketSlice slice;
        slice.series = seriesIndex;
        slice.entity = s.entity;
        // The validator guarantees a point at exactly the record's date; a member without one is left out
        // rather than guessed.
        const auto points = d.pointsOf(s);
        const auto it = std::find_if(points.begin(), points.end(),
                                     [&](const SeriesPoint &p) { return p.date == m.date; });
        if (it == points.end())
            continue;
        slice.point = int(it - points.begin());
        slice.value = it->value;
        slice.bound = boundOf(it->qualifier);
        if (out.hasTotal)
            slice.share = slice.value / out.total;
        const quint8 memberDirections = directions(slice.bound);
        if (out.hasTotal && slice.share)
            slice.bound = boundOfDirections(quint8(memberDirections | flipped(totalDirections)));
        remainderDirections |= flipped(memberDirections);
        covered += slice.value;
        out.slices << slice;
    }
    for (int entity : m.otherIncludes)
        out.otherIncludes << entity;
    if (out.hasTotal) {
        MarketRemainder r;
        r.value = std::max(0.0, out.total - covered);
        r.bound = boundOfDirections(remainderDirections);
        r.share = r.value / out.total;
        r.includes = out.otherIncludes;
        out.remainder = r;
    }
    return out;
}

QList<int> marketsOfSector(const Dataset &d, Sector sector)
{
    QList<int> out;
    for (int i = 0; i < d.markets.size(); ++i) {
        if (d.markets[i].sector == sector)
            out << i;
    }
    std::stable_sort(out.begin(), out.end(), [&](int a, int b) {
        const Market &ma = d.markets[a];
        const Market &mb = d.markets[b];
        if (ma.date.middle() != mb.date.middle())
            return ma.date.middle() < mb.date.middle();
        return ma.id < mb.id;
    });
    return out;
}

int marketAsOf(const Dataset &d, Sector sector, double julianDay)
{
    int found = -1;
    for (int i : marketsOfSector(d, sector)) {
        if (d.markets[i].date.begunBy(julianDay))
            found = i;
    }
    return found;
}

QString formatShare(double share, Bound bound, const QLocale &locale)
{
    const double tenths = share * 1000;
    double rounded = std::round(tenths);
    if (bound == Bound::AtLeast)
        rounded = std::floor(tenths + 1e-9);
    else if (bound == Bound::AtMost)
        rounded = std::ceil(tenths - 1e-9);
    const double percent = rounded / 10;
    QString text = locale.toString(percent, 'f', 1);
    const QString zero = locale.decimalPoint() + locale.zeroDigit();
    if (text.endsWith(zero))
        text.chop(zero.size());
    return text + locale.percent();
}

QString boundedShareText(double share, Bound bound, const QLocale &locale)
{
    const QString value = formatShare(share, bound, locale);
    switch (bound) {
    case Bound::Exact:
        return value;
    case Bound::AtLeast:
        return QCoreApplication::translate("at::Charts", "at least %1").arg(value);
    case Bound::AtMost:
        return QCoreApplication::translate("at::Charts", "at most %1").arg(value);
    case Bound::About:
        return QCoreApplication::translate("at::Charts", "about %1").arg(value);
    }
    return value;
}

QString boundedCountText(double value, Bound bound, const QLocale &locale)
{
    const QString text = formatCount(value, locale);
    switch (bound) {
    case Bound::Exact:
        return text;
    case Bound::AtLeast:
        return QCoreApplication::translate("at::Charts", "at least %1").arg(text);
    case Bound::AtMost:
        return QCoreApplication::translate("at::Charts", "at most %1").arg(text);
    case Bound::About:
        return QCoreApplication::translate("at::Charts", "about %1").arg(text);
    }
    return text;
}

QString sliceLabel(const Dataset &d, const MarketShares &shares, int slice, const QLocale &locale)
{
    if (slice < 0 || slice >= shares.slices.size())
        return {};
    const MarketSlice &s = shares.slices[slice];
    const QString name =
        s.entity >= 0 && s.entity < d.entities.size() ? d.entities[s.entity].name(locale) : QString();
    const QString figure =
        s.share ? boundedShareText(*s.share, s.bound, locale) : boundedCountText(s.value, s.bound, locale);
    return QCoreApplication::translate("at::Charts", "%1: %2").arg(name, figure);
}

QString remainderLabel(const Dataset &d, const MarketShares &shares, const QLocale &locale)
{
    QStringList names;
    for (int e : shares.otherIncludes) {
        if (e >= 0 && e < d.entities.size())
            names << d.entities[e].name(locale);
    }
    if (names.isEmpty())
        return QCoreApplication::translate("at::Charts", "Other (no breakdown given)");
    return QCoreApplication::translate("at::Charts", "Other, including %1 (no breakdown given)")
        .arg(locale.createSeparatedList(names));
}

CitedParagraphs marketCitations(const Dataset &d, const QList<int> &markets)
{
    CitedParagraphs cited;
    for (int market : markets) {
        if (market < 0 || market >= d.markets.size())
            continue;
        const Market &m = d.markets[market];
        addCitations(cited, m.citations, m.source, m.paragraph);
        for (const MarketSlice &slice : computeMarketShares(d, market).slices) {
            const SeriesPoint &p = d.pointsOf(d.series[slice.series])[size_t(slice.point)];
            addCitations(cited, d.citationsOf(p));
        }
    }
    return cited;
}

QString marketFootnote(const Dataset &d, const QList<int> &markets, const QLocale &locale)
{
    QStringList dates;
    for (int market : markets) {
        if (market < 0 || market >= d.markets.size())
            continue;
        const QString date = d.markets[market].date.toDisplayString(locale);
        if (!dates.contains(date))
            dates << date;
    }
    if (dates.isEmpty())
        return {};
    const QString figures =
        QCoreApplication::translate("at::Charts", "Figures for %1.").arg(locale.createSeparatedList(dates));
    return figures + u' ' + sourcesFootnote(d, marketCitations(d, markets), locale);
}

} // namespace at
