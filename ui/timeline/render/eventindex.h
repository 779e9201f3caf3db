// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#pragma once

#include <QtGlobal>
#include <algorithm>
#include <cmath>
#include <span>
#include <type_traits>
#include <vector>

namespace at {

class Dataset;
struct EventFilter;

// Where the timeline finds events fast: for each entity's lane, the events that name it (and pass the
// filter) sorted by time, as doubled times (2 x Julian day: exact for every date's middle, since a middle is
// always a whole or half day) beside event indexes. Ranged events are also kept in a list per lane with a
// running maximum of their ends, so that the bars overlapping a time range are found without a scan from
// the start; so are the brackets of dates known only to the week, month, quarter or year. Built once per
// dataset and filter; painting reads it and Dataset::events, nothing else.
class EventIndex {
public:
    struct Range {
        qint32 start2 = 0;
        qint32 end2 = 0;
        quint32 event = 0;
    };
    struct Lane {
        std::vector<qint32> time2;   // sorted
        std::vector<quint32> events; // parallel to time2
        std::vector<Range> ranges;   // sorted by start2
        std::vector<qint32> maxEnd2; // maxEnd2[i] = max end2 of ranges[0..i]
        // The brackets of events without an end dated only to the week, month, quarter or year: from the
        // first day's start to the last day's end, doubled; the same way.
        std::vector<Range> brackets;
        std::vector<qint32> bracketMaxEnd2;
        // For big datasets, in lanes with at least one entry for every two of its slots: before2[j] =
        // entries whose time2 is below first2 + j, a running count on the half-day grid that every time2
        // lies on, so that a density strip counts a pixel column's events with two look-ups instead of a
        // walk over them, at any zoom.
        std::vector<quint32> before2;
    };

    EventIndex() = default;
    // `filter` may be null (all events pass).
    void build(const Dataset &dataset, const EventFilter *filter);

    int laneCount() const { return int(m_lanes.size()); }
    const Lane &lane(int entity) const { return m_lanes[size_t(entity)]; }
    bool accepts(size_t event) const { return (m_accepted[event >> 6] >> (event & 63)) & 1; }
    qsizetype acceptedCount() const { return m_acceptedCount; }
    size_t eventCount() const { return m_eventCount; }
    // The time of the first and last accepted event (the end of the last range), 0 when there are none.
    double firstTime() const { return m_first2 / 2.0; }
    double lastTime() const { return m_last2 / 2.0; }

    // Whether the dataset is big enough (dayCountThreshold events) for running counts in its dense lanes;
    // zoomed out to a day or more per pixel, its density strips then count whole days.
    bool hasDayCounts() const { return m_dayCounts; }
    static constexpr size_t dayCountThreshold = 50000;
    qint64 firstDay() const { return m_firstDay; }
    // The number of entries of lane `entity` whose time2 is below `time2`: a look-up in the running count
    // where the lane has one, a binary search where not.
    quint32 countBefore(int entity, qint64 time2) const
    {
        const Lane &l = m_lanes[size_t(entity)];
        if (!l.before2.empty())
            return l.before2[size_t(std::clamp<qint64>(time2 - m_first2, 0, qint64(l.before2.size()) - 1))];
        return quint32(std::lower_bound(l.time2.begin(), l.time2.end(), time2) - l.time2.begin());
    }
    // The number of entries of lane `entity` on days [firstDay() + d0, firstDay() + d1), each entry on its
    // nearest day (a half day goes up).
    quint32 countDays(int entity, qint64 d0, qint64 d1) const
    {
        // An entry is before day D when 2 x its time is below 2D - 1.
        return countBefore(entity, 2 * (m_firstDay + d1) - 1) -
               countBefore(entity, 2 * (m_firstDay + d0) - 1);
    }
    // Adds to counts[c] the entries of lane `entity` with bounds[c] <= time2 < bounds[c + 1], for every c
    // below bounds.size() - 1 (bounds ascending); returns how many it added. Two look-ups a column where
    // the lane has a running count, else a walk over the entries in [bounds.front(), bounds.back()).
    quint64 addCounts(int entity, std::span<const qint64> bounds, quint32 *counts) const;

