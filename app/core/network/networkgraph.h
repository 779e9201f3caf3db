// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#pragma once

#include "app/core/dataset.h"

#include <QList>
#include <span>
#include <vector>

namespace at {

// One line of the alliance network: one event between two of its parties. An event with three parties is
// three lines. A line between a company and its own product (Sina and Weibo in one event) is left out: the
// family already shows that they belong together.
struct NetworkEdge {
    quint32 event = 0; // index into Dataset::events
    quint16 a = 0;     // entity indexes, a < b
    quint16 b = 0;
    quint16 slot = 0; // which of the pair's lines this is, in time order, so that they are drawn side by side
    quint16 slots = 1; // how many lines the pair has over the whole dataset
};

// A company with its products (Tencent holding QQ and WeChat); a company with neither parent nor products
// is a family of one. The layout places families; the members sit inside their family's circle.
struct NetworkFamily {
    int root = -1;      // entity index of the company at the top
    QList<int> members; // entity indexes, the root first, then its products in dataset order
};

// Two families joined by `weight` lines; what the layout library sees.
struct FamilyLink {
    int a = 0;
    int b = 0;
    double weight = 0;
};

// The whole network over the whole span of a dataset: the time cursor only changes how lines are drawn,
// never which lines exist, so this is built once per dataset.
class NetworkGraph {
public:
    static NetworkGraph build(const Dataset &dataset);

    const std::vector<NetworkEdge> &edges() const { return m_edges; } // in event (time) order
    const QList<NetworkFamily> &families() const { return m_families; }
    int familyOf(int entity) const { return m_familyOf[size_t(entity)]; }
    int entityCount() const { return int(m_familyOf.size()); }
    // Indexes into edges() of the lines that touch `entity`, in time order.
    std::span<const quint32> edgesOf(int entity) const
    {
        return {m_entityEdges.data() + m_entityEdgesBegin[size_t(entity)],
                m_entityEdgesBegin[size_t(entity) + 1] - m_entityEdgesBegin[size_t(entity)]};
    }
    // The lines an event draws, as indexes [first, last) into edges() (empty for an event with one party):
    // edges() is in event order, so they are consecutive.
    struct Range {
        quint32 first = 0;
        quint32 last = 0;
        bool isEmpty() const { return first == last; }
    };
    Range edgesOfEvent(int event) const;
    // The lines between families, summed: lines inside a family are not links.
    std::vector<FamilyLink> familyLinks() const;

private:
    std::vector<NetworkEdge> m_edges;
    QList<NetworkFamily> m_families;
    std::vector<int> m_familyOf;
    std::vector<quint32> m_entityEdges;
    std::vector<quint32> m_entityEdgesBegin; // entityCount() + 1 offsets into m_entityEdges
};

} // namespace at
