// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#pragma once

#include "app/core/expected.h"
#include "app/core/network/networkgraph.h"

#include <QList>
#include <QPointF>
#include <QRectF>
#include <QString>
#include <atomic>
#include <functional>
#include <vector>

namespace at {

// Where every company sits, for the whole span of the dataset: the time cursor never moves anything. In
// layout units: a node's full-size disc has radius 1.
struct NetworkLayout {
    struct Hull {
        int family = -1; // index into NetworkGraph::families()
        QPointF centre;
        double radius = 0;
    };
    std::vector<QPointF> centres;       // per entity
    std::vector<QPointF> familyCentres; // per family: a member's centre is its family's plus its offset
    QList<Hull> hulls;                  // one around each family of more than one member
    QRectF bounds;                      // every disc and hull
    bool isEmpty() const { return centres.empty(); }
};

// A family's footprint: the company in the middle, its products on a ring around it, all inside a circle.
struct FamilyShape {
    double radius = 1;
    QList<QPointF> offsets; // per member, from the family's centre; the root's is (0, 0)
};
FamilyShape familyShape(qsizetype members);

// How a long layout reports and is stopped: `progress` (called on the layout's thread) gets 0..100, or -1
// while no figure can be given; `cancel` is polled between steps.
struct LayoutControl {
    const std::atomic_bool *cancel = nullptr;
    std::function<void(int percent)> progress;
    bool cancelled() const { return cancel && cancel->load(std::memory_order_relaxed); }
    void report(int percent) const
    {
        if (progress)
            progress(percent);
    }
};

// Why there is no layout: the user cancelled it, or the library failed (with its words).
struct LayoutError {
    enum class Kind { Cancelled, Failed };
    Kind kind = Kind::Failed;
    QString message;
    static LayoutError cancelled() { return {Kind::Cancelled, {}}; }
};

// What the layout library is given: each family's `perFamily` strongest links (by number of lines; a link
// stays when either of its families keeps it). A company with hundreds of partners pulls toward its
// closest ones; the rest would only slow the layout down without changing the picture. In link order.
std::vector<FamilyLink> strongestLinks(const std::vector<FamilyLink> &links, int families, int perFamily);
inline constexpr int layoutLinksPerFamily = 3;

// Lays the network out once with Graphviz's sfdp and its prism overlap removal (docs/PERFORMANCE.md says
// why): linked families close together, no two overlapping, the members inside their family. Deterministic:
// the same graph gives the same layout. Callable from a worker thread; calls are serialised, as Graphviz
// keeps global state. Progress: 0 before, -1 (busy, no figure) during the library's one uninterruptible call,
// 100 after; a cancel is honoured before and after that call.
Expected<NetworkLayout, LayoutError> layoutNetwork(const NetworkGraph &graph,
                                                   const LayoutControl &control = {});

// The same placement from family centres computed elsewhere (the layout library, or a test), so that the
// members and hulls are placed one way only.
NetworkLayout placeFamilies(const NetworkGraph &graph, const std::vector<QPointF> &familyCentres);

} // namespace at
