// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#pragma once

#include "app/core/axisticks.h"
#include "ui/timeline/render/eventindex.h"
#include "ui/timeline/render/labeltexts.h"
#include "ui/timeline/render/laneplacement.h"
#include "ui/timeline/render/timelinestyle.h"
#include "ui/timeline/render/timescale.h"

#include <QFontMetricsF>
#include <QHash>
#include <QLineF>
#include <QLocale>
#include <QRect>
#include <array>
#include <optional>
#include <vector>

namespace at {

struct LegendEntry;

class Dataset;
class LaneLayout;

// Where the parts of the timeline go in a target rectangle: the lane names on the left, the axis on top,
// the lanes (the plot) and the legend at the bottom.
struct FrameGeometry {
    QRect gutter, axis, plot, legend;
};

// What one frame of the timeline shows and where, in the target's coordinates: the rows on screen, the
// markers, count badges and bars in them, the labels, the links between the markers of one event, and the
// axis's ticks. Planned from the dataset, the lane layout, the time scale and the size, without a painter;
// the painter draws exactly this, hit-testing reads it, and tests assert on it.
struct FramePlan {
    // A row on screen: an open group's header (nothing in it), or a row of events (a lane, or a collapsed
    // group's header, which shows all its lanes' events) drawn as markers or, when crowded, as a density
    // strip of events per pixel column.
    struct Row {
        enum class Mode : quint8 { Header, Detail, Density };
        int row = -1; // into LaneLayout::rows()
        Mode mode = Mode::Detail;
        bool group = false; // a group's header, open or collapsed
        int entity = -1;    // a lane's entity
        double top = 0;     // in target coordinates (scrolled)
        double height = 0;
        int tracks = 1; // Detail: rows of markers in the lane
        double trackHeight = 16;
        double radius = 5;
        bool labels = true; // Detail: tall enough for labels
        // Detail: the room for bars kept at the bottom, only where ranged events are in view (else the
        // room goes to the tracks).
        bool band = false;
        size_t countsBegin = 0; // Density: plot.width() counts from here in `counts`
        double trackCenter(int track) const { return top + 2 + trackHeight * (track + 0.5); }
    };
    struct Item {
        enum class Type : quint8 { Marker, Bar, Badge };
        Type type = Type::Marker;
        QRectF rect;
        int row = -1;
        quint32 event = 0; // Marker, Bar; Badge: the first event of the cluster
        quint32 count = 1;
        double from = 0; // Badge: the cluster's time range
        double to = 0;
        quint8 track = 0; // Marker, Badge: the track (sub-row) of the lane
    };
    struct Label {
        QRectF rect;
        quint32 event = 0;
        int row = -1;
        float width = 0; // the room it was elided to; 0: the whole title (up to the longest label)
        quint8 track = 0;
        // From the marker to a label in another track of the lane; null when it sits beside its marker.
        QLineF leader;
    };
    // Where a row has too many periods to draw one by one: how many cover each stretch of pixel columns,
    // as a level (1: one, 2: two or three, 3: more).
    struct Shade {
        QRect rect;
        int level = 1;
        int row = -1;
    };
    // A vertical line through the markers of one event in the lanes of its parties, with gaps where it
    // crosses something of another event (a marker, a badge, a label), so that it never seems to join it.
    struct Link {
        quint32 event = 0;
        double x = 0; // the middle of the two-pixel line
        double top = 0;
        double bottom = 0;
        quint32 gapsBegin = 0, gapsEnd = 0; // into linkGaps, top to bottom
    };
    struct Gap {
        double top = 0;
        double bottom = 0;
    };
    // What the frame shows, for a legend of only that.
    struct Shown {
        std::array<bool, 6> kinds{}; // by Kind
        bool tentative = false;      // announced, rumoured or unconfirmed
        bool planned = false;
        bool ranged = false;
        bool links = false;
        bool badges = false;
        bool imprecise = false; // a date known only to the week, month, quarter or year
        bool operator==(const Shown &) const = default;
        // This and what `other` shows.
        Shown joined(const Shown &other) const;
    };
    // The period a date known only to the week, month, quarter or year covers, as a bracket under its
    // marker from the period's first day to its last: the marker is at the middle, not at a known day.
    struct Span {
        double left = 0;
        double right = 0;
        double y = 0; // the bracket's line; its ends rise from it
        quint32 event = 0;
        int row = -1;
    };

