// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#include "app/core/network/edgetime.h"

#include <algorithm>

namespace at {

EdgeClock EdgeClock::of(const Event &e)
{
    EdgeClock c;
    c.startFirst = e.start.first;
    c.startPassed = double(e.start.last()) + 1.0;
    c.startImprecise = e.start.precision != Precision::Day;
    // A point event ends with its date; a ranged one with its end's period.
    if (e.isRanged()) {
        c.endFirst = e.end.first;
        c.endPassed = double(e.end.last()) + 1.0;
        c.endImprecise = e.end.precision != Precision::Day;
    } else {
        c.endFirst = c.startPassed;
        c.endPassed = c.startPassed;
    }
    return c;
}

EdgeTime EdgeClock::at(double t) const
{
    if (t < startFirst)
        return {EdgePhase::NotYet, 0};
    if (t < startPassed && startImprecise)
        return {EdgePhase::Uncertain, 1};
    if (t < endFirst)
        return {EdgePhase::InForce, 1};
    if (t < endPassed)
        return {endImprecise ? EdgePhase::Uncertain : EdgePhase::InForce, 1};
    const double age = std::min(1.0, (t - endPassed) / edgeFadeDays);
    return {EdgePhase::Ended, 1.0 - age * (1.0 - endedEdgeFloor)};
}

} // namespace at
