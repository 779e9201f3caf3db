// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#pragma once

#include "ui/timeline/render/frameplan.h"
#include "ui/timeline/render/timelinestyle.h"

#include <QFontMetricsF>
#include <QHash>
#include <QImage>
#include <QLocale>
#include <QPalette>
#include <QStaticText>

class QPainter;

namespace at {

class Dataset;
class LaneLayout;

// The frame around the lanes: the gutter with the lane and group names on the left, the axis with its two
// rows of dates (and the cursor's handle) on top, and the legend at the bottom. On a raster target the
// gutter and the legend are kept as pictures between frames (they change only when the rows, the scroll
// or the size do), and axis labels are laid out once.
class TimelineChrome {
public:
    // Must outlive the chrome or be replaced before the next paint.
    void setData(const Dataset *dataset);
    void setLocale(const QLocale &locale);
    void setPalette(const QPalette &palette);
    void setFonts(const TimelineFonts &fonts);
    void setStyle(const TimelineStyle &style) { m_style = style; }
    void clearCaches();

    void drawGutter(QPainter &p, const FramePlan &f, const LaneLayout &layout,
                    const TimelineDecorations &deco);
    void drawAxis(QPainter &p, const FramePlan &f, const TimelineDecorations &deco);
    void drawLegend(QPainter &p, const FramePlan &f, const TimelineDecorations &deco);

    // The font of a group header `rowHeight` pixels tall: the group font, or when a picture of many lanes
    // gives headers less height than that, a smaller one (not under 7 pixels) that fits.
    static QFont headerFont(const QFont &group, double rowHeight);

private:
    void paintGutter(QPainter &p, const FramePlan &f, const LaneLayout &layout,
                     const TimelineDecorations &deco);
    // `shown`: only what a picture shows; null: everything the timeline can draw.
    void paintLegend(QPainter &p, const QRect &l, const FramePlan::Shown *shown);
    quint64 gutterKey(const FramePlan &f, const LaneLayout &layout, const TimelineDecorations &deco,
                      qreal dpr) const;
    // Axis labels laid out once ("Jun", "2011", "14 Jun"): their widths and glyphs.
    struct AxisLabel {
        QStaticText text;
        double width = 0;
    };
    const AxisLabel &axisLabel(const QString &label, bool bold);

    const Dataset *m_data = nullptr;
    QLocale m_locale;
    QPalette m_palette;
    TimelineFonts m_fonts;
    TimelineStyle m_style;
    QFontMetricsF m_fm{QFont()};
    QImage m_gutterCache;
    quint64 m_gutterKey = 0;
    QImage m_legendCache;
    QHash<QString, AxisLabel> m_axisLabels[2];
};

} // namespace at
