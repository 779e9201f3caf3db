// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#pragma once

#include <QPointF>

namespace at {

class EventIndex;
class LaneLayout;
struct FramePlan;

// What is under a point of a frame.
struct TimelineHit {
    enum class Type { None, Event, Cluster, Density, LaneHeader, GroupHeader, Axis, Cursor };
    Type type = Type::None;
    int event = -1; // Event; for Cluster and Density the event nearest to the point
    int row = -1;
    double from = 0; // Cluster, Density: the time range; Axis, Cursor: the time at the point
    double to = 0;
    int count = 0; // Cluster, Density
};

// Markers first (the nearest centre), then count badges, then bars; in a density strip the events within
// three pixels of the point (`index` may be null: then a strip hits nothing).
TimelineHit hitTest(const FramePlan &frame, QPointF pos, const LaneLayout &layout, const EventIndex *index);

} // namespace at
