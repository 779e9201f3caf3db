// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#include "ui/timeline/render/timelinelegend.h"

#include <QCoreApplication>

namespace at {
namespace {

// The legend's words were filed under the timeline view's context when the chrome drew them; they stay
// there, so that the translations need no change.
struct LegendText {
    Q_DECLARE_TR_FUNCTIONS(at::TimelineView)
};

} // namespace

std::vector<LegendEntry> legendEntries(const FramePlan::Shown *shown, const QFontMetricsF &fm)
{
    using Symbol = LegendEntry::Symbol;
    std::vector<LegendEntry> entries;
    auto add = [&](Symbol symbol, const QString &label, Kind kind = Kind{}) {
        entries.push_back(LegendEntry{symbol, kind, label, fm.horizontalAdvance(label)});
    };
    for (int k = 0; k < count<Kind>(); ++k) {
        if (!shown || shown->kinds[size_t(k)])
            add(Symbol::Kind, displayName(Kind(k)), Kind(k));
    }
    if (!shown || shown->tentative)
        add(Symbol::Tentative, LegendText::tr("announced, rumoured or unconfirmed"));
    if (!shown || shown->planned)
        add(Symbol::Planned, LegendText::tr("planned (dashed)"));
    if (!shown || shown->ranged)
        add(Symbol::Ranged, LegendText::tr("has an end date"));
    if (!shown || shown->imprecise)
        add(Symbol::Imprecise, LegendText::tr("date known to the week, month, quarter or year"));
    if (!shown || shown->links)
        add(Symbol::Links, LegendText::tr("several parties"));
    if (!shown || shown->badges)
        add(Symbol::Badges, LegendText::tr("events grouped: zoom in"));
    return entries;
}

std::vector<LegendPlace> placeLegend(const std::vector<LegendEntry> &entries, double width)
{
    std::vector<LegendPlace> places;
    places.reserve(entries.size());
    int row = 0;
    double x = legendMargin;
    for (const LegendEntry &e : entries) {
        // The last pixel column of the legend is its right edge: a label may end just before it.
        if (x > legendMargin && x + legendSymbolWidth + e.labelWidth > width - 1) {
            ++row;
            x = legendMargin;
        }
        places.push_back(LegendPlace{row, x});
        x += legendSymbolWidth + e.labelWidth + legendGap;
    }
    return places;
}

int legendRows(const std::vector<LegendEntry> &entries, double width)
{
    const std::vector<LegendPlace> places = placeLegend(entries, width);
    return places.empty() ? 1 : places.back().row + 1;
}

} // namespace at
