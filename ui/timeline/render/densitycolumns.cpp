// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#include "ui/timeline/render/densitycolumns.h"

#include <algorithm>
#include <cmath>

namespace at {

void timeColumnBounds(std::vector<qint64> &bounds, double from, double to, double pixelsPerDay, int width)
{
    width = std::max(1, width);
    bounds.resize(size_t(width) + 1);
    // The entries in view are those of EventIndex::positions(from, to): time2 in [lo, hi].
    const auto lo = qint64(qint32(std::max(-2e9, std::ceil(from * 2))));
    const auto hi = qint64(qint32(std::min(2e9, std::floor(to * 2))));
    const qint64 end = std::max(lo, hi + 1);
    const double from2 = from * 2;
    const double k = pixelsPerDay / 2;
    // The column the walk gave an entry (monotonic in time2), to the last bit of its rounding.
    auto column = [from2, k](qint64 time2) { return int((double(time2) - from2) * k); };
    bounds[0] = lo;
    for (int c = 1; c < width; ++c) {
        const qint64 previous = bounds[size_t(c) - 1];
        // Near where column c begins; then the first time2 whose column is c or later, exactly.
        auto t = qint64(std::clamp(std::ceil(from2 + c / k), double(previous), double(end)));
        while (t > previous && column(t - 1) >= c)
            --t;
        while (t < end && column(t) < c)
            ++t;
        bounds[size_t(c)] = t;
    }
    bounds[size_t(width)] = end;
}

void dayColumnBounds(std::vector<qint64> &bounds, double from, double pixelsPerDay, int width)
{
    width = std::max(1, width);
    bounds.resize(size_t(width) + 1);
    // An entry is on day D or later when its time2 is at least 2D - 1.
    for (int c = 0; c <= width; ++c)
        bounds[size_t(c)] = 2 * qint64(std::floor(from + c / pixelsPerDay + 0.5)) - 1;
    bounds[size_t(width)] += 2; // the last column includes its last day
}

} // namespace at
