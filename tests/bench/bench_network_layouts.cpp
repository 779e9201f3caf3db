// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
// How the network's layout library was chosen: Graphviz (neato, sfdp) against igraph (Fruchterman-Reingold,
// DrL, Kamada-Kawai) on the same family graph, the embedded dataset's and a synthetic one of 2,000
// companies and 100,000 events. For each: wall-clock time, and two measures of quality:
//   ink    the share of the drawing that discs cover once the layout is scaled just enough that no two
//          families overlap (what fit-to-view leaves to read; higher is better);
//   stress how far distances in the picture follow distances in the graph (normalised stress over pairs
//          of a sample of families, with the best scale; lower is better).
// Built only when both libraries are installed; the application links the chosen one alone.
//   bench_network_layouts [--quick] [--embedded-only] [--only NAME] [--all-links]
// Every library gets the same input: each family's strongest links (strongestLinks()), or with --all-links
// every link.
#include "app/core/import/json/jsonreader.h"
#include "app/core/network/networkgraph.h"
#include "app/core/network/networklayout.h"
#include "tests/bench/benchstats.h"
#include "tests/support/synthetic.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QPointF>
#include <cmath>
#include <cstdio>
#include <deque>
#include <functional>
#include <graphviz/gvc.h>
#include <igraph/igraph.h>
#include <limits>
#include <vector>

using namespace at;

