// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#include "ui/charts/annotationshading.h"

#include "app/core/colors.h"

#include <algorithm>
#include <cmath>

namespace at {

AnnotationShading::AnnotationShading(QCustomPlot *plot, QCPAxisRect *axisRect, const QString &layer,
                                     Part part)
    : QCPLayerable(plot, layer), m_axisRect(axisRect), m_part(part)
{}

void AnnotationShading::applyDefaultAntialiasingHint(QCPPainter *painter) const
{
    applyAntialiasingHint(painter, false, QCP::aeItems);
}

QRect AnnotationShading::clipRect() const
{
    return m_axisRect->rect();
}

void AnnotationShading::draw(QCPPainter *painter)
{
    if (!m_annotations || m_annotations->empty())
        return;
    const QCPAxis *axis = m_axisRect->axis(QCPAxis::atBottom);
    const QRect area = m_axisRect->rect();
    const QColor period = annotationPeriodColor();
    if (m_part == Part::Regions) {
        QColor tint = period;
        tint.setAlpha(40);
        for (const ChartAnnotation &a : *m_annotations) {
            if (a.kind != ChartAnnotation::Kind::Period)
                continue;
            const double x0 = std::round(std::max(double(area.left()), axis->coordToPixel(a.from)));
            const double x1 = std::round(std::min(double(area.right() + 1), axis->coordToPixel(a.to)));
            if (x1 <= x0)
                continue;
            painter->fillRect(QRectF(x0, area.top(), x1 - x0, area.height()), tint);
            painter->fillRect(QRectF(x0, area.top(), 1, area.height()), period);
            painter->fillRect(QRectF(x1 - 1, area.top(), 1, area.height()), period);
        }
        return;
    }
    // Tags: a period's at the foot of its region (the top is where event labels go), a point's at its upper
    // right. One does not cover another: it moves up past it.
    const QFontMetrics metrics(painter->font());
    const int padding = 3;
    const int h = metrics.height() + 2;
    std::vector<QRect> placed;
    auto place = [&](QRect box) {
        for (bool moved = true; moved;) {
            moved = false;
            for (const QRect &other : placed) {
                if (other.intersects(box)) {
                    box.moveBottom(other.top() - 1);
                    moved = true;
                }
            }
        }
        placed.push_back(box);
        return box;
    };
    for (const ChartAnnotation &a : *m_annotations) {
        QString text = a.number > 0 ? QString::number(a.number) : a.label;
        if (text.isEmpty())
            continue;
        QColor fill = period;
        QRect box;
        if (a.kind == ChartAnnotation::Kind::Period) {
            const double x0 = std::max(double(area.left()), axis->coordToPixel(a.from));
            const double x1 = std::min(double(area.right() + 1), axis->coordToPixel(a.to));
            const int room = int(x1 - x0) - 2 * padding - 4;
            if (a.number <= 0) {
                text = metrics.elidedText(text, Qt::ElideRight, std::min(room, 240));
                if (room < metrics.horizontalAdvance(QStringLiteral("Ab…")))
                    continue;
            }
            if (x1 <= x0)
                continue;
            box = QRect(int(x0) + 2, area.bottom() - h - 1, metrics.horizontalAdvance(text) + 2 * padding, h);
        } else {
            const QPointF p = m_position ? m_position(a.series, a.point) : QPointF();
            if (p.isNull() || !area.contains(p.toPoint()))
                continue;
            fill = annotationSpanColor();
            box = QRect(int(p.x()) + 4, int(p.y()) - h - 2, metrics.horizontalAdvance(text) + 2 * padding, h);
        }
        box = place(box);
        painter->setPen(Qt::NoPen);
        painter->setBrush(fill);
        painter->drawRect(box);
        painter->setPen(a.kind == ChartAnnotation::Kind::Period ? Qt::white : Qt::black);
        painter->drawText(box, Qt::AlignCenter, text);
    }
}

} // namespace at
