// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#pragma once

#include "app/core/annotations/annotationnumbering.h"
#include "app/core/document.h"
#include "app/core/serieslod.h"
#include "app/core/userseries.h"
#include "app/core/viewstate.h"
#include "ui/charts/annotationshading.h"
#include "ui/charts/chartparts.h"
#include "ui/charts/qcustomplot_include.h"

#include <QFutureWatcher>
#include <QLocale>
#include <QTimer>
#include <array>
#include <memory>
#include <vector>

namespace at {

class AnnotationStore;
class CountAxisTicker;
class DateAxisTicker;
class EventMarkers;
class PointSpans;
class TimeCursor;

// Reported user counts over time: one line per series (one entity, one metric; the legend and tooltip name
// the metric), reported points as markers whose shape says the qualifier, dashed lines between them (the
// line is not a measurement), the dataset's events as vertical markers and the shared current-time cursor.
// A view of the Document and the ViewState: it reads the dataset, writes only the selection and (when it
// follows the timeline) the visible range.
//
// Long series stay fast: each frame draws at most four points per pixel column per series (SeriesLod), and
// point markers only appear when few points are in view.
class UserCountChart : public QCustomPlot {
    Q_OBJECT
public:
    UserCountChart(const Document *document, ViewState *state, QWidget *parent = nullptr);
    ~UserCountChart() override;

    // The dataset drawn.
    const std::shared_ptr<const Dataset> &dataset() const { return m_dataset; }
    // Names, dates and numbers in this locale ("2011年3月", "8.58 亿").
    void setLocale(const QLocale &locale);
    QLocale chartLocale() const { return m_locale; }
    // On (the default): the time axis shows ViewState's visible range, and panning or zooming here moves it.
    void setFollowTimeline(bool follow);
    bool followsTimeline() const { return m_follow; }
    void setLogScale(bool logarithmic);
    bool logScale() const { return m_log; }

    // The workspace whose periods are shaded (null: none); followed as it changes. It must outlive the
    // chart or be replaced first.
    void setAnnotationStore(const AnnotationStore *store);
    // The annotations drawn now: the workspace's periods, or a picture's (setPictureAnnotations()).
    const ChartAnnotations &annotationMarks() const { return m_shownMarks ? *m_shownMarks : m_marks; }
    // What a picture of [from, to] shows of `annotations`, numbered 1, 2... in time order: periods that
    // reach into the range and reported points of the series drawn. notes[i] has number i + 1.
    using PictureAnnotations = NumberedAnnotations<ChartAnnotation>;
    PictureAnnotations pictureAnnotations(const QList<Annotation> &annotations, double from, double to) const;
    // Draws `marks` instead of the workspace's, until called with null: for a picture.
    void setPictureAnnotations(const ChartAnnotations *marks);

    // The chart as an image for export, with title, legend and source footnote, at `size` logical pixels.
    QImage toImage(const QSize &size, qreal devicePixelRatio = 1.0);
    // Draws the same into `target` on any painter (printer, SVG, PDF).
    void renderTo(QPainter *painter, const QRect &target, ChartParts parts = {});

    // The user-count series of the dataset, as indexes into Dataset::series, in legend order.
    QList<int> chartedSeries() const;
    // Those drawn now: kept by the filter and not hidden in the legend.
    QList<int> drawnSeries() const;
    // A line across the plot when nothing is drawn ("No user counts in this dataset"); empty otherwise.
    QString emptyText() const;
    // The key to the markers and the sources of the series drawn, as the footnote says them (unwrapped).
    QString footnoteText() const { return m_footnoteText; }
    void setSeriesShown(int series, bool shown);
    bool isSeriesShown(int series) const;
    QCPGraph *lineGraph(int series) const;
    QCPGraph *markerGraph(int series, PointMarker marker) const;
    QCPGraph *selectionGraph() const { return m_selectionGraph; }
    EventMarkers *eventMarkers() const { return m_events; }
    PointSpans *pointSpans() const { return m_spans; }
    TimeCursor *timeCursor() const { return m_cursor; }
    // Whether the point markers are drawn at the current zoom (they are not when points are dense).
    bool markersShown() const { return m_markersShown; }
    // Very long series are first drawn from a sampled index while the exact one is built in the background
    // (a few tens of milliseconds for ten million points), started once the first frame is drawn so that it
    // does not compete with it; this says whether that is done.
    bool isIndexExact() const;
    // Blocks until the exact index is in use (for tests, benchmarks and export).
    void waitForExactIndex();
    // True from a change of the visible range until the view has rested for a moment: meanwhile sparse
    // dashed lines are drawn with a one-pixel pen, since wide antialiased dashes cost the raster engine
    // about a millisecond per series a frame. The rest draws the full look once.
    bool isInteracting() const { return m_interacting; }

