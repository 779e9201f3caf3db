// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#include "ui/timeline/overviewstrip.h"

#include "app/core/axisticks.h"
#include "ui/timeline/render/eventindex.h"

#include <QMouseEvent>
#include <QPainter>
#include <QWheelEvent>
#include <algorithm>
#include <cmath>

namespace at {

OverviewGeometry::Part OverviewGeometry::partAt(double x, double from, double to) const
{
    if (x < x0 || x > x0 + width)
        return Part::None;
    const double a = toX(from);
    const double b = toX(to);
    constexpr double grip = 5;
    // A narrow window keeps a middle to grab: the edges give way to it.
    const double edge = std::min(grip, (b - a) / 3);
    if (std::abs(x - a) <= edge)
        return Part::LeftEdge;
    if (std::abs(x - b) <= edge)
        return Part::RightEdge;
    if (x > a && x < b)
        return Part::Window;
    return Part::Outside;
}

std::pair<double, double> OverviewGeometry::drag(Part part, double pressX, double x, double from, double to,
                                                 double minSpan) const
{
    const double dt = toTime(x) - toTime(pressX);
    const double span = to - from;
    const double maxSpan = boundTo - boundFrom;
    switch (part) {
    case Part::Window: {
        const double f = std::clamp(from + dt, boundFrom, boundTo - span);
        return {f, f + span};
    }
    case Part::Outside: {
        const double f = std::clamp(toTime(x) - span / 2, boundFrom, boundTo - span);
        return {f, f + span};
    }
    case Part::LeftEdge: {
        const double f = std::clamp(from + dt, std::max(boundFrom, to - maxSpan), to - minSpan);
        return {f, to};
    }
    case Part::RightEdge: {
        const double t = std::clamp(to + dt, from + minSpan, std::min(boundTo, from + maxSpan));
        return {from, t};
    }
    case Part::None:
        break;
    }
    return {from, to};
}

OverviewStrip::OverviewStrip(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("timelineOverview"));
    setMouseTracking(true);
    setAccessibleName(tr("Timeline overview"));
    setToolTip(tr("The whole time range. Drag the window to move the view, drag its edges to zoom."));
}

QSize OverviewStrip::sizeHint() const
{
    return {400, 40};
}

void OverviewStrip::setIndex(const EventIndex *index)
{
    m_index = index;
    recount();
    update();
}

void OverviewStrip::setBounds(double from, double to, double minSpan)
{
    m_geometry.boundFrom = from;
    m_geometry.boundTo = std::max(to, from + 1);
    m_minSpan = minSpan;
    recount();
    update();
}

void OverviewStrip::setVisibleRange(double from, double to)
{
    m_from = from;
    m_to = to;
    update();
}

void OverviewStrip::setCurrentTime(double time)
{
    m_current = time;
    update();
}

void OverviewStrip::setLeftMargin(int pixels)
{
    if (pixels == m_leftMargin)
        return;
    m_leftMargin = pixels;
    updateGeometryModel();
    recount();
    update();
}

void OverviewStrip::setLocale(const QLocale &locale)
{
    m_locale = locale;
    update();
}

void OverviewStrip::updateGeometryModel()
{
    m_geometry.x0 = m_leftMargin;
    m_geometry.width = std::max(1, width() - m_leftMargin);
}

void OverviewStrip::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    updateGeometryModel();
    recount();
}

void OverviewStrip::recount()
{
    updateGeometryModel();
    const int w = int(m_geometry.width);
    m_counts.assign(size_t(std::max(1, w)), 0);
    m_histogram = QImage();
    if (!m_index)
        return;
    const double k = w / (m_geometry.boundTo - m_geometry.boundFrom) / 2;
    const double from2 = m_geometry.boundFrom * 2;
    for (int l = 0; l < m_index->laneCount(); ++l) {
        for (qint32 t2 : m_index->lane(l).time2) {
            const int col = int((t2 - from2) * k);
            if (col >= 0 && col < w)
                ++m_counts[size_t(col)];
        }
    }
}

void OverviewStrip::renderHistogram()
{
    const QSize size(int(m_geometry.width), std::max(1, height() - 4));
    m_histogram = QImage(size, QImage::Format_ARGB32_Premultiplied);
    m_histogram.fill(Qt::transparent);
    quint32 maxCount = 1;
    for (quint32 c : m_counts)
        maxCount = std::max(maxCount, c);
    const double h = size.height() - 12;
    QColor bar = palette().color(QPalette::Text);
    bar.setAlpha(110);
    QPainter p(&m_histogram);
    p.setPen(QPen(bar, 1));
    const double scale = 1.0 / std::log1p(double(maxCount));
    for (size_t x = 0; x < m_counts.size() && int(x) < size.width(); ++x) {
        if (!m_counts[x])
            continue;
        const double bh = std::max(1.0, h * std::log1p(double(m_counts[x])) * scale);
        p.drawLine(QPointF(double(x) + 0.5, size.height()), QPointF(double(x) + 0.5, size.height() - bh));
    }
}

void OverviewStrip::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        m_histogram = QImage();
}

