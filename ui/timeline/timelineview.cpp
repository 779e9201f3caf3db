// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#include "ui/timeline/timelineview.h"

#include "app/core/annotations/annotationstore.h"
#include "app/core/dataset.h"
#include "app/core/displaytext.h"
#include "app/core/document.h"
#include "app/core/timeextent.h"
#include "ui/timeline/overviewstrip.h"
#include "ui/timeline/timelinetext.h"

#include <QAccessible>
#include <QContextMenuEvent>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QMenu>
#include <QMouseEvent>
#include <QNativeGestureEvent>
#include <QPainter>
#include <QScrollBar>
#include <QSignalBlocker>
#include <QTextDocument>
#include <QToolTip>
#include <QWheelEvent>
#include <algorithm>
#include <cmath>

namespace at {
namespace {
constexpr int overviewHeight = 40;
constexpr double minSpanDays = 2;
constexpr double zoomStep = 1.5;
constexpr int maxClusterTitles = 8;

// An annotation as the timeline draws it, or nothing for one it does not (a chart point) or that the
// dataset does not have.
std::optional<AnnotationMark> markOf(const Dataset &d, const Annotation &a)
{
    AnnotationMark mark;
    switch (a.target.kind) {
    case AnnotationTarget::Kind::Event:
        mark.kind = AnnotationMark::Kind::Event;
        mark.event = eventIndexOf(d, a.target);
        if (mark.event < 0)
            return std::nullopt;
        break;
    case AnnotationTarget::Kind::Span:
        mark.kind = AnnotationMark::Kind::Span;
        mark.entity = entityIndexOf(d, a.target);
        if (mark.entity < 0)
            return std::nullopt;
        break;
    case AnnotationTarget::Kind::Period:
        mark.kind = AnnotationMark::Kind::Period;
        break;
    case AnnotationTarget::Kind::Point:
        return std::nullopt;
    }
    if (a.target.isRange()) {
        if (!a.target.isValid())
            return std::nullopt;
        mark.from = a.target.rangeStart();
        mark.to = a.target.rangeEnd();
    }
    mark.label = a.text.simplified();
    mark.id = a.id;
    return mark;
}
} // namespace

TimelineView::TimelineView(const Document *document, ViewState *state, QWidget *parent)
    : QAbstractScrollArea(parent), m_document(document), m_state(state), m_locale(QWidget::locale())
{
    setObjectName(QStringLiteral("timelineView"));
    setFocusPolicy(Qt::StrongFocus);
    setFrameShape(QFrame::NoFrame);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    viewport()->setMouseTracking(true);
    viewport()->setAttribute(Qt::WA_OpaquePaintEvent);
    viewport()->setAttribute(Qt::WA_AcceptTouchEvents, false);
    setViewportMargins(0, 0, 0, overviewHeight);
    setAccessibleName(tr("Timeline"));

    m_overview = new OverviewStrip(this);
    connect(m_overview, &OverviewStrip::rangeRequested, this, &TimelineView::setVisibleRange);
    connect(horizontalScrollBar(), &QScrollBar::valueChanged, this, [this](int value) {
        if (m_updatingScrollBars)
            return;
        const double k = 10000.0 / m_scale.maxSpan();
        const double from = m_scale.boundFrom() + value / k;
        m_scale.setRange(from, from + m_scale.span());
        rangeChanged();
    });

    connect(document, &Document::aboutToReplace, this, [this] {
        if (m_data)
            m_savedLaneState = m_layout.saveState(*m_data);
    });
    // A reload of what is shown keeps the window on it; another dataset is shown whole, as at start (its
    // years may lie elsewhere, or span much more).
    connect(document, &Document::replaced, this, [this] { rebuild(m_document->identity() == m_origin); });
    connect(state, &ViewState::selectionChanged, this, &TimelineView::onSelectionChanged);
    connect(state, &ViewState::currentTimeChanged, this, [this](double t) {
        m_overview->setCurrentTime(t);
        viewport()->update();
    });
    connect(state, &ViewState::visibleRangeChanged, this, &TimelineView::onStateRangeChanged);
    // Filtered-out events disappear, whoever sets the filter (the filter bar, the command line).
    connect(state, &ViewState::filterChanged, this, &TimelineView::setFilter);
    m_filter = state->filter();

    m_renderer.setFont(font());
    m_renderer.setPalette(palette());
    m_renderer.setLocale(m_locale);
    m_overview->setLocale(m_locale);
    m_overview->setCurrentTime(state->currentTime());
    rebuild(state->visibleTo() > state->visibleFrom());
    onSelectionChanged(state->selection());
}

TimelineView::~TimelineView() = default;

void TimelineView::setLocale(const QLocale &locale)
{
    m_locale = locale;
    QWidget::setLocale(locale);
    m_renderer.setLocale(locale);
    m_overview->setLocale(locale);
    updateGeometries();
    updateAccessibleText();
    viewport()->update();
}

void TimelineView::setFilter(const EventFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    m_index.build(*m_data, &m_filter);
    m_renderer.setData(m_data.get(), &m_index);
    m_overview->setIndex(&m_index);
    m_hoveredEvent = -1;
    layoutChanged(); // lanes that lost or gained every event change height
}

void TimelineView::setAnnotationCounts(const QHash<int, int> &counts)
{
    m_annotations = counts;
    viewport()->update();
}

void TimelineView::setAnnotationStore(const AnnotationStore *store)
{
    disconnect(m_storeConnection);
    m_store = store;
    if (store)
        m_storeConnection =
            connect(store, &AnnotationStore::contentsChanged, this, &TimelineView::updateAnnotationMarks);
    updateAnnotationMarks();
}

void TimelineView::updateAnnotationMarks()
{
    // On screen, the spans and periods as labelled bands; events keep their count badges.
    m_marks.clear();
    if (m_store && m_data) {
        for (const Annotation &a : m_store->annotations()) {
            if (!a.target.isRange())
                continue;
            if (const auto mark = markOf(*m_data, a))
                m_marks.push_back(*mark);
        }
    }
    viewport()->update();
}

void TimelineView::selectAnnotation(const QString &id)
{
    m_selectedBand = id;
    viewport()->update();
}

int TimelineView::entityAt(QPoint pos) const
{
    if (!plotRect().contains(pos))
        return -1;
    const int row = m_layout.rowAt(pos.y() - plotRect().top() + verticalOffset());
    if (row < 0 || m_layout.rows()[size_t(row)].isGroup())
        return -1;
    return m_layout.rows()[size_t(row)].entity;
}

AnnotationTarget TimelineView::newRangeAt(double t) const
{
    const auto dayOf = [](double time) { return QDate::fromJulianDay(qint64(std::floor(time))); };
    const QDate a = dayOf(std::min(m_newStart, t)), b = dayOf(std::max(m_newStart, t));
    return m_newEntity >= 0 ? AnnotationTarget::span(m_data->entities[size_t(m_newEntity)].id, a, b)
                            : AnnotationTarget::period(a, b);
}

void TimelineView::previewRange(int mark, const AnnotationTarget &range)
{
    if (mark < 0 || size_t(mark) >= m_marks.size())
        return;
    m_marks[size_t(mark)].from = range.rangeStart();
    m_marks[size_t(mark)].to = range.rangeEnd();
    viewport()->update();
}

bool TimelineView::keyMovesBand(QKeyEvent *event)
{
    const Annotation *a = m_store && !m_selectedBand.isEmpty() ? m_store->find(m_selectedBand) : nullptr;
    if (!a || !a->target.isRange())
        return false;
    if (event->key() == Qt::Key_Escape) {
        selectAnnotation({});
        return true;
    }
    const std::optional<AnnotationTarget> range = rangeForKey(a->target, event->key(), event->modifiers());
    if (!range)
        return false;
    const QString id = a->id; // the store may replace the annotation while the signal is handled
    if (*range != a->target)
        Q_EMIT annotationRangeRequested(id, *range);
    return true;
}

TimelineView::PictureAnnotations TimelineView::pictureAnnotations(const QList<Annotation> &annotations,
                                                                  double from, double to) const
{
    std::vector<ShownAnnotation<AnnotationMark>> shown;
    for (qsizetype i = 0; i < annotations.size(); ++i) {
        std::optional<AnnotationMark> mark = markOf(*m_data, annotations[i]);
        if (!mark)
            continue;
        double time = mark->from;
        switch (mark->kind) {
        case AnnotationMark::Kind::Event: {
            const Event &e = m_data->events[size_t(mark->event)];
            bool onALane = false;
            for (quint16 party : m_data->partiesOf(e))
                onALane = onALane || m_layout.rowOfEntity(party) >= 0;
            if (!m_index.accepts(size_t(mark->event)) || !onALane || e.time() < from || e.time() > to)
                continue;
            time = e.time();
            break;
        }
        case AnnotationMark::Kind::Span:
            if (m_layout.rowOfEntity(mark->entity) < 0)
                continue;
            [[fallthrough]];
        case AnnotationMark::Kind::Period:
            if (mark->to <= from || mark->from >= to)
                continue;
            break;
        }
        mark->label.clear(); // a picture draws the number; the text goes into the notes under it
        shown.push_back({time, i, *mark});
    }
    return numberInTimeOrder(std::move(shown), annotations);
}

QByteArray TimelineView::saveLaneState() const
{
    return m_layout.saveStateBytes(*m_data);
}

void TimelineView::restoreLaneState(const QByteArray &state)
{
    m_layout.restoreStateBytes(state, *m_data);
    layoutChanged();
}

void TimelineView::setGroupCollapsed(Sector sector, bool collapsed)
{
    m_layout.setCollapsed(sector, collapsed);
    layoutChanged();
}

void TimelineView::setLaneHidden(int entity, bool hidden)
{
    m_layout.setHidden(entity, hidden);
    layoutChanged();
}

void TimelineView::moveLane(int entity, int index)
{
    m_layout.moveLane(entity, index);
    layoutChanged();
}

void TimelineView::layoutChanged()
{
    fitLaneHeights();
    updateScrollBars();
    viewport()->update();
}

void TimelineView::rebuild(bool keepRange)
{
    m_data = m_document->sharedDataset();
    m_origin = m_document->identity();
    m_index.build(*m_data, &m_filter);
    m_renderer.setData(m_data.get(), &m_index);
    if (m_savedLaneState.isEmpty())
        m_layout.reset(*m_data);
    else
        m_layout.restoreState(m_savedLaneState, *m_data);
    m_savedLaneState.clear();
    fitLaneHeights();
    // Indexes into the old dataset mean nothing in the new one.
    m_annotations.clear();
    updateAnnotationMarks();
    m_hoveredEvent = -1;
    m_selectedEvent = -1;
    m_selectedEntity = -1;
    updateLimits();
    updateGeometries();
    const double from = m_state->visibleFrom();
    const double to = m_state->visibleTo();
    if (keepRange && to > from && to > m_scale.boundFrom() && from < m_scale.boundTo())
        m_scale.setRange(from, to);
    else
        m_scale.setRange(m_scale.boundFrom(), m_scale.boundTo());
    m_overview->setIndex(&m_index);
    onSelectionChanged(m_state->selection());
    rangeChanged();
}

void TimelineView::updateLimits()
{
    // The bounds come from everything the dataset dates (events, figures, market records and quotes, each
    // over the whole period of its date), so that the first window shows every event and figure; and from
    // all of it, not what the filter keeps, so that filtering never moves the view.
    double first = 0, last = 0;
    if (const TimeExtent extent = timeExtent(*m_data); !extent.isEmpty()) {
        first = extent.from;
        last = extent.to + 1.0; // the end of the last day
    } else {
        first = double(QDate(2010, 1, 1).toJulianDay());
        last = double(QDate(2014, 1, 1).toJulianDay());
    }
    const double span = std::max(last - first, 60.0);
    const double pad = std::max(span * 0.04, 15.0);
    m_scale.setLimits(minSpanDays, first - pad, first + span + pad);
    m_overview->setBounds(m_scale.boundFrom(), m_scale.boundTo(), minSpanDays);
}

QRect TimelineView::plotRect() const
{
    return m_renderer.geometry(viewport()->rect()).plot;
}

void TimelineView::updateGeometries()
{
    const QRect vp = viewport()->geometry();
    m_overview->setGeometry(vp.left(), vp.bottom() + 1, vp.width(), overviewHeight);
    const QRect plot = plotRect();
    m_scale.setPixelRange(plot.x(), plot.width());
    m_overview->setLeftMargin(plot.x());
    fitLaneHeights();
    updateScrollBars();
}

void TimelineView::fitLaneHeights()
{
    // Every lane in the window when it can be. A lane with no event (under the filter) takes a line for
    // its name; lanes with events share the rest, each between one and three tracks of labelled markers.
    // When even one track each does not fit, they keep their usual height and the lanes scroll.
    const auto &rows = m_layout.rows();
    const TimelineStyle &style = m_renderer.style();
    const double track = m_renderer.trackHeight();
    const double band = style.bandHeight + 4;
    const double emptyLane = track + 2;
    std::vector<double> heights(rows.size());
    int busy = 0;
    double fixed = 0;
    for (size_t i = 0; i < rows.size(); ++i) {
        if (rows[i].isGroup() && !rows[i].collapsed) {
            heights[i] = style.groupHeight;
        } else {
            bool events = false;
            for (int e : m_layout.entitiesOfRow(int(i)))
                events = events || !m_index.lane(e).events.empty();
            heights[i] = events ? 0 : emptyLane; // 0: a lane with events, sized below
            busy += events ? 1 : 0;
        }
        fixed += heights[i];
    }
    double lane = m_renderer.defaultLaneHeight();
    if (busy > 0) {
        const double fit = std::floor((plotRect().height() - fixed) / busy);
        if (fit >= track + band)
            lane = std::min(fit, 3 * track + band);
    }
    for (double &h : heights)
        h = h > 0 ? h : lane;
    m_layout.setRowHeights(lane, style.groupHeight);
    m_layout.setEachRowHeight(heights);
}

void TimelineView::updateScrollBars()
{
    m_updatingScrollBars = true;
    // QScrollBar repaints on every setPageStep() and setSingleStep(), changed or not, and a tall one costs
    // more to paint than a frame of the lanes: set only what changed, as setRange() and setValue() do.
    auto setSteps = [](QScrollBar *bar, int single, int page) {
        if (bar->pageStep() != page)
            bar->setPageStep(page);
        if (bar->singleStep() != single)
            bar->setSingleStep(single);
    };
    const double k = 10000.0 / m_scale.maxSpan();
    QScrollBar *h = horizontalScrollBar();
    {
        // A zoom changes the range every frame, and QAbstractScrollArea answers every rangeChanged() by
        // laying out and raising both scroll bars, which repaints the tall vertical one too. The horizontal
        // bar is always shown, so there is nothing to lay out: its signals are held while it is set (the
        // value is set below, and m_updatingScrollBars ignores it anyway).
        const QSignalBlocker quiet(h);
        h->setRange(0, int(std::round((m_scale.maxSpan() - m_scale.span()) * k)));
        const int page = std::max(1, int(std::round(m_scale.span() * k)));
        setSteps(h, std::max(1, page / 10), page);
    }
    h->setValue(int(std::round((m_scale.from() - m_scale.boundFrom()) * k)));
    QScrollBar *v = verticalScrollBar();
    const int plotHeight = plotRect().height();
    v->setRange(0, std::max(0, int(std::ceil(m_layout.totalHeight() - plotHeight))));
    setSteps(v, int(m_layout.laneHeight()), plotHeight);
    m_updatingScrollBars = false;
}

double TimelineView::verticalOffset() const
{
    return verticalScrollBar()->value();
}

void TimelineView::rangeChanged()
{
    updateScrollBars();
    m_overview->setVisibleRange(m_scale.from(), m_scale.to());
    m_state->setVisibleRange(m_scale.from(), m_scale.to());
    viewport()->update();
}

void TimelineView::onStateRangeChanged(double from, double to)
{
    const double tolerance = 1e-9 * std::max(1.0, m_scale.span());
    if (std::abs(from - m_scale.from()) < tolerance && std::abs(to - m_scale.to()) < tolerance)
        return;
    m_scale.setRange(from, to);
    // If the range was clamped, rangeChanged() writes back what is shown, so that every view agrees.
    rangeChanged();
}

void TimelineView::setVisibleRange(double from, double to)
{
    m_scale.setRange(from, to);
    rangeChanged();
}

void TimelineView::zoomAt(double factor, double anchorX)
{
    m_scale.zoom(factor, anchorX);
    rangeChanged();
}

void TimelineView::zoomIn()
{
    const QRect plot = plotRect();
    zoomAt(zoomStep, plot.center().x());
}

void TimelineView::zoomOut()
{
    const QRect plot = plotRect();
    zoomAt(1 / zoomStep, plot.center().x());
}

void TimelineView::fitAll()
{
    setVisibleRange(m_scale.boundFrom(), m_scale.boundTo());
}

void TimelineView::zoomToRange(double from, double to)
{
    const double pad = std::max((to - from) * 0.4, 2.0);
    setVisibleRange(from - pad, to + pad);
}

void TimelineView::scrollToEvent(int event)
{
    if (!m_data || event < 0 || size_t(event) >= m_data->events.size())
        return;
    const Event &e = m_data->events[size_t(event)];
    const double t = e.time();
    const double margin = m_scale.span() * 0.05;
    if (t < m_scale.from() + margin || t > m_scale.to() - margin) {
        m_scale.centerOn(t);
        rangeChanged();
    }
    // Vertically: fine if any of its lanes is on screen, else bring the first one in.
    const double top = verticalOffset();
    const double height = plotRect().height();
    int firstRow = -1;
    for (quint16 p : m_data->partiesOf(e)) {
        const int row = m_layout.rowOfEntity(p);
        if (row < 0)
            continue;
        const LaneRow &r = m_layout.rows()[size_t(row)];
        if (r.top >= top && r.bottom() <= top + height)
            return;
        if (firstRow < 0 || row < firstRow)
            firstRow = row;
    }
    if (firstRow >= 0) {
        const LaneRow &r = m_layout.rows()[size_t(firstRow)];
        verticalScrollBar()->setValue(int(r.top - std::max(0.0, height / 3)));
        viewport()->update();
    }
}

int TimelineView::nextEvent(int event, bool forward) const
{
    if (!m_data)
        return -1;
    const auto n = qsizetype(m_data->events.size());
    auto drawn = [this](qsizetype i) {
        if (!m_index.accepts(size_t(i)))
            return false;
        for (quint16 p : m_data->partiesOf(m_data->events[size_t(i)])) {
            if (m_layout.rowOfEntity(p) >= 0)
                return true;
        }
        return false;
    };
    qsizetype i = event < 0 ? (forward ? 0 : n - 1) : (forward ? event + 1 : event - 1);
    for (; i >= 0 && i < n; i += forward ? 1 : -1) {
        if (drawn(i))
            return int(i);
    }
    return -1;
}

void TimelineView::selectEvent(int event)
{
    if (event < 0)
        return;
    m_state->select(Selection::event(event));
}

void TimelineView::onSelectionChanged(const Selection &selection)
{
    const bool valid = m_data && selection.index >= 0;
    m_selectedEvent =
        valid && selection.type == Selection::Type::Event && size_t(selection.index) < m_data->events.size()
            ? selection.index
            : -1;
    m_selectedEntity =
        valid && selection.type == Selection::Type::Entity && selection.index < m_data->entities.size()
            ? selection.index
            : -1;
    if (m_selectedEvent >= 0) {
        scrollToEvent(m_selectedEvent);
    } else if (m_selectedEntity >= 0) {
        const int row = m_layout.rowOfEntity(m_selectedEntity);
        if (row >= 0) {
            const LaneRow &r = m_layout.rows()[size_t(row)];
            const double top = verticalOffset();
            if (r.top < top || r.bottom() > top + plotRect().height())
                verticalScrollBar()->setValue(int(r.top - plotRect().height() / 3));
        }
    }
    updateAccessibleText();
    viewport()->update();
}

void TimelineView::updateAccessibleText()
{
    if (m_data && m_selectedEvent >= 0) {
        setAccessibleName(timelinetext::eventAccessibleName(*m_data, m_selectedEvent));
        setAccessibleDescription(
            timelinetext::eventAccessibleDescription(*m_data, m_selectedEvent, m_locale));
    } else {
        setAccessibleName(tr("Timeline"));
        setAccessibleDescription(
            tr("No event selected. Tab moves to the next event, arrows pan, plus and minus zoom."));
    }
    QAccessibleEvent nameChanged(this, QAccessible::NameChanged);
    QAccessible::updateAccessibility(&nameChanged);
    QAccessibleEvent descriptionChanged(this, QAccessible::DescriptionChanged);
    QAccessible::updateAccessibility(&descriptionChanged);
}

TimelineDecorations TimelineView::decorations() const
{
    TimelineDecorations d;
    d.selectedEvent = m_selectedEvent;
    d.selectedEntity = m_selectedEntity;
    d.hoveredEvent = m_hoveredEvent;
    d.currentTime = m_state->currentTime();
    d.annotations = &m_annotations;
    d.marks = &m_marks;
    if (!m_selectedBand.isEmpty()) {
        const auto it = std::find_if(m_marks.cbegin(), m_marks.cend(),
                                     [this](const AnnotationMark &m) { return m.id == m_selectedBand; });
        d.selectedMark = it == m_marks.cend() ? -1 : int(it - m_marks.cbegin());
    }
    d.focused = hasFocus();
    d.dropRow = m_drag == Drag::Lane ? m_dropRow : -1;
    return d;
}

void TimelineView::paintEvent(QPaintEvent *)
{
    QPainter p(viewport());
    m_renderer.render(p, viewport()->rect(), m_scale, m_layout, verticalOffset(), decorations());
}

void TimelineView::renderAllLanes(QPainter &painter, const QRect &target)
{
    renderAllLanes(painter, target, m_scale.from(), m_scale.to());
}

std::pair<double, double> TimelineView::preparePicture(TimelineRenderer &renderer, const QRect &target,
                                                       double from, double to, bool legend) const
{
    TimelineStyle style = m_renderer.style();
    if (!legend)
        style.legendHeight = 0;
    renderer.setStyle(style);
    renderer.setFont(font());
    renderer.setPalette(palette());
    renderer.setLocale(m_locale);
    renderer.setData(m_data.get(), &m_index);
    // A picture names every event whole where it has the room: no shorter limit than half the plot.
    const QRect plot = renderer.geometry(target).plot;
    style.maxLabelWidth = std::max(style.maxLabelWidth, plot.width() / 2.0);
    renderer.setStyle(style);
    // Markers at the very ends stay whole: the range grows by a marker's width on each side.
    const double margin = (style.markerRadius + 2) * (to - from) / std::max(1, plot.width());
    return {from - margin, to + margin};
}

TimelineDecorations TimelineView::pictureDecorations(std::optional<double> cursor,
                                                     const AnnotationMarks *marks) const
{
    // A picture carries the annotations it was asked for, numbered, and no count badges: those would
    // count annotations the picture leaves out.
    TimelineDecorations d;
    d.picture = true;
    d.currentTime = cursor.value_or(0);
    d.marks = marks;
    return d;
}

void TimelineView::renderAllLanes(QPainter &painter, const QRect &target, double from, double to, bool legend,
                                  std::optional<double> cursor, const AnnotationMarks *marks)
{
    // A renderer of its own, so that the widget's last frame (used for hit-testing) stays as it is.
    TimelineRenderer renderer;
    const auto [a, b] = preparePicture(renderer, target, from, to, legend);
    renderer.renderAllRows(painter, target, a, b, m_layout, pictureDecorations(cursor, marks));
}

FramePlan TimelineView::planAllLanes(const QRect &target, double from, double to, bool legend,
                                     std::optional<double> cursor, const AnnotationMarks *marks) const
{
    TimelineRenderer renderer;
    const auto [a, b] = preparePicture(renderer, target, from, to, legend);
    LaneLayout layout = m_layout;
    renderer.planAllRows(target, a, b, layout, pictureDecorations(cursor, marks));
    return renderer.frame();
}

double TimelineView::fullRangeFrom() const
{
    return m_scale.boundFrom();
}

double TimelineView::fullRangeTo() const
{
    return m_scale.boundTo();
}

void TimelineView::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    updateGeometries();
    rangeChanged();
}