    // The entries of lane `entity` whose time is in [from, to]: a half-open span of positions.
    std::pair<size_t, size_t> positions(int entity, double from, double to) const;
    // Whether a range of the lane overlaps [from, to] (a binary search).
    bool hasRange(int entity, double from, double to) const
    {
        // The first range whose prefix maximum of ends reaches `from` ends there itself (the ones before
        // it end earlier); ranges start in order, so one overlaps if and only if that one starts by `to`.
        const Lane &l = m_lanes[size_t(entity)];
        const auto lo = qint32(std::max(-2e9, std::ceil(from * 2)));
        const auto hi = qint32(std::min(2e9, std::floor(to * 2)));
        const auto first = std::lower_bound(l.maxEnd2.begin(), l.maxEnd2.end(), lo);
        return first != l.maxEnd2.end() && l.ranges[size_t(first - l.maxEnd2.begin())].start2 <= hi;
    }
    // Calls f(const Range &) for every range of the lane that overlaps [from, to], in order of start; an f
    // that returns bool stops the walk by returning false.
    template <typename F> void forEachRange(int entity, double from, double to, F f) const
    {
        const Lane &l = m_lanes[size_t(entity)];
        forEachOverlapping(l.ranges, l.maxEnd2, from, to, f);
    }
    // The same for the lane's brackets (Lane::brackets).
    template <typename F> void forEachBracket(int entity, double from, double to, F f) const
    {
        const Lane &l = m_lanes[size_t(entity)];
        forEachOverlapping(l.brackets, l.bracketMaxEnd2, from, to, f);
    }

    // Events of the very same time (the accepted ones, in dataset order): views spread them out within
    // their period the same way in every lane, so that an event's markers (and the link through them) stay
    // in line. `rank` of `count`; `periodDays`: the shortest period among them (a day, a week...).
    struct SameTime {
        quint32 rank = 0;
        quint32 count = 1;
        qint32 periodDays = 1;
    };
    SameTime sameTime(quint32 event) const;

    // The bytes the index holds beyond the dataset (capacity of every vector).
    size_t memoryBytes() const;

private:
    template <typename F>
    static void forEachOverlapping(const std::vector<Range> &list, const std::vector<qint32> &maxEnd2,
                                   double from, double to, F &f)
    {
        const auto lo = qint32(std::max(-2e9, std::ceil(from * 2)));
        const auto hi = qint32(std::min(2e9, std::floor(to * 2)));
        auto first = std::lower_bound(maxEnd2.begin(), maxEnd2.end(), lo);
        for (size_t i = size_t(first - maxEnd2.begin()); i < list.size() && list[i].start2 <= hi; ++i) {
            if (list[i].end2 < lo)
                continue;
            if constexpr (std::is_same_v<std::invoke_result_t<F &, const Range &>, bool>) {
                if (!f(list[i]))
                    return;
            } else {
                f(list[i]);
            }
        }
    }

    std::vector<Lane> m_lanes;
    std::vector<quint64> m_accepted; // a bit per event
    qsizetype m_acceptedCount = 0;
    size_t m_eventCount = 0;
    qint64 m_first2 = 0;
    qint64 m_firstDay = 0;
    bool m_dayCounts = false;
    qint64 m_last2 = 0;
    // Runs of accepted events of one time, only those of two or more: [begin, end) in m_runEvents.
    struct Run {
        quint32 firstEvent = 0;
        quint32 lastEvent = 0;
        quint32 begin = 0;
        quint32 end = 0;
        qint32 periodDays = 1;
    };
    std::vector<Run> m_runs;
    std::vector<quint32> m_runEvents;
};

} // namespace at
