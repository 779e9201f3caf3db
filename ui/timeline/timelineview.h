// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#pragma once

#include "app/core/annotations/annotationnumbering.h"
#include "app/core/eventfilter.h"
#include "app/core/viewstate.h"
#include "ui/timeline/bandediting.h"
#include "ui/timeline/render/eventindex.h"
#include "ui/timeline/render/lanelayout.h"
#include "ui/timeline/render/timelinerenderer.h"
#include "ui/timeline/render/timescale.h"

#include <QAbstractScrollArea>
#include <QHash>
#include <QLocale>
#include <memory>
#include <optional>

namespace at {

class AnnotationStore;
class Document;
class Dataset;
class OverviewStrip;

// The alliance timeline: one lane per entity grouped by sector, events as markers and bars, links between
// the parties of an event, an adaptive axis, the current-time cursor and an overview strip. It follows the
// Document (a new dataset rebuilds it) and the ViewState (selection, current time and visible range go
// both ways). The drawing is TimelineRenderer's; the logic is in TimeScale, LaneLayout, EventIndex and
// placeLane(), which the tests use directly.
class TimelineView : public QAbstractScrollArea {
    Q_OBJECT
public:
    TimelineView(const Document *document, ViewState *state, QWidget *parent = nullptr);
    ~TimelineView() override;

    // Entity names, the axis and tooltips follow it. (Hides QWidget::setLocale, which it also calls.)
    void setLocale(const QLocale &locale);
    QLocale locale() const { return m_locale; }
    // Filtered-out events disappear.
    void setFilter(const EventFilter &filter);
    EventFilter filter() const { return m_filter; }
    // A badge with the count on each annotated event (event index -> number of annotations).
    void setAnnotationCounts(const QHash<int, int> &counts);
    // The workspace whose spans and periods are drawn as labelled bands (null: none); followed as it
    // changes. It must outlive the view or be replaced first.
    void setAnnotationStore(const AnnotationStore *store);
    // The bands drawn now (spans and periods of the workspace that the dataset has).
    const AnnotationMarks &annotationMarks() const { return m_marks; }
    // The band chosen (by a click on it) to be moved and resized by keys; empty: none.
    QString selectedAnnotation() const { return m_selectedBand; }
    void selectAnnotation(const QString &id);

    // What a picture of [from, to] shows of `annotations`, numbered 1, 2... in time order: events it draws
    // (kept by the filter, on a lane shown), spans on a lane shown and periods that reach into the range.
    // Chart points are not on the timeline. notes[i] is the annotation of number i + 1.
    using PictureAnnotations = NumberedAnnotations<AnnotationMark>;
    PictureAnnotations pictureAnnotations(const QList<Annotation> &annotations, double from, double to) const;

    // The order of lanes and groups, hidden lanes and collapsed groups, by ids (for the settings).
    QByteArray saveLaneState() const;
    void restoreLaneState(const QByteArray &state);
    void setGroupCollapsed(Sector sector, bool collapsed);
    void setLaneHidden(int entity, bool hidden);
    void moveLane(int entity, int index);

    // Shows [from, to] (clamped to the data's range and the zoom limits).
    void setVisibleRange(double from, double to);
    double visibleFrom() const { return m_scale.from(); }
    double visibleTo() const { return m_scale.to(); }
    // Zooms by `factor` (> 1 in) keeping the time at viewport x `anchorX` where it is.
    void zoomAt(double factor, double anchorX);
    // Makes the event visible: centres its time if it is off screen, scrolls its first lane into view.
    void scrollToEvent(int event);

    // The next event in time order after (forward) or before `event` that the timeline draws (it passes
    // the filter and has a visible lane); from -1 the first or last. -1 when there is none.
    int nextEvent(int event, bool forward) const;
    // What is at a viewport position, as of the last paint.
    TimelineHit hitTest(QPoint viewportPos) const;
    // The plain text of the tooltip at a viewport position (empty: none).
    QString toolTipText(QPoint viewportPos) const;