void TimelineView::scrollContentsBy(int, int)
{
    viewport()->update();
}

TimelineHit TimelineView::hitTest(QPoint viewportPos) const
{
    TimelineHit hit = m_renderer.hitTest(viewportPos, m_layout);
    const double cursor = m_state->currentTime();
    const QRect plot = m_renderer.frame().plot;
    if (cursor != 0 && plot.contains(viewportPos) && hit.type != TimelineHit::Type::Event &&
        std::abs(m_scale.toX(cursor) - viewportPos.x()) <= 4) {
        hit.type = TimelineHit::Type::Cursor;
        hit.from = hit.to = cursor;
    }
    return hit;
}

QString TimelineView::toolTipText(QPoint viewportPos) const
{
    const TimelineHit hit = hitTest(viewportPos);
    if (hit.type == TimelineHit::Type::None) {
        // A band: its whole text (the tag is elided), and how to change its days.
        const std::optional<BandGrip> grip = bandAt(m_renderer.frame(), viewportPos);
        if (grip && size_t(grip->mark) < m_marks.size())
            return m_marks[size_t(grip->mark)].label + u'\n' +
                   tr("Drag it, or drag its ends, to change its days; click it, then the arrow keys move it "
                      "(Shift: its last day, Ctrl: its first).");
    }
    switch (hit.type) {
    case TimelineHit::Type::Event:
        return timelinetext::eventTooltip(*m_data, hit.event, m_locale, m_annotations.value(hit.event, 0));
    case TimelineHit::Type::Cluster:
    case TimelineHit::Type::Density: {
        QString text = timelinetext::clusterTooltip(hit.count, hit.from, hit.to, m_locale);
        // Name the first few, so that events on the very same day can be told apart at any zoom.
        const QList<int> events = eventsOf(hit);
        for (qsizetype i = 0; i < events.size() && i < maxClusterTitles; ++i)
            text += QStringLiteral("\n• ") +
                    displayText(*m_data, m_data->events[size_t(events[i])].title, m_locale);
        if (events.size() > maxClusterTitles)
            text += QStringLiteral("\n…");
        return text;
    }
    case TimelineHit::Type::LaneHeader: {
        const Entity &e = m_data->entities[m_layout.rows()[size_t(hit.row)].entity];
        QString text = e.nameEn == e.nameZh || e.nameZh.isEmpty()
                           ? e.nameEn
                           : e.nameEn + QStringLiteral(" · ") + e.nameZh;
        text += u'\n' + displayName(e.sector);
        if (!e.note.isEmpty())
            text += u'\n' + displayText(e.note, m_locale);
        return text + u'\n' + tr("Drag to reorder; right-click to hide");
    }
    case TimelineHit::Type::GroupHeader:
        return tr("Click to collapse or expand the group");
    case TimelineHit::Type::Axis:
        return tr("Click or drag to set the current time");
    case TimelineHit::Type::Cursor:
        return tr("Current time: %1. Drag to move it.").arg(timelinetext::dateText(hit.from, m_locale));
    case TimelineHit::Type::None:
        break;
    }
    return {};
}

