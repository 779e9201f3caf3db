// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#pragma once

#include <QHash>
#include <QImage>
#include <QPointF>
#include <QRgb>

class QPainter;

namespace at {

// How one company's disc is drawn at a moment, in pixels and opaque colours. With a metric, the mark says
// what the figure claims: the disc's area is the value, a dashed ring outside means "at least", a dashed
// outline "at most", a hollow ring "about"; a small dashed ring with no figure makes no size claim.
struct NodeLook {
    enum class Mark : quint8 { Plain, NoFigure, Exact, Approximate, AtMost, AtLeast };
    Mark mark = Mark::Plain;
    double radius = 0;
    QRgb fill = 0;
    QRgb outline = 0;
    // How far the drawing reaches from the centre (the ring of "at least" lies outside the disc).
    double extent() const;
    friend bool operator==(const NodeLook &, const NodeLook &) = default;
};

void drawNode(QPainter &painter, QPointF centre, const NodeLook &look);

// Discs drawn once per look and copied into a frame: QPainter sets up an antialiased path for every
// ellipse, which for two thousand discs took most of a frame.
class NodeSprites {
public:
    // Lays the disc over the 32-bit opaque `frame` with its centre at `centre` (pixels), rounded to a pixel.
    void draw(QImage &frame, QPointF centre, const NodeLook &look);
    void clear() { m_sprites.clear(); }

private:
    QHash<quint64, QImage> m_sprites;
};

} // namespace at
