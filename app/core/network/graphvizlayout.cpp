// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
// layoutNetwork() with Graphviz: sfdp places the families, prism removes overlaps. docs/PERFORMANCE.md has
// the measurements that chose it over igraph and over neato.
#include "app/core/network/networklayout.h"

#include <QByteArray>
#include <QMutex>
#include <QMutexLocker>
#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <graphviz/gvc.h>
#include <memory>

namespace at {
namespace {

// Graphviz measures in inches and points; a layout unit (a node's radius) is this many inches.
constexpr double inchPerUnit = 0.25;
constexpr double pointsPerUnit = 72 * inchPerUnit;

// Graphviz keeps global state (its error reporting, its plugin tables): one layout at a time.
QMutex graphvizLock;

char *text(const char *s)
{
    // cgraph takes char * for names and values it only reads.
    return const_cast<char *>(s);
}

struct ContextDeleter {
    void operator()(GVC_t *c) const { gvFreeContext(c); }
};
struct GraphDeleter {
    void operator()(Agraph_t *g) const { agclose(g); }
};

// What Graphviz printed about a failure: it reports through a callback, not a return value.
thread_local QByteArray graphvizMessages;
int collectMessage(char *message)
{
    graphvizMessages += message;
    return 0;
}

// Turns the picture so that its long side lies across: docks and screens are wider than tall. About the
// centres' principal axis, so the same layout always turns the same way.
void lieAcross(std::vector<QPointF> &points)
{
    if (points.size() < 2)
        return;
    QPointF mean;
    for (const QPointF &p : points)
        mean += p;
    mean /= double(points.size());
    double xx = 0, xy = 0, yy = 0;
    for (const QPointF &p : points) {
        const QPointF d = p - mean;
        xx += d.x() * d.x();
        xy += d.x() * d.y();
        yy += d.y() * d.y();
    }
    const double angle = 0.5 * std::atan2(2 * xy, xx - yy); // of the principal axis
    const double c = std::cos(-angle);
    const double s = std::sin(-angle);
    for (QPointF &p : points) {
        const QPointF d = p - mean;
        p = QPointF(d.x() * c - d.y() * s, d.x() * s + d.y() * c);
    }
}

// Spreads a picture narrower than `aspect` (width to height) sideways to it. Stretching only moves families
// apart, so nothing comes to overlap; the dock and an exported picture are wider than tall, and a round
// cloud of families would leave most of their width empty.
void widen(std::vector<QPointF> &points, double aspect)
{
    if (points.size() < 2)
        return;
    double x0 = points[0].x(), x1 = x0, y0 = points[0].y(), y1 = y0;
    for (const QPointF &p : points) {
        x0 = std::min(x0, p.x());
        x1 = std::max(x1, p.x());
        y0 = std::min(y0, p.y());
        y1 = std::max(y1, p.y());
    }
    const double w = x1 - x0;
    const double h = y1 - y0;
    if (!(w > 0) || w >= aspect * h)
        return;
    const double stretch = aspect * h / w;
    for (QPointF &p : points)
        p.setX(p.x() * stretch);
}

} // namespace

std::vector<FamilyLink> strongestLinks(const std::vector<FamilyLink> &links, int families, int perFamily)
{
    std::vector<std::vector<size_t>> of(size_t(std::max(0, families)));
    for (size_t i = 0; i < links.size(); ++i) {
        of[size_t(links[i].a)].push_back(i);
        of[size_t(links[i].b)].push_back(i);
    }
    std::vector<bool> keep(links.size(), false);
    for (std::vector<size_t> &mine : of) {
        // Heaviest first; among equals, the earlier link (links come sorted), so the choice is stable.
        std::stable_sort(mine.begin(), mine.end(),
                         [&](size_t x, size_t y) { return links[x].weight > links[y].weight; });
        for (size_t j = 0; j < mine.size() && j < size_t(std::max(0, perFamily)); ++j)
            keep[mine[j]] = true;
    }
    std::vector<FamilyLink> out;
    for (size_t i = 0; i < links.size(); ++i) {
        if (keep[i])
            out.push_back(links[i]);
    }
    return out;
}

Expected<NetworkLayout, LayoutError> layoutNetwork(const NetworkGraph &graph, const LayoutControl &control)
{
    control.report(0);
    const QList<NetworkFamily> &families = graph.families();
    if (families.isEmpty()) {
        control.report(100);
        return NetworkLayout{};
    }
    const std::vector<FamilyLink> links =
        strongestLinks(graph.familyLinks(), int(families.size()), layoutLinksPerFamily);
    if (control.cancelled())
        return Unexpected(LayoutError::cancelled());

    std::vector<QPointF> centres(size_t(families.size()));
    if (families.size() == 1) {
        centres[0] = QPointF(0, 0); // Graphviz would do the same, slower
    } else {
        QMutexLocker lock(&graphvizLock);
        graphvizMessages.clear();
        agseterr(AGERR);
        agseterrf(collectMessage);
        const std::unique_ptr<GVC_t, ContextDeleter> gvc(gvContext());
        const std::unique_ptr<Agraph_t, GraphDeleter> g(agopen(text("network"), Agundirected, nullptr));
        // prism20: the overlap removal's 20 passes instead of 1,000 take a third of the time for a picture
        // that measured the same (docs/PERFORMANCE.md). The seed makes the layout the same every time.
        agattr(g.get(), AGRAPH, text("overlap"), text("prism20"));
        agattr(g.get(), AGRAPH, text("start"), text("20101111"));
        agattr(g.get(), AGRAPH, text("pack"), text("true"));
        agattr(g.get(), AGRAPH, text("splines"), text("false"));
        Agsym_t *width = agattr(g.get(), AGNODE, text("width"), text("0.5"));
        Agsym_t *height = agattr(g.get(), AGNODE, text("height"), text("0.5"));
        agattr(g.get(), AGNODE, text("shape"), text("circle"));
        agattr(g.get(), AGNODE, text("fixedsize"), text("true"));
        // No labels: Graphviz would measure their text with a font it does not need.
        agattr(g.get(), AGNODE, text("label"), text(""));
        Agsym_t *weight = agattr(g.get(), AGEDGE, text("weight"), text("1"));
        std::vector<Agnode_t *> nodes(size_t(families.size()));
        for (qsizetype f = 0; f < families.size(); ++f) {
            const QByteArray name = "f" + QByteArray::number(f);
            Agnode_t *n = agnode(g.get(), text(name.constData()), 1);
            const QByteArray size =
                QByteArray::number(2 * familyShape(families[f].members.size()).radius * inchPerUnit);
            agxset(n, width, text(size.constData()));
            agxset(n, height, text(size.constData()));
            nodes[size_t(f)] = n;
        }
        for (const FamilyLink &l : links) {
            Agedge_t *e = agedge(g.get(), nodes[size_t(l.a)], nodes[size_t(l.b)], nullptr, 1);
            agxset(e, weight, text(QByteArray::number(l.weight).constData()));
        }
        if (control.cancelled())
            return Unexpected(LayoutError::cancelled());
        control.report(-1);
        // sfdp seeds itself from "start", but its overlap removal draws from the C library's generators,
        // which an earlier layout in this process left somewhere else: seeded here, every layout of a graph
        // is the same.
        std::srand(20101111);
        srand48(20101111);
        if (gvLayout(gvc.get(), g.get(), "sfdp") != 0) {
            agseterrf(nullptr);
            const QString why = QString::fromUtf8(graphvizMessages).trimmed();
            return Unexpected(
                LayoutError{LayoutError::Kind::Failed,
                            why.isEmpty() ? QStringLiteral("Graphviz could not lay the network out") : why});
        }
        // The second layout of a graph in a process comes out moved by about 1e-12 (some state Graphviz
        // keeps): snapped to 1/65536 of a unit, it comes out the same.
        auto snap = [](double v) { return std::round(v * 65536.0) / 65536.0; };
        for (size_t f = 0; f < nodes.size(); ++f)
            centres[f] = QPointF(snap(ND_coord(nodes[f]).x / pointsPerUnit),
                                 snap(-ND_coord(nodes[f]).y / pointsPerUnit));
        gvFreeLayout(gvc.get(), g.get());
        agseterrf(nullptr);
    }
    if (control.cancelled())
        return Unexpected(LayoutError::cancelled());
    lieAcross(centres);
    widen(centres, 1.6);
    NetworkLayout layout = placeFamilies(graph, centres);
    control.report(100);
    return layout;
}

} // namespace at