namespace {

struct FamilyGraph {
    int n = 0;
    std::vector<double> radius;
    std::vector<FamilyLink> links;    // what the layout gets
    std::vector<FamilyLink> allLinks; // what quality is measured against
};

bool allLinks = false; // --all-links: every link to every library, not each family's strongest

FamilyGraph familyGraph(const NetworkGraph &g)
{
    FamilyGraph f;
    f.n = int(g.families().size());
    for (const NetworkFamily &family : g.families())
        f.radius.push_back(familyShape(family.members.size()).radius);
    f.links = g.familyLinks();
    f.allLinks = f.links;
    if (!allLinks)
        f.links = strongestLinks(f.allLinks, f.n, layoutLinksPerFamily);
    return f;
}

// ---- Graphviz ----
std::vector<QPointF> graphviz(const FamilyGraph &f, const char *engine, const char *overlap)
{
    constexpr double inchPerUnit = 0.25;
    GVC_t *gvc = gvContext();
    Agraph_t *g = agopen(const_cast<char *>("n"), Agundirected, nullptr);
    agattr(g, AGRAPH, const_cast<char *>("overlap"), const_cast<char *>(overlap));
    agattr(g, AGRAPH, const_cast<char *>("start"), const_cast<char *>("20101111"));
    agattr(g, AGRAPH, const_cast<char *>("pack"), const_cast<char *>("true"));
    agattr(g, AGRAPH, const_cast<char *>("splines"), const_cast<char *>("false"));
    Agsym_t *width = agattr(g, AGNODE, const_cast<char *>("width"), const_cast<char *>("0.5"));
    Agsym_t *height = agattr(g, AGNODE, const_cast<char *>("height"), const_cast<char *>("0.5"));
    agattr(g, AGNODE, const_cast<char *>("shape"), const_cast<char *>("circle"));
    agattr(g, AGNODE, const_cast<char *>("fixedsize"), const_cast<char *>("true"));
    agattr(g, AGNODE, const_cast<char *>("label"), const_cast<char *>(""));
    Agsym_t *weight = agattr(g, AGEDGE, const_cast<char *>("weight"), const_cast<char *>("1"));
    std::vector<Agnode_t *> nodes(size_t(f.n));
    for (int i = 0; i < f.n; ++i) {
        const QByteArray name = "f" + QByteArray::number(i);
        nodes[size_t(i)] = agnode(g, const_cast<char *>(name.constData()), 1);
        const QByteArray w = QByteArray::number(2 * f.radius[size_t(i)] * inchPerUnit);
        agxset(nodes[size_t(i)], width, const_cast<char *>(w.constData()));
        agxset(nodes[size_t(i)], height, const_cast<char *>(w.constData()));
    }
    for (const FamilyLink &l : f.links) {
        Agedge_t *e = agedge(g, nodes[size_t(l.a)], nodes[size_t(l.b)], nullptr, 1);
        const QByteArray w = QByteArray::number(l.weight);
        agxset(e, weight, const_cast<char *>(w.constData()));
    }
    std::vector<QPointF> out;
    if (gvLayout(gvc, g, engine) == 0) {
        for (Agnode_t *n : nodes)
            out.emplace_back(ND_coord(n).x / (72 * inchPerUnit), ND_coord(n).y / (72 * inchPerUnit));
        gvFreeLayout(gvc, g);
    }
    agclose(g);
    gvFreeContext(gvc);
    return out;
}

// ---- igraph ----
enum class IgraphAlgo { Fr, Drl, Kk };
std::vector<QPointF> igraph(const FamilyGraph &f, IgraphAlgo algo)
{
    igraph_rng_seed(igraph_rng_default(), 20101111);
    igraph_vector_int_t edges;
    igraph_vector_int_init(&edges, igraph_integer_t(2 * f.links.size()));
    igraph_vector_t weights;
    igraph_vector_init(&weights, igraph_integer_t(f.links.size()));
    for (size_t i = 0; i < f.links.size(); ++i) {
        VECTOR(edges)[2 * i] = f.links[i].a;
        VECTOR(edges)[2 * i + 1] = f.links[i].b;
        // FR and DrL: attraction grows with the weight; Kamada-Kawai: weights are lengths.
        VECTOR(weights)[i] = algo == IgraphAlgo::Kk ? 1.0 / f.links[i].weight : f.links[i].weight;
    }
    igraph_t g;
    igraph_create(&g, &edges, f.n, IGRAPH_UNDIRECTED);
    igraph_matrix_t res;
    igraph_matrix_init(&res, 0, 0);
    igraph_error_t err = IGRAPH_SUCCESS;
    switch (algo) {
    case IgraphAlgo::Fr:
        err = igraph_layout_fruchterman_reingold(&g, &res, false, 500, std::sqrt(double(f.n)) / 10,
                                                 IGRAPH_LAYOUT_AUTOGRID, &weights, nullptr, nullptr, nullptr,
                                                 nullptr);
        break;
    case IgraphAlgo::Drl: {
        igraph_layout_drl_options_t options;
        igraph_layout_drl_options_init(&options, IGRAPH_LAYOUT_DRL_DEFAULT);
        err = igraph_layout_drl(&g, &res, false, &options, &weights);
        break;
    }
    case IgraphAlgo::Kk:
        err = igraph_layout_kamada_kawai(&g, &res, false, 50 * f.n, 0, f.n, &weights, nullptr, nullptr,
                                         nullptr, nullptr);
        break;
    }
    std::vector<QPointF> out;
    if (err == IGRAPH_SUCCESS) {
        for (int i = 0; i < f.n; ++i)
            out.emplace_back(MATRIX(res, i, 0), MATRIX(res, i, 1));
    }
    igraph_matrix_destroy(&res);
    igraph_destroy(&g);
    igraph_vector_destroy(&weights);
    igraph_vector_int_destroy(&edges);
    return out;
}

// ---- quality ----
struct Quality {
    double ink = 0;
    double stress = 0;
    int overlaps = 0;
};

Quality measure(const FamilyGraph &f, const std::vector<QPointF> &p)
{
    Quality q;
    if (p.size() != size_t(f.n) || f.n == 0)
        return q;
    // The smallest scale at which no two families overlap (with a tenth of a node between them).
    double scale = 0;
    for (int i = 0; i < f.n; ++i) {
        for (int j = i + 1; j < f.n; ++j) {
            const double d =
                std::hypot(p[size_t(i)].x() - p[size_t(j)].x(), p[size_t(i)].y() - p[size_t(j)].y());
            const double need = f.radius[size_t(i)] + f.radius[size_t(j)] + 0.1;
            scale = std::max(scale, d > 0 ? need / d : std::numeric_limits<double>::infinity());
        }
    }
    if (!std::isfinite(scale))
        return q;
    double x0 = 1e300, y0 = 1e300, x1 = -1e300, y1 = -1e300, discs = 0;
    for (int i = 0; i < f.n; ++i) {
        const double r = f.radius[size_t(i)];
        x0 = std::min(x0, p[size_t(i)].x() * scale - r);
        x1 = std::max(x1, p[size_t(i)].x() * scale + r);
        y0 = std::min(y0, p[size_t(i)].y() * scale - r);
        y1 = std::max(y1, p[size_t(i)].y() * scale + r);
        discs += M_PI * r * r;
    }
    q.ink = discs / ((x1 - x0) * (y1 - y0));
    // Drawn as densely as a layout without overlaps (a third of the picture inked): pairs that overlap.
    double bx0 = 1e300, by0 = 1e300, bx1 = -1e300, by1 = -1e300;
    for (const QPointF &c : p) {
        bx0 = std::min(bx0, c.x());
        bx1 = std::max(bx1, c.x());
        by0 = std::min(by0, c.y());
        by1 = std::max(by1, c.y());
    }
    const double area = std::max(1e-12, (bx1 - bx0) * (by1 - by0));
    const double dense = std::sqrt(discs / 0.33 / area);
    for (int i = 0; i < f.n; ++i) {
        for (int j = i + 1; j < f.n; ++j) {
            const double d =
                std::hypot(p[size_t(i)].x() - p[size_t(j)].x(), p[size_t(i)].y() - p[size_t(j)].y());
            if (d * dense < f.radius[size_t(i)] + f.radius[size_t(j)])
                ++q.overlaps;
        }
    }

    // Graph distances from a sample of families (breadth first, unweighted), against picture distances.
    std::vector<std::vector<int>> adj(size_t(f.n));
    for (const FamilyLink &l : f.allLinks) {
        adj[size_t(l.a)].push_back(l.b);
        adj[size_t(l.b)].push_back(l.a);
    }
    const int sources = std::min(f.n, 100);
    double sumRatio = 0, sumRatio2 = 0;
    std::vector<std::pair<double, double>> pairs; // (picture, graph)
    for (int s = 0; s < sources; ++s) {
        const int src = int(qint64(s) * f.n / sources);
        std::vector<int> dist(size_t(f.n), -1);
        std::deque<int> queue{src};
        dist[size_t(src)] = 0;
        while (!queue.empty()) {
            const int u = queue.front();
            queue.pop_front();
            for (int v : adj[size_t(u)]) {
                if (dist[size_t(v)] < 0) {
                    dist[size_t(v)] = dist[size_t(u)] + 1;
                    queue.push_back(v);
                }
            }
        }
        for (int v = 0; v < f.n; ++v) {
            if (v == src || dist[size_t(v)] <= 0)
                continue;
            const double dl =
                std::hypot(p[size_t(src)].x() - p[size_t(v)].x(), p[size_t(src)].y() - p[size_t(v)].y());
            pairs.emplace_back(dl, dist[size_t(v)]);
            sumRatio += dl / dist[size_t(v)];
            sumRatio2 += dl * dl / (double(dist[size_t(v)]) * dist[size_t(v)]);
        }
    }
    if (pairs.empty() || sumRatio2 == 0)
        return q;
    const double best = sumRatio / sumRatio2; // the scale that minimises the stress
    double stress = 0;
    for (const auto &[dl, dg] : pairs)
        stress += (best * dl - dg) * (best * dl - dg) / (dg * dg);
    q.stress = stress / double(pairs.size());
    return q;
}

QString only; // --only NAME: the candidates whose name holds NAME

void run(const char *label, const NetworkGraph &graph, size_t events, int repeats)
{
    const FamilyGraph f = familyGraph(graph);
    std::printf("\n%s: %d companies in %d families, %zu lines, %zu family links\n", label,
                graph.entityCount(), f.n, graph.edges().size(), f.links.size());
    std::printf("%-26s %10s %10s %8s %8s %9s\n", "layout", "median ms", "cpu ms", "ink", "stress",
                "overlaps");
    struct Candidate {
        const char *name;
        std::function<std::vector<QPointF>()> layout;
    };
    const Candidate candidates[] = {
        {"graphviz-neato-prism", [&] { return graphviz(f, "neato", "prism"); }},
        {"graphviz-sfdp-prism", [&] { return graphviz(f, "sfdp", "prism"); }},
        {"graphviz-sfdp-prism20", [&] { return graphviz(f, "sfdp", "prism20"); }},
        {"graphviz-sfdp", [&] { return graphviz(f, "sfdp", "true"); }},
        {"igraph-fr", [&] { return igraph(f, IgraphAlgo::Fr); }},
        {"igraph-drl", [&] { return igraph(f, IgraphAlgo::Drl); }},
        {"igraph-kk", [&] { return igraph(f, IgraphAlgo::Kk); }},
        // What the application runs (graphviz-sfdp-prism20 on each family's strongest links), measured
        // through its own function; its centres are the families' centres.
        {"app-layoutNetwork",
         [&] {
             const auto layout = layoutNetwork(graph);
             std::vector<QPointF> out;
             if (layout) {
                 for (const NetworkFamily &family : graph.families())
                     out.push_back(layout->centres[size_t(family.root)]);
             }
             return out;
         }},
    };
    for (const Candidate &c : candidates) {
        if (!only.isEmpty() && !QString::fromLatin1(c.name).contains(only))
            continue;
        std::vector<double> ms, cpu;
        std::vector<QPointF> p;
        for (int r = 0; r < repeats; ++r) {
            QElapsedTimer t;
            const double c0 = benchstats::cpuMs(CLOCK_THREAD_CPUTIME_ID);
            t.start();
            p = c.layout();
            ms.push_back(double(t.nsecsElapsed()) / 1e6);
            cpu.push_back(benchstats::cpuMs(CLOCK_THREAD_CPUTIME_ID) - c0);
        }
        const benchstats::Stats s = benchstats::stats(ms, cpu);
        const Quality q = measure(f, p);
        std::printf("%-26s %10.1f %10.1f %8.3f %8.3f %9d\n", c.name, s.median, s.cpuMedian, q.ink, q.stress,
                    q.overlaps);
        std::printf("BENCH network_layout_%s_median=%.1f ms cpu=%.1f companies=%d events=%zu ink=%.3f "
                    "stress=%.3f overlaps=%d\n",
                    c.name, s.median, s.cpuMedian, graph.entityCount(), events, q.ink, q.stress, q.overlaps);
        std::fflush(stdout);
    }
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const bool quick = args.contains(QStringLiteral("--quick"));
    if (const qsizetype i = args.indexOf(QStringLiteral("--only")); i >= 0 && i + 1 < args.size())
        only = args[i + 1];
    allLinks = args.contains(QStringLiteral("--all-links"));
    std::printf("load average %s\n", qPrintable(benchstats::loadAverage()));
    const LoadResult embedded = readEmbeddedDataset();
    if (!embedded)
        return 1;
    run("embedded dataset", NetworkGraph::build(**embedded), (*embedded)->events.size(), 20);
    if (args.contains(QStringLiteral("--embedded-only")))
        return 0;
    SyntheticSpec spec;
    spec.lanes = 2000;
    spec.events = 100000;
    spec.series = 0;
    spec.quotes = 0;
    const auto big = makeSyntheticDataset(spec);
    run("synthetic", NetworkGraph::build(*big), big->events.size(), quick ? 1 : 3);
    return 0;
}