QList<int> TimelineView::eventsOf(const TimelineHit &hit) const
{
    // The events of the hit's row in its time range (a badge's members are spread at most within their
    // period around it), each once, in time order.
    QList<int> events;
    const double eps = 1e-6;
    for (int e : m_layout.entitiesOfRow(hit.row)) {
        const auto [a, b] = m_index.positions(e, hit.from - eps, hit.to + eps);
        for (size_t i = a; i < b; ++i)
            events.append(int(m_index.lane(e).events[i]));
    }
    std::sort(events.begin(), events.end());
    events.erase(std::unique(events.begin(), events.end()), events.end());
    return events;
}

void TimelineView::openCluster(const TimelineHit &hit, QPoint globalPos)
{
    // A badge opens into the list of what it holds: pick one to select it, or zoom in until they part.
    QMenu menu(this);
    menu.setObjectName(QStringLiteral("clusterMenu"));
    const QList<int> events = eventsOf(hit);
    if (m_scale.span() > m_scale.minSpan() * 1.01) {
        menu.addAction(tr("Zoom In to These %n Events", nullptr, int(events.size())), this,
                       [this, hit] { zoomToRange(hit.from, hit.to); });
        menu.addSeparator();
    }
    constexpr qsizetype listed = 30;
    for (qsizetype i = 0; i < events.size() && i < listed; ++i) {
        const int event = events[i];
        const Event &e = m_data->events[size_t(event)];
        // Data-derived text: a menu entry shows it as typed (an ampersand is doubled, not a shortcut).
        QString title = m_data->string(e.title);
        title.replace(u'&', QStringLiteral("&&"));
        menu.addAction(e.start.toDisplayString(m_locale) + QStringLiteral(" — ") + title, this,
                       [this, event] { selectEvent(event); });
    }
    if (events.size() > listed)
        menu.addAction(tr("%n more: zoom in to see them", nullptr, int(events.size() - listed)))
            ->setEnabled(false);
    menu.exec(globalPos);
}