    // An annotation's band: a span on its company's row, a period across every row; with a tag at the top
    // left of what is in view of it, holding its label (on screen) or its number (in a picture).
    struct Band {
        QRectF rect;
        QRectF tag; // empty: no room for one
        QString text;
        int mark = -1; // into the decorations' marks
        int row = -1;  // a span's row; -1 for a period
        bool period = false;
    };
    // In a picture, the numbers of an annotated event's annotations, at its marker's upper right (or its
    // count badge's, for the events in it).
    struct Number {
        QRectF rect;
        QString text;      // "3", or "3, 4" for two on one event
        quint32 event = 0; // the marker's event, or the badge's first
        int row = -1;
    };

    QRect gutter, axis, plot, legend;
    TimeScale scale; // its pixel range is the plot's
    double scrollY = 0;
    AxisTicks ticks;
    std::vector<Row> rows; // top to bottom, only those on screen
    std::vector<Item> items;
    std::vector<Label> labels;
    std::vector<Shade> shades;
    std::vector<Link> links;
    std::vector<Gap> linkGaps;
    std::vector<Span> spans;
    std::vector<Band> bands; // in the order of the marks, so later ones are drawn over earlier ones
    std::vector<Number> numbers;
    Shown shown;
    std::vector<quint32> counts; // density strips' events per pixel column
    std::vector<int> densityRows;
    bool events = false;   // there were events to plan (a dataset and its index)
    int visibleEvents = 0; // markers and badge members in detail rows, events counted in density rows
    // Where the frame's time went, in nanoseconds, for the benchmark: background and grid, planning (index
    // look-ups, clustering, label fitting, bars and links), then drawing density strips, bars, links,
    // markers, labels, gutter, axis, legend.
    enum Phase { Background, Plan, Density, Bars, Links, Markers, Labels, Gutter, Axis, Legend, PhaseCount };
    std::array<qint64, PhaseCount> phaseNs{};

    // The planned row of LaneLayout row `row`, or null when it is not on screen.
    const Row *rowPlan(int row) const;
    // The centre of `event`'s marker in layout row `row`, or a null point.
    QPointF markerCenter(int event, int row) const;
};

// Plans frames. Keeps what a frame measures (label texts, tick label widths) between frames, and its
// scratch buffers, so that planning a frame allocates little.
class FramePlanner {
public:
    FramePlanner();
    ~FramePlanner(); // where LegendEntry is complete

    // Both must outlive the planner or be replaced before the next plan.
    void setData(const Dataset *dataset, const EventIndex *index);
    void setLocale(const QLocale &locale);
    void setFonts(const TimelineFonts &fonts);
    void setStyle(const TimelineStyle &style);
    const TimelineStyle &style() const { return m_style; }

    double trackHeight() const { return m_trackHeight; }
    // A lane tall enough for two tracks of labelled markers and the band of bars.
    double defaultLaneHeight() const { return 2 * m_trackHeight + m_style.bandHeight + 4; }
    FrameGeometry geometry(const QRect &target) const;
    // The legend's height in a frame `width` wide: as many of the style's legend rows as it needs to name
    // everything the timeline can draw, or what setLegendShown() said.
    int legendHeight(int width) const;
    // A picture's legend names only what it shows: once a plan has said what that is, the legend gets the
    // rows those entries need. Null: everything, as in the window.
    void setLegendShown(const FramePlan::Shown *shown);
    // The event titles measured for labels (the painter draws the same texts).
    LabelTexts &labelTexts() { return m_labels; }

