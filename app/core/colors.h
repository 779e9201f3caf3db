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

} // namespace at