bool TimelineView::event(QEvent *event)
{
    // Tab and Shift+Tab walk the events in time order; past the last one, focus moves on as usual.
    if (event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        const bool tab = key->key() == Qt::Key_Tab || key->key() == Qt::Key_Backtab;
        if (tab && !(key->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier))) {
            const bool forward = key->key() == Qt::Key_Tab && !(key->modifiers() & Qt::ShiftModifier);
            int next = -1;
            if (m_selectedEvent >= 0) {
                next = nextEvent(m_selectedEvent, forward);
            } else {
                // From nothing selected: the first event on screen (or after it), or the last one going back.
                next = nextEvent(-1, forward);
                while (next >= 0 && (forward ? m_data->events[size_t(next)].endTime() < m_scale.from()
                                             : m_data->events[size_t(next)].time() > m_scale.to())) {
                    const int further = nextEvent(next, forward);
                    if (further < 0)
                        break;
                    next = further;
                }
            }
            if (next >= 0) {
                selectEvent(next);
                event->accept();
                return true;
            }
        }
    }
    return QAbstractScrollArea::event(event);
}

bool TimelineView::viewportEvent(QEvent *event)
{
    switch (event->type()) {
    case QEvent::ToolTip: {
        auto *help = static_cast<QHelpEvent *>(event);
        const QString text = toolTipText(help->pos());
        if (text.isEmpty()) {
            QToolTip::hideText();
            event->ignore();
        } else {
            // Data-derived text: escaped, never taken for rich text.
            QToolTip::showText(help->globalPos(), Qt::convertFromPlainText(text, Qt::WhiteSpaceNormal),
                               viewport());
        }
        return true;
    }
    case QEvent::NativeGesture: {
        auto *gesture = static_cast<QNativeGestureEvent *>(event);
        if (gesture->gestureType() == Qt::ZoomNativeGesture) {
            zoomAt(1 + gesture->value(), gesture->position().x());
            return true;
        }
        if (gesture->gestureType() == Qt::SmartZoomNativeGesture) {
            zoomAt(zoomStep, gesture->position().x());
            return true;
        }
        break;
    }
    default:
        break;
    }
    return QAbstractScrollArea::viewportEvent(event);
}

