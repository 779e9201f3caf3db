// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#pragma once

namespace at {

class Dataset;

// The span of time a dataset speaks of: from the earliest to the latest date of any event (start or end),
// reported figure, market record or quote, as Julian days (the middle of each date's period). Both are 0
// for an empty dataset.
struct TimeExtent {
    double from = 0;
    double to = 0;
    bool isEmpty() const { return !(to >= from) || (from == 0 && to == 0); }
};
TimeExtent timeExtent(const Dataset &dataset);

} // namespace at
