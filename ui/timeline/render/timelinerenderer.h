// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#pragma once

#include "ui/timeline/render/framehittest.h"
#include "ui/timeline/render/frameplan.h"
#include "ui/timeline/render/lanepainter.h"
#include "ui/timeline/render/timelinechrome.h"
#include "ui/timeline/render/timelinestyle.h"

#include <QFont>
#include <QLocale>
#include <QPalette>
#include <QRect>

class QPainter;

namespace at {

class Dataset;
class EventIndex;
class LaneLayout;

// Paints the timeline (gutter with lane names, axis, lanes, links, cursor, legend) for a visible range into
// any QPainter at any size: the widget's paintEvent, image and vector export, and the benchmark all use it.
// A frame is planned first (FramePlanner: what goes where), then painted (LanePainter for the lanes,
// TimelineChrome for the frame around them). It reads Dataset::events through an EventIndex and keeps no
// per-event state but caches of label texts and pictures.
class TimelineRenderer {
public:
    TimelineRenderer();

    // Both must outlive the renderer or be replaced before the next render.
    void setData(const Dataset *dataset, const EventIndex *index);
    void setLocale(const QLocale &locale);
    void setPalette(const QPalette &palette);
    void setFont(const QFont &font);
    void setStyle(const TimelineStyle &style);
    const TimelineStyle &style() const { return m_planner.style(); }
    QLocale locale() const { return m_locale; }
    const QPalette &palette() const { return m_lanes.palette(); }

    // A lane tall enough for two tracks of labelled markers and the band of bars.
    double defaultLaneHeight() const { return m_planner.defaultLaneHeight(); }
    double trackHeight() const { return m_planner.trackHeight(); }
    FrameGeometry geometry(const QRect &target) const { return m_planner.geometry(target); }

    // Draws `layout`'s rows scrolled by `scrollY` into `target`, for the time range of `scale` (its pixel
    // range is set to the plot's).
    void render(QPainter &painter, const QRect &target, const TimeScale &scale, const LaneLayout &layout,
                double scrollY, const TimelineDecorations &decorations);
    // Every visible row fitted into `target`: for a picture (decorations.picture) each lane as tall as its
    // events need when there is room, else all rows alike, shrunk down to one track without labels.
    void renderAllRows(QPainter &painter, const QRect &target, double from, double to, LaneLayout layout,
                       const TimelineDecorations &decorations);
    // Plans the frame of renderAllRows() without painting it; the plan is frame() afterwards.
    void planAllRows(const QRect &target, double from, double to, LaneLayout &layout,
                     const TimelineDecorations &decorations);

    // What the last frame drew.
    const FramePlan &frame() const { return m_frame; }
    const AxisTicks &ticks() const { return m_frame.ticks; }
    TimelineHit hitTest(QPointF pos, const LaneLayout &layout) const;
    // The centre of `event`'s marker in `row` in the last frame, or a null point.
    QPointF markerCenter(int event, int row) const { return m_frame.markerCenter(event, row); }

    // Drops cached label texts and pictures (their font or the dataset changed).
    void clearCaches();

private:
    void fitRows(const QRect &target, double from, double to, LaneLayout &layout,
                 const TimelineDecorations &deco);
    bool fitRowsToTheirEvents(const QRect &target, double from, double to, LaneLayout &layout,
                              const TimelineDecorations &deco);
    // fitRows(), and for a picture first the legend's height: the rows of what the picture shows.
    void fitPicture(const QRect &target, double from, double to, LaneLayout &layout,
                    const TimelineDecorations &deco);

    const EventIndex *m_index = nullptr;
    QLocale m_locale;
    QFont m_font;
    FramePlanner m_planner;
    LanePainter m_lanes;
    TimelineChrome m_chrome;
    FramePlan m_frame;
};

} // namespace at