void TimelineView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QAbstractScrollArea::mousePressEvent(event);
        return;
    }
    const QPoint pos = event->position().toPoint();
    m_pressPos = pos;
    m_pressFrom = m_scale.from();
    m_pressScrollY = verticalOffset();
    m_pressHit = hitTest(pos);
    switch (m_pressHit.type) {
    case TimelineHit::Type::Cursor:
        m_drag = Drag::Cursor;
        break;
    case TimelineHit::Type::Axis:
        if (event->modifiers() & Qt::ShiftModifier) {
            // Shift+drag on the axis draws a period.
            m_drag = Drag::NewRange;
            m_newEntity = -1;
            m_newStart = m_scale.toTime(pos.x());
            break;
        }
        m_drag = Drag::Cursor;
        m_state->setCurrentTime(std::clamp(m_scale.toTime(pos.x()), m_scale.boundFrom(), m_scale.boundTo()));
        break;
    case TimelineHit::Type::LaneHeader:
        m_drag = Drag::LanePending;
        break;
    case TimelineHit::Type::GroupHeader:
        m_drag = Drag::Group;
        break;
    default: {
        const std::optional<BandGrip> grip = m_pressHit.type == TimelineHit::Type::None
                                                 ? bandAt(m_renderer.frame(), event->position())
                                                 : std::nullopt;
        if (plotRect().contains(pos) && (event->modifiers() & Qt::ShiftModifier)) {
            // Shift+drag on a lane draws a span of its company; across a group's header, a period.
            m_drag = Drag::NewRange;
            m_newEntity = entityAt(pos);
            m_newStart = m_scale.toTime(pos.x());
        } else if (const Annotation *a = grip && m_store && size_t(grip->mark) < m_marks.size()
                                             ? m_store->find(m_marks[size_t(grip->mark)].id)
                                             : nullptr) {
            m_drag = Drag::BandPending;
            m_band = BandDrag{a->id, *grip, a->target, m_scale.toTime(pos.x())};
        } else {
            m_drag = plotRect().contains(pos) ? Drag::Pending : Drag::None;
        }
        break;
    }
    }
    event->accept();
}

