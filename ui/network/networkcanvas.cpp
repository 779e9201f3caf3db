// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#include "ui/network/networkcanvas.h"

#include "ui/network/networklegend.h"
#include "ui/network/networktext.h"

#include <QAccessible>
#include <QFontMetricsF>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QTextDocument>
#include <QToolTip>
#include <QWheelEvent>
#include <algorithm>
#include <cmath>

namespace at {
namespace {
constexpr double zoomStep = 1.25;
constexpr double maxZoom = 40;  // times the fitted scale
constexpr double minZoom = 0.5; // times the fitted scale
} // namespace

NetworkCanvas::NetworkCanvas(ViewState *state, QWidget *parent) : QWidget(parent), m_state(state)
{
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setMinimumSize(160, 120);
    m_renderer.setPalette(palette());
    m_renderer.setFont(font());
    connect(state, &ViewState::currentTimeChanged, this, [this] {
        update();
        updateAccessibleText();
    });
    connect(state, &ViewState::selectionChanged, this, &NetworkCanvas::onSelectionChanged);
    onSelectionChanged(state->selection());
}

void NetworkCanvas::setScene(const NetworkRenderer::Scene &scene)
{
    const bool newContent =
        scene.dataset != m_renderer.scene().dataset || scene.layout != m_renderer.scene().layout;
    m_renderer.setScene(scene);
    if (newContent) {
        m_hoveredEntity = m_hoveredEdge = -1;
        m_focusEntity = m_focusEdge = -1;
        m_fitted = true;
        onSelectionChanged(m_state->selection());
    }
    if (m_fitted)
        fit();
    update();
    updateAccessibleText();
}

void NetworkCanvas::setLocale(const QLocale &locale)
{
    m_locale = locale;
    QWidget::setLocale(locale);
    m_renderer.setLocale(locale);
    updateAccessibleText();
    update();
}

void NetworkCanvas::setLegendVisible(bool visible)
{
    m_legend = visible;
    if (m_fitted)
        fit();
    update();
}

NetworkEmphasis NetworkCanvas::emphasis() const
{
    NetworkEmphasis e;
    e.selectedEntity = m_selectedEntity;
    e.selectedEvent = m_selectedEvent;
    e.hoveredEntity = m_hoveredEntity;
    e.hoveredEdge = m_hoveredEdge;
    if (hasFocus()) {
        e.focusEntity = m_focusEdge < 0 ? m_focusEntity : -1;
        e.focusEdge = m_focusEdge;
    }
    return e;
}

const std::vector<quint32> *NetworkCanvas::keptEdges() const
{
    return m_renderer.scene().kept ? &m_renderer.scene().kept->edges : nullptr;
}

void NetworkCanvas::fit()
{
    const NetworkLayout *layout = m_renderer.scene().layout;
    if (!layout)
        return;
    m_viewport = NetworkViewport::fit(layout->bounds, plotRect());
    m_fitted = true;
    update();
}

void NetworkCanvas::zoomBy(double factor, QPointF anchor)
{
    const NetworkLayout *layout = m_renderer.scene().layout;
    if (!layout)
        return;
    const double fitted = NetworkViewport::fit(layout->bounds, plotRect()).scale;
    const double scale = std::clamp(m_viewport.scale * factor, fitted * minZoom, fitted * maxZoom);
    const QPointF at = m_viewport.unmap(anchor);
    m_viewport.scale = scale;
    m_viewport.offset = anchor - QPointF(at.x() * scale * m_viewport.stretch, at.y() * scale);
    m_fitted = false;
    update();
}

QFont NetworkCanvas::dateFont() const
{
    QFont bold = font();
    bold.setBold(true);
    return bold;
}

std::optional<NetworkLegend> NetworkCanvas::legend() const
{
    const NetworkRenderer::Scene &scene = m_renderer.scene();
    if (!m_legend || !scene.dataset || !scene.graph)
        return std::nullopt;
    NetworkLegend legend = NetworkLegend::of(*scene.dataset, *scene.graph);
    legend.palette = palette();
    legend.font = font();
    legend.metric = scene.sizing ? scene.sizing->metric() : std::nullopt;
    return legend;
}

QRectF NetworkCanvas::plotRect() const
{
    // Below the date, above the legend.
    QRectF r(rect());
    r.setTop(QFontMetricsF(dateFont()).height() + 6);
    if (const auto l = legend())
        r.setBottom(r.bottom() - l->height(width() - 16) - 12);
    return r.height() > 40 ? r : QRectF(rect());
}

void NetworkCanvas::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    const double t = m_state->currentTime();
    const QRectF plot = plotRect();
    p.fillRect(rect(), palette().color(QPalette::Base));
    m_renderer.paint(p, plot, m_viewport, t, emphasis());
    const NetworkRenderer::Scene &scene = m_renderer.scene();
    if (!scene.dataset || !scene.layout)
        return;
    // When it is: the moment everything is drawn as of.
    p.setFont(dateFont());
    p.setPen(palette().color(QPalette::Text));
    p.drawText(QRectF(rect()).adjusted(8, 3, -8, -3), Qt::AlignLeft | Qt::AlignTop,
               networktext::asOf(t, m_locale));
    if (const auto l = legend()) {
        const double w = width() - 16;
        const double h = l->height(w);
        l->draw(p, QRectF(8, height() - h - 6, w, h));
    }
}

