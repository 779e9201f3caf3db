// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#include "ui/network/networkrenderer.h"

#include "app/core/colors.h"
#include "app/core/theme.h"

#include <QPaintEngine>
#include <QPainter>
#include <algorithm>
#include <cmath>
#include <numeric>

namespace at {
namespace {

// Disc radii in layout units: the plain disc, and the one that makes no size claim.
constexpr double plainRadius = 0.62;
constexpr double noFigureRadius = 0.34;
// Pixels around a tiny disc or thin line that still count as a hit.
constexpr double hitSlop = 4;
// From this many lines on, lines are one pixel wide (see NetworkRenderer).
constexpr size_t thinLinesFrom = 1500;
// Dash patterns of one-pixel lines, as drawEdge() draws wider ones.
constexpr quint8 tentativeDashes[] = {5, 3};
constexpr quint8 uncertainDashes[] = {2, 3};
constexpr quint8 tentativeUncertainDashes[] = {5, 2, 2, 2};

// Dashes in pixels whatever the pen's width (Qt counts them in widths).
void setDashes(QPen &pen, std::initializer_list<qreal> pixels)
{
    const qreal w = std::max<qreal>(1, pen.widthF());
    QList<qreal> pattern;
    for (qreal p : pixels)
        pattern << p / w;
    pen.setDashPattern(pattern);
}

bool isUncertain(EdgeTime time)
{
    return time.phase == EdgePhase::Uncertain || time.phase == EdgePhase::NotYet;
}

thinlines::Dashes thinDashes(const Event &ev, EdgeTime time)
{
    const bool tentative = isTentativeEdge(ev);
    if (tentative && isUncertain(time))
        return tentativeUncertainDashes;
    if (tentative)
        return tentativeDashes;
    if (isUncertain(time))
        return uncertainDashes;
    return {};
}

QLineF scaled(const QLineF &line, QPointF origin, qreal dpr)
{
    return QLineF((line.p1() - origin) * dpr, (line.p2() - origin) * dpr);
}

} // namespace

NetworkViewport NetworkViewport::fit(const QRectF &bounds, const QRectF &target, double maxStretch)
{
    NetworkViewport vp;
    if (bounds.isEmpty() || target.isEmpty())
        return vp;
    // Room for the names below the discs at the bottom edge.
    const double margin = 10;
    const double w = std::max(1.0, target.width() - 2 * margin);
    const double h = std::max(1.0, target.height() - 2 * margin - 12);
    vp.scale = std::min(w / bounds.width(), h / bounds.height());
    // Stretching the centres widens the picture by less than the stretch (circles keep their size), so
    // this never makes it wider than the target.
    vp.stretch = std::clamp(w / (bounds.width() * vp.scale), 1.0, std::max(1.0, maxStretch));
    const QPointF c = bounds.center();
    vp.offset = target.center() - QPointF(c.x() * vp.scale * vp.stretch, c.y() * vp.scale) - QPointF(0, 6);
    return vp;
}

void NetworkRenderer::setScene(const Scene &scene)
{
    m_scene = scene;
    m_labelKey = {};
    m_settled.clear();
    m_clocks.clear();
    m_settleOrder.clear();
    m_settleTime.clear();
    if (!m_scene.dataset || !m_scene.graph || !m_scene.kept)
        return;
    const auto &edges = m_scene.graph->edges();
    m_clocks.reserve(edges.size());
    for (const NetworkEdge &e : edges)
        m_clocks.push_back(EdgeClock::of(m_scene.dataset->events[e.event]));
    m_settleOrder = m_scene.kept->edges;
    std::stable_sort(m_settleOrder.begin(), m_settleOrder.end(), [&](quint32 a, quint32 b) {
        return m_clocks[a].settledFrom() < m_clocks[b].settledFrom();
    });
    m_settleTime.reserve(m_settleOrder.size());
    for (const quint32 i : m_settleOrder)
        m_settleTime.push_back(m_clocks[i].settledFrom());
    colourNodes();
}

void NetworkRenderer::colourNodes()
{
    m_nodeColors.clear();
    if (!m_scene.dataset)
        return;
    const bool dark = isDark(m_palette);
    for (int e = 0; e < m_scene.dataset->entities.size(); ++e) {
        const QColor fill = sectorColor(m_scene.dataset->entities[e].sector);
        const QColor outline = dark ? fill.lighter(150) : fill.darker(150);
        // A company the filter leaves out, with no line kept, is drawn faint.
        const double fade = keepsNode(e) ? 1.0 : 0.3;
        m_nodeColors.push_back({fill, outline, fade, faded(fill, fade).rgb(), faded(outline, fade).rgb()});
    }
}

void NetworkRenderer::setPalette(const QPalette &palette)
{
    m_palette = palette;
    m_settled.clear();
    m_sprites.clear();
    colourNodes();
}

void NetworkRenderer::setFont(const QFont &font)
{
    m_font = font;
    m_labelKey = {};
}

void NetworkRenderer::setLocale(const QLocale &locale)
{
    m_locale = locale;
}

size_t NetworkRenderer::settledCount(double t) const
{
    return size_t(std::upper_bound(m_settleTime.begin(), m_settleTime.end(), t) - m_settleTime.begin());
}

bool NetworkRenderer::thin() const
{
    return m_scene.kept && m_scene.kept->edges.size() >= thinLinesFrom;
}

double NetworkRenderer::lineWidth(const NetworkViewport &vp) const
{
    return thin() ? 1.0 : std::clamp(0.14 * vp.scale, 1.0, 3.0);
}

QColor NetworkRenderer::faded(const QColor &color, double alpha) const
{
    return blendOver(color, alpha, m_palette.color(QPalette::Base));
}

bool NetworkRenderer::keepsNode(int entity) const
{
    return !m_scene.kept || m_scene.kept->keptNodes.empty() || m_scene.kept->keptNodes[size_t(entity)];
}

bool NetworkRenderer::kept(quint32 edge) const
{
    return !m_scene.kept || !m_scene.kept->filtered ||
           std::binary_search(m_scene.kept->edges.begin(), m_scene.kept->edges.end(), edge);
}

QPointF NetworkRenderer::nodeCentre(int entity, const NetworkViewport &vp) const
{
    if (!m_scene.layout || entity < 0 || size_t(entity) >= m_scene.layout->centres.size())
        return {};
    const QPointF family = m_scene.layout->familyCentres[size_t(m_scene.graph->familyOf(entity))];
    return vp.map(family) + (m_scene.layout->centres[size_t(entity)] - family) * vp.scale;
}

double NetworkRenderer::nodeRadius(int entity, const NetworkViewport &vp, double t) const
{
    if (!m_scene.sizing || !m_scene.sizing->metric())
        return std::max(3.0, plainRadius * vp.scale);
    const NodeFigure f = m_scene.sizing->figureAt(entity, t);
    if (!f.isKnown())
        return std::max(2.5, noFigureRadius * vp.scale);
    return std::max(1.5, m_scene.sizing->radiusShare(f.value) * vp.scale);
}

NodeLook NetworkRenderer::nodeLook(int entity, const NetworkViewport &vp, double t) const
{
    const auto &[fill, outline, fade, plainFill, plainOutline] = m_nodeColors[size_t(entity)];
    NodeLook look;
    look.radius = nodeRadius(entity, vp, t);
    look.fill = plainFill;
    look.outline = plainOutline;
    if (!m_scene.sizing || !m_scene.sizing->metric())
        return look;
    const NodeFigure f = m_scene.sizing->figureAt(entity, t);
    if (!f.isKnown()) {
        look.mark = NodeLook::Mark::NoFigure;
        look.fill = faded(fill, 0.25 * fade).rgb();
        look.outline = faded(m_palette.color(QPalette::Text), 0.55 * fade).rgb();
    } else if (f.qualifier == Qualifier::Approximately) {
        look.mark = NodeLook::Mark::Approximate;
        look.fill = faded(fill, 0.35 * fade).rgb();
    } else if (isUpperBound(f.qualifier)) {
        look.mark = NodeLook::Mark::AtMost;
        look.fill = faded(fill, 0.35 * fade).rgb();
    } else {
        look.mark = isLowerBound(f.qualifier) ? NodeLook::Mark::AtLeast : NodeLook::Mark::Exact;
    }
    return look;
}

QLineF NetworkRenderer::edgeLine(int edge, const NetworkViewport &vp) const
{
    const NetworkEdge &e = m_scene.graph->edges()[size_t(edge)];
    QPointF a = nodeCentre(e.a, vp);
    QPointF b = nodeCentre(e.b, vp);
    if (e.slots > 1) {
        // Side by side across the discs, in time order from one side to the other.
        const QPointF d = b - a;
        const double len = std::hypot(d.x(), d.y());
        if (len > 0) {
            const QPointF normal(-d.y() / len, d.x() / len);
            const double spacing = std::min(0.3, 1.2 / (e.slots - 1)) * vp.scale;
            const QPointF shift = normal * ((e.slot - (e.slots - 1) / 2.0) * spacing);
            a += shift;
            b += shift;
        }
    }
    return QLineF(a, b);
}

QRgb NetworkRenderer::edgeColor(const Event &ev, EdgeTime time) const
{
    const double alpha = time.phase == EdgePhase::Ended ? time.strength : isUncertain(time) ? 0.85 : 1.0;
    return faded(kindColor(ev.kind), alpha).rgb();
}

void NetworkRenderer::drawEdge(QPainter &p, const NetworkViewport &vp, quint32 edge, EdgeTime time,
                               double widthFactor, const QColor *override) const
{
    const Event &ev = m_scene.dataset->events[m_scene.graph->edges()[edge].event];
    QPen pen(override ? *override : QColor::fromRgb(edgeColor(ev, time)), lineWidth(vp) * widthFactor);
    pen.setCapStyle(Qt::FlatCap);
    const bool tentative = isTentativeEdge(ev);
    if (tentative && isUncertain(time))
        setDashes(pen, {5, 2.5, 1.5, 2.5});
    else if (tentative)
        setDashes(pen, {5, 3.5});
    else if (isUncertain(time))
        setDashes(pen, {1.5, 2.5});
    p.setPen(pen);
    p.drawLine(edgeLine(int(edge), vp));
}

void NetworkRenderer::drawBase(QPainter &p, const QRectF &target, const NetworkViewport &vp) const
{
    p.fillRect(target, m_palette.color(QPalette::Base));
    // A family's circle: the company holding its products, tinted with the company's sector.
    const bool dark = isDark(m_palette);
    const double width = std::max(1.0, lineWidth(vp) * 0.8);
    for (const NetworkLayout::Hull &h : m_scene.layout->hulls) {
        const NetworkFamily &family = m_scene.graph->families()[h.family];
        const bool active =
            std::any_of(family.members.begin(), family.members.end(), [&](int m) { return keepsNode(m); });
        const QColor c = sectorColor(m_scene.dataset->entities[family.root].sector);
        p.setPen(QPen(faded(c, active ? 0.65 : 0.25), width));
        p.setBrush(faded(c, (dark ? 0.16 : 0.09) * (active ? 1 : 0.5)));
        const double r = h.radius * vp.scale;
        p.drawEllipse(vp.map(h.centre), r, r);
    }
}

void NetworkRenderer::drawSettled(QPainter &p, const NetworkViewport &vp, size_t count) const
{
    // The first to settle on top, as SettledLines shows them.
    const EdgeTime settled{EdgePhase::Ended, endedEdgeFloor};
    for (size_t i = count; i-- > 0;)
        drawEdge(p, vp, m_settleOrder[i], settled);
}

template <typename Draw> void NetworkRenderer::forEachLiveEdge(double t, Draw &&draw) const
{
    if (!m_scene.kept)
        return;
    for (const quint32 i : m_scene.kept->edges) {
        const EdgeClock &clock = m_clocks[i];
        // Not begun: nothing; faded for good: with the settled lines, drawn before.
        if (t < clock.startFirst || clock.settledFrom() <= t)
            continue;
        draw(i, clock.at(t));
    }
}

void NetworkRenderer::drawEmphasis(QPainter &p, const NetworkViewport &vp, double t,
                                   const NetworkEmphasis &em) const
{
    const QColor highlight = m_palette.color(QPalette::Highlight);
    auto lines = [&](quint32 i, double factor, bool halo) {
        EdgeTime time = m_clocks[i].at(t);
        // An emphasised line is drawn whole, even when it has faded or not begun (then as uncertain).
        if (time.phase == EdgePhase::Ended)
            time = {EdgePhase::InForce, 1};
        if (halo) {
            const QColor h = faded(highlight, 0.45);
            drawEdge(p, vp, i, time, factor + 3, &h);
        }
        drawEdge(p, vp, i, time, factor);
    };
    if (em.selectedEntity >= 0 && em.selectedEntity < m_scene.graph->entityCount()) {
        for (const quint32 i : m_scene.graph->edgesOf(em.selectedEntity)) {
            if (kept(i) && t >= m_clocks[i].startFirst)
                lines(i, 1.4, false);
        }
    }
    if (em.selectedEvent >= 0) {
        const NetworkGraph::Range r = m_scene.graph->edgesOfEvent(em.selectedEvent);
        for (quint32 i = r.first; i < r.last; ++i)
            lines(i, 1.6, true);
    }
    if (em.hoveredEdge >= 0)
        lines(quint32(em.hoveredEdge), 1.8, false);
    if (em.focusEdge >= 0) {
        lines(quint32(em.focusEdge), 1.6, true);
        QPen pen(m_palette.color(QPalette::Text), 1);
        setDashes(pen, {2, 2});
        p.setPen(pen);
        p.setBrush(Qt::NoBrush);
        p.drawEllipse(edgeLine(em.focusEdge, vp).center(), 5, 5);
    }
    auto ring = [&](int entity, const QColor &color, double width, bool dashed) {
        if (entity < 0 || entity >= m_scene.graph->entityCount())
            return;
        QPen pen(color, width);
        if (dashed)
            setDashes(pen, {2, 2});
        p.setPen(pen);
        p.setBrush(Qt::NoBrush);
        const double r = std::max(nodeRadius(entity, vp, t), plainRadius * vp.scale) + 2 + width / 2;
        p.drawEllipse(nodeCentre(entity, vp), r, r);
    };
    ring(em.hoveredEntity, faded(highlight, 0.6), 2, false);
    ring(em.selectedEntity, highlight, 3, false);
    ring(em.focusEntity, m_palette.color(QPalette::Text), 1, true);
}

void NetworkRenderer::planLabels(const QRectF &target, const NetworkViewport &vp, const NetworkEmphasis &em)
{
    const Dataset &d = *m_scene.dataset;
    const int n = m_scene.graph->entityCount();
    // The emphasised companies are always named, then the busiest ones where a name fits.
    std::vector<int> forced;
    for (int e : {em.selectedEntity, em.hoveredEntity, em.focusEntity}) {
        if (e >= 0 && e < n)
            forced.push_back(e);
    }
    for (int edge : {em.focusEdge, em.hoveredEdge}) {
        if (edge >= 0) {
            forced.push_back(m_scene.graph->edges()[size_t(edge)].a);
            forced.push_back(m_scene.graph->edges()[size_t(edge)].b);
        }
    }
    if (em.selectedEvent >= 0) {
        for (quint16 party : d.partiesOf(d.events[size_t(em.selectedEvent)]))
            forced.push_back(party);
    }
    LabelKey key{vp, target, forced, m_font, m_locale.name(), m_scene.layout};
    if (key == m_labelKey)
        return;
    m_labelKey = std::move(key);

    NetworkLabels::Input in;
    in.centres.reserve(size_t(n));
    for (int e = 0; e < n; ++e)
        in.centres.push_back(nodeCentre(e, vp));
    std::vector<int> byDegree(static_cast<size_t>(n));
    std::iota(byDegree.begin(), byDegree.end(), 0);
    std::stable_sort(byDegree.begin(), byDegree.end(), [&](int a, int b) {
        return m_scene.graph->edgesOf(a).size() > m_scene.graph->edgesOf(b).size();
    });
    in.order = forced;
    in.order.insert(in.order.end(), byDegree.begin(), byDegree.end());
    in.forced = forced.size();
    // Clear of the largest disc a company can have, so that a name stays put while its disc grows.
    const bool sized = m_scene.sizing && m_scene.sizing->metric();
    in.slot = std::max(3.0, (sized ? 1.0 : plainRadius) * vp.scale);
    in.target = target;
    in.font = m_font;
    in.name = [&](int e) { return d.entities[e].name(m_locale); };
    m_labels.plan(in);
}

std::vector<int> NetworkRenderer::labelledEntities() const
{
    std::vector<int> out;
    for (const NetworkLabels::Label &l : m_labels.labels())
        out.push_back(l.entity);
    return out;
}

void NetworkRenderer::paint(QPainter &p, const QRectF &target, const NetworkViewport &vp, double t,
                            const NetworkEmphasis &emphasis)
{
    p.save();
    p.setRenderHint(QPainter::Antialiasing, true);
    p.setClipRect(target);
    const bool ready = m_scene.dataset && m_scene.graph && m_scene.layout && !m_scene.layout->isEmpty();
    const bool raster = p.paintEngine() && p.paintEngine()->type() == QPaintEngine::Raster &&
                        p.transform().type() <= QTransform::TxTranslate;
    if (!ready) {
        p.fillRect(target, m_palette.color(QPalette::Base));
    } else if (raster && thin()) {
        paintThin(p, target, vp, t, emphasis);
    } else {
        drawBase(p, target, vp);
        drawSettled(p, vp, settledCount(t));
        forEachLiveEdge(t, [&](quint32 i, EdgeTime time) { drawEdge(p, vp, i, time); });
        for (int e = 0; e < m_scene.graph->entityCount(); ++e)
            drawNode(p, nodeCentre(e, vp), nodeLook(e, vp, t));
        drawEmphasis(p, vp, t, emphasis);
        planLabels(target, vp, emphasis);
        m_labels.draw(p, m_palette);
    }
    p.restore();
}

void NetworkRenderer::paintThin(QPainter &p, const QRectF &target, const NetworkViewport &vp, double t,
                                const NetworkEmphasis &emphasis)
{
    const qreal dpr = p.device()->devicePixelRatioF();
    const QSize pixels = (target.size() * dpr).toSize();
    const QPointF origin = target.topLeft();
    if (m_settled.isEmpty() || m_thinViewport != vp || m_thinTarget != target || m_settled.size() != pixels) {
        // Once per view: the background with the family circles, every line's pixels, and the lines as
        // they look once settled.
        QImage background(pixels, QImage::Format_RGB32);
        background.setDevicePixelRatio(dpr);
        {
            QPainter bp(&background);
            bp.setRenderHint(QPainter::Antialiasing, true);
            bp.translate(-origin);
            drawBase(bp, target, vp);
        }
        const auto &edges = m_scene.graph->edges();
        m_pixelLines.assign(edges.size(), QLineF());
        for (const quint32 i : m_scene.kept->edges)
            m_pixelLines[i] = scaled(edgeLine(int(i), vp), origin, dpr);
        std::vector<SettledLines::Line> lines;
        lines.reserve(m_settleOrder.size());
        const EdgeTime settled{EdgePhase::Ended, endedEdgeFloor};
        for (const quint32 i : m_settleOrder) {
            const Event &ev = m_scene.dataset->events[edges[i].event];
            lines.push_back({m_pixelLines[i], edgeColor(ev, settled), thinDashes(ev, settled)});
        }
        m_settled.build(background, lines);
        m_thinViewport = vp;
        m_thinTarget = target;
    }
    m_settled.compose(m_frame, settledCount(t));
    const auto &edges = m_scene.graph->edges();
    forEachLiveEdge(t, [&](quint32 i, EdgeTime time) {
        const Event &ev = m_scene.dataset->events[edges[i].event];
        thinlines::draw(m_frame, m_pixelLines[i], edgeColor(ev, time), thinDashes(ev, time));
    });
    for (int e = 0; e < m_scene.graph->entityCount(); ++e) {
        NodeLook look = nodeLook(e, vp, t);
        look.radius *= dpr;
        m_sprites.draw(m_frame, (nodeCentre(e, vp) - origin) * dpr, look);
    }
    const bool emphasised = emphasis != NetworkEmphasis{};
    if (emphasised) {
        // The few emphasised marks, drawn by QPainter over the frame.
        QPainter fp(&m_frame);
        fp.setRenderHint(QPainter::Antialiasing, true);
        fp.translate(-origin);
        drawEmphasis(fp, vp, t, emphasis);
    }
    planLabels(target, vp, emphasis);
    m_labels.draw(m_frame, origin, m_palette);
    p.drawImage(origin, m_frame);
}

int NetworkRenderer::entityAt(QPointF pixel, const NetworkViewport &vp, double t) const
{
    if (!m_scene.layout || !m_scene.graph)
        return -1;
    int best = -1;
    double bestDistance = 0;
    for (int e = 0; e < m_scene.graph->entityCount(); ++e) {
        const QPointF c = nodeCentre(e, vp);
        const double distance = std::hypot(pixel.x() - c.x(), pixel.y() - c.y());
        const double reach = std::max(nodeRadius(e, vp, t), plainRadius * vp.scale * 0.6) + 1;
        if (distance <= std::max(reach, hitSlop) && (best < 0 || distance < bestDistance)) {
            best = e;
            bestDistance = distance;
        }
    }
    return best;
}

int NetworkRenderer::edgeAt(QPointF pixel, const NetworkViewport &vp, double t) const
{
    if (!m_scene.kept || !m_scene.graph)
        return -1;
    int best = -1;
    double bestScore = 0;
    for (const quint32 i : m_scene.kept->edges) {
        const EdgeTime time = m_clocks[i].at(t);
        if (time.phase == EdgePhase::NotYet)
            continue;
        const QLineF l = edgeLine(int(i), vp);
        const QPointF d = l.p2() - l.p1();
        const double len2 = d.x() * d.x() + d.y() * d.y();
        const double u = len2 > 0 ? std::clamp(QPointF::dotProduct(pixel - l.p1(), d) / len2, 0.0, 1.0) : 0.0;
        const QPointF nearest = l.p1() + d * u;
        const double distance = std::hypot(pixel.x() - nearest.x(), pixel.y() - nearest.y());
        if (distance > hitSlop)
            continue;
        // Nearer first; among lines equally near, the stronger (in force over faded).
        const double score = distance - 2 * time.strength;
        if (best < 0 || score < bestScore) {
            best = int(i);
            bestScore = score;
        }
    }
    return best;
}

} // namespace at
