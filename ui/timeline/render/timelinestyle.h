// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#pragma once

#include "ui/timeline/render/annotationmarks.h"

#include <QFont>
#include <QHash>

namespace at {

// Sizes of the timeline's parts, in pixels.
struct TimelineStyle {
    int fontPixelSize = 11;
    int badgeFontPixelSize = 9;
    int trackHeight = 16; // at least the label font's height
    int bandHeight = 6;   // where a lane draws its ranged events' bars
    int groupHeight = 22;
    int axisHeight = 42;
    int legendHeight = 22;
    double markerRadius = 5;
    double maxLabelWidth = 240;
    // A row with more visible events than the plot's width divided by this is drawn as a density strip
    // (events per pixel column) instead of markers.
    double densityFactor = 10;
};

// The timeline's fonts, made from the widget's font at the style's sizes: labels and lane names, the
// counts in badges, and the group headers.
struct TimelineFonts {
    QFont text;
    QFont badge;
    QFont group;
    static TimelineFonts make(const QFont &base, const TimelineStyle &style)
    {
        TimelineFonts f;
        f.text = base;
        f.text.setPixelSize(style.fontPixelSize);
        f.badge = f.text;
        f.badge.setPixelSize(style.badgeFontPixelSize);
        f.badge.setBold(true);
        f.group = f.text;
        f.group.setBold(true);
        return f;
    }
};

// What the widget adds to the data for one frame.
struct TimelineDecorations {
    int selectedEvent = -1;
    int selectedEntity = -1;
    int hoveredEvent = -1;
    double currentTime = 0;                       // 0: no cursor
    const QHash<int, int> *annotations = nullptr; // event index -> count
    // Spans and periods as bands; in a picture, numbered, with events' numbers beside their markers.
    const AnnotationMarks *marks = nullptr;
    int selectedMark = -1; // a band chosen to be moved by keys: outlined
    bool focused = false;
    int dropRow = -1; // while a lane is dragged: draw the drop line above this row
    // A picture to hand over, not a screen: nothing to click (no fold triangles), no selection or hover,
    // and a legend of only what the picture shows.
    bool picture = false;
};

} // namespace at
