// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#pragma once

#include "app/core/dataset.h"
#include "app/core/sourcenotes.h"

#include <QList>
#include <QLocale>
#include <QString>
#include <span>

namespace at {

// What the user-count chart draws: series that count people or accounts (not revenue, not stakes).
// One series is one entity and one metric; metrics are never merged.
bool isUserCountSeries(const Series &series);
// Indexes into Dataset::series of the user-count series, in dataset order.
QList<int> userCountSeries(const Dataset &dataset);

// How a reported point is marked, so that the qualifier can be seen without reading a tooltip.
enum class PointMarker : quint8 {
    Filled,   // exact
    Hollow,   // approximately
    OpenUp,   // a lower bound ("at least", "more than"): the true value is above
    OpenDown, // an upper bound ("approaching"): the true value is below
};
inline constexpr int pointMarkerCount = 4;
PointMarker markerFor(Qualifier qualifier);

// The time a point is drawn at: the middle of its date's period (as on the timeline).
inline double pointTime(const SeriesPoint &p)
{
    return p.date.middle();
}
// The first point at or after `time` / after `time`; points are in date order.
qsizetype firstPointAtOrAfter(std::span<const SeriesPoint> points, double time);
qsizetype firstPointAfter(std::span<const SeriesPoint> points, double time);

// The hover text of one point, plain text with one fact per line: series name (entity and metric), date,
// value with its qualifier, the claim, the source and paragraph. Show it with Qt::PlainText or escape it.
QString pointToolTip(const Dataset &dataset, int series, int point, const QLocale &locale);

// The sources and paragraphs the given series cite. Series longer than `listParagraphsUpTo` points name
// their sources without listing paragraphs.
CitedParagraphs seriesCitations(const Dataset &dataset, const QList<int> &series,
                                qsizetype listParagraphsUpTo = 1000);

} // namespace at
