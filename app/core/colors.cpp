// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#include "app/core/colors.h"

#include <algorithm>
#include <array>

namespace at {

QColor entityColor(int entityIndex)
{
    // Tableau 20-like hues, reordered so that neighbours differ; mid lightness for both palettes.
    static constexpr std::array<QRgb, 20> palette{
        0x1f77b4, 0xd62728, 0x2ca02c, 0xff7f0e, 0x9467bd, 0x8c564b, 0xe377c2, 0x17becf, 0xbcbd22, 0x7f7f7f,
        0x393b79, 0xad494a, 0x637939, 0xe6550d, 0x7b4173, 0x843c39, 0x3182bd, 0x31a354, 0x756bb1, 0x636363};
    if (entityIndex < 0)
        return QColor(0x80, 0x80, 0x80);
    return QColor::fromRgb(palette[size_t(entityIndex) % palette.size()]);
}

QColor kindColor(Kind kind)
{
    switch (kind) {
    case Kind::Alliance:
        return QColor(0x1f, 0x77, 0xb4);
    case Kind::Investment:
        return QColor(0x2c, 0xa0, 0x2c);
    case Kind::Launch:
        return QColor(0xff, 0x7f, 0x0e);
    case Kind::Dispute:
        return QColor(0xd6, 0x27, 0x28);
    case Kind::Plan:
        return QColor(0x94, 0x67, 0xbd);
    case Kind::Milestone:
        return QColor(0x8c, 0x56, 0x4b);
    }
    return Qt::gray;
}

QColor blendOver(const QColor &color, double alpha, const QColor &background)
{
    const double a = std::clamp(alpha, 0.0, 1.0);
    return QColor::fromRgbF(float(color.redF() * a + background.redF() * (1 - a)),
                            float(color.greenF() * a + background.greenF() * (1 - a)),
                            float(color.blueF() * a + background.blueF() * (1 - a)));
}

QColor sectorColor(Sector sector)
{
    // Six of Okabe and Ito's colour-blind-safe colours (black and yellow left out: one is text, the other
    // unreadable on white), with Paul Tol's olive and wine for the other two sectors.
    switch (sector) {
    case Sector::InstantMessaging:
        return QColor(0x00, 0x72, 0xb2);
    case Sector::Microblog:
        return QColor(0xe6, 0x9f, 0x00);
    case Sector::Portal:
        return QColor(0x00, 0x9e, 0x73);
    case Sector::Search:
        return QColor(0xcc, 0x79, 0xa7);
    case Sector::ECommerce:
        return QColor(0xd5, 0x5e, 0x00);
    case Sector::Telecom:
        return QColor(0x56, 0xb4, 0xe9);
    case Sector::SecuritySoftware:
        return QColor(0x99, 0x99, 0x33);
    case Sector::SocialNetwork:
        return QColor(0x88, 0x22, 0x55);
    }
    return Qt::gray;
}

QColor annotationSpanColor()
{
    return {0xe6, 0x9f, 0x00};
}

QColor annotationPeriodColor()
{
    return {0x4a, 0x6f, 0x9c};
}

} // namespace at
