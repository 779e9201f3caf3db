// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#include "ui/timeline/render/laneplacement.h"

#include <algorithm>
#include <limits>

namespace at {

float PlacementParams::badgeWidth(quint32 count) const
{
    int digits = 1;
    for (quint32 c = count; c >= 10; c /= 10)
        ++digits;
    return std::max(2 * markerRadius + 2, digits * digitWidth + badgePadding);
}

void placeLane(std::span<const PlacementItem> items, const PlacementParams &params, LanePlacement &out)
{
    const float r = params.markerRadius;
    const int tracks = std::max(1, params.tracks);
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

    // What each track holds, left to right: [left, right) and the marker it is (or -1 for a badge).
    struct Occupant {
        float left;
        float right;
        int marker;
    };
    std::vector<std::vector<Occupant>> byTrack(static_cast<size_t>(tracks));

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
            for (size_t k = i; k <= last; ++k) {
                const auto track = quint8(k - i);
                const float x = items[k].x;
                byTrack[track].push_back(
                    Occupant{x - r, x + r + extra(items[k].event), int(out.markers.size())});
                out.markers.push_back(PlacedMarker{x, items[k].event, quint32(k), track});
            }
        } else {
            const float left = items[i].x - r;
            byTrack[0].push_back(Occupant{left, right, -1});
            out.badges.push_back(PlacedBadge{left, right, quint32(i), quint32(last), 0});
        }
        i = last + 1;
    }

    for (size_t t = 0; t < byTrack.size(); ++t) {
        const std::vector<Occupant> &occ = byTrack[t];
        for (size_t k = 0; k < occ.size(); ++k) {
            if (occ[k].marker < 0)
                continue;
            const float start = occ[k].right + params.labelGap;
            const float limit = k + 1 < occ.size() ? occ[k + 1].left - params.labelGap
                                                   : std::numeric_limits<float>::infinity();
            const float room = limit - start;
            if (room < params.minLabelWidth)
                continue;
            const PlacedMarker &m = out.markers[size_t(occ[k].marker)];
            const float full = params.labelWidth ? params.labelWidth(m.event) : params.minLabelWidth;
            if (full <= 0)
                continue;
            const bool elided = full > room;
            out.labels.push_back(PlacedLabel{start, elided ? room : full, m.event, quint8(t), elided});
        }
    }
}

} // namespace at
