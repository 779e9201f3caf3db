// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#pragma once

#include <QtGlobal>
#include <functional>
#include <span>
#include <vector>

namespace at {

// Where the markers, count badges and labels of one lane go, so that nothing overlaps. A lane has one or
// more tracks (rows of markers). Events whose markers would touch form a cluster; a cluster with no more
// events than tracks is fanned out over the tracks, a bigger one becomes a badge with its count, which
// opens up into markers as the user zooms in. A marker gets its label to its right when there is room
// before the next thing in its track, elided when there is some room, none when there is little.
struct PlacementItem {
    float x = 0; // the marker's centre
    quint32 event = 0;
};

struct PlacementParams {
    int tracks = 1;
    float markerRadius = 5;
    float markerGap = 2;      // free pixels between neighbouring markers of different clusters
    float labelGap = 4;       // between a marker and its label, and a label and what follows
    float minLabelWidth = 36; // below this, no label at all
    float badgePadding = 8;   // a badge is its count's width plus this
    float digitWidth = 7;     // the width of one digit of a badge's count
    // The width of an event's label (already limited to the longest label drawn); called only for markers
    // that have at least minLabelWidth of room.
    std::function<float(quint32 event)> labelWidth;
    // Extra room an event takes right of its marker (an annotation badge); may be empty.
    std::function<float(quint32 event)> markerExtra;

    float badgeWidth(quint32 count) const;
};

struct PlacedMarker {
    float x = 0;
    quint32 event = 0;
    quint32 item = 0; // position in the input
    quint8 track = 0;
};

struct PlacedBadge {
    float left = 0;
    float right = 0;
    quint32 firstItem = 0; // the cluster: input positions [firstItem, lastItem]
    quint32 lastItem = 0;
    quint8 track = 0;
    quint32 count() const { return lastItem - firstItem + 1; }
};

struct PlacedLabel {
    float left = 0;
    float width = 0;
    quint32 event = 0;
    quint8 track = 0;
    bool elided = false; // narrower than the event's full label
};

struct LanePlacement {
    std::vector<PlacedMarker> markers;
    std::vector<PlacedBadge> badges;
    std::vector<PlacedLabel> labels;
    void clear()
    {
        markers.clear();
        badges.clear();
        labels.clear();
    }
};

// `items` must be sorted by x. Appends to `out` (which the caller clears).
void placeLane(std::span<const PlacementItem> items, const PlacementParams &params, LanePlacement &out);

} // namespace at
