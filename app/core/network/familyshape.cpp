// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#include "app/core/network/networklayout.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace at {

FamilyShape familyShape(qsizetype members)
{
    FamilyShape shape;
    shape.offsets.append(QPointF(0, 0));
    const qsizetype products = members - 1;
    if (products <= 0)
        return shape; // a lone company: its own disc
    // Products on a ring far enough out that full-size discs neither touch the company's nor each other's.
    constexpr double gap = 0.25;
    const double ring = std::max(
        2.0 + gap, products > 1 ? (1.0 + gap / 2) / std::sin(std::numbers::pi / double(products)) : 0.0);
    for (qsizetype i = 0; i < products; ++i) {
        // The first product to the upper right, the rest clockwise: labels below discs stay clear.
        const double angle = -std::numbers::pi / 4 + 2 * std::numbers::pi * double(i) / double(products);
        shape.offsets.append(QPointF(ring * std::cos(angle), ring * std::sin(angle)));
    }
    shape.radius = ring + 1.0 + gap;
    return shape;
}

NetworkLayout placeFamilies(const NetworkGraph &graph, const std::vector<QPointF> &familyCentres)
{
    NetworkLayout layout;
    layout.centres.assign(size_t(graph.entityCount()), QPointF());
    const QList<NetworkFamily> &families = graph.families();
    layout.familyCentres.assign(familyCentres.begin(), familyCentres.end());
    layout.familyCentres.resize(size_t(families.size()));
    for (qsizetype f = 0; f < families.size() && size_t(f) < familyCentres.size(); ++f) {
        const FamilyShape shape = familyShape(families[f].members.size());
        const QPointF centre = familyCentres[size_t(f)];
        for (qsizetype m = 0; m < families[f].members.size(); ++m)
            layout.centres[size_t(families[f].members[m])] = centre + shape.offsets[m];
        if (families[f].members.size() > 1)
            layout.hulls.append(NetworkLayout::Hull{int(f), centre, shape.radius});
        const QRectF box(centre.x() - shape.radius, centre.y() - shape.radius, 2 * shape.radius,
                         2 * shape.radius);
        layout.bounds = layout.bounds.isNull() ? box : layout.bounds.united(box);
    }
    return layout;
}

} // namespace at