    // Plans the frame of `layout`'s rows scrolled by `scrollY` in `target`, for the time range of `scale`
    // (its pixel range becomes the plot's).
    void plan(FramePlan &out, const QRect &target, const TimeScale &scale, const LaneLayout &layout,
              double scrollY, const TimelineDecorations &decorations);

private:
    void planRows(FramePlan &f, const LaneLayout &layout, const TimelineDecorations &deco);
    void planDensity(FramePlan &f, FramePlan::Row &plan, const QList<int> &entities);
    void planDetail(FramePlan &f, FramePlan::Row &plan, const QList<int> &entities, PlacementParams &params);
    void planBars(FramePlan &f, const LaneLayout &layout);
    void planLinks(FramePlan &f, const LaneLayout &layout);
    void planLabels(FramePlan &f);
    void planLinkGaps(FramePlan &f);
    void planBands(FramePlan &f, const LaneLayout &layout, const AnnotationMarks &marks);
    void planNumbers(FramePlan &f);
    void addNumber(FramePlan &f, const FramePlan::Item &item, const QString &text) const;
    QRectF placeTag(const FramePlan &f, const QRectF &band, double visibleLeft, QSizeF size,
                    const std::vector<QRectF> &tags) const;
    // A tag (a band's label or number, an event's numbers): its size for `text`.
    QSizeF tagSize(const QString &text) const;
    void noteShown(FramePlan &f) const;
    double spreadOffset(quint32 event, double pixelsPerDay) const;
    int tracksFor(double rowHeight, bool band) const;
    void updateGutterWidth();

    const Dataset *m_data = nullptr;
    const EventIndex *m_index = nullptr;
    TimelineStyle m_style;
    QLocale m_locale;
    TimelineFonts m_fonts;
    QFontMetricsF m_fm{QFont()};
    QFontMetricsF m_badgeFm{QFont()};
    double m_fontHeight = 0;  // m_fm.height(), asked for per marker: kept rather than asked of Qt
    double m_trackHeight = 0; // trackHeight()
    int m_gutterWidth = 150;
    LabelTexts m_labels;
    std::optional<AxisTicks::LabelWidths> m_tickWidths;
    // The legend's entries, measured in the current language and font, and its rows at the last width
    // asked for: geometry() asks every frame.
    mutable std::vector<LegendEntry> m_legend;
    mutable int m_legendWidth = -1;
    mutable int m_legendRows = 1;
    std::optional<FramePlan::Shown> m_legendShown;
    // In a picture: each annotated event's numbers ("3, 4").
    QHash<int, QString> m_eventNumbers;

    // Scratch, per frame
    qint64 m_selected = -1; // the selected event, labelled first
    std::vector<PlacementItem> m_items;
    std::vector<PlacementItem> m_pinned; // a row's events coming in from the plot's left edge (placeLane)
    std::vector<quint32> m_bracketPins;  // those of m_pinned pinned for their bracket
    // A row's brackets whose marker is not among its events planned (planDetail): x of their ends.
    struct OutsideBracket {
        quint32 event;
        double left;
        double right;
    };
    std::vector<OutsideBracket> m_outside;
    static constexpr size_t maxOutsideBrackets = 3;
    LanePlacement m_placement;
    struct RowPlacement {
        size_t plan = 0; // into FramePlan::rows
        size_t itemsBegin = 0, markersBegin = 0, markersEnd = 0, labelsBegin = 0, labelsEnd = 0;
    };
    std::vector<RowPlacement> m_rowPlacements;
    std::vector<EventIndex::Range> m_ranges;
    std::vector<qint64> m_columnBounds; // density strips' columns, as doubled times; empty: not yet made
    static constexpr size_t maxBarsPerRow = 60;
};

} // namespace at
