// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#include "ui/timeline/render/laneplacement.h"

#include <algorithm>
#include <limits>
#include <tuple>

namespace at {
namespace {

// What a track holds, as disjoint [left, right) spans sorted by left (so by right too).
class Track {
public:
    bool isFree(float a, float b) const
    {
        const auto it = firstEndingAfter(a);
        return it == m_spans.end() || it->left >= b;
    }
    // The free room right of x (up to the next span), 0 when x is inside a span.
    float roomRightOf(float x) const
    {
        const auto it = firstEndingAfter(x);
        if (it == m_spans.end())
            return std::numeric_limits<float>::infinity();
        return std::max(0.0f, it->left - x);
    }
    // The free room left of x (back to the previous span), 0 when x is inside a span.
    float roomLeftOf(float x) const
    {
        auto it =
            std::partition_point(m_spans.begin(), m_spans.end(), [x](const Span &s) { return s.left < x; });
        if (it == m_spans.begin())
            return std::numeric_limits<float>::infinity();
        --it;
        return std::max(0.0f, x - it->right);
    }
    void add(float a, float b)
    {
        const auto at =
            std::partition_point(m_spans.begin(), m_spans.end(), [a](const Span &s) { return s.left < a; });
        m_spans.insert(at, Span{a, b});
    }

private:
    struct Span {
        float left;
        float right;
    };
    std::vector<Span>::const_iterator firstEndingAfter(float a) const
    {
        return std::partition_point(m_spans.begin(), m_spans.end(),
                                    [a](const Span &s) { return s.right <= a; });
    }
    std::vector<Span> m_spans;
};

} // namespace

float PlacementParams::badgeWidth(quint32 count) const
{
    int digits = 1;
    for (quint32 c = count; c >= 10; c /= 10)
        ++digits;
    return std::max(2 * markerRadius + 2, digits * digitWidth + badgePadding);
}

void placeLane(std::span<const PlacementItem> items, std::span<const PlacementItem> pinned,
               const PlacementParams &params, LanePlacement &out)
{
    const float r = params.markerRadius;
    const float gap = params.labelGap;
    const int tracks = std::clamp(params.tracks, 1, 255);
    auto extra = [&](quint32 event) { return params.markerExtra ? params.markerExtra(event) : 0.0f; };
    // Where a cluster's occupied space ends, given its first and last marker and its size.
    auto clusterRight = [&](size_t first, size_t last) {
        const size_t n = last - first + 1;
        if (n <= size_t(tracks)) {
            float right = 0;
            for (size_t k = first; k <= last; ++k)
                right = std::max(right, items[k].x + r + extra(items[k].event));
            return right;
        }
        return std::max(items[last].x + r, items[first].x - r + params.badgeWidth(quint32(n)));
    };
    std::vector<Track> byTrack(static_cast<size_t>(tracks));
    const size_t markersBegin = out.markers.size();
    auto addMarker = [&](size_t k, int track) {
        const float x = items[k].x;
        byTrack[size_t(track)].add(x - r, x + r + extra(items[k].event));
        out.markers.push_back(PlacedMarker{x, items[k].event, quint32(k), quint8(track)});
    };

    // Markers: clusters of markers that would touch fan out over the tracks; a bigger one is a badge.
    const size_t n = items.size();
    size_t i = 0;
    while (i < n) {
        size_t last = i;
        float right = clusterRight(i, i);
        while (last + 1 < n && items[last + 1].x - r < right + params.markerGap) {
            ++last;
            right = clusterRight(i, last);
        }
        const size_t count = last - i + 1;
        if (count <= size_t(tracks)) {
            for (size_t k = i; k <= last; ++k)
                addMarker(k, int(k - i));
        } else {
            // The kept event (the selection) stays a marker in the first track and the badge of the others
            // goes below it, where the lane has a second track.
            size_t kept = n;
            if (params.keepMarker >= 0 && tracks > 1) {
                for (size_t k = i; k <= last; ++k) {
                    if (qint64(items[k].event) == params.keepMarker)
                        kept = k;
                }
            }
            const int badgeTrack = kept < n ? 1 : 0;
            if (kept < n)
                addMarker(kept, 0);
            const float left = items[i].x - r;
            byTrack[size_t(badgeTrack)].add(left, right);
            out.badges.push_back(PlacedBadge{left, right, quint32(i), quint32(last),
                                             quint32(count - (kept < n ? 1 : 0)), quint8(badgeTrack)});
        }
        i = last + 1;
    }

    // A pinned label: whole in the first track with room where it starts (the plot's left edge, or its x
    // where that is further right), else elided in the track with the most room there; none for an event
    // whose marker, just left of the plot, has its own label.
    const size_t labelsBegin = out.labels.size();
    auto placePinned = [&](const PlacementItem &item) {
        const quint32 event = item.event;
        if (std::any_of(out.labels.begin() + qsizetype(labelsBegin), out.labels.end(),
                        [event](const PlacedLabel &l) { return l.event == event; }))
            return;
        const float start = std::max(params.left, item.x) + gap;
        std::vector<float> room(size_t(tracks), 0);
        for (int t = 0; t < tracks; ++t)
            room[size_t(t)] =
                std::min(byTrack[size_t(t)].roomRightOf(start - gap) - 2 * gap, params.right - start);
        const auto most = std::max_element(room.begin(), room.end());
        if (*most < params.minLabelWidth)
            return;
        const float w = params.labelWidth ? params.labelWidth(event) : params.minLabelWidth;
        if (w <= 0)
            return;
        auto chosen = std::find_if(room.begin(), room.end(), [w](float r) { return w <= r; });
        const bool elided = chosen == room.end();
        if (elided)
            chosen = most;
        const auto t = quint8(chosen - room.begin());
        const float width = elided ? *chosen : w;
        byTrack[t].add(start, start + width);
        out.labels.push_back(PlacedLabel{start, width, event, t, elided, t, start - gap});
    };

    // Labels, by priority: the markers' first, then the pinned ones, whose markers are not in view.
    struct Candidate {
        bool pinned;
        quint32 priority;
        size_t index; // into out.markers, or into `pinned`
    };
    std::vector<Candidate> order;
    order.reserve(out.markers.size() - markersBegin + pinned.size());
    for (size_t m = markersBegin; m < out.markers.size(); ++m)
        order.push_back(Candidate{false, items[out.markers[m].item].priority, m});
    for (size_t k = 0; k < pinned.size(); ++k)
        order.push_back(Candidate{true, pinned[k].priority, k});
    std::stable_sort(order.begin(), order.end(), [](const Candidate &a, const Candidate &b) {
        return std::tie(a.pinned, a.priority) < std::tie(b.pinned, b.priority);
    });
    for (const Candidate &c : order) {
        if (c.pinned) {
            placePinned(pinned[c.index]);
            continue;
        }
        const PlacedMarker marker = out.markers[c.index];
        const float x = marker.x;
        if (x > params.right)
            continue; // beyond the plot: nothing of it is seen
        const int t = marker.track;
        Track &own = byTrack[size_t(t)];
        const bool inside = x >= params.left;
        if (!inside && x + r + extra(marker.event) + gap < params.left)
            continue; // its label would be cut at the plot's edge
        const float rightLimit = params.right;
        const float leftLimit = inside ? params.left : -std::numeric_limits<float>::infinity();
        const float startRight = x + r + extra(marker.event) + gap; // a label right of the marker
        const float endLeft = x - r - gap;                          // a label left of it
        // Not even an elided label fits beside the marker, nor (below) in another track: skip measuring.
        const float roomRight =
            std::min(own.roomRightOf(startRight - gap) - 2 * gap, rightLimit - startRight);
        const float roomLeft =
            inside ? std::min(own.roomLeftOf(endLeft + gap) - 3 * gap, endLeft - leftLimit) : 0;
        const bool otherTracks = params.leaders && tracks > 1 && inside;
        if (!otherTracks && std::max(roomRight, roomLeft) < params.minLabelWidth)
            continue;
        const float w = params.labelWidth ? params.labelWidth(marker.event) : params.minLabelWidth;
        if (w <= 0)
            continue;
        auto place = [&](int track, float left, float width, bool elided, float occupiedLeft,
                         float occupiedRight) {
            byTrack[size_t(track)].add(occupiedLeft, occupiedRight);
            out.labels.push_back(PlacedLabel{left, width, marker.event, quint8(track), elided, quint8(t), x});
        };
        // Whole, right of the marker; else left of it.
        if (w <= roomRight) {
            place(t, startRight, w, false, startRight, startRight + w);
            continue;
        }
        if (w <= roomLeft) {
            place(t, endLeft - w, w, false, endLeft - w, endLeft);
            continue;
        }
        // Whole, in another track (the nearest first, above before below), with a leader line at x.
        bool placed = false;
        for (int d = 1; otherTracks && !placed && d < tracks; ++d) {
            for (const int other : {t - d, t + d}) {
                if (other < 0 || other >= tracks)
                    continue;
                bool clear = true;
                for (int between = std::min(t, other) + 1; clear && between < std::max(t, other); ++between)
                    clear = byTrack[size_t(between)].isFree(x - 1, x + 1);
                if (!clear)
                    continue;
                Track &there = byTrack[size_t(other)];
                const float rightOf = x + 3;
                if (rightOf + w <= rightLimit && there.isFree(x - 2, rightOf + w + gap)) {
                    for (int between = std::min(t, other) + 1; between < std::max(t, other); ++between)
                        byTrack[size_t(between)].add(x - 1, x + 1);
                    place(other, rightOf, w, false, x - 1, rightOf + w);
                    placed = true;
                    break;
                }
                const float leftOf = x - 3 - w;
                if (leftOf >= leftLimit && there.isFree(leftOf - 2 * gap, x + 2)) {
                    for (int between = std::min(t, other) + 1; between < std::max(t, other); ++between)
                        byTrack[size_t(between)].add(x - 1, x + 1);
                    place(other, leftOf, w, false, leftOf, x + 1);
                    placed = true;
                    break;
                }
            }
        }
        if (placed)
            continue;
        // Elided beside the marker, on the side with more room.
        if (std::max(roomRight, roomLeft) >= params.minLabelWidth) {
            if (roomRight >= roomLeft)
                place(t, startRight, roomRight, true, startRight, startRight + roomRight);
            else
                place(t, endLeft - roomLeft, roomLeft, true, endLeft - roomLeft, endLeft);
        }
    }
}

} // namespace at