void OverviewStrip::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    const QPalette &pal = palette();
    p.fillRect(rect(), pal.color(QPalette::Window));
    const QRectF strip(m_geometry.x0, 2, m_geometry.width, height() - 4);
    p.fillRect(strip, pal.color(QPalette::Base));
    p.setPen(pal.color(QPalette::WindowText));
    QFont f = font();
    f.setPixelSize(10);
    p.setFont(f);
    p.drawText(QRectF(4, 0, std::max(0.0, m_geometry.x0 - 8), height()), Qt::AlignVCenter | Qt::AlignRight,
               tr("Overview"));

    // Events per column, on a log scale, drawn once per recount.
    if (m_histogram.size() != strip.size().toSize())
        renderHistogram();
    p.drawImage(strip.topLeft(), m_histogram);
    // Year ticks with labels where there is room.
    QColor tick = pal.color(QPalette::Text);
    tick.setAlpha(70);
    const double pxPerYear = m_geometry.width / (m_geometry.boundTo - m_geometry.boundFrom) * 365.25;
    const int step = pxPerYear >= 40 ? 1 : pxPerYear >= 16 ? 5 : 10;
    const AxisTicks ticks =
        step == 10
            ? AxisTicks::make(m_geometry.boundFrom, m_geometry.boundTo, TickUnit::Decade, 1, m_locale)
            : AxisTicks::make(m_geometry.boundFrom, m_geometry.boundTo, TickUnit::Year, step, m_locale);
    for (const Tick &t : ticks.minor) {
        const double x = std::round(m_geometry.toX(t.time)) + 0.5;
        if (x < strip.left() || x > strip.right())
            continue;
        p.setPen(QPen(tick, 1));
        p.drawLine(QPointF(x, strip.top()), QPointF(x, strip.bottom()));
        p.setPen(pal.color(QPalette::Text));
        p.drawText(QPointF(x + 3, strip.top() + 10), t.label);
    }
    // The window.
    const double a = std::clamp(m_geometry.toX(m_from), strip.left(), strip.right());
    const double b = std::clamp(m_geometry.toX(m_to), strip.left(), strip.right());
    QColor hl = pal.color(QPalette::Highlight);
    QColor fill = hl;
    fill.setAlpha(45);
    p.fillRect(QRectF(a, strip.top(), std::max(2.0, b - a), strip.height()), fill);
    p.setPen(QPen(hl, 2));
    p.drawRect(QRectF(a, strip.top() + 1, std::max(2.0, b - a), strip.height() - 2));
    p.fillRect(QRectF(a - 2, strip.center().y() - 6, 4, 12), hl);
    p.fillRect(QRectF(b - 2, strip.center().y() - 6, 4, 12), hl);
    if (m_current != 0) {
        const double x = m_geometry.toX(m_current);
        p.setPen(QPen(QColor(0xc2, 0x18, 0x5b), 1.5));
        p.drawLine(QPointF(x, strip.top()), QPointF(x, strip.bottom()));
    }
}

void OverviewStrip::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return QWidget::mousePressEvent(event);
    const double x = event->position().x();
    m_dragPart = m_geometry.partAt(x, m_from, m_to);
    m_pressX = x;
    m_pressFrom = m_from;
    m_pressTo = m_to;
    if (m_dragPart == OverviewGeometry::Part::Outside) {
        const auto [f, t] = m_geometry.drag(m_dragPart, x, x, m_from, m_to, m_minSpan);
        Q_EMIT rangeRequested(f, t);
        // From here on the press drags the window it centred.
        m_dragPart = OverviewGeometry::Part::Window;
        m_pressFrom = f;
        m_pressTo = t;
    }
    event->accept();
}

void OverviewStrip::mouseMoveEvent(QMouseEvent *event)
{
    const double x = event->position().x();
    if (m_dragPart == OverviewGeometry::Part::None) {
        const auto part = m_geometry.partAt(x, m_from, m_to);
        setCursor(part == OverviewGeometry::Part::LeftEdge || part == OverviewGeometry::Part::RightEdge
                      ? Qt::SizeHorCursor
                  : part == OverviewGeometry::Part::Window ? Qt::OpenHandCursor
                                                           : Qt::ArrowCursor);
        return;
    }
    const auto [f, t] = m_geometry.drag(m_dragPart, m_pressX, x, m_pressFrom, m_pressTo, m_minSpan);
    Q_EMIT rangeRequested(f, t);
}

void OverviewStrip::mouseReleaseEvent(QMouseEvent *event)
{
    m_dragPart = OverviewGeometry::Part::None;
    event->accept();
}

void OverviewStrip::wheelEvent(QWheelEvent *event)
{
    // The wheel zooms the window about its centre.
    const double steps = event->angleDelta().y() / 120.0;
    if (steps == 0)
        return;
    const double centre = (m_from + m_to) / 2;
    const double span = std::clamp((m_to - m_from) * std::pow(0.8, steps), m_minSpan,
                                   m_geometry.boundTo - m_geometry.boundFrom);
    const double f = std::clamp(centre - span / 2, m_geometry.boundFrom, m_geometry.boundTo - span);
    Q_EMIT rangeRequested(f, f + span);
    event->accept();
}

} // namespace at