void TimelineView::mouseMoveEvent(QMouseEvent *event)
{
    const QPoint pos = event->position().toPoint();
    const QPoint delta = pos - m_pressPos;
    switch (m_drag) {
    case Drag::None: {
        const TimelineHit hit = hitTest(pos);
        const int hovered = hit.type == TimelineHit::Type::Event ? hit.event : -1;
        if (hovered != m_hoveredEvent) {
            m_hoveredEvent = hovered;
            viewport()->update();
        }
        switch (hit.type) {
        case TimelineHit::Type::Cursor:
        case TimelineHit::Type::Axis:
            viewport()->setCursor(Qt::SizeHorCursor);
            break;
        case TimelineHit::Type::Event:
        case TimelineHit::Type::Cluster:
        case TimelineHit::Type::GroupHeader:
            viewport()->setCursor(Qt::PointingHandCursor);
            break;
        case TimelineHit::Type::LaneHeader:
            viewport()->setCursor(Qt::OpenHandCursor);
            break;
        case TimelineHit::Type::None: {
            // A band's ends are grabbed to resize it.
            const std::optional<BandGrip> grip = bandAt(m_renderer.frame(), event->position());
            viewport()->setCursor(grip && grip->part != BandGrip::Part::Body ? Qt::SizeHorCursor
                                                                             : Qt::ArrowCursor);
            break;
        }
        default:
            viewport()->setCursor(Qt::ArrowCursor);
            break;
        }
        break;
    }
    case Drag::BandPending:
        if (delta.manhattanLength() < 4)
            break;
        m_drag = Drag::Band;
        [[fallthrough]];
    case Drag::Band:
        if (m_band && size_t(m_band->grip.mark) < m_marks.size() &&
            m_marks[size_t(m_band->grip.mark)].id == m_band->id)
            previewRange(m_band->grip.mark, m_band->rangeAt(m_scale.toTime(pos.x())));
        break;
    case Drag::NewRange: {
        const AnnotationTarget range = newRangeAt(m_scale.toTime(pos.x()));
        if (m_marks.empty() || !m_marks.back().id.isEmpty()) {
            AnnotationMark preview;
            preview.kind = range.kind == AnnotationTarget::Kind::Span ? AnnotationMark::Kind::Span
                                                                      : AnnotationMark::Kind::Period;
            preview.entity = m_newEntity;
            m_marks.push_back(preview);
        }
        previewRange(int(m_marks.size()) - 1, range);
        break;
    }
    case Drag::Pending:
        if (delta.manhattanLength() < 4)
            break;
        m_drag = Drag::Pan;
        viewport()->setCursor(Qt::ClosedHandCursor);
        [[fallthrough]];
    case Drag::Pan:
        m_scale.setRange(m_pressFrom, m_pressFrom + m_scale.span());
        m_scale.pan(delta.x());
        verticalScrollBar()->setValue(int(m_pressScrollY - delta.y()));
        rangeChanged();
        break;
    case Drag::Cursor:
        m_state->setCurrentTime(std::clamp(m_scale.toTime(pos.x()), m_scale.boundFrom(), m_scale.boundTo()));
        break;
    case Drag::LanePending:
        if (std::abs(delta.y()) < 5)
            break;
        m_drag = Drag::Lane;
        viewport()->setCursor(Qt::ClosedHandCursor);
        [[fallthrough]];
    case Drag::Lane: {
        // The drop line goes between lanes of the dragged lane's own group.
        const auto &rows = m_layout.rows();
        const LaneRow &dragged = rows[size_t(m_pressHit.row)];
        const double y = pos.y() - plotRect().top() + verticalOffset();
        int first = -1, last = -1;
        for (size_t i = 0; i < rows.size(); ++i) {
            if (!rows[i].isGroup() && rows[i].sector == dragged.sector) {
                if (first < 0)
                    first = int(i);
                last = int(i);
            }
        }
        int drop = first;
        for (int i = first; i <= last; ++i) {
            if (y > rows[size_t(i)].top + rows[size_t(i)].height / 2)
                drop = i + 1;
        }
        if (drop != m_dropRow) {
            m_dropRow = drop;
            viewport()->update();
        }
        break;
    }
    case Drag::Group:
        break;
    }
}

