// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#include "app/core/network/networkmoment.h"

namespace at {

NetworkSelection selectEdges(const NetworkGraph &graph, const FilterScope &scope)
{
    NetworkSelection s;
    s.filtered = !scope.keepsAll();
    const auto &edges = graph.edges();
    s.edges.reserve(edges.size());
    s.keptNodes.resize(size_t(graph.entityCount()));
    for (int i = 0; i < graph.entityCount(); ++i)
        s.keptNodes[size_t(i)] = scope.keepsEntity(i);
    for (size_t i = 0; i < edges.size(); ++i) {
        if (!scope.keepsEvent(edges[i].event))
            continue;
        s.edges.push_back(quint32(i));
        s.keptNodes[edges[i].a] = true;
        s.keptNodes[edges[i].b] = true;
    }
    return s;
}

void edgesAt(const Dataset &d, const NetworkGraph &graph, std::span<const quint32> edges, double t,
             std::vector<DrawnEdge> *out)
{
    out->clear();
    for (const quint32 i : edges) {
        const EdgeTime time = edgeTimeAt(d.events[graph.edges()[i].event], t);
        if (time.phase != EdgePhase::NotYet)
            out->push_back(DrawnEdge{i, time});
    }
}

std::vector<DrawnEdge> edgesInForceAt(const Dataset &d, const NetworkGraph &graph,
                                      std::span<const quint32> edges, double t)
{
    std::vector<DrawnEdge> out;
    for (const quint32 i : edges) {
        const EdgeTime time = edgeTimeAt(d.events[graph.edges()[i].event], t);
        if (time.phase == EdgePhase::InForce || time.phase == EdgePhase::Uncertain)
            out.push_back(DrawnEdge{i, time});
    }
    return out;
}

} // namespace at
