// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#pragma once

#include "app/core/network/edgetime.h"
#include "app/core/network/networkgraph.h"
#include "app/core/network/networklayout.h"
#include "app/core/network/networkmoment.h"
#include "app/core/network/nodesizing.h"
#include "ui/network/networklabels.h"
#include "ui/network/nodelook.h"
#include "ui/network/thinlines.h"

#include <QFont>
#include <QImage>
#include <QLocale>
#include <QPalette>
#include <QRectF>
#include <vector>

class QPainter;

namespace at {

// Layout units to pixels: a scale, an offset (zoom and pan), and a stretch that spreads the families'
// centres sideways in a view wider than the layout (their members and circles keep the plain scale, so
// discs stay round, products stay inside their family's circle, and nothing comes to overlap).
struct NetworkViewport {
    double scale = 1;
    double stretch = 1; // >= 1, across only
    QPointF offset;
    // A family's centre, in pixels; a member is there plus its offset times `scale`.
    QPointF map(QPointF familyCentre) const
    {
        return QPointF(familyCentre.x() * scale * stretch, familyCentre.y() * scale) + offset;
    }
    QPointF unmap(QPointF pixel) const
    {
        const QPointF p = pixel - offset;
        return QPointF(p.x() / (scale * stretch), p.y() / scale);
    }
    // Fits `bounds` into `target` with a margin, centred, stretched across by at most `maxStretch`.
    static NetworkViewport fit(const QRectF &bounds, const QRectF &target, double maxStretch = 3);
    friend bool operator==(const NetworkViewport &, const NetworkViewport &) = default;
};

// What the widget adds to the data for one frame: what is selected, hovered and has the keyboard focus.
struct NetworkEmphasis {
    int selectedEntity = -1;
    int selectedEvent = -1;
    int hoveredEntity = -1;
    int hoveredEdge = -1;
    int focusEntity = -1;
    int focusEdge = -1;
    friend bool operator==(const NetworkEmphasis &, const NetworkEmphasis &) = default;
};

// Draws the network as of a moment: family circles, lines by kind (dashed when tentative, dotted while a
// date leaves them uncertain, fading once over), discs by sector sized by a metric if one is chosen, and
// names where they fit. The one drawing of the network, for the screen and for every export format.
//
// A big network (thin(): thousands of lines) is drawn with one-pixel lines, and on a raster target without
// QPainter where QPainter is too slow: the lines that have faded for good come from a SettledLines picture
// made once per view, the others and the discs are written into the frame, the names copied in. A frame
// is then one pass over the pixels plus the lines still changing, whichever way the cursor moved. Where
// faded lines cross, the first to fade is on top, in every drawing.
class NetworkRenderer {
public:
    struct Scene {
        const Dataset *dataset = nullptr;
        const NetworkGraph *graph = nullptr;
        const NetworkLayout *layout = nullptr;
        const NetworkSelection *kept = nullptr; // what the filter leaves
        const NodeSizing *sizing = nullptr;     // null or without a metric: every disc the same
    };

    // Anything that changes the scene's content (dataset, layout, filter, metric) comes through here.
    void setScene(const Scene &scene);
    const Scene &scene() const { return m_scene; }
    void setPalette(const QPalette &palette);
    void setFont(const QFont &font);
    void setLocale(const QLocale &locale);

    // Paints the background and the network at `julianDay` into `target` (pixels of the painter's device).
    void paint(QPainter &painter, const QRectF &target, const NetworkViewport &viewport, double julianDay,
               const NetworkEmphasis &emphasis = {});

    // Geometry as paint() draws it, for hit testing and tests.
    QPointF nodeCentre(int entity, const NetworkViewport &viewport) const;
    // The disc's radius in pixels at that moment (the metric's size, or the plain one).
    double nodeRadius(int entity, const NetworkViewport &viewport, double julianDay) const;
    NodeLook nodeLook(int entity, const NetworkViewport &viewport, double julianDay) const;
    // The line of edge `edge` (index into NetworkGraph::edges()), side by side with its pair's others.
    QLineF edgeLine(int edge, const NetworkViewport &viewport) const;
    // The company whose disc (or the small area around a tiny one) holds `pixel`, or -1.
    int entityAt(QPointF pixel, const NetworkViewport &viewport, double julianDay) const;
    // The drawn line nearest to `pixel` within a few pixels, or -1; the one in force wins over faded ones.
    int edgeAt(QPointF pixel, const NetworkViewport &viewport, double julianDay) const;
    // The companies whose names the last paint wrote.
    std::vector<int> labelledEntities() const;

    // A network of many lines: they are one pixel wide, and on a raster target drawn by thinlines.
    bool thin() const;
    // How wide lines are drawn: with the discs' scale, or one pixel in a big network.
    double lineWidth(const NetworkViewport &viewport) const;

private:
    QColor faded(const QColor &color, double alpha) const; // opaque, over the background (blendOver())
    bool keepsNode(int entity) const;
    bool kept(quint32 edge) const;
    void drawBase(QPainter &p, const QRectF &target, const NetworkViewport &vp) const;
    void drawEdge(QPainter &p, const NetworkViewport &vp, quint32 edge, EdgeTime time, double widthFactor = 1,
                  const QColor *override = nullptr) const;
    void drawSettled(QPainter &p, const NetworkViewport &vp, size_t count) const;
    template <typename Draw> void forEachLiveEdge(double t, Draw &&draw) const;
    QRgb edgeColor(const Event &event, EdgeTime time) const;
    void drawEmphasis(QPainter &p, const NetworkViewport &vp, double t, const NetworkEmphasis &e) const;
    void planLabels(const QRectF &target, const NetworkViewport &vp, const NetworkEmphasis &e);
    size_t settledCount(double t) const;
    void paintThin(QPainter &p, const QRectF &target, const NetworkViewport &vp, double t,
                   const NetworkEmphasis &emphasis);

    Scene m_scene;
    QPalette m_palette;
    QFont m_font;
    QLocale m_locale;
    std::vector<EdgeClock> m_clocks; // per edge of the graph
    struct NodeColors {
        QColor fill;
        QColor outline;
        double fade = 1;
        QRgb plainFill = 0; // fill and outline faded as the filter says, over the background
        QRgb plainOutline = 0;
    };
    std::vector<NodeColors> m_nodeColors; // per entity: by sector, faint when the filter leaves it no line
    void colourNodes();
    // Kept lines ordered by the moment they settle (fade for good), and those moments.
    std::vector<quint32> m_settleOrder;
    std::vector<double> m_settleTime;

    // A big network on a raster target: the settled lines and every line's pixels for the current view,
    // and the frame composed from them.
    SettledLines m_settled;
    std::vector<QLineF> m_pixelLines; // per edge, in the frame's pixels
    NetworkViewport m_thinViewport;
    QRectF m_thinTarget;
    QImage m_frame;
    NodeSprites m_sprites;

    // Where the names go: planned once per view and emphasis (they do not move with the cursor).
    struct LabelKey {
        NetworkViewport viewport;
        QRectF target;
        std::vector<int> forced;
        QFont font;
        QString locale;
        const NetworkLayout *layout = nullptr;
        friend bool operator==(const LabelKey &, const LabelKey &) = default;
    };
    LabelKey m_labelKey;
    NetworkLabels m_labels;
};

} // namespace at
