// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#include "ui/timeline/render/framehittest.h"

#include "ui/timeline/render/eventindex.h"
#include "ui/timeline/render/frameplan.h"
#include "ui/timeline/render/lanelayout.h"

#include <algorithm>
#include <cmath>

namespace at {

TimelineHit hitTest(const FramePlan &f, QPointF pos, const LaneLayout &layout, const EventIndex *index)
{
    TimelineHit hit;
    const TimeScale &s = f.scale;
    const double contentY = pos.y() - f.plot.top() + f.scrollY;
    if (f.gutter.contains(pos.toPoint())) {
        hit.row = layout.rowAt(contentY);
        if (hit.row >= 0)
            hit.type = layout.rows()[size_t(hit.row)].isGroup() ? TimelineHit::Type::GroupHeader
                                                                : TimelineHit::Type::LaneHeader;
        return hit;
    }
    if (f.axis.contains(pos.toPoint())) {
        hit.type = TimelineHit::Type::Axis;
        hit.from = hit.to = s.toTime(pos.x());
        return hit;
    }
    if (!f.plot.contains(pos.toPoint()))
        return hit;
    hit.row = layout.rowAt(contentY);

    const FramePlan::Item *best = nullptr;
    double bestDistance = 1e9;
    for (const FramePlan::Item &item : f.items) {
        const QRectF area = item.rect.adjusted(-2, -2, 2, 2);
        if (!area.contains(pos))
            continue;
        const double rank = item.type == FramePlan::Item::Type::Marker  ? 0
                            : item.type == FramePlan::Item::Type::Badge ? 1000
                                                                        : 2000;
        const double d =
            rank + std::hypot(item.rect.center().x() - pos.x(), item.rect.center().y() - pos.y());
        if (d < bestDistance) {
            bestDistance = d;
            best = &item;
        }
    }
    if (best) {
        hit.row = best->row;
        switch (best->type) {
        case FramePlan::Item::Type::Marker:
        case FramePlan::Item::Type::Bar:
            hit.type = TimelineHit::Type::Event;
            hit.event = int(best->event);
            break;
        case FramePlan::Item::Type::Badge:
            hit.type = TimelineHit::Type::Cluster;
            hit.event = int(best->event);
            hit.count = int(best->count);
            hit.from = best->from;
            hit.to = best->to;
            break;
        }
        return hit;
    }
    if (hit.row >= 0 && index &&
        std::find(f.densityRows.begin(), f.densityRows.end(), hit.row) != f.densityRows.end()) {
        // A density strip: the events within three pixels of the point.
        const double from = s.toTime(pos.x() - 3);
        const double to = s.toTime(pos.x() + 3);
        const double t = s.toTime(pos.x());
        double nearest = 1e18;
        for (int e : layout.entitiesOfRow(hit.row)) {
            const auto [a, b] = index->positions(e, from, to);
            hit.count += int(b - a);
            const EventIndex::Lane &lane = index->lane(e);
            for (size_t i = a; i < b; ++i) {
                const double d = std::abs(lane.time2[i] * 0.5 - t);
                if (d < nearest) {
                    nearest = d;
                    hit.event = int(lane.events[i]);
                }
            }
        }
        if (hit.count > 0) {
            hit.type = TimelineHit::Type::Density;
            hit.from = from;
            hit.to = to;
        }
    }
    return hit;
}

} // namespace at
