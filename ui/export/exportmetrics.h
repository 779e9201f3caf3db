// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#pragma once

#include <QFont>
#include <QFontInfo>
#include <QSize>

namespace at {

// The measures every exported picture shares, so that the views' pictures look like one family.

// Room around the picture and between its parts, growing a little with the picture.
inline int exportMargin(const QSize &size)
{
    return qBound(8, qMin(size.width(), size.height()) / 90, 24);
}

// The view's font, larger and bold, for a heading across the top.
inline QFont exportHeadingFont(const QFont &base)
{
    QFont font = base;
    font.setPixelSize(qMax(14, qRound(QFontInfo(base).pixelSize() * 1.5)));
    font.setBold(true);
    return font;
}

} // namespace at
