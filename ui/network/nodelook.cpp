// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#include "ui/network/nodelook.h"

#include <QPainter>
#include <algorithm>
#include <cmath>

namespace at {
namespace {

QPen dashedPen(QRgb rgb, qreal width, std::initializer_list<qreal> pixels)
{
    QPen pen(QColor::fromRgb(rgb), width);
    QList<qreal> pattern;
    for (qreal p : pixels)
        pattern << p / width;
    pen.setDashPattern(pattern);
    return pen;
}

double ringRadius(double radius)
{
    return radius + std::max(2.5, radius * 0.18);
}

} // namespace

double NodeLook::extent() const
{
    return (mark == Mark::AtLeast ? ringRadius(radius) : radius) + 1.5;
}

void drawNode(QPainter &p, QPointF c, const NodeLook &look)
{
    const QColor fill = QColor::fromRgb(look.fill);
    const QColor outline = QColor::fromRgb(look.outline);
    switch (look.mark) {
    case NodeLook::Mark::Plain:
    case NodeLook::Mark::Exact:
    case NodeLook::Mark::AtLeast:
        p.setPen(QPen(outline, 1));
        break;
    case NodeLook::Mark::NoFigure:
        p.setPen(dashedPen(look.outline, 1, {2, 2}));
        break;
    case NodeLook::Mark::Approximate:
        p.setPen(QPen(outline, 1.5));
        break;
    case NodeLook::Mark::AtMost:
        p.setPen(dashedPen(look.outline, 1.5, {3, 2}));
        break;
    }
    p.setBrush(fill);
    p.drawEllipse(c, look.radius, look.radius);
    if (look.mark == NodeLook::Mark::AtLeast) {
        p.setPen(dashedPen(look.outline, 1.2, {3, 2.5}));
        p.setBrush(Qt::NoBrush);
        const double ring = ringRadius(look.radius);
        p.drawEllipse(c, ring, ring);
    }
}

void NodeSprites::draw(QImage &frame, QPointF centre, const NodeLook &look)
{
    // Radii to a quarter pixel: looks that differ by less draw the same sprite.
    const int quarter = std::clamp(int(std::lround(look.radius * 4)), 0, 0x1fff);
    const quint64 key = quint64(look.fill & 0xffffff) << 40 | quint64(look.outline & 0xffffff) << 16 |
                        quint64(look.mark) << 13 | quint64(quarter);
    QImage &sprite = m_sprites[key];
    const int half = int(std::ceil(look.extent()));
    if (sprite.isNull()) {
        sprite = QImage(2 * half + 1, 2 * half + 1, QImage::Format_ARGB32_Premultiplied);
        sprite.fill(Qt::transparent);
        QPainter p(&sprite);
        p.setRenderHint(QPainter::Antialiasing, true);
        NodeLook exact = look;
        exact.radius = quarter / 4.0;
        drawNode(p, QPointF(half + 0.5, half + 0.5), exact);
    }
    // Premultiplied "source over" onto an opaque frame, row by row, clipped.
    const int x0 = int(std::floor(centre.x())) - half;
    const int y0 = int(std::floor(centre.y())) - half;
    const int left = std::max(0, -x0);
    const int top = std::max(0, -y0);
    const int right = std::min(sprite.width(), frame.width() - x0);
    const int bottom = std::min(sprite.height(), frame.height() - y0);
    for (int y = top; y < bottom; ++y) {
        const auto *src = reinterpret_cast<const QRgb *>(sprite.constScanLine(y));
        auto *dst = reinterpret_cast<QRgb *>(frame.scanLine(y0 + y)) + x0;
        for (int x = left; x < right; ++x) {
            const QRgb s = src[x];
            const uint a = qAlpha(s);
            if (a == 0)
                continue;
            if (a == 255) {
                dst[x] = s;
                continue;
            }
            const QRgb d = dst[x];
            const uint inv = 255 - a;
            dst[x] = qRgb(qRed(s) + (qRed(d) * inv + 127) / 255, qGreen(s) + (qGreen(d) * inv + 127) / 255,
                          qBlue(s) + (qBlue(d) * inv + 127) / 255);
        }
    }
}

} // namespace at