void TimelineView::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QAbstractScrollArea::mouseReleaseEvent(event);
        return;
    }
    const Drag drag = m_drag;
    m_drag = Drag::None;
    viewport()->setCursor(Qt::ArrowCursor);
    const auto &rows = m_layout.rows();
    switch (drag) {
    case Drag::Pending:
        switch (m_pressHit.type) {
        case TimelineHit::Type::Event:
            selectEvent(m_pressHit.event);
            break;
        case TimelineHit::Type::Cluster:
            openCluster(m_pressHit, viewport()->mapToGlobal(m_pressPos));
            break;
        case TimelineHit::Type::Density:
            zoomAt(4, m_pressPos.x());
            break;
        default:
            m_state->select(Selection::none());
            m_selectedBand.clear();
            break;
        }
        break;
    case Drag::BandPending:
        // A click on a band chooses it, for the keys.
        selectAnnotation(m_band->id);
        m_band.reset();
        break;
    case Drag::Band: {
        const BandDrag band = *m_band;
        m_band.reset();
        const AnnotationTarget range = band.rangeAt(m_scale.toTime(event->position().x()));
        m_selectedBand = band.id;
        // The saved range until the window has saved the new one (or said why not).
        updateAnnotationMarks();
        if (range != band.target)
            Q_EMIT annotationRangeRequested(band.id, range);
        break;
    }
    case Drag::NewRange: {
        const AnnotationTarget range = newRangeAt(m_scale.toTime(event->position().x()));
        updateAnnotationMarks();
        Q_EMIT annotationRequested(range);
        break;
    }
    case Drag::LanePending:
        if (m_pressHit.row >= 0)
            m_state->select(Selection::entity(rows[size_t(m_pressHit.row)].entity));
        break;
    case Drag::Lane: {
        const LaneRow &dragged = rows[size_t(m_pressHit.row)];
        const QList<int> group = m_layout.lanes(dragged.sector);
        // Count the visible lanes of the group above the drop line; hidden ones keep their places.
        int index = 0;
        for (int i = 0; i < m_dropRow && i < int(rows.size()); ++i) {
            if (!rows[size_t(i)].isGroup() && rows[size_t(i)].sector == dragged.sector &&
                rows[size_t(i)].entity != dragged.entity)
                index = int(group.indexOf(rows[size_t(i)].entity)) + 1;
        }
        const int from = int(group.indexOf(dragged.entity));
        if (index > from)
            --index;
        m_dropRow = -1;
        moveLane(dragged.entity, index);
        break;
    }
    case Drag::Group:
        if (m_pressHit.row >= 0 && hitTest(event->position().toPoint()).row == m_pressHit.row) {
            const Sector s = rows[size_t(m_pressHit.row)].sector;
            setGroupCollapsed(s, !m_layout.isCollapsed(s));
        }
        break;
    default:
        break;
    }
    viewport()->update();
}

void TimelineView::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return;
    const TimelineHit hit = hitTest(event->position().toPoint());
    if (hit.type == TimelineHit::Type::Event) {
        selectEvent(hit.event);
        Q_EMIT eventActivated(hit.event);
    }
    event->accept();
}

void TimelineView::wheelEvent(QWheelEvent *event)
{
    const QPoint pos = event->position().toPoint();
    const QPoint angle = event->angleDelta();
    const QPoint pixel = event->pixelDelta();
    const QRect plot = plotRect();
    event->accept();
    if (m_renderer.frame().gutter.contains(pos)) {
        // Over the lane names the wheel scrolls the lanes.
        const int dy = !pixel.isNull() ? pixel.y() : int(angle.y() / 120.0 * m_layout.laneHeight() * 2);
        verticalScrollBar()->setValue(verticalScrollBar()->value() - dy);
        return;
    }
    const bool shift = event->modifiers() & Qt::ShiftModifier;
    const bool horizontal = std::abs(angle.x()) > std::abs(angle.y());
    if (shift || horizontal) {
        const int steps = horizontal ? angle.x() : angle.y();
        const double dx =
            !pixel.isNull() ? (horizontal ? pixel.x() : pixel.y()) : steps / 120.0 * plot.width() / 10;
        m_scale.pan(dx);
        rangeChanged();
        return;
    }
    if (angle.y() == 0)
        return;
    const double anchor = std::clamp(double(pos.x()), double(plot.left()), double(plot.right()));
    zoomAt(std::pow(1.2, angle.y() / 120.0), anchor);
}

