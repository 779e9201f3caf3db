// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#pragma once

#include <QtGlobal>
#include <functional>
#include <limits>
#include <span>
#include <vector>

namespace at {

// Where the markers, count badges and labels of one lane go, so that nothing overlaps. A lane has one or
// more tracks (sub-rows). Markers stay at their x: events whose markers would touch form a cluster, fanned
// out over the tracks; only a cluster with more events than tracks becomes a badge with its count (the
// last resort: it opens up into markers as the user zooms in, or as an export gives the lane more tracks).
// Then every marker gets its label, in the order of the items' priority (the selection, then alliances and
// investments before plans, confirmed before rumoured): whole to the right of the marker where there is
// room, else whole to its left, else whole in another track with a leader line from the marker, else
// elided to the room beside the marker, else none. A label of a marker inside [left, right] stays inside;
// a marker left of `left` keeps its label only where all of it is right of `left`, never cut at the edge.
// Pinned items are events whose marker is out of view left of the plot but whose time goes on into it (a
// period's bar, a date known only to the month, quarter or year): their labels start at `left` + labelGap,
// in the first track with room there, so that a picture of a time range still says what the bars and
// brackets coming in from its edge are.
struct PlacementItem {
    float x = 0; // the marker's centre
    quint32 event = 0;
    quint32 priority = 0; // lower is labelled first
};

struct PlacementParams {
    int tracks = 1;
    float markerRadius = 5;
    float markerGap = 2;      // free pixels between neighbouring markers of different clusters
    float labelGap = 4;       // between a marker and its label, and a label and what follows
    float minLabelWidth = 36; // below this, no label at all
    float badgePadding = 8;   // a badge is its count's width plus this
    float digitWidth = 7;     // the width of one digit of a badge's count
    // The plot: a label of a marker inside it is kept inside it (moved left of its marker or to another
    // track rather than cut at the edge).
    float left = -std::numeric_limits<float>::infinity();
    float right = std::numeric_limits<float>::infinity();
    bool leaders = true; // labels may go to another track, joined to their marker by a leader line
    // The width of an event's label (already limited to the longest label drawn); called only for markers
    // that have at least minLabelWidth of room somewhere.
    std::function<float(quint32 event)> labelWidth;
    // Extra room an event takes right of its marker (an annotation badge); may be empty.
    std::function<float(quint32 event)> markerExtra;
    // An event that must stay a marker (the selection): a cluster it is in fans out without it.
    qint64 keepMarker = -1;

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
    quint32 firstItem = 0; // the cluster: input positions [firstItem, lastItem], but for a kept marker
    quint32 lastItem = 0;
    quint32 members = 0; // how many events the badge holds
    quint8 track = 0;
    quint32 count() const { return members; }
};

struct PlacedLabel {
    float left = 0;
    float width = 0;
    quint32 event = 0;
    quint8 track = 0;
    bool elided = false;    // narrower than the event's full label
    quint8 markerTrack = 0; // the track of its marker: where it differs, a leader line joins them
    float anchor = 0;       // the marker's x, where the leader line runs
    bool leader() const { return markerTrack != track; }
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

// `items` must be sorted by x. Appends to `out` (which the caller clears). The labels of `pinned` are placed
// after all the markers' (a marker in view without its label is a gap; a pinned label adds to what the bars
// say), by priority among themselves; each starts at its item's x or at `left`, whichever is further right,
// and its PlacedLabel has its anchor there and no leader.
void placeLane(std::span<const PlacementItem> items, std::span<const PlacementItem> pinned,
               const PlacementParams &params, LanePlacement &out);
inline void placeLane(std::span<const PlacementItem> items, const PlacementParams &params, LanePlacement &out)
{
    placeLane(items, {}, params, out);
}

} // namespace at
