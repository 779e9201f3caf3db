// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#pragma once

#include "ui/timeline/axisticks.h"
#include "ui/timeline/eventindex.h"
#include "ui/timeline/laneplacement.h"
#include "ui/timeline/timescale.h"

#include <QColor>
#include <QFont>
#include <QFontMetricsF>
#include <QHash>
#include <QImage>
#include <QLocale>
#include <QPalette>
#include <QRect>
#include <QStaticText>
#include <array>
#include <optional>
#include <vector>

class QPainter;

namespace at {

class Dataset;
class EventIndex;
class LaneLayout;
struct LaneRow;

struct TimelineStyle {
    int fontPixelSize = 11;
    int badgeFontPixelSize = 9;
    int trackHeight = 16; // at least the label font's height
    int bandHeight = 6;   // where a lane draws its ranged events' bars
    int groupHeight = 22;
    int axisHeight = 42;
    int legendHeight = 22;
    double markerRadius = 5;
    double maxLabelWidth = 240;
    // A row with more visible events than the plot's width divided by this is drawn as a density strip
    // (events per pixel column) instead of markers.
    double densityFactor = 10;
};

// What the widget adds to the data for one frame.
struct TimelineDecorations {
    int selectedEvent = -1;
    int selectedEntity = -1;
    int hoveredEvent = -1;
    double currentTime = 0;                       // 0: no cursor
    const QHash<int, int> *annotations = nullptr; // event index -> count
    bool focused = false;
    int dropRow = -1; // while a lane is dragged: draw the drop line above this row
};

// What is under a point of the last frame.
struct TimelineHit {
    enum class Type { None, Event, Cluster, Density, LaneHeader, GroupHeader, Axis, Cursor };
    Type type = Type::None;
    int event = -1; // Event; for Cluster and Density the event nearest to the point
    int row = -1;
    double from = 0; // Cluster, Density: the time range; Axis, Cursor: the time at the point
    double to = 0;
    int count = 0; // Cluster, Density
};

// What the last frame drew, for hit-testing and tests.
struct TimelineFrame {
    struct Item {
        enum class Type : quint8 { Marker, Bar, Badge };
        Type type = Type::Marker;
        QRectF rect;
        int row = -1;
        quint32 event = 0; // Marker, Bar; Badge: the first event of the cluster
        quint32 count = 1;
        double from = 0; // Badge: the cluster's time range
        double to = 0;
    };
    struct Link {
        quint32 event = 0;
        double x = 0;
        double top = 0;
        double bottom = 0;
    };
    std::vector<Item> items;
    std::vector<QRectF> labels; // every event label drawn, in widget coordinates
    std::vector<Link> links;
    std::vector<int> densityRows;
    QRect gutter, axis, plot, legend;
    TimeScale scale;
    double scrollY = 0;
    int visibleEvents = 0; // markers and badge members in detail rows, events counted in density rows
    // Where the frame's time went, in nanoseconds, for the benchmark: background and grid, planning (index
    // look-ups, clustering, label fitting), density strips, bars, links, markers, labels, gutter, axis,
    // legend.
    enum Phase { Background, Plan, Density, Bars, Links, Markers, Labels, Gutter, Axis, Legend, PhaseCount };
    std::array<qint64, PhaseCount> phaseNs{};
};

// Paints the timeline (gutter with lane names, axis, lanes, links, cursor, legend) for a visible range into
// any QPainter at any size: the widget's paintEvent, image and vector export, and the benchmark all use it.
// It reads Dataset::events through an EventIndex and keeps no per-event state but a cache of label texts.
class TimelineRenderer {
public:
    TimelineRenderer();

    // Both must outlive the renderer or be replaced before the next render.
    void setData(const Dataset *dataset, const EventIndex *index);
    void setLocale(const QLocale &locale);
    void setPalette(const QPalette &palette);
    void setFont(const QFont &font);
    void setStyle(const TimelineStyle &style);
    const TimelineStyle &style() const { return m_style; }
    QLocale locale() const { return m_locale; }

    // A lane tall enough for two tracks of labelled markers and the band of bars.
    double defaultLaneHeight() const;
    double trackHeight() const;

    struct Geometry {
        QRect gutter, axis, plot, legend;
    };
    Geometry geometry(const QRect &target) const;

    // Draws `layout`'s rows scrolled by `scrollY` into `target`, for the time range of `scale` (its pixel
    // range is set to the plot's).
    void render(QPainter &painter, const QRect &target, const TimeScale &scale, const LaneLayout &layout,
                double scrollY, const TimelineDecorations &decorations);
    // Every visible row fitted into `target` (rows shrink, down to one track without labels): for export.
    void renderAllRows(QPainter &painter, const QRect &target, double from, double to, LaneLayout layout,
                       const TimelineDecorations &decorations);

