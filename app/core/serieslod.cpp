// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#include "app/core/serieslod.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>

namespace at {

SeriesLod::SeriesLod(std::span<const SeriesPoint> points, int stride)
    : m_points(points), m_stride(std::max(1, stride))
{
    if (points.empty())
        return;
    // Level 0, the value range and the sources in one pass over the points: the only pass that touches
    // them all.
    const size_t n = points.size();
    std::vector<Bucket> level((n + leafSize - 1) / leafSize);
    m_origin = time(0);
    m_min = m_max = points[0].value;
    double minPositive = std::numeric_limits<double>::infinity();
    std::vector<quint8> cited(size_t(std::numeric_limits<quint16>::max()) + 1);
    int lastSource = -1;
    for (size_t b = 0; b < level.size(); ++b) {
        const size_t begin = b * leafSize;
        const size_t end = std::min(n, begin + leafSize);
        size_t lo = begin, hi = begin;
        // With a stride, the bucket's last point is read as well, so that the drawn line meets its neighbour.
        auto next = [&](size_t i) {
            if (i + 1 == end)
                return end;
            return std::min(i + size_t(m_stride), end - 1);
        };
        for (size_t i = begin; i < end; i = next(i)) {
            const double v = points[i].value;
            if (v < points[lo].value)
                lo = i;
            if (v > points[hi].value)
                hi = i;
            if (v > 0 && v < minPositive)
                minPositive = v;
            if (points[i].source != lastSource) {
                lastSource = points[i].source;
                cited[size_t(lastSource)] = 1;
            }
        }
        level[b] = {summary(begin), summary(lo), summary(hi), summary(end - 1)};
        m_min = std::min(m_min, points[lo].value);
        m_max = std::max(m_max, points[hi].value);
    }
    m_minPositive = std::isfinite(minPositive) ? minPositive : 0;
    for (size_t source = 0; source < cited.size(); ++source) {
        if (cited[source])
            m_sources << int(source);
    }
    m_levels.push_back(std::move(level));
    // Each level above halves the bucket count, until one bucket covers everything.
    while (m_levels.back().size() > 1) {
        const std::vector<Bucket> &below = m_levels.back();
        std::vector<Bucket> above((below.size() + 1) / 2);
        for (size_t b = 0; b < above.size(); ++b) {
            Bucket m = below[2 * b];
            if (2 * b + 1 < below.size()) {
                const Bucket &o = below[2 * b + 1];
                if (o.low.value < m.low.value)
                    m.low = o.low;
                if (o.high.value > m.high.value)
                    m.high = o.high;
                m.last = o.last;
            }
            above[b] = m;
        }
        m_levels.push_back(std::move(above));
    }
}

std::pair<qsizetype, qsizetype> SeriesLod::window(double from, double to) const
{
    const auto begin = m_points.begin();
    auto first = std::partition_point(begin, m_points.end(),
                                      [from](const SeriesPoint &p) { return p.date.middle() < from; });
    auto last = std::partition_point(first, m_points.end(),
                                     [to](const SeriesPoint &p) { return p.date.middle() <= to; });
    if (first != begin)
        --first;
    if (last != m_points.end())
        ++last;
    return {first - begin, last - begin};
}

qsizetype SeriesLod::countIn(double from, double to) const
{
    const auto first = std::partition_point(m_points.begin(), m_points.end(),
                                            [from](const SeriesPoint &p) { return p.date.middle() < from; });
    const auto last = std::partition_point(first, m_points.end(),
                                           [to](const SeriesPoint &p) { return p.date.middle() <= to; });
    return last - first;
}

void SeriesLod::sample(double from, double to, int pixels, std::vector<QPointF> &out) const
{
    if (m_points.empty() || pixels <= 0 || !(to > from))
        return;
    const auto [first, last] = window(from, to);
    const qsizetype n = last - first;
    if (n <= qsizetype(4) * pixels) {
        for (qsizetype i = first; i < last; ++i)
            out.emplace_back(time(i), value(i));
        return;
    }

    // One group per pixel column (columns -1 and `pixels` take the neighbours outside the window). Each
    // group gives its first, lowest, highest and last point, in time order, so the output stays sorted.
    const double columnWidth = (to - from) / pixels;
    struct Group {
        qsizetype column = std::numeric_limits<qsizetype>::min();
        Sample first{}, low{}, high{}, last{};
        bool empty = true;
    } g;
    auto flush = [&] {
        if (g.empty)
            return;
        std::array<Sample, 4> s{g.first, g.low, g.high, g.last};
        // Low and high may come in either order; first and last are the ends.
        if (s[1].time > s[2].time)
            std::swap(s[1], s[2]);
        float previous = -std::numeric_limits<float>::infinity();
        for (const Sample &p : s) {
            if (p.time != previous)
                out.emplace_back(m_origin + double(p.time), double(p.value));
            previous = p.time;
        }
    };
    auto columnOf = [&](float time) {
        const double c = std::floor((m_origin + double(time) - from) / columnWidth);
        return qsizetype(std::clamp(c, -1.0, double(pixels)));
    };
    // Adds a run of points, summarised, that starts in `column`.
    auto add = [&](qsizetype column, const Sample &first, const Sample &low, const Sample &high,
                   const Sample &last) {
        if (column != g.column || g.empty) {
            flush();
            g = {column, first, low, high, last, false};
            return;
        }
        g.last = last;
        if (low.value < g.low.value)
            g.low = low;
        if (high.value > g.high.value)
            g.high = high;
    };
    // Points one by one, a column at a time: the inner loop only compares times with the column's end and
    // tracks the extremes, since this path may see a couple of hundred thousand points a frame.
    auto addRaw = [&](qsizetype begin, qsizetype end) {
        qsizetype i = begin;
        while (i < end) {
            const qsizetype column = columnOf(float(time(i) - m_origin));
            const double columnEnd = column >= pixels ? std::numeric_limits<double>::infinity()
                                                      : from + double(column + 1) * columnWidth;
            const qsizetype start = i;
            qsizetype lo = i, hi = i;
            for (++i; i < end && time(i) < columnEnd; ++i) {
                const double v = value(i);
                if (v < value(lo))
                    lo = i;
                if (v > value(hi))
                    hi = i;
            }
            add(column, summary(size_t(start)), summary(size_t(lo)), summary(size_t(hi)),
                summary(size_t(i - 1)));
        }
    };

    // The coarsest level that still has about two buckets per column.
    const double pointsPerColumn = double(n) / pixels;
    int level = -1;
    while (level + 1 < int(m_levels.size()) &&
           double(qsizetype(leafSize) << (level + 1)) * 2 <= pointsPerColumn)
        ++level;
    if (level < 0) {
        addRaw(first, last);
        flush();
        return;
    }
    const qsizetype bucketSize = qsizetype(leafSize) << level;
    const std::vector<Bucket> &buckets = m_levels[size_t(level)];
    // Partial buckets at the two ends point by point, whole buckets in between from the pyramid.
    const qsizetype firstWhole = (first + bucketSize - 1) / bucketSize;
    const qsizetype endWhole = last / bucketSize; // one past the last whole bucket
    if (firstWhole >= endWhole) {
        addRaw(first, last);
    } else {
        addRaw(first, firstWhole * bucketSize);
        for (qsizetype b = firstWhole; b < endWhole; ++b) {
            const Bucket &bucket = buckets[size_t(b)];
            add(columnOf(bucket.first.time), bucket.first, bucket.low, bucket.high, bucket.last);
        }
        addRaw(endWhole * bucketSize, last);
    }
    flush();
}

} // namespace at
