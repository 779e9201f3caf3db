// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#include "app/core/network/nodesizing.h"

#include "app/core/userseries.h"

#include <cmath>

namespace at {

NodeSizing::NodeSizing(const Dataset &d, Metric metric)
    : m_dataset(&d), m_metric(metric), m_seriesOf(size_t(d.entities.size()), -1)
{
    for (int s = 0; s < d.series.size(); ++s) {
        const Series &series = d.series[s];
        if (series.metric != metric || !isUserCountSeries(series) || series.pointCount == 0 ||
            series.entity < 0)
            continue;
        // One series per company and metric; should a dataset hold two, the first one is used, and only it
        // sets the scale.
        int &chosen = m_seriesOf[size_t(series.entity)];
        if (chosen >= 0)
            continue;
        chosen = s;
        for (const SeriesPoint &p : d.pointsOf(series))
            m_max = std::max(m_max, p.value);
    }
}

NodeFigure NodeSizing::figureAt(int entity, double t) const
{
    if (!m_dataset || entity < 0 || size_t(entity) >= m_seriesOf.size() || m_seriesOf[size_t(entity)] < 0)
        return {};
    const int s = m_seriesOf[size_t(entity)];
    const auto points = m_dataset->pointsOf(m_dataset->series[s]);
    const qsizetype after = firstPointAfter(points, t);
    if (after == 0)
        return {};
    const SeriesPoint &p = points[size_t(after - 1)];
    return NodeFigure{s, int(after - 1), p.value, p.qualifier};
}

double NodeSizing::radiusShare(double value) const
{
    if (!(m_max > 0) || !(value > 0))
        return 0;
    return std::sqrt(std::min(value, m_max) / m_max);
}

QList<Metric> sizeMetrics(const Dataset &d)
{
    QList<Metric> out;
    for (int m = 0; m < count<Metric>(); ++m) {
        for (const int s : userCountSeries(d)) {
            if (d.series[s].metric == Metric(m) && d.series[s].entity >= 0) {
                out.append(Metric(m));
                break;
            }
        }
    }
    return out;
}

} // namespace at
