// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#pragma once

#include "app/core/dataset.h"

#include <QList>
#include <QPointF>
#include <span>
#include <vector>

namespace at {

// Level of detail for drawing a long series fast. A chart asks for the points to draw in a time window at
// a width in pixels; when there are more points than a few per pixel column it gets, per column, the
// first, lowest, highest and last point (the M4 reduction: the drawn line is the same as with every point).
// A pyramid of per-bucket minima and maxima, built once in one pass, keeps the cost of a frame proportional
// to the pixel width, not to the number of points, even when all of a million points are in view.
class SeriesLod {
public:
    SeriesLod() = default;
    // Reads every point. With a `stride` above 1 it reads only every stride-th point (and the ends of each
    // bucket): a quick approximate index for a first frame of a very long series, while the exact one is
    // built in the background. Windows, counts and the raw points it hands out are exact either way; only
    // the reduction of dense stretches, the value range and the sources are approximate.
    explicit SeriesLod(std::span<const SeriesPoint> points, int stride = 1);
    bool isExact() const { return m_stride == 1; }

    std::span<const SeriesPoint> points() const { return m_points; }
    qsizetype size() const { return qsizetype(m_points.size()); }
    double time(qsizetype i) const
    {
        const FuzzyDate &d = m_points[size_t(i)].date;
        return d.precision == Precision::Day ? double(d.first) : d.middle();
    }
    double value(qsizetype i) const { return m_points[size_t(i)].value; }
    double minValue() const { return m_min; }
    double maxValue() const { return m_max; }
    double minPositiveValue() const { return m_minPositive; } // for a logarithmic axis; 0 if none
    // The sources the points cite (indexes, ascending), gathered in the same pass, for the footnote.
    const QList<int> &sources() const { return m_sources; }

    // Indexes [first, last) of the points inside [from, to], widened by one point each side so that a
    // line drawn through them runs out of the window instead of stopping short of its edges.
    std::pair<qsizetype, qsizetype> window(double from, double to) const;
    // How many points lie inside [from, to].
    qsizetype countIn(double from, double to) const;

    // Appends (time, value) pairs to draw [from, to] at `pixels` columns: every point of the window when
    // there are at most 4 per column, the M4 reduction otherwise. Always in time order.
    void sample(double from, double to, int pixels, std::vector<QPointF> &out) const;

private:
    // A run of consecutive points summarised by its first, lowest, highest and last point, so that sampling
    // reads the small pyramid sequentially instead of jumping around hundreds of megabytes of points. Single
    // precision is plenty for drawing (times are days from the series' first point, exact as floats), and
    // halves the memory, which matters: fresh memory costs a page fault per 4 KiB.
    struct Sample {
        float time;
        float value;
    };
    struct Bucket {
        Sample first;
        Sample low;
        Sample high;
        Sample last;
    };
    Sample summary(size_t index) const
    {
        return {float(time(qsizetype(index)) - m_origin), float(m_points[index].value)};
    }

    static constexpr int leafSize = 64; // points per bucket at level 0; each level above doubles it

    std::span<const SeriesPoint> m_points;
    std::vector<std::vector<Bucket>> m_levels;
    int m_stride = 1;
    double m_origin = 0; // the first point's time; bucket times are relative to it
    double m_min = 0;
    double m_max = 0;
    double m_minPositive = 0;
    QList<int> m_sources;
};

} // namespace at
