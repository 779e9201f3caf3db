// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#include "ui/timeline/render/paintkit.h"

#include <QPaintEngine>
#include <QPainter>
#include <cmath>

namespace at::paintkit {

MarkStyle markStyle(const Event &e)
{
    if (isTentative(e.kind))
        return Dashed;
    return isTentative(e.status) ? Hollow : Solid;
}

QColor over(const QColor &fg, const QColor &bg)
{
    const double a = fg.alphaF();
    return QColor::fromRgbF(float(fg.redF() * a + bg.redF() * (1 - a)),
                            float(fg.greenF() * a + bg.greenF() * (1 - a)),
                            float(fg.blueF() * a + bg.blueF() * (1 - a)));
}

QColor withAlpha(QColor c, int alpha)
{
    c.setAlpha(alpha);
    return c;
}

void vline(QPainter &p, double x, double y0, double y1, const QColor &c, int width)
{
    p.fillRect(QRect(int(std::floor(x)), int(std::floor(y0)), width, int(std::ceil(y1 - y0))), c);
}

void hline(QPainter &p, double x0, double x1, double y, const QColor &c, int height)
{
    p.fillRect(QRect(int(std::floor(x0)), int(std::floor(y)), int(std::ceil(x1 - x0)), height), c);
}

void drawMark(QPainter &p, QPointF c, double r, const QColor &color, MarkStyle style, bool ranged,
              const QColor &base)
{
    const QRectF box(c.x() - r, c.y() - r, 2 * r, 2 * r);
    if (style == Solid) {
        p.setPen(QPen(color.darker(130), 1));
        p.setBrush(color);
    } else {
        QPen pen(color, 1.6);
        if (style == Dashed)
            pen.setDashPattern({2.0, 1.4});
        p.setPen(pen);
        p.setBrush(base);
    }
    const QRectF inner =
        style == Solid ? box.adjusted(0.5, 0.5, -0.5, -0.5) : box.adjusted(0.8, 0.8, -0.8, -0.8);
    if (ranged)
        p.drawRect(inner);
    else
        p.drawEllipse(inner);
}

bool isRaster(const QPainter &p)
{
    return p.paintEngine() && p.paintEngine()->type() == QPaintEngine::Raster;
}

qreal devicePixelRatio(const QPainter &p)
{
    return p.device() ? p.device()->devicePixelRatioF() : 1.0;
}

} // namespace at::paintkit