void NetworkCanvas::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    if (m_fitted)
        fit();
}

bool NetworkCanvas::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QString text = toolTipText(help->pos());
        if (text.isEmpty()) {
            QToolTip::hideText();
            event->ignore();
        } else {
            // Data-derived text: escaped, never taken for rich text.
            QToolTip::showText(help->globalPos(), Qt::convertFromPlainText(text, Qt::WhiteSpaceNormal), this);
        }
        return true;
    }
    return QWidget::event(event);
}

QString NetworkCanvas::toolTipText(QPoint pos) const
{
    const NetworkRenderer::Scene &s = m_renderer.scene();
    if (!s.dataset || !s.layout || !s.kept)
        return {};
    const double t = m_state->currentTime();
    const int entity = m_renderer.entityAt(pos, m_viewport, t);
    if (entity >= 0)
        return networktext::nodeToolTip(*s.dataset, *s.graph, *s.kept, s.sizing, entity, t, m_locale);
    const int edge = m_renderer.edgeAt(pos, m_viewport, t);
    if (edge >= 0)
        return networktext::edgeToolTip(*s.dataset, *s.graph, edge, t, m_locale);
    return {};
}

void NetworkCanvas::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return QWidget::mousePressEvent(event);
    m_pressPos = event->position();
    m_pressOffset = m_viewport.offset;
    m_dragging = false;
}

void NetworkCanvas::mouseMoveEvent(QMouseEvent *event)
{
    if (event->buttons() & Qt::LeftButton) {
        const QPointF delta = event->position() - m_pressPos;
        if (m_dragging || std::hypot(delta.x(), delta.y()) > 4) {
            m_dragging = true;
            m_viewport.offset = m_pressOffset + delta;
            m_fitted = false;
            update();
        }
        return;
    }
    const double t = m_state->currentTime();
    const int entity = m_renderer.entityAt(event->position(), m_viewport, t);
    const int edge = entity < 0 ? m_renderer.edgeAt(event->position(), m_viewport, t) : -1;
    if (entity != m_hoveredEntity || edge != m_hoveredEdge) {
        m_hoveredEntity = entity;
        m_hoveredEdge = edge;
        setCursor(entity >= 0 || edge >= 0 ? Qt::PointingHandCursor : Qt::ArrowCursor);
        update();
    }
}

void NetworkCanvas::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return QWidget::mouseReleaseEvent(event);
    if (m_dragging) {
        m_dragging = false;
        return;
    }
    const double t = m_state->currentTime();
    const int entity = m_renderer.entityAt(event->position(), m_viewport, t);
    if (entity >= 0) {
        m_state->select(Selection::entity(entity));
        return;
    }
    const int edge = m_renderer.edgeAt(event->position(), m_viewport, t);
    if (edge >= 0) {
        m_state->select(Selection::event(int(m_renderer.scene().graph->edges()[size_t(edge)].event)));
        return;
    }
    m_state->select(Selection::none());
}

void NetworkCanvas::mouseDoubleClickEvent(QMouseEvent *event)
{
    const double t = m_state->currentTime();
    if (m_renderer.entityAt(event->position(), m_viewport, t) < 0 &&
        m_renderer.edgeAt(event->position(), m_viewport, t) < 0)
        fit();
}

void NetworkCanvas::leaveEvent(QEvent *event)
{
    QWidget::leaveEvent(event);
    if (m_hoveredEntity >= 0 || m_hoveredEdge >= 0) {
        m_hoveredEntity = m_hoveredEdge = -1;
        update();
    }
}

void NetworkCanvas::wheelEvent(QWheelEvent *event)
{
    const double steps = event->angleDelta().y() / 120.0;
    if (steps == 0)
        return QWidget::wheelEvent(event);
    zoomBy(std::pow(zoomStep, steps), event->position());
    event->accept();
}

std::vector<quint32> NetworkCanvas::focusableEdges(int entity) const
{
    std::vector<quint32> out;
    const NetworkRenderer::Scene &s = m_renderer.scene();
    if (!s.graph || entity < 0 || entity >= s.graph->entityCount())
        return out;
    const double t = m_state->currentTime();
    const std::vector<quint32> *kept = keptEdges();
    for (const quint32 i : s.graph->edgesOf(entity)) {
        if (s.kept && s.kept->filtered && !std::binary_search(kept->begin(), kept->end(), i))
            continue;
        if (edgeTimeAt(s.dataset->events[s.graph->edges()[i].event], t).phase != EdgePhase::NotYet)
            out.push_back(i);
    }
    return out;
}

