// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#pragma once

#include "app/core/dataset.h"

namespace at {

// Where an event's line stands at a moment (a Julian day, as the time cursor gives it). A date covers whole
// days: a line dated 2011-06-03 is there from the start of that day.
enum class EdgePhase : quint8 {
    NotYet,    // before its first possible day: not drawn
    Uncertain, // inside the period of an imprecise start or end ("2013", "2011-Q2"): it may or may not be
               // in force yet (or still), so it is drawn as uncertain until that period has passed
    InForce,   // begun for certain and not ended
    Ended,     // over for certain (a point event is over once its date has passed); drawn fading
};

// How long an ended line takes to fade, and how faint it ends up: it stays as a trace of what was.
inline constexpr double edgeFadeDays = 180;
inline constexpr double endedEdgeFloor = 0.3;

struct EdgeTime {
    EdgePhase phase = EdgePhase::NotYet;
    double strength = 0; // 1 while in force or uncertain, then fading to endedEdgeFloor; 0 before
};

// The moments that decide where an event's line stands, worked out once: a view asks about thousands of
// lines a frame, and working out a period's last day takes a calendar.
struct EdgeClock {
    double startFirst = 0;  // the start's first day
    double startPassed = 0; // the day after the start's period
    double endFirst = 0;    // when it may be over: the end's first day (a point event: startPassed)
    double endPassed = 0;   // when it is over for certain
    bool startImprecise = false;
    bool endImprecise = false;

    static EdgeClock of(const Event &event);
    EdgeTime at(double julianDay) const;
    // From this moment on the line looks the same for ever (faded to endedEdgeFloor): views can draw it once.
    double settledFrom() const { return endPassed + edgeFadeDays; }
};

inline EdgeTime edgeTimeAt(const Event &event, double julianDay)
{
    return EdgeClock::of(event).at(julianDay);
}
inline double edgeSettledFrom(const Event &event)
{
    return EdgeClock::of(event).settledFrom();
}

// Announced, rumoured or unconfirmed events, and plans, are drawn dashed, as on the timeline.
inline bool isTentativeEdge(const Event &event)
{
    return isTentative(event.status) || isTentative(event.kind);
}

} // namespace at
