// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#pragma once

#include "ui/timeline/render/frameplan.h"
#include "ui/timeline/render/timelinestyle.h"

#include <QFontMetricsF>
#include <QHash>
#include <QImage>
#include <QPalette>
#include <QVarLengthArray>
#include <vector>

class QPainter;

namespace at {

class Dataset;
class EventIndex;
class LabelTexts;

// Draws a planned frame's lanes into any QPainter: the rows' backgrounds and grid, density strips, bars,
// links, markers, count badges, labels and the cursor. On a raster target it draws from pictures it keeps
// between frames (marker sprites, a link's dashes, badge counts, row bands); on a vector target (SVG, PDF)
// it draws shapes and text.
class LanePainter {
public:
    // Both must outlive the painter or be replaced before the next paint.
    void setData(const Dataset *dataset, const EventIndex *index);
    void setPalette(const QPalette &palette);
    const QPalette &palette() const { return m_palette; }
    void setFonts(const TimelineFonts &fonts);
    void setStyle(const TimelineStyle &style) { m_style = style; }
    void clearCaches();

    void drawBackground(QPainter &p, const FramePlan &f);
    // Annotations' bands over the rows' backgrounds, under everything else; their tags over everything.
    void drawBands(QPainter &p, const FramePlan &f, const TimelineDecorations &deco);
    void drawBandTags(QPainter &p, const FramePlan &f);
    void drawDensity(QPainter &p, const FramePlan &f);
    void drawBars(QPainter &p, const FramePlan &f);
    void drawLinks(QPainter &p, const FramePlan &f);
    // The brackets of imprecise dates' periods.
    void drawSpans(QPainter &p, const FramePlan &f);
    void drawMarkers(QPainter &p, const FramePlan &f, const LaneLayout &layout,
                     const TimelineDecorations &deco);
    void drawLabels(QPainter &p, const FramePlan &f, LabelTexts &texts);
    void drawCursor(QPainter &p, const FramePlan &f, const TimelineDecorations &deco);
    void drawFocus(QPainter &p, const FramePlan &f);

    // A row's background: the window colour for group headers, alternating base colours for lanes.
    QColor rowColor(const FramePlan::Row &row) const;
    // A band's colour (its ends and tag), and its tint over a row (the row's colour under it).
    static QColor bandColor(const FramePlan::Band &band);
    static QColor bandTint(const FramePlan::Band &band);

private:
    // The grid's pixel columns in the plot, and their colours over a background.
    struct GridColumns {
        QColor minor, major;
        QVarLengthArray<int, 128> minorX, majorX;
    };
    GridColumns gridColumns(const FramePlan &f) const;
    // `rect` in `bg` with the grid's lines blended into it, as plain fills.
    static void fillGridded(QPainter &p, const QRect &rect, const QColor &bg, const GridColumns &grid);
    void drawBadges(QPainter &p, const FramePlan &f);
    void drawNumbers(QPainter &p, const FramePlan &f);
    const QImage &sprite(int kind, int style, bool ranged);
    const QImage &dashColumn(const QColor &color, int height);
    void ensureSprites(double radius, qreal dpr);

    const Dataset *m_data = nullptr;
    const EventIndex *m_index = nullptr;
    TimelineStyle m_style;
    QPalette m_palette;
    TimelineFonts m_fonts;
    QFontMetricsF m_fm{QFont()};
    QFontMetricsF m_badgeFm{QFont()};

    std::vector<QImage> m_sprites;
    qreal m_spriteDpr = 0;
    double m_spriteRadius = 0;
    QHash<quint32, QImage> m_countTexts; // badge counts drawn
    QHash<QRgb, QImage> m_dashColumns;   // a link's dashes, by colour
    QImage m_densityImage;
    // The background of a row (its colour with the grid lines) is the same on every pixel line: one band
    // per row colour, drawn for the frame's ticks and copied onto each row.
    struct Band {
        QRgb color = 0;
        QImage image;
    };
    std::vector<Band> m_bands;
};

} // namespace at