    struct Hit {
        int series = -1;
        int point = -1;
        bool isValid() const { return series >= 0; }
    };
    // The reported point under `pos` (widget coordinates), within a few pixels.
    Hit pointAt(const QPointF &pos) const;
    // The event line under `pos`; -1 for none.
    int eventAt(const QPointF &pos) const;
    // The plain-text hover text at `pos`: a point's date, value with qualifier, metric and source, or an
    // event's title and date; empty where there is nothing.
    QString toolTipAt(const QPointF &pos) const;
    // Where a point is drawn, in widget coordinates (after the last replot's layout).
    QPointF pointPosition(int series, int point) const;

Q_SIGNALS:
    void exactIndexReady();
    void followTimelineChanged(bool follow);
    void logScaleChanged(bool logarithmic);

protected:
    void mouseMoveEvent(QMouseEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    // Rows below the plot: the legend, then the footnote, each only when shown.
    void arrangeRows(ChartParts parts);
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    struct SeriesPlot {
        int series = -1;
        int entity = -1;
        QCPGraph *line = nullptr;
        std::array<QCPGraph *, pointMarkerCount> markers{};
        SeriesLod lod;
        bool shown = true; // not hidden by a click on its legend entry
        bool kept = true;  // the filter keeps its company
        bool drawn() const { return shown && kept; }
        bool sparse = true; // drawn with markers and a dashed line at the current zoom
    };

    void rebuild();
    void updateAnnotationMarks();
    void startExactIndex();
    void applyExactIndex();
    void applyPalette();
    void applyTexts();
    void updateStyles();
    QPen linePen(const SeriesPlot &plot) const;
    void updateFootnote(int width);
    void updateLegendColumns(int width);
    void fitTimeAxis();
    void fitValueAxis();
    void updateSamples(int pixels, bool force);
    void onRangeChanged(const QCPRange &range);
    void setInteracting(bool interacting);
    void onLegendClick(QCPLegend *legend, QCPAbstractLegendItem *item, QMouseEvent *event);
    // The filter of the ViewState: the series of the companies it keeps, the events it shows.
    void applyFilter();
    void updateVisibility(SeriesPlot &plot);
    void followState();
    void showSelection(Selection selection);
    const SeriesPlot *plotOf(int series) const;
    SeriesPlot *plotOf(int series);
    double markerSize() const;

    const Document *m_document;
    ViewState *m_state;
    std::shared_ptr<const Dataset> m_dataset;
    QLocale m_locale;
    bool m_follow = true;
    bool m_log = false;
    bool m_applyingState = false;
    bool m_markersShown = false;
    bool m_antialiased = true; // few points in view: wide antialiased lines and markers
    bool m_interacting = false;
    QTimer m_restTimer; // ends m_interacting
    std::vector<SeriesPlot> m_plots;
    QCPGraph *m_selectionGraph = nullptr;
    QCPTextElement *m_title = nullptr;
    QCPTextElement *m_footnote = nullptr;
    QCPItemText *m_emptyNote = nullptr; // emptyText(), across the middle of the plot
    QString m_footnoteText;
    EventMarkers *m_events = nullptr;
    PointSpans *m_spans = nullptr;
    TimeCursor *m_cursor = nullptr;
    AnnotationShading *m_annotationRegions = nullptr;
    AnnotationShading *m_annotationTags = nullptr;
    const AnnotationStore *m_store = nullptr;
    QMetaObject::Connection m_storeConnection;
    ChartAnnotations m_marks;                       // the workspace's periods
    const ChartAnnotations *m_shownMarks = nullptr; // a picture's, while it is drawn
    QSharedPointer<DateAxisTicker> m_dateTicker;
    QSharedPointer<CountAxisTicker> m_countTicker;
    // What the graphs currently hold, to skip resampling when neither range nor width changed.
    QCPRange m_sampledRange;
    int m_sampledPixels = -1;
    QFutureWatcher<std::vector<SeriesLod>> *m_indexWatcher = nullptr;
    QList<int> m_pendingExact;    // series whose exact index is being built
    bool m_exactIndexDue = false; // the exact index starts after the first frame from the sampled one
    QPoint m_pressPos;
    bool m_pressed = false;
};

} // namespace at
