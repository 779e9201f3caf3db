// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#pragma once

#include "app/core/dataset.h"

#include <QColor>
#include <QPointF>

class QPainter;

namespace at {

// The drawing primitives that the lanes, the gutter, the axis and the legend share.
namespace paintkit {

// How an event's marker, bar and link are drawn: fact, not (yet) fact, or a stated intention.
enum MarkStyle { Solid = 0, Hollow = 1, Dashed = 2 };
MarkStyle markStyle(const Event &e);

// The cursor is the one thing drawn in this colour, so that it never reads as an event.
inline const QColor cursorColor{0xc2, 0x18, 0x5b};
inline const QColor annotationColor{0xe6, 0x9f, 0x00};

// Qt's raster engine hands every blend of more than about a hundred spans (a tall line or rectangle in a
// translucent colour) to a thread pool and waits for it: on a busy machine that wait costs more than the
// drawing. So long lines are opaque rectangle fills of colours blended here, which stay on this thread.
QColor over(const QColor &fg, const QColor &bg);
QColor withAlpha(QColor c, int alpha);
void vline(QPainter &p, double x, double y0, double y1, const QColor &c, int width = 1);
void hline(QPainter &p, double x0, double x1, double y, const QColor &c, int height = 1);

// A marker: a disc, or a square for an event with an end date; filled, hollow or dashed by its style.
void drawMark(QPainter &p, QPointF c, double r, const QColor &color, MarkStyle style, bool ranged,
              const QColor &base);

bool isRaster(const QPainter &p);
qreal devicePixelRatio(const QPainter &p);

} // namespace paintkit
} // namespace at
