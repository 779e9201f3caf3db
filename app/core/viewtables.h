// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#pragma once

#include "app/core/dataset.h"
#include "app/core/datatable.h"
#include "app/core/network/networkmoment.h"

#include <span>

namespace at {

class FilterScope;

// The tables behind the views' CSV exports: what each view draws, with the filter applied. The columns
// are documented in docs/CSV-EXPORT.md; change both together.

// A time range [from, to) in Julian days; from == to == 0 means all time. A record is in it when the
// period of its date overlaps it.
struct TableRange {
    double from = 0;
    double to = 0;
    // Whether the days [firstDay, lastDay] (Julian days) overlap the range.
    bool overlaps(qint32 firstDay, qint32 lastDay) const;
};

// One row per reported figure of the given series (those the chart shows), in range, in series then date
// order.
DataTable userCountTable(const Dataset &d, const QList<int> &series, TableRange range);
// One row per member of each market record of the sector and one for the uncovered rest where the record
// gives a total; `current` is the record the donut shows (-1: none). Members the filter leaves out are
// marked, as the chart marks them.
DataTable marketShareTable(const Dataset &d, const FilterScope &scope, Sector sector, int current);
// One row per event the filter keeps in range, in time order.
DataTable timelineTable(const Dataset &d, const FilterScope &scope, TableRange range);
// One row per line of the alliance network in force at `julianDay` (edgesInForceAt()), in time order.
DataTable networkTable(const Dataset &d, const NetworkGraph &graph, std::span<const DrawnEdge> inForce,
                       double julianDay);

} // namespace at
