// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#pragma once

#include "app/core/filterscope.h"
#include "app/core/network/edgetime.h"
#include "app/core/network/networkgraph.h"

#include <span>
#include <vector>

namespace at {

// What the filter leaves of the network, as every view reads it from the shared FilterScope: the lines of
// the events it keeps, and as nodes the companies it keeps plus the other party of each kept line (a line
// needs both ends to be read). The rest is drawn faint. Recomputed when the filter or the dataset changes,
// not when the time cursor moves.
struct NetworkSelection {
    std::vector<quint32> edges;  // indexes into NetworkGraph::edges(), in time order
    std::vector<bool> keptNodes; // per entity (all true when unfiltered)
    bool filtered = false;
};
NetworkSelection selectEdges(const NetworkGraph &graph, const FilterScope &scope);

// One line as of a moment.
struct DrawnEdge {
    quint32 edge = 0;
    EdgeTime time;
};

// The lines of `edges` that are drawn at `julianDay` (begun or possibly begun), with their phase and
// strength.
void edgesAt(const Dataset &dataset, const NetworkGraph &graph, std::span<const quint32> edges,
             double julianDay, std::vector<DrawnEdge> *out);

// The lines in force at `julianDay`: begun and not ended, including those whose imprecise dates leave it
// uncertain. What the CSV export lists.
std::vector<DrawnEdge> edgesInForceAt(const Dataset &dataset, const NetworkGraph &graph,
                                      std::span<const quint32> edges, double julianDay);

} // namespace at
