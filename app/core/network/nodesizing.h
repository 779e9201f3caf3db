// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#pragma once

#include "app/core/dataset.h"

#include <QList>
#include <optional>
#include <vector>

namespace at {

// The figure a company's node is sized by at a moment: its latest reported point of one metric up to then,
// as the user-count chart draws it (a point counts from the middle of its date's period).
struct NodeFigure {
    int series = -1; // index into Dataset::series
    int point = -1;  // index within the series; -1: no figure of this metric yet, so no size claim
    double value = 0;
    Qualifier qualifier = Qualifier::Exact;
    bool isKnown() const { return point >= 0; }
};

// Node size following one user-count metric, honest like the chart: the disc's area is proportional to the
// reported value on one scale for the whole span (so that a node grows only when its figure does), a lower
// bound stays a lower bound, a company without a figure makes no size claim, and one metric is never
// mixed with another (active accounts are not registered users).
class NodeSizing {
public:
    NodeSizing() = default; // no metric: every node the same size
    NodeSizing(const Dataset &dataset, Metric metric);

    std::optional<Metric> metric() const { return m_metric; }
    NodeFigure figureAt(int entity, double julianDay) const;
    // The largest value of the metric anywhere in the dataset: the full-size disc.
    double maxValue() const { return m_max; }
    // The disc's radius as a share of the full-size one: its area is proportional to the value.
    double radiusShare(double value) const;

private:
    const Dataset *m_dataset = nullptr;
    std::optional<Metric> m_metric;
    std::vector<int> m_seriesOf; // entity -> series of the metric, -1 for none
    double m_max = 0;
};

// The user-count metrics that have at least one figure, in the vocabulary's order: what a node can be
// sized by.
QList<Metric> sizeMetrics(const Dataset &dataset);

} // namespace at
