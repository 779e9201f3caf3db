// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#include "app/core/timeextent.h"

#include "app/core/dataset.h"

#include <algorithm>
#include <limits>

namespace at {

TimeExtent timeExtent(const Dataset &d)
{
    double from = std::numeric_limits<double>::infinity();
    double to = -from;
    auto add = [&](const FuzzyDate &date) {
        if (date.isNull())
            return;
        from = std::min(from, double(date.first));
        to = std::max(to, double(date.last()));
    };
    // Events are sorted by their middles, which says little about where their periods start or end.
    for (const Event &e : d.events) {
        add(e.start);
        add(e.end);
    }
    for (const SeriesPoint &p : d.points)
        add(p.date);
    for (const Market &m : d.markets)
        add(m.date);
    for (const Quote &q : d.quotes)
        add(q.date);
    if (from > to)
        return {};
    return {from, to};
}

} // namespace at