void TimelineView::keyPressEvent(QKeyEvent *event)
{
    // A chosen band takes the arrows (move it, or with Shift or Ctrl one of its ends) and Escape.
    if (keyMovesBand(event)) {
        event->accept();
        return;
    }
    const QRect plot = plotRect();
    switch (event->key()) {
    case Qt::Key_Left:
        m_scale.pan(plot.width() / 8.0);
        rangeChanged();
        break;
    case Qt::Key_Right:
        m_scale.pan(-plot.width() / 8.0);
        rangeChanged();
        break;
    case Qt::Key_Up:
        verticalScrollBar()->triggerAction(QAbstractSlider::SliderSingleStepSub);
        break;
    case Qt::Key_Down:
        verticalScrollBar()->triggerAction(QAbstractSlider::SliderSingleStepAdd);
        break;
    case Qt::Key_PageUp:
        verticalScrollBar()->triggerAction(QAbstractSlider::SliderPageStepSub);
        break;
    case Qt::Key_PageDown:
        verticalScrollBar()->triggerAction(QAbstractSlider::SliderPageStepAdd);
        break;
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomIn();
        break;
    case Qt::Key_Minus:
    case Qt::Key_Underscore:
        zoomOut();
        break;
    case Qt::Key_Home:
        setVisibleRange(m_scale.boundFrom(), m_scale.boundFrom() + m_scale.span());
        break;
    case Qt::Key_End:
        setVisibleRange(m_scale.boundTo() - m_scale.span(), m_scale.boundTo());
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (m_selectedEvent >= 0)
            Q_EMIT eventActivated(m_selectedEvent);
        break;
    case Qt::Key_Escape:
        m_state->select(Selection::none());
        break;
    default:
        QAbstractScrollArea::keyPressEvent(event);
        return;
    }
    event->accept();
}

void TimelineView::contextMenuEvent(QContextMenuEvent *event)
{
    const TimelineHit hit = hitTest(event->pos());
    QMenu menu(this);
    if (hit.type == TimelineHit::Type::LaneHeader || hit.type == TimelineHit::Type::GroupHeader) {
        const LaneRow row = m_layout.rows()[size_t(hit.row)];
        if (!row.isGroup()) {
            const QString name = m_data->entities[row.entity].name(m_locale);
            menu.addAction(tr("Hide “%1”").arg(name), this, [this, row] { setLaneHidden(row.entity, true); });
            const QList<int> group = m_layout.lanes(row.sector);
            const int at = int(group.indexOf(row.entity));
            menu.addAction(tr("Move Up"), this, [this, row, at] { moveLane(row.entity, at - 1); })
                ->setEnabled(at > 0);
            menu.addAction(tr("Move Down"), this, [this, row, at] { moveLane(row.entity, at + 1); })
                ->setEnabled(at + 1 < group.size());
        }
        const bool collapsed = m_layout.isCollapsed(row.sector);
        menu.addAction(collapsed ? tr("Expand “%1”").arg(displayName(row.sector))
                                 : tr("Collapse “%1”").arg(displayName(row.sector)),
                       this, [this, row, collapsed] { setGroupCollapsed(row.sector, !collapsed); });
        QAction *showAll = menu.addAction(tr("Show All Lanes"), this, [this] {
            m_layout.showAllLanes();
            layoutChanged();
        });
        bool anyHidden = false;
        for (Sector s : m_layout.groups())
            anyHidden = anyHidden || m_layout.hiddenCount(s) > 0;
        showAll->setEnabled(anyHidden);
    } else {
        const double t = m_scale.toTime(event->pos().x());
        if (plotRect().contains(event->pos()))
            menu.addAction(tr("Set Current Time Here"), this, [this, t] { m_state->setCurrentTime(t); });
        if (m_store && event->pos().x() >= plotRect().left()) {
            // A tenth of what is in view, from the day clicked: its ends are then dragged where they belong.
            const QDate first = QDate::fromJulianDay(qint64(std::floor(t)));
            const QDate last = first.addDays(std::max<qint64>(0, std::llround(m_scale.span() / 10) - 1));
            if (const int entity = entityAt(event->pos()); entity >= 0) {
                const QString id = m_data->entities[size_t(entity)].id;
                menu.addAction(tr("Annotate Span…"), this, [this, id, first, last] {
                    Q_EMIT annotationRequested(AnnotationTarget::span(id, first, last));
                });
            }
            menu.addAction(tr("Annotate Period…"), this, [this, first, last] {
                Q_EMIT annotationRequested(AnnotationTarget::period(first, last));
            });
            menu.addSeparator();
        }
        menu.addAction(tr("Zoom In"), this, &TimelineView::zoomIn);
        menu.addAction(tr("Zoom Out"), this, &TimelineView::zoomOut);
        menu.addAction(tr("Fit All"), this, &TimelineView::fitAll);
    }
    // What the window adds (Export…).
    if (!actions().isEmpty()) {
        menu.addSeparator();
        menu.addActions(actions());
    }
    menu.exec(event->globalPos());
}

void TimelineView::focusInEvent(QFocusEvent *event)
{
    QAbstractScrollArea::focusInEvent(event);
    viewport()->update();
}

void TimelineView::focusOutEvent(QFocusEvent *event)
{
    QAbstractScrollArea::focusOutEvent(event);
    viewport()->update();
}

void TimelineView::changeEvent(QEvent *event)
{
    QAbstractScrollArea::changeEvent(event);
    if (event->type() == QEvent::FontChange) {
        m_renderer.setFont(font());
        fitLaneHeights();
        updateGeometries();
        viewport()->update();
    } else if (event->type() == QEvent::PaletteChange) {
        m_renderer.setPalette(palette());
        viewport()->update();
    }
}

} // namespace at
