// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#pragma once

namespace at {

class Dataset;

// The span of time a dataset speaks of: from the first day of the earliest date of any event (start or
// end), reported figure, market record or quote to the last day of the latest, as Julian days. An
// imprecise date counts as the whole period it covers: a figure for 2010-Q3 starts the span on 1 July
// 2010, so that a view opened on the extent shows it. Both are 0 for an empty dataset.
struct TimeExtent {
    double from = 0;
    double to = 0;
    bool isEmpty() const { return !(to >= from) || (from == 0 && to == 0); }
};
TimeExtent timeExtent(const Dataset &dataset);

} // namespace at
