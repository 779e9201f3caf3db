// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#pragma once

#include "app/core/viewstate.h"
#include "ui/network/networklegend.h"
#include "ui/network/networkrenderer.h"

#include <QWidget>

namespace at {

// The drawing of the network, linked like every view: it follows the time cursor and the selection of the
// shared ViewState and writes the selection back (a click on a company selects it, on a line its event).
// Hover shows plain-text tooltips; the wheel zooms, a drag pans, a double-click on empty space fits.
// Keyboard: Left/Right go from company to company, Down/Up through the focused company's lines, Enter or
// Space selects, Escape clears the selection, + and - zoom, 0 fits.
class NetworkCanvas : public QWidget {
    Q_OBJECT
public:
    explicit NetworkCanvas(ViewState *state, QWidget *parent = nullptr);

    void setScene(const NetworkRenderer::Scene &scene);
    void setLocale(const QLocale &locale);
    void setLegendVisible(bool visible);
    bool isLegendVisible() const { return m_legend; }

    const NetworkRenderer &renderer() const { return m_renderer; }
    const NetworkViewport &viewport() const { return m_viewport; }
    double currentTime() const { return m_state->currentTime(); }
    NetworkEmphasis emphasis() const;
    // Keyboard focus: a company, or one of its lines (edge index; -1: the company itself).
    int focusEntity() const { return m_focusEntity; }
    int focusEdge() const { return m_focusEdge; }
    // The plain text of the tooltip at a widget position (empty: nothing there).
    QString toolTipText(QPoint pos) const;

    // Where the network is drawn: below the date, above the legend when it is shown.
    QRectF plotRect() const;
    void zoomBy(double factor, QPointF anchor);
    void fit();

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    QFont dateFont() const;
    std::optional<NetworkLegend> legend() const;
    void onSelectionChanged(const Selection &selection);
    void setFocusItem(int entity, int edge);
    void stepEntity(int delta);
    void stepEdge(int delta);
    void updateAccessibleText();
    // The focused company's lines drawn at the cursor's time, in time order.
    std::vector<quint32> focusableEdges(int entity) const;
    const std::vector<quint32> *keptEdges() const;

    ViewState *m_state;
    NetworkRenderer m_renderer;
    NetworkViewport m_viewport;
    QLocale m_locale;
    bool m_fitted = true; // follows the widget's size until the user zooms or pans
    bool m_legend = false;
    int m_selectedEntity = -1;
    int m_selectedEvent = -1;
    int m_hoveredEntity = -1;
    int m_hoveredEdge = -1;
    int m_focusEntity = -1;
    int m_focusEdge = -1;
    bool m_dragging = false;
    QPointF m_pressPos;
    QPointF m_pressOffset;
};

} // namespace at