    const TimelineFrame &frame() const { return m_frame; }
    const AxisTicks &ticks() const { return m_ticks; }
    TimelineHit hitTest(QPointF pos, const LaneLayout &layout) const;
    // The centre of `event`'s marker in `row` in the last frame, or a null point.
    QPointF markerCenter(int event, int row) const;

    // Drops cached label texts (their font or the dataset changed).
    void clearCaches();

private:
    void drawBackground(QPainter &p, const LaneLayout &layout);
    void planRows(const LaneLayout &layout, const TimelineDecorations &deco);
    void spreadSameTime(size_t begin, size_t end, double radius, double pixelsPerDay);
    void drawDensity(QPainter &p, const LaneLayout &layout);
    void drawBars(QPainter &p, const LaneLayout &layout);
    void drawLinks(QPainter &p);
    void drawMarkers(QPainter &p, const TimelineDecorations &deco);
    void drawLabels(QPainter &p);
    void drawCursor(QPainter &p, const TimelineDecorations &deco);
    void drawGutter(QPainter &p, const LaneLayout &layout, const TimelineDecorations &deco);
    void drawAxis(QPainter &p, const TimelineDecorations &deco);
    void drawLegend(QPainter &p);

    QColor rowColor(const LaneRow &row, size_t index) const;
    int tracksFor(double rowHeight) const;
    double trackCenter(const LaneRow &row, int track) const;
    double rowTop(const LaneRow &row) const;
    struct LabelEntry {
        QString text;
        float width = 0;
        int uses = 0;
        QImage image; // the text drawn, for raster targets
    };
    LabelEntry &labelEntry(quint32 event, float width);
    struct TitleWidths {
        QString title;
        std::vector<float> prefix; // prefix[i]: the width of the first i characters
    };
    const TitleWidths &titleWidths(quint32 event);
    float fullLabelWidth(quint32 event);
    quint64 gutterKey(const LaneLayout &layout, const TimelineDecorations &deco, qreal dpr) const;
    const QImage &sprite(int kind, int style, bool ranged);
    const QImage &dashColumn(const QColor &color, int height);
    void ensureSprites(qreal dpr);
    int gutterWidth() const;

    const Dataset *m_data = nullptr;
    const EventIndex *m_index = nullptr;
    TimelineStyle m_style;
    QLocale m_locale;
    QPalette m_palette;
    QFont m_font;
    QFont m_badgeFont;
    QFont m_groupFont;
    QFontMetricsF m_fm{QFont()};
    QFontMetricsF m_badgeFm{QFont()};
    double m_fontHeight = 0;  // m_fm.height(), asked for per marker: kept rather than asked of Qt
    double m_trackHeight = 0; // trackHeight()
    float m_ellipsisWidth = 0;
    int m_gutterWidth = 150;

    // Per frame
    TimelineFrame m_frame;
    AxisTicks m_ticks;
    const LaneLayout *m_layout = nullptr;
    struct RowPlan {
        int row = -1;
        bool density = false;
        int tracks = 1;
        double trackH = 16;
        double radius = 5;
        bool labels = true;
        size_t itemsBegin = 0, itemsEnd = 0; // into m_items
        size_t markersBegin = 0, markersEnd = 0, badgesBegin = 0, badgesEnd = 0, labelsBegin = 0,
               labelsEnd = 0;
        size_t countsBegin = 0; // into m_counts (density rows)
    };
    std::vector<RowPlan> m_plans;
    std::vector<PlacementItem> m_items;
    LanePlacement m_placement;
    std::vector<quint32> m_counts;
    QImage m_densityImage;
    std::vector<EventIndex::Range> m_ranges;
    static constexpr size_t maxBarsPerRow = 60;
    QHash<QRgb, QImage> m_dashColumns; // a link's dashes, by colour

    // Caches
    QHash<quint64, LabelEntry> m_labels; // (event << 16 | width bucket) -> text
    QHash<quint32, TitleWidths> m_titleWidths;
    QImage m_gutterCache;
    quint64 m_gutterKey = 0;
    QImage m_legendCache;
    std::optional<AxisTicks::LabelWidths> m_tickWidths;
    std::vector<QImage> m_sprites;
    qreal m_spriteDpr = 0;
    double m_spriteRadius = 0;
    QHash<quint32, QImage> m_countTexts; // badge counts drawn
    // The background of a row (its colour with the grid lines) is the same on every pixel line: one band
    // per row colour, drawn for the frame's ticks and copied onto each row.
    struct Band {
        QRgb color = 0;
        QImage image;
    };
    std::vector<Band> m_bands;
    // Axis labels laid out once ("Jun", "2011", "14 Jun"): their widths and glyphs.
    struct AxisLabel {
        QStaticText text;
        double width = 0;
    };
    const AxisLabel &axisLabel(const QString &label, bool bold);
    QHash<QString, AxisLabel> m_axisLabels[2];
};

} // namespace at
