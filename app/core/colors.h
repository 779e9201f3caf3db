// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#pragma once

#include "app/core/vocabulary.h"

#include <QColor>

namespace at {

// One colour per entity, used by every view (timeline lanes, chart series, legends), chosen from a
// palette that stays distinguishable on light and dark backgrounds.
QColor entityColor(int entityIndex);
// Event markers are coloured by kind.
QColor kindColor(Kind kind);
// Companies in the network are coloured by sector: hues apart from one another, readable on light and dark
// backgrounds.
QColor sectorColor(Sector sector);
// `color` at `alpha` (0..1) laid over an opaque `background`, as one opaque colour. Qt's raster engine
// sends every translucent fill of more than about a hundred spans (a long line, a large disc) to a
// thread pool and waits for it, which on a busy machine costs more than the drawing; opaque fills stay on
// the painting thread.
QColor blendOver(const QColor &color, double alpha, const QColor &background);
// Annotations of a company over a span are drawn in amber, periods across all companies in a slate blue that
// reads as a stretch of time over lanes and lines of any colour; the timeline and the charts alike.
QColor annotationSpanColor();
QColor annotationPeriodColor();

} // namespace at