    // Every visible lane fitted into `target`, for the current time range: for PNG, SVG or PDF export.
    void renderAllLanes(QPainter &painter, const QRect &target);
    // The same for any time range [from, to] (Julian days), whatever the widget shows. A picture, not a
    // screenshot: no selection, hover or fold triangles; the cursor only when `cursor` (a Julian day) is set;
    // each lane as tall as its events need to be named when there is room.
    // `marks`: the annotations it draws (pictureAnnotations()), none when null.
    void renderAllLanes(QPainter &painter, const QRect &target, double from, double to, bool legend = true,
                        std::optional<double> cursor = {}, const AnnotationMarks *marks = nullptr);
    // What renderAllLanes() draws, planned without drawing it.
    FramePlan planAllLanes(const QRect &target, double from, double to, bool legend = true,
                           std::optional<double> cursor = {}, const AnnotationMarks *marks = nullptr) const;
    // What Fit All shows: everything the dataset dates (events, figures, quotes), with a margin.
    double fullRangeFrom() const;
    double fullRangeTo() const;

    const TimeScale &timeScale() const { return m_scale; }
    const LaneLayout &laneLayout() const { return m_layout; }
    const EventIndex &eventIndex() const { return m_index; }
    const TimelineRenderer &renderer() const { return m_renderer; }
    double verticalOffset() const;

public Q_SLOTS:
    void zoomIn();
    void zoomOut();
    void fitAll();

Q_SIGNALS:
    // Double-click or Enter on an event: the main window opens its details.
    void eventActivated(int eventIndex);
    // A span (Shift+drag on a lane) or a period (Shift+drag on the axis or across a group's header) drawn,
    // or asked for in the context menu: the window asks for its text and adds it.
    void annotationRequested(const at::AnnotationTarget &target);
    // A band moved or resized by hand (when the mouse is released, or by a key): the window saves it, one
    // undo step. The band shows the saved range again at once, and the new one once it is saved.
    void annotationRangeRequested(const QString &id, const at::AnnotationTarget &range);

protected:
    bool event(QEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    void changeEvent(QEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;

private:
    void rebuild(bool keepRange);
    void updateLimits();
    void updateGeometries();
    void updateScrollBars();
    void fitLaneHeights();
    // A renderer set up for a picture of [from, to] in `target`, and the range it draws (a marker's width
    // wider on each side).
    std::pair<double, double> preparePicture(TimelineRenderer &renderer, const QRect &target, double from,
                                             double to, bool legend) const;
    TimelineDecorations pictureDecorations(std::optional<double> cursor, const AnnotationMarks *marks) const;
    void updateAnnotationMarks();
    // The company of the lane at a viewport position; -1 for a group, the axis or nothing.
    int entityAt(QPoint pos) const;
    // A range being drawn with Shift+drag, from where it started to the time `t`.
    AnnotationTarget newRangeAt(double t) const;
    // Shows `range` as the band of mark `mark` until the marks are read again from the workspace.
    void previewRange(int mark, const AnnotationTarget &range);
    bool keyMovesBand(QKeyEvent *event);
    void rangeChanged();
    void layoutChanged();
    void onSelectionChanged(const Selection &selection);
    void onStateRangeChanged(double from, double to);
    void updateAccessibleText();
    TimelineDecorations decorations() const;
    void selectEvent(int event);
    void zoomToRange(double from, double to);
    // The events a badge or density strip holds, and the list of them a click on a badge opens.
    QList<int> eventsOf(const TimelineHit &hit) const;
    void openCluster(const TimelineHit &hit, QPoint globalPos);
    QRect plotRect() const;

    const Document *m_document;
    ViewState *m_state;
    std::shared_ptr<const Dataset> m_data;
    QString m_origin; // Document::identity() of the dataset shown: another one is shown whole
    EventIndex m_index;
    LaneLayout m_layout;
    TimeScale m_scale;
    mutable TimelineRenderer m_renderer;
    EventFilter m_filter;
    QHash<int, int> m_annotations;
    const AnnotationStore *m_store = nullptr;
    QMetaObject::Connection m_storeConnection;
    AnnotationMarks m_marks;
    QLocale m_locale;
    OverviewStrip *m_overview = nullptr;
    QStringList m_savedLaneState; // across a dataset replacement

    int m_selectedEvent = -1;
    int m_selectedEntity = -1;
    int m_hoveredEvent = -1;
    bool m_updatingScrollBars = false;
    bool m_applyingStateRange = false;

    enum class Drag { None, Pending, Pan, Cursor, LanePending, Lane, Group, BandPending, Band, NewRange };
    Drag m_drag = Drag::None;
    QPoint m_pressPos;
    double m_pressFrom = 0;
    double m_pressScrollY = 0;
    TimelineHit m_pressHit;
    int m_dropRow = -1;
    std::optional<BandDrag> m_band; // BandPending, Band
    QString m_selectedBand;
    int m_newEntity = -1; // NewRange: the lane's company, -1 for a period
    double m_newStart = 0;
};

} // namespace at