void NetworkCanvas::setFocusItem(int entity, int edge)
{
    m_focusEntity = entity;
    m_focusEdge = edge;
    updateAccessibleText();
    update();
}

void NetworkCanvas::stepEntity(int delta)
{
    const NetworkRenderer::Scene &s = m_renderer.scene();
    if (!s.graph || s.graph->entityCount() == 0)
        return;
    // Family by family, each company followed by its products: the order the families are listed in.
    std::vector<int> order;
    for (const NetworkFamily &f : s.graph->families())
        order.insert(order.end(), f.members.begin(), f.members.end());
    const auto it = std::find(order.begin(), order.end(), m_focusEntity);
    qsizetype i = it == order.end() ? (delta > 0 ? -1 : qsizetype(order.size())) : it - order.begin();
    i = std::clamp<qsizetype>(i + delta, 0, qsizetype(order.size()) - 1);
    setFocusItem(order[size_t(i)], -1);
}

void NetworkCanvas::stepEdge(int delta)
{
    if (m_focusEntity < 0)
        return stepEntity(1);
    const std::vector<quint32> edges = focusableEdges(m_focusEntity);
    if (edges.empty())
        return;
    const auto it = std::find(edges.begin(), edges.end(), quint32(std::max(0, m_focusEdge)));
    qsizetype i = m_focusEdge < 0 || it == edges.end() ? -1 : it - edges.begin();
    i += delta;
    if (i < 0)
        return setFocusItem(m_focusEntity, -1); // up from the first line: back to the company
    setFocusItem(m_focusEntity, int(edges[size_t(std::min<qsizetype>(i, qsizetype(edges.size()) - 1))]));
}

void NetworkCanvas::keyPressEvent(QKeyEvent *event)
{
    const NetworkRenderer::Scene &s = m_renderer.scene();
    switch (event->key()) {
    case Qt::Key_Right:
        stepEntity(1);
        break;
    case Qt::Key_Left:
        stepEntity(-1);
        break;
    case Qt::Key_Home:
        setFocusItem(-1, -1);
        stepEntity(1);
        break;
    case Qt::Key_End:
        setFocusItem(-1, -1);
        stepEntity(-1);
        break;
    case Qt::Key_Down:
        stepEdge(1);
        break;
    case Qt::Key_Up:
        stepEdge(-1);
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space:
        if (m_focusEdge >= 0 && s.graph)
            m_state->select(Selection::event(int(s.graph->edges()[size_t(m_focusEdge)].event)));
        else if (m_focusEntity >= 0)
            m_state->select(Selection::entity(m_focusEntity));
        break;
    case Qt::Key_Escape:
        m_state->select(Selection::none());
        break;
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomBy(zoomStep, m_focusEntity >= 0 ? m_renderer.nodeCentre(m_focusEntity, m_viewport)
                                            : QPointF(rect().center()));
        break;
    case Qt::Key_Minus:
        zoomBy(1 / zoomStep, QPointF(rect().center()));
        break;
    case Qt::Key_0:
        fit();
        break;
    default:
        return QWidget::keyPressEvent(event);
    }
    event->accept();
}

void NetworkCanvas::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        m_renderer.setPalette(palette());
        update();
    } else if (event->type() == QEvent::FontChange) {
        m_renderer.setFont(font());
        update();
    }
}

void NetworkCanvas::onSelectionChanged(const Selection &selection)
{
    const NetworkRenderer::Scene &s = m_renderer.scene();
    const int entities = s.graph ? s.graph->entityCount() : 0;
    const int events = s.dataset ? int(s.dataset->events.size()) : 0;
    m_selectedEntity =
        selection.type == Selection::Type::Entity && selection.index < entities ? selection.index : -1;
    m_selectedEvent =
        selection.type == Selection::Type::Event && selection.index < events ? selection.index : -1;
    // The keyboard carries on from what was selected elsewhere.
    if (m_selectedEntity >= 0)
        setFocusItem(m_selectedEntity, -1);
    updateAccessibleText();
    update();
}

void NetworkCanvas::updateAccessibleText()
{
    const NetworkRenderer::Scene &s = m_renderer.scene();
    const double t = m_state->currentTime();
    QString name;
    if (s.dataset && s.graph && m_focusEdge >= 0)
        name = networktext::edgeAccessibleName(*s.dataset, *s.graph, m_focusEdge, t, m_locale);
    else if (s.dataset && m_focusEntity >= 0)
        name = networktext::nodeAccessibleName(*s.dataset, m_focusEntity, m_locale);
    else
        name = tr("Alliance network, %1").arg(networktext::asOf(t, m_locale));
    if (name == accessibleName())
        return;
    setAccessibleName(name);
    setAccessibleDescription(tr("Left and Right: companies; Down and Up: the company's lines; Enter: select; "
                                "plus and minus: zoom; 0: fit"));
    if (QAccessible::isActive()) {
        QAccessibleEvent e(this, QAccessible::NameChanged);
        QAccessible::updateAccessibility(&e);
    }
}

} // namespace at
