// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#pragma once

#include "app/core/dataset.h"
#include "app/core/sourcenotes.h"

#include <QList>
#include <QLocale>
#include <QString>
#include <optional>

namespace at {

// What a figure tells about the true value: exact, a lower bound, an upper bound or an approximation.
// A share keeps the bound of the figure it comes from, and the remainder of a market gets the opposite one
// (QQ "more than 600m" of 858m leaves "at most 258m" for everyone else).
enum class Bound : quint8 { Exact, AtLeast, AtMost, About };
Bound boundOf(Qualifier qualifier);

// One member's part of a market record: its reported figure and, when the record states a total, its share.
struct MarketSlice {
    int series = -1;  // index into Dataset::series
    int point = -1;   // the series' point at the record's date, -1 if it has none
    int entity = -1;  // index into Dataset::entities
    double value = 0; // the reported figure
    Bound bound = Bound::Exact;
    std::optional<double> share; // value / total, 0..1; empty when the record gives no total
};

// The part of a record's total that no member covers: "other", named by the entities the sources say it
// includes, with no breakdown. Known only when the record states a total.
struct MarketRemainder {
    double value = 0;
    Bound bound = Bound::Exact;
    double share = 0;
    QList<int> includes; // entity indexes
};

// A market record (Dataset::markets) turned into what a share chart draws. Nothing is invented: with no
// total there are no shares and no remainder, only the members' own figures.
struct MarketShares {
    int market = -1;
    bool hasTotal = false;
    double total = 0;
    Bound totalBound = Bound::Exact;
    QList<MarketSlice> slices;
    std::optional<MarketRemainder> remainder; // only with a total
    QList<int> otherIncludes;                 // entity indexes named as "also in this market"
};

MarketShares computeMarketShares(const Dataset &dataset, int market);

// The records of one sector in date order (ties by id).
QList<int> marketsOfSector(const Dataset &dataset, Sector sector);
// The record of the sector in force at `julianDay`: the latest whose date's period has begun by then (a
// record for Q3 2010 from 1 July 2010 on); -1 when there is none yet.
int marketAsOf(const Dataset &dataset, Sector sector, double julianDay);

// "69.9%"; a lower bound is rounded down and an upper bound up, so that "at least" and "at most" stay true.
QString formatShare(double share, Bound bound, const QLocale &locale);
// "at least 69.9%", "at most 30.1%", "about 12%", "12%".
QString boundedShareText(double share, Bound bound, const QLocale &locale);
// "more than 600 million" style text for a figure with a bound: "at least 600 million", "at most 258
// million".
QString boundedCountText(double value, Bound bound, const QLocale &locale);

// Labels as the share chart shows them (plain text; escape before handing to a rich-text renderer):
// "QQ: at least 69.9%" and "Other, including MSN China (no breakdown given)".
QString sliceLabel(const Dataset &dataset, const MarketShares &shares, int slice, const QLocale &locale);
QString remainderLabel(const Dataset &dataset, const MarketShares &shares, const QLocale &locale);

// What a share chart cites: each record's own source and paragraph and its members' points at its date.
CitedParagraphs marketCitations(const Dataset &dataset, const QList<int> &markets);
// "Figures for Q3 2010. Source: Microsoft China Venture Partnes with Sina — …, ¶5." (plain text)
QString marketFootnote(const Dataset &dataset, const QList<int> &markets, const QLocale &locale);

} // namespace at
