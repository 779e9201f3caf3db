// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#pragma once

#include <QtGlobal>
#include <vector>

namespace at {

// Where a density strip's pixel columns begin, as doubled times (time2, the half-day grid that every
// entry of the event index lies on): column c counts the entries with bounds[c] <= time2 < bounds[c + 1],
// c < width. Computed once a frame, the same for every strip, so that the index answers each column with
// two look-ups in a running count (EventIndex::addCounts) instead of a walk over the events.

// Columns of time: an entry at time t in [from, to] goes to column int((2t - 2 from) x pixelsPerDay / 2),
// and one past the last column to the last. Each bound is the first time2 of its column or a later one,
// found with that very expression, so that the counts are those of a walk over the events, to the event.
void timeColumnBounds(std::vector<qint64> &bounds, double from, double to, double pixelsPerDay, int width);

// Columns of whole days, for a day or more per pixel: column c covers the days from the one nearest
// from + c / pixelsPerDay up to the next column's first, the last column its last day too; an entry counts
// on its nearest day (a half day goes up), as EventIndex::countDays counts.
void dayColumnBounds(std::vector<qint64> &bounds, double from, double pixelsPerDay, int width);

} // namespace at
