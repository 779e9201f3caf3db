// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#include "ui/timeline/render/eventindex.h"

#include "app/core/dataset.h"
#include "app/core/eventfilter.h"

#include <limits>

namespace at {

namespace {
// The day an entry counts for: its time rounded to the nearest day (a half-day goes up).
qint64 dayOf2(qint32 time2)
{
    return qint64(std::floor((time2 + 1) / 2.0));
}
} // namespace

void EventIndex::build(const Dataset &dataset, const EventFilter *filter)
{
    const bool all = filter == nullptr || filter->isEmpty();
    m_eventCount = dataset.events.size();
    m_lanes.assign(size_t(dataset.entities.size()), {});
    m_accepted.assign((m_eventCount + 63) / 64, 0);
    m_acceptedCount = 0;
    m_first2 = 0;
    m_last2 = 0;
    m_firstDay = 0;
    m_dayCounts = false;

    // Count first, so that each lane's vectors are allocated once at their final size.
    std::vector<size_t> points(m_lanes.size(), 0), ranges(m_lanes.size(), 0), brackets(m_lanes.size(), 0);
    auto hasBracket = [](const Event &e) { return !e.isRanged() && e.start.precision != Precision::Day; };
    for (size_t i = 0; i < m_eventCount; ++i) {
        const Event &e = dataset.events[i];
        if (!all && !filter->accepts(dataset, e))
            continue;
        m_accepted[i >> 6] |= quint64(1) << (i & 63);
        ++m_acceptedCount;
        for (quint16 p : dataset.partiesOf(e)) {
            if (p >= points.size())
                continue; // a party that is not an entity: nothing to draw it in
            ++points[p];
            ranges[p] += e.isRanged() ? 1 : 0;
            brackets[p] += hasBracket(e) ? 1 : 0;
        }
    }
    for (size_t l = 0; l < m_lanes.size(); ++l) {
        m_lanes[l].time2.reserve(points[l]);
        m_lanes[l].events.reserve(points[l]);
        m_lanes[l].ranges.reserve(ranges[l]);
        m_lanes[l].maxEnd2.reserve(ranges[l]);
        m_lanes[l].brackets.reserve(brackets[l]);
        m_lanes[l].bracketMaxEnd2.reserve(brackets[l]);
    }
    bool first = true;
    m_runs.clear();
    m_runEvents.clear();
    qint32 runTime2 = 0;
    size_t runStart = 0; // into m_runEvents
    auto closeRun = [&] {
        const size_t end = m_runEvents.size();
        if (end - runStart >= 2) {
            Run run{m_runEvents[runStart], m_runEvents[end - 1], quint32(runStart), quint32(end), 0};
            run.periodDays = std::numeric_limits<qint32>::max();
            for (size_t k = runStart; k < end; ++k) {
                const FuzzyDate &d = dataset.events[m_runEvents[k]].start;
                run.periodDays = std::min(run.periodDays, d.last() - d.first + 1);
            }
            m_runs.push_back(run);
        } else {
            m_runEvents.resize(runStart); // a single event is no run
        }
        runStart = m_runEvents.size();
    };
    for (size_t i = 0; i < m_eventCount; ++i) {
        if (!accepts(i))
            continue;
        const Event &e = dataset.events[i];
        const auto t2 = qint32(qint64(e.start.first) + e.start.last());
        if (first || t2 != runTime2) {
            closeRun();
            runTime2 = t2;
        }
        m_runEvents.push_back(quint32(i));
        const qint32 end2 = e.isRanged() ? qint32(qint64(e.end.first) + e.end.last()) : t2;
        if (first)
            m_first2 = t2;
        first = false;
        m_last2 = std::max<qint64>(m_last2, end2);
        for (quint16 p : dataset.partiesOf(e)) {
            if (p >= m_lanes.size())
                continue;
            Lane &lane = m_lanes[p];
            lane.time2.push_back(t2);
            lane.events.push_back(quint32(i));
            if (e.isRanged()) {
                lane.ranges.push_back(Range{t2, end2, quint32(i)});
                lane.maxEnd2.push_back(lane.maxEnd2.empty() ? end2 : std::max(lane.maxEnd2.back(), end2));
            }
            if (hasBracket(e))
                lane.brackets.push_back(Range{2 * e.start.first - 1, 2 * e.start.last() + 1, quint32(i)});
        }
    }
    closeRun();
    // Events come in the order of their dates' middles; a bracket starts half its width before.
    for (Lane &lane : m_lanes) {
        std::stable_sort(lane.brackets.begin(), lane.brackets.end(),
                         [](const Range &a, const Range &b) { return a.start2 < b.start2; });
        for (const Range &b : lane.brackets)
            lane.bracketMaxEnd2.push_back(
                lane.bracketMaxEnd2.empty() ? b.end2 : std::max(lane.bracketMaxEnd2.back(), b.end2));
    }
    m_runEvents.shrink_to_fit();
    if (m_eventCount >= dayCountThreshold && m_acceptedCount > 0) {
        m_dayCounts = true;
        m_firstDay = dayOf2(qint32(m_first2));
        // Entries lie on [first2, last2]; before2 has a slot per half day of that and one for the total.
        const auto slots = size_t(m_last2 - m_first2 + 2);
        for (Lane &lane : m_lanes) {
            // A sparse lane keeps no count (a long span with few events would cost more than the events):
            // its strips walk its few entries.
            if (lane.time2.size() * 2 < slots)
                continue;
            lane.before2.assign(slots, 0);
            for (qint32 t2 : lane.time2)
                ++lane.before2[size_t(t2 - m_first2 + 1)];
            for (size_t j = 1; j < slots; ++j)
                lane.before2[j] += lane.before2[j - 1];
        }
    }
}

quint64 EventIndex::addCounts(int entity, std::span<const qint64> bounds, quint32 *counts) const
{
    if (bounds.size() < 2)
        return 0;
    const size_t columns = bounds.size() - 1;
    const Lane &l = m_lanes[size_t(entity)];
    if (!l.before2.empty()) {
        const quint32 first = countBefore(entity, bounds[0]);
        quint32 previous = first;
        for (size_t c = 0; c < columns; ++c) {
            const quint32 next = countBefore(entity, bounds[c + 1]);
            counts[c] += next - previous;
            previous = next;
        }
        return previous - first;
    }
    auto it = std::lower_bound(l.time2.begin(), l.time2.end(), bounds[0]);
    const auto begin = it;
    size_t c = 0;
    for (; it != l.time2.end() && *it < bounds[columns]; ++it) {
        while (*it >= bounds[c + 1])
            ++c;
        ++counts[c];
    }
    return quint64(it - begin);
}

std::pair<size_t, size_t> EventIndex::positions(int entity, double from, double to) const
{
    const std::vector<qint32> &t = m_lanes[size_t(entity)].time2;
    const auto lo = qint32(std::max(-2e9, std::ceil(from * 2)));
    const auto hi = qint32(std::min(2e9, std::floor(to * 2)));
    const auto a = std::lower_bound(t.begin(), t.end(), lo);
    const auto b = std::upper_bound(a, t.end(), hi);
    return {size_t(a - t.begin()), size_t(b - t.begin())};
}

EventIndex::SameTime EventIndex::sameTime(quint32 event) const
{
    const auto run = std::partition_point(m_runs.begin(), m_runs.end(),
                                          [event](const Run &r) { return r.lastEvent < event; });
    if (run == m_runs.end() || run->firstEvent > event)
        return {};
    const auto first = m_runEvents.begin() + run->begin;
    const auto last = m_runEvents.begin() + run->end;
    const auto at = std::lower_bound(first, last, event);
    if (at == last || *at != event)
        return {};
    return SameTime{quint32(at - first), run->end - run->begin, run->periodDays};
}

size_t EventIndex::memoryBytes() const
{
    size_t bytes = m_lanes.capacity() * sizeof(Lane) + m_accepted.capacity() * sizeof(quint64) +
                   m_runs.capacity() * sizeof(Run) + m_runEvents.capacity() * sizeof(quint32);
    for (const Lane &l : m_lanes) {
        bytes += l.time2.capacity() * sizeof(qint32) + l.events.capacity() * sizeof(quint32) +
                 l.ranges.capacity() * sizeof(Range) + l.maxEnd2.capacity() * sizeof(qint32) +
                 l.brackets.capacity() * sizeof(Range) + l.bracketMaxEnd2.capacity() * sizeof(qint32) +
                 l.before2.capacity() * sizeof(quint32);
    }
    return bytes;
}

} // namespace at
