// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#pragma once

#include "app/core/vocabulary.h"
#include "ui/timeline/render/frameplan.h"

#include <QFontMetricsF>
#include <QString>
#include <vector>

namespace at {

// The legend at the foot of the timeline: what its marks mean. The window's names everything the timeline
// can draw; a picture's only what it shows. Entries flow left to right and wrap into as many rows as the
// width needs, so that a narrow window or picture leaves none out. The planner asks for the number of rows
// (the legend's height), the chrome for the places; both get them from here.
struct LegendEntry {
    enum class Symbol { Kind, Tentative, Planned, Ranged, Imprecise, Links, Badges };
    Symbol symbol = Symbol::Kind;
    Kind kind{}; // for Symbol::Kind
    QString label;
    double labelWidth = 0;
};

// The entries in the legend's order, their labels in the current language measured with `fm`. `shown`
// null: every entry.
std::vector<LegendEntry> legendEntries(const FramePlan::Shown *shown, const QFontMetricsF &fm);

struct LegendPlace {
    int row = 0;
    double x = 0; // the symbol's left edge, from the legend's left
};
// Where each entry goes in a legend `width` pixels wide. An entry wider than a row gets a row of its own.
std::vector<LegendPlace> placeLegend(const std::vector<LegendEntry> &entries, double width);
// Rows a legend `width` wide needs for `entries`: at least one.
int legendRows(const std::vector<LegendEntry> &entries, double width);

// Sizes of an entry: the symbol's box before its label, and the gap after the label.
constexpr double legendMargin = 10;
constexpr double legendSymbolWidth = 14;
constexpr double legendGap = 14;

} // namespace at
