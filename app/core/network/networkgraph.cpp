// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#include "app/core/network/networkgraph.h"

#include <QHash>
#include <algorithm>
#include <tuple>

namespace at {
namespace {

// The company at the top of `entity`'s family. The readers refuse parent loops, so this ends.
int rootOf(const Dataset &d, int entity)
{
    while (d.entities[entity].parent >= 0)
        entity = d.entities[entity].parent;
    return entity;
}

bool isAncestor(const Dataset &d, int ancestor, int entity)
{
    for (int e = d.entities[entity].parent; e >= 0; e = d.entities[e].parent) {
        if (e == ancestor)
            return true;
    }
    return false;
}

quint32 pairKey(quint16 a, quint16 b)
{
    return quint32(a) << 16 | b;
}

} // namespace

NetworkGraph NetworkGraph::build(const Dataset &d)
{
    NetworkGraph g;
    const int n = int(d.entities.size());

    // Families: roots in dataset order, each with its products (at any depth) in dataset order.
    g.m_familyOf.assign(size_t(n), -1);
    std::vector<int> roots(static_cast<size_t>(n));
    for (int e = 0; e < n; ++e) {
        roots[size_t(e)] = rootOf(d, e);
        if (roots[size_t(e)] == e) {
            g.m_familyOf[size_t(e)] = int(g.m_families.size());
            g.m_families.append(NetworkFamily{e, {e}});
        }
    }
    for (int e = 0; e < n; ++e) {
        const int family = g.m_familyOf[size_t(roots[size_t(e)])];
        if (roots[size_t(e)] != e) {
            g.m_familyOf[size_t(e)] = family;
            g.m_families[family].members.append(e);
        }
    }

    // One line per event and pair of parties, in event order.
    for (size_t ev = 0; ev < d.events.size(); ++ev) {
        const auto parties = d.partiesOf(d.events[ev]);
        for (size_t i = 0; i < parties.size(); ++i) {
            for (size_t j = i + 1; j < parties.size(); ++j) {
                const quint16 a = std::min(parties[i], parties[j]);
                const quint16 b = std::max(parties[i], parties[j]);
                if (a == b || isAncestor(d, a, b) || isAncestor(d, b, a))
                    continue;
                g.m_edges.push_back(NetworkEdge{quint32(ev), a, b, 0, 1});
            }
        }
    }

    // Side by side: each pair's lines numbered in time order.
    QHash<quint32, quint16> perPair;
    perPair.reserve(qsizetype(g.m_edges.size()));
    for (NetworkEdge &e : g.m_edges) {
        quint16 &count = perPair[pairKey(e.a, e.b)];
        e.slot = count;
        count = quint16(std::min<int>(count + 1, 0xffff));
    }
    for (NetworkEdge &e : g.m_edges)
        e.slots = perPair.value(pairKey(e.a, e.b));

    // Each entity's lines (compressed rows).
    g.m_entityEdgesBegin.assign(size_t(n) + 1, 0);
    for (const NetworkEdge &e : g.m_edges) {
        ++g.m_entityEdgesBegin[size_t(e.a) + 1];
        ++g.m_entityEdgesBegin[size_t(e.b) + 1];
    }
    for (int e = 0; e < n; ++e)
        g.m_entityEdgesBegin[size_t(e) + 1] += g.m_entityEdgesBegin[size_t(e)];
    g.m_entityEdges.resize(g.m_entityEdgesBegin.back());
    std::vector<quint32> fill(g.m_entityEdgesBegin.begin(), g.m_entityEdgesBegin.end() - 1);
    for (size_t i = 0; i < g.m_edges.size(); ++i) {
        g.m_entityEdges[fill[g.m_edges[i].a]++] = quint32(i);
        g.m_entityEdges[fill[g.m_edges[i].b]++] = quint32(i);
    }
    return g;
}

NetworkGraph::Range NetworkGraph::edgesOfEvent(int event) const
{
    const auto [first, last] =
        std::equal_range(m_edges.begin(), m_edges.end(), NetworkEdge{quint32(event), 0, 0, 0, 1},
                         [](const NetworkEdge &x, const NetworkEdge &y) { return x.event < y.event; });
    return {quint32(first - m_edges.begin()), quint32(last - m_edges.begin())};
}

std::vector<FamilyLink> NetworkGraph::familyLinks() const
{
    QHash<quint64, double> weights;
    for (const NetworkEdge &e : m_edges) {
        int a = m_familyOf[e.a];
        int b = m_familyOf[e.b];
        if (a == b)
            continue;
        if (a > b)
            std::swap(a, b);
        weights[quint64(a) << 32 | quint64(b)] += 1;
    }
    std::vector<FamilyLink> links;
    links.reserve(size_t(weights.size()));
    for (auto it = weights.cbegin(); it != weights.cend(); ++it)
        links.push_back(FamilyLink{int(it.key() >> 32), int(it.key() & 0xffffffffu), it.value()});
    // QHash's order is not stable across runs; the layout must be.
    std::sort(links.begin(), links.end(), [](const FamilyLink &x, const FamilyLink &y) {
        return std::tie(x.a, x.b) < std::tie(y.a, y.b);
    });
    return links;
}

} // namespace at
