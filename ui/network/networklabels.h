// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#pragma once

#include <QFont>
#include <QImage>
#include <QPalette>
#include <QPointF>
#include <QRectF>
#include <QString>
#include <functional>
#include <vector>

class QPainter;

namespace at {

// Where the companies' names go: below a disc, else above, right or left of it, never over another name
// or disc, the most important companies first. Planned once per view (names do not move with the cursor).
class NetworkLabels {
public:
    struct Label {
        int entity = -1;
        QRectF box;
        QString text;
    };
    struct Input {
        std::vector<QPointF> centres; // per entity, in pixels
        std::vector<int> order;       // who is named first
        size_t forced = 0;            // the first `forced` of `order` are named even where they collide
        double slot = 3;              // the disc's largest radius: names keep clear of it
        QRectF target;
        QFont font;
        std::function<QString(int entity)> name;
    };
    static constexpr size_t maxLabels = 160;

    void plan(const Input &input);
    const std::vector<Label> &labels() const { return m_labels; }
    void draw(QPainter &painter, const QPalette &palette) const;
    // The same into an opaque frame whose pixel (0, 0) is `origin`, each name drawn once and copied after.
    void draw(QImage &frame, QPointF origin, const QPalette &palette);

private:
    std::vector<Label> m_labels;
    QFont m_font;
    std::vector<QImage> m_sprites;
    QRgb m_spriteBackground = 0;
    QRgb m_spriteText = 0;
};

} // namespace at
