// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#include "ui/network/networklabels.h"

#include <QFontMetricsF>
#include <QPainter>
#include <algorithm>
#include <cmath>

namespace at {

void NetworkLabels::plan(const Input &in)
{
    m_labels.clear();
    m_sprites.clear();
    m_font = in.font;
    const QFontMetricsF fm(in.font);
    // Obstacles in a grid of cells, so that a name is checked against its neighbours only.
    constexpr double cell = 48;
    const QRectF &target = in.target;
    const int columns = std::max(1, int(std::ceil(target.width() / cell)));
    const int rows = std::max(1, int(std::ceil(target.height() / cell)));
    std::vector<std::vector<QRectF>> grid(size_t(columns) * size_t(rows));
    auto cellsOf = [&](const QRectF &r, auto &&visit) {
        const int x0 = std::clamp(int((r.left() - target.left()) / cell), 0, columns - 1);
        const int x1 = std::clamp(int((r.right() - target.left()) / cell), 0, columns - 1);
        const int y0 = std::clamp(int((r.top() - target.top()) / cell), 0, rows - 1);
        const int y1 = std::clamp(int((r.bottom() - target.top()) / cell), 0, rows - 1);
        for (int y = y0; y <= y1; ++y) {
            for (int x = x0; x <= x1; ++x)
                visit(grid[size_t(y) * size_t(columns) + size_t(x)]);
        }
    };
    auto free = [&](const QRectF &box, const QRectF &own) {
        bool clear = true;
        cellsOf(box, [&](const std::vector<QRectF> &rects) {
            for (const QRectF &r : rects)
                clear = clear && (r == own || !r.intersects(box));
        });
        return clear;
    };
    const double slot = in.slot;
    std::vector<QRectF> discs(in.centres.size());
    for (size_t e = 0; e < in.centres.size(); ++e) {
        const QPointF c = in.centres[e];
        discs[e] = QRectF(c.x() - slot, c.y() - slot, 2 * slot, 2 * slot);
        if (target.intersects(discs[e]))
            cellsOf(discs[e], [&](std::vector<QRectF> &rects) { rects.push_back(discs[e]); });
    }
    std::vector<bool> done(in.centres.size(), false);
    for (size_t k = 0; k < in.order.size() && m_labels.size() < maxLabels; ++k) {
        const int e = in.order[k];
        if (e < 0 || size_t(e) >= in.centres.size() || done[size_t(e)])
            continue;
        done[size_t(e)] = true;
        const QString name = in.name(e);
        const QPointF c = in.centres[size_t(e)];
        const double w = fm.horizontalAdvance(name) + 4;
        const double h = fm.height();
        const QRectF candidates[] = {
            QRectF(c.x() - w / 2, c.y() + slot + 1, w, h), QRectF(c.x() - w / 2, c.y() - slot - 1 - h, w, h),
            QRectF(c.x() + slot + 2, c.y() - h / 2, w, h), QRectF(c.x() - slot - 2 - w, c.y() - h / 2, w, h)};
        const QRectF *chosen = nullptr;
        for (const QRectF &box : candidates) {
            if (target.contains(box) && free(box, discs[size_t(e)])) {
                chosen = &box;
                break;
            }
        }
        if (!chosen && k >= in.forced)
            continue;
        const QRectF box = chosen ? *chosen : candidates[0];
        cellsOf(box, [&](std::vector<QRectF> &rects) { rects.push_back(box); });
        m_labels.push_back(Label{e, box, name});
    }
}

void NetworkLabels::draw(QPainter &p, const QPalette &palette) const
{
    p.setFont(m_font);
    for (const Label &l : m_labels) {
        p.setPen(Qt::NoPen);
        p.setBrush(palette.color(QPalette::Base));
        p.drawRoundedRect(l.box, 3, 3);
        p.setPen(palette.color(QPalette::Text));
        p.drawText(l.box, Qt::AlignCenter, l.text);
    }
}

void NetworkLabels::draw(QImage &frame, QPointF origin, const QPalette &palette)
{
    const qreal dpr = frame.devicePixelRatio();
    const QRgb background = palette.color(QPalette::Base).rgb();
    const QRgb text = palette.color(QPalette::Text).rgb();
    if (m_sprites.size() != m_labels.size() || background != m_spriteBackground || text != m_spriteText) {
        m_sprites.clear();
        m_spriteBackground = background;
        m_spriteText = text;
        for (const Label &l : m_labels) {
            // Whole pixels, so that the copy lands where the text was laid out.
            QImage sprite((l.box.size() * dpr).toSize(), QImage::Format_RGB32);
            sprite.setDevicePixelRatio(dpr);
            sprite.fill(background);
            QPainter p(&sprite);
            p.setRenderHint(QPainter::TextAntialiasing, true);
            p.setFont(m_font);
            p.setPen(palette.color(QPalette::Text));
            p.drawText(QRectF(QPointF(0, 0), l.box.size()), Qt::AlignCenter, l.text);
            m_sprites.push_back(sprite);
        }
    }
    for (size_t i = 0; i < m_labels.size(); ++i) {
        const QImage &sprite = m_sprites[i];
        const QPoint at = ((m_labels[i].box.topLeft() - origin) * dpr).toPoint();
        const int left = std::max(0, -at.x());
        const int width = std::min(sprite.width(), frame.width() - at.x()) - left;
        if (width <= 0)
            continue;
        for (int y = std::max(0, -at.y()); y < sprite.height() && at.y() + y < frame.height(); ++y)
            std::copy_n(reinterpret_cast<const QRgb *>(sprite.constScanLine(y)) + left, width,
                        reinterpret_cast<QRgb *>(frame.scanLine(at.y() + y)) + at.x() + left);
    }
}

} // namespace at
