// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#include "ui/charts/usercountchart.h"

#include "app/core/annotations/annotationstore.h"
#include "app/core/colors.h"
#include "app/core/displaytext.h"
#include "app/core/eventmodel.h"
#include "app/core/seriesmodel.h"
#include "ui/charts/axistickers.h"
#include "ui/charts/textwrap.h"
#include "ui/charts/timemarkers.h"

#include <QApplication>
#include <QPicture>
#include <QToolTip>
#include <QtConcurrent/QtConcurrentMap>
#include <QtConcurrent/QtConcurrentRun>
#include <algorithm>
#include <cmath>

namespace at {
namespace {

// Sets a flag for the lifetime of a scope: range changes made by the chart itself are not the user's.
class FlagGuard {
public:
    explicit FlagGuard(bool &flag) : m_flag(flag), m_old(flag) { m_flag = true; }
    ~FlagGuard() { m_flag = m_old; }
    FlagGuard(const FlagGuard &) = delete;
    FlagGuard &operator=(const FlagGuard &) = delete;

private:
    bool &m_flag;
    bool m_old;
};

// A series is drawn with markers and a dashed line while its points in view are at least this many pixels
// apart on average; denser than that, markers would merge into a smear and cost time.
constexpr int pixelsPerMarker = 10;
// At most this many markers in a frame, whatever the zoom.
constexpr qsizetype maxMarkers = 2000;
// Lines and markers are antialiased while at most this many points are drawn with markers.
constexpr qsizetype maxAntialiasedPoints = 200;
// Series at least this long are drawn first from an index that reads every sampledStride-th point; the
// exact index follows from a worker thread.
constexpr qsizetype progressiveIndexFrom = 200000;
constexpr int sampledStride = 16;
// The view is at rest this long after its last range change; then the full look is drawn.
constexpr int restMs = 200;
// The footnote lists the sources in at most this many lines, else counts them.
constexpr int sourceLinesAtMost = 4;
// Series longer than this name their sources in the footnote without listing paragraphs.
constexpr qsizetype listParagraphsUpTo = 1000;

QCPScatterStyle::ScatterShape shapeOf(PointMarker marker)
{
    switch (marker) {
    case PointMarker::Filled:
    case PointMarker::Hollow:
        return QCPScatterStyle::ssCircle;
    case PointMarker::OpenUp:
        return QCPScatterStyle::ssTriangle;
    case PointMarker::OpenDown:
        return QCPScatterStyle::ssTriangleInverted;
    }
    return QCPScatterStyle::ssCircle;
}

QString eventToolTip(const Dataset &d, int index, const QLocale &locale)
{
    const Event &e = d.events[size_t(index)];
    QStringList lines{
        displayText(d, e.title, locale), EventModel::dateText(e, locale),
        QCoreApplication::translate("at::Charts", "%1, %2").arg(displayName(e.kind), displayName(e.status)),
        QCoreApplication::translate("at::Charts", "Source: %1")
            .arg(displayCitations(d, d.citationsOf(e), locale))};
    return lines.join(u'\n');
}

} // namespace

UserCountChart::UserCountChart(const Document *document, ViewState *state, QWidget *parent)
    : QCustomPlot(parent), m_document(document), m_state(state), m_locale(QWidget::locale())
{
    setMouseTracking(true);
    setNoAntialiasingOnDrag(true);
    // One polyline per graph: with a cosmetic pen the raster engine strokes it in one call, where the "fast
    // polylines" hint would issue one drawLine call per segment.
    setPlottingHint(QCP::phFastPolylines, false);
    setPlottingHint(QCP::phCacheLabels, true);

    // Rows: title, plot, legend, footnote. The legend and footnote take only the height they need.
    m_title = new QCPTextElement(this, QString());
    plotLayout()->insertRow(0);
    plotLayout()->addElement(0, 0, m_title);
    axisRect()->insetLayout()->take(legend);
    m_footnote = new QCPTextElement(this, QString());
    m_footnote->setTextFlags(Qt::AlignLeft | Qt::AlignVCenter);
    plotLayout()->setRowStretchFactor(0, 0.001);
    plotLayout()->setRowSpacing(2);
    arrangeRows({});
    legend->setVisible(true);
    legend->setFillOrder(QCPLayoutGrid::foColumnsFirst);
    legend->setSelectableParts(QCPLegend::spNone);

    m_dateTicker.reset(new DateAxisTicker(xAxis));
    m_countTicker.reset(new CountAxisTicker(yAxis));
    xAxis->setTicker(m_dateTicker);
    yAxis->setTicker(m_countTicker);
    xAxis->grid()->setSubGridVisible(false);
    yAxis->grid()->setSubGridVisible(false);
    axisRect()->setRangeDrag(Qt::Horizontal);
    axisRect()->setRangeZoom(Qt::Horizontal);
    setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);

    // Events behind the lines (on the grid layer, drawn after the grid), the cursor above them (on the axes
    // layer). Every layer shares one paint buffer: a buffered layer costs a full-size pixmap of fresh
    // memory, and a whole replot costs only a few milliseconds anyway. No layer is added: addLayer()
    // allocates and clears paint buffers at the widget's default size at once, which cost ~10 ms of
    // page faults at start-up (measured with perf in bench_startup), only to throw them away on first show.
    for (int i = 0; i < layerCount(); ++i)
        layer(i)->setMode(QCPLayer::lmLogical);
    // Annotated periods under everything on the grid layer, their tags above the lines.
    m_annotationRegions =
        new AnnotationShading(this, axisRect(), QStringLiteral("grid"), AnnotationShading::Part::Regions);
    m_events = new EventMarkers(this, axisRect(), QStringLiteral("grid"));
    m_spans = new PointSpans(this, axisRect(), QStringLiteral("main"));
    m_spans->setShown([this](int series) {
        const SeriesPlot *p = plotOf(series);
        return m_markersShown && p && p->shown;
    });
    m_cursor = new TimeCursor(this, axisRect(), QStringLiteral("axes"));
    m_annotationTags =
        new AnnotationShading(this, axisRect(), QStringLiteral("axes"), AnnotationShading::Part::Tags);
    for (AnnotationShading *part : {m_annotationRegions, m_annotationTags}) {
        part->setAnnotations(&m_marks);
        part->setPointPosition([this](int series, int point) { return pointPosition(series, point); });
    }
    m_emptyNote = new QCPItemText(this);
    m_emptyNote->setLayer(QStringLiteral("axes"));
    m_emptyNote->position->setType(QCPItemPosition::ptAxisRectRatio);
    m_emptyNote->position->setAxisRect(axisRect());
    m_emptyNote->position->setCoords(0.5, 0.5);
    m_emptyNote->setPositionAlignment(Qt::AlignCenter);
    m_emptyNote->setVisible(false);

    m_restTimer.setSingleShot(true);
    m_restTimer.setInterval(restMs);
    connect(&m_restTimer, &QTimer::timeout, this, [this] { setInteracting(false); });

    m_indexWatcher = new QFutureWatcher<std::vector<SeriesLod>>(this);
    connect(m_indexWatcher, &QFutureWatcherBase::finished, this, &UserCountChart::applyExactIndex);
    connect(this, &QCustomPlot::afterLayout, this, [this] { updateSamples(axisRect()->width(), false); });
    connect(this, &QCustomPlot::afterReplot, this, [this] {
        if (m_exactIndexDue)
            startExactIndex();
    });
    connect(xAxis, qOverload<const QCPRange &>(&QCPAxis::rangeChanged), this,
            &UserCountChart::onRangeChanged);
    connect(this, &QCustomPlot::legendClick, this, &UserCountChart::onLegendClick);
    connect(document, &Document::replaced, this, &UserCountChart::rebuild);
    connect(state, &ViewState::selectionChanged, this, [this](Selection s) {
        showSelection(s);
        replot(rpQueuedReplot);
    });
    connect(state, &ViewState::currentTimeChanged, this, [this](double t) {
        m_cursor->setTime(t);
        replot(rpQueuedReplot);
    });
    connect(state, &ViewState::visibleRangeChanged, this, [this] {
        if (m_follow)
            followState();
    });
    connect(state, &ViewState::filterChanged, this, [this] {
        applyFilter();
        replot(rpQueuedReplot);
    });

    applyPalette();
    rebuild();
}

UserCountChart::~UserCountChart() = default;

void UserCountChart::setLocale(const QLocale &locale)
{
    m_locale = locale;
    QWidget::setLocale(locale);
    applyTexts();
    replot(rpQueuedReplot);
}

void UserCountChart::setFollowTimeline(bool follow)
{
    if (follow == m_follow)
        return;
    m_follow = follow;
    if (m_follow)
        followState();
    Q_EMIT followTimelineChanged(follow);
}

void UserCountChart::setLogScale(bool logarithmic)
{
    if (logarithmic == m_log)
        return;
    m_log = logarithmic;
    yAxis->setScaleType(m_log ? QCPAxis::stLogarithmic : QCPAxis::stLinear);
    fitValueAxis();
    applyTexts();
    replot(rpQueuedReplot);
    Q_EMIT logScaleChanged(logarithmic);
}

QList<int> UserCountChart::chartedSeries() const
{
    QList<int> out;
    for (const SeriesPlot &p : m_plots)
        out << p.series;
    return out;
}

QList<int> UserCountChart::drawnSeries() const
{
    QList<int> out;
    for (const SeriesPlot &p : m_plots) {
        if (p.drawn())
            out << p.series;
    }
    return out;
}

QString UserCountChart::emptyText() const
{
    if (m_plots.empty())
        return tr("No user counts in this dataset");
    if (std::none_of(m_plots.cbegin(), m_plots.cend(), [](const SeriesPlot &p) { return p.kept; }))
        return tr("The filter keeps no company with user counts");
    if (std::none_of(m_plots.cbegin(), m_plots.cend(), [](const SeriesPlot &p) { return p.drawn(); }))
        return tr("Every series is hidden: click one in the legend to show it");
    return {};
}

const UserCountChart::SeriesPlot *UserCountChart::plotOf(int series) const
{
    for (const SeriesPlot &p : m_plots) {
        if (p.series == series)
            return &p;
    }
    return nullptr;
}

UserCountChart::SeriesPlot *UserCountChart::plotOf(int series)
{
    return const_cast<SeriesPlot *>(std::as_const(*this).plotOf(series));
}

QCPGraph *UserCountChart::lineGraph(int series) const
{
    const SeriesPlot *p = plotOf(series);
    return p ? p->line : nullptr;
}

QCPGraph *UserCountChart::markerGraph(int series, PointMarker marker) const
{
    const SeriesPlot *p = plotOf(series);
    return p ? p->markers[size_t(marker)] : nullptr;
}

bool UserCountChart::isSeriesShown(int series) const
{
    const SeriesPlot *p = plotOf(series);
    return p && p->shown;
}

void UserCountChart::setSeriesShown(int series, bool shown)
{
    SeriesPlot *p = plotOf(series);
    if (!p || p->shown == shown)
        return;
    p->shown = shown;
    updateVisibility(*p);
    showSelection(m_state->selection());
    fitValueAxis();
    updateFootnote(width());
    m_sampledPixels = -1;
    replot(rpQueuedReplot);
}

void UserCountChart::updateVisibility(SeriesPlot &p)
{
    p.line->setVisible(p.drawn());
    for (QCPGraph *g : p.markers)
        g->setVisible(p.drawn() && !g->data()->isEmpty());
    if (QCPPlottableLegendItem *item = legend->itemWithPlottable(p.line)) {
        const QColor text = palette().color(p.shown ? QPalette::Active : QPalette::Disabled, QPalette::Text);
        item->setTextColor(text);
    }
}

void UserCountChart::applyFilter()
{
    const std::shared_ptr<const FilterScope> scope = m_state->scope(m_dataset);
    m_events->setScope(scope);
    // The legend lists the series of the companies the filter keeps, in the dataset's order; one hidden
    // by a click stays in it, greyed, so that it can be shown again.
    // (By plottable: QCPLegend::clearItems() misses items once the wrapped grid has holes.)
    for (SeriesPlot &p : m_plots)
        p.line->removeFromLegend();
    legend->simplify();
    for (SeriesPlot &p : m_plots) {
        p.kept = scope->keepsSeries(p.series);
        if (p.kept)
            p.line->addToLegend();
        updateVisibility(p);
    }
    const QString empty = emptyText();
    m_emptyNote->setText(empty);
    m_emptyNote->setVisible(!empty.isEmpty());
    // Value labels for nothing would only be the axis's own default range ("0, 1").
    yAxis->setTickLabels(empty.isEmpty());
    showSelection(m_state->selection());
    fitValueAxis();
    updateFootnote(width());
    updateLegendColumns(width());
    m_sampledPixels = -1;
}

double UserCountChart::markerSize() const
{
    return std::max(7.0, QFontMetricsF(font()).height() * 0.62);
}

void UserCountChart::rebuild()
{
    m_dataset = m_document->sharedDataset();
    clearGraphs();
    m_plots.clear();
    const Dataset &d = *m_dataset;
    const QList<int> series = userCountSeries(d);
    m_plots.resize(size_t(series.size()));
    for (size_t i = 0; i < m_plots.size(); ++i) {
        m_plots[i].series = series[qsizetype(i)];
        m_plots[i].entity = d.series[series[qsizetype(i)]].entity;
    }
    // The one pass over every point (level of detail, value range, sources) is most of the cost of a first
    // draw of long series: series are indexed in parallel, and very long ones first from a sample.
    QtConcurrent::blockingMap(m_plots, [&d](SeriesPlot &p) {
        const auto points = d.pointsOf(d.series[p.series]);
        p.lod = SeriesLod(points, qsizetype(points.size()) >= progressiveIndexFrom ? sampledStride : 1);
    });
    // The exact index waits for the first frame: on two cores it would otherwise compete with drawing it.
    m_indexWatcher->setFuture(QFuture<std::vector<SeriesLod>>());
    m_pendingExact.clear();
    m_exactIndexDue = true;
    for (SeriesPlot &p : m_plots) {
        p.line = addGraph();
        p.line->setAdaptiveSampling(true);
        for (QCPGraph *&g : p.markers) {
            g = addGraph();
            g->setLineStyle(QCPGraph::lsNone);
            g->removeFromLegend();
        }
    }
    m_selectionGraph = addGraph();
    m_selectionGraph->setLineStyle(QCPGraph::lsNone);
    m_selectionGraph->removeFromLegend();
    m_selectionGraph->setVisible(false);

    m_spans->setSeries(m_dataset, series);
    m_events->setDataset(m_dataset);
    m_cursor->setTime(m_state->currentTime());
    applyTexts();
    applyFilter();
    if (m_follow && m_state->visibleTo() > m_state->visibleFrom())
        followState();
    else
        fitTimeAxis();
    showSelection(m_state->selection());
    m_sampledPixels = -1;
    setInteracting(false);
    replot(rpQueuedReplot);
}

void UserCountChart::startExactIndex()
{
    m_exactIndexDue = false;
    m_pendingExact.clear();
    for (const SeriesPlot &p : m_plots) {
        if (!p.lod.isExact())
            m_pendingExact << p.series;
    }
    if (m_pendingExact.isEmpty()) {
        m_indexWatcher->setFuture(QFuture<std::vector<SeriesLod>>());
        return;
    }
    // The task owns what it reads (a share of the dataset) and what it writes, so the chart may go away or
    // load another dataset meanwhile; a result for a replaced dataset is dropped by applyExactIndex().
    // One worker, series after series: the GUI thread keeps the other core for drawing meanwhile.
    m_indexWatcher->setFuture(QtConcurrent::run([dataset = m_dataset, series = m_pendingExact] {
        std::vector<SeriesLod> lods;
        lods.reserve(size_t(series.size()));
        for (int i : series)
            lods.emplace_back(dataset->pointsOf(dataset->series[i]));
        return lods;
    }));
}

void UserCountChart::applyExactIndex()
{
    QFuture<std::vector<SeriesLod>> future = m_indexWatcher->future();
    if (m_pendingExact.isEmpty() || !future.isValid() || !future.isResultReadyAt(0))
        return;
    std::vector<SeriesLod> lods = future.takeResult();
    for (qsizetype i = 0; i < m_pendingExact.size() && size_t(i) < lods.size(); ++i) {
        SeriesPlot *p = plotOf(m_pendingExact[i]);
        // Only an index of the points this chart still draws replaces the sampled one.
        if (p && lods[size_t(i)].points().data() == p->lod.points().data())
            p->lod = std::move(lods[size_t(i)]);
    }
    m_pendingExact.clear();
    fitValueAxis();
    updateFootnote(width());
    m_sampledPixels = -1;
    replot(rpQueuedReplot);
    Q_EMIT exactIndexReady();
}

bool UserCountChart::isIndexExact() const
{
    return std::all_of(m_plots.begin(), m_plots.end(), [](const SeriesPlot &p) { return p.lod.isExact(); });
}

void UserCountChart::waitForExactIndex()
{
    if (m_exactIndexDue)
        startExactIndex();
    m_indexWatcher->waitForFinished();
    applyExactIndex();
}

void UserCountChart::applyPalette()
{
    const QPalette pal = palette();
    const QColor base = pal.color(QPalette::Base);
    const QColor text = pal.color(QPalette::Text);
    QColor faint = text;
    faint.setAlpha(50);
    QColor axisColor = text;
    axisColor.setAlpha(170);
    setBackground(base);
    const QFont normal = font();
    QFont bold = normal;
    bold.setBold(true);
    bold.setPointSizeF(normal.pointSizeF() * 1.2);
    QFont small = normal;
    small.setPointSizeF(normal.pointSizeF() * 0.9);
    for (QCPAxis *axis : {xAxis, yAxis, xAxis2, yAxis2}) {
        axis->setBasePen(QPen(axisColor));
        axis->setTickPen(QPen(axisColor));
        axis->setSubTickPen(QPen(axisColor));
        axis->setTickLabelColor(text);
        axis->setLabelColor(text);
        axis->setTickLabelFont(normal);
        axis->setLabelFont(normal);
        axis->grid()->setPen(QPen(faint, 1, Qt::SolidLine));
        axis->grid()->setZeroLinePen(QPen(faint, 1, Qt::SolidLine));
    }
    legend->setBrush(base);
    legend->setBorderPen(Qt::NoPen);
    legend->setFont(normal);
    legend->setTextColor(text);
    legend->setIconSize(int(markerSize() * 3), int(markerSize()));
    m_title->setFont(bold);
    m_title->setTextColor(text);
    m_footnote->setFont(small);
    m_footnote->setTextColor(pal.color(QPalette::PlaceholderText));
    for (const SeriesPlot &p : m_plots) {
        if (QCPPlottableLegendItem *item = legend->itemWithPlottable(p.line))
            item->setTextColor(pal.color(p.shown ? QPalette::Active : QPalette::Disabled, QPalette::Text));
    }
    m_emptyNote->setColor(pal.color(QPalette::PlaceholderText));
    updateStyles();
}

void UserCountChart::applyTexts()
{
    m_dateTicker->setLocale(m_locale);
    m_countTicker->setLocale(m_locale);
    m_cursor->setLocale(m_locale);
    m_events->setLocale(m_locale);
    m_title->setText(tr("Users and accounts, as reported"));
    xAxis->setLabel(tr("Date (a quarter or a year is placed at its middle)"));
    yAxis->setLabel(m_log ? tr("Users or accounts (count, logarithmic scale)")
                          : tr("Users or accounts (count)"));
    for (const SeriesPlot &p : m_plots)
        p.line->setName(SeriesModel::seriesName(*m_dataset, m_dataset->series[p.series], m_locale));
    m_emptyNote->setText(emptyText());
    updateFootnote(width());
    updateLegendColumns(width());
}

void UserCountChart::updateFootnote(int width)
{
    // A key to the markers, then the sources of the series shown.
    CitedParagraphs cited;
    for (const SeriesPlot &p : m_plots) {
        if (!p.drawn())
            continue;
        if (p.lod.size() <= listParagraphsUpTo) {
            for (const SeriesPoint &point : p.lod.points())
                addCitations(cited, m_document->dataset().citationsOf(point));
        } else {
            for (int source : p.lod.sources())
                addSource(cited, source);
        }
    }
    const QString key = tr("● exact   ○ approximately   △ lower bound (at least, more than)   ▽ upper bound "
                           "(approaching). Dashed lines join reported points; they are not measurements.");
    const QFont font = m_footnote->font();
    const int wrapWidth = std::max(100, width - 2 * QFontMetrics(font).height());
    // A few lines of sources at most, so that a dataset citing hundreds of articles leaves room for the plot.
    const auto sources = fittingSourcesFootnote(*m_dataset, cited, m_locale, [&](const QString &text) {
        return wrapsInFewerLines(text, font, wrapWidth, sourceLinesAtMost + 1);
    });
    m_footnoteText =
        key + u'\n' +
        sources.value_or(tr("Sources: %1 articles, cited by the series shown; this view's CSV export lists "
                            "them (its source_title column).")
                             .arg(m_locale.toString(cited.size())));
    m_footnote->setText(wrapText(m_footnoteText, font, wrapWidth));
}

void UserCountChart::updateLegendColumns(int width)
{
    const QFontMetrics metrics(legend->font());
    int widest = 0;
    for (const SeriesPlot &p : m_plots)
        widest = std::max(widest, metrics.horizontalAdvance(p.line->name()));
    const int item = widest + legend->iconSize().width() + legend->iconTextPadding() + 3 * metrics.height();
    const int columns = std::clamp(width / std::max(item, 1), 1, std::max(1, int(m_plots.size())));
    legend->setWrap(columns);
    legend->setFillOrder(QCPLayoutGrid::foColumnsFirst, true);
}

QPen UserCountChart::linePen(const SeriesPlot &p) const
{
    const Selection selection = m_state->selection();
    const bool heavy = selection.type == Selection::Type::Entity && selection.index == p.entity;
    if (p.sparse && m_antialiased && !m_interacting) {
        // Dashed: the line joins reported figures; it is not a measurement.
        return QPen(entityColor(p.entity), heavy ? 3.0 : 1.6, Qt::DashLine);
    }
    // Many points, or the view is moving: a one-pixel cosmetic pen takes the raster engine's fast path,
    // dashes and antialiasing included (a wider pen is stroked into polygons first, one per dash, at many
    // times the cost: about 15 ms a frame for ten dashed series across the chart).
    QPen pen(entityColor(p.entity), heavy ? 2.0 : 1.0, p.sparse ? Qt::DashLine : Qt::SolidLine);
    pen.setCosmetic(true);
    return pen;
}

void UserCountChart::updateStyles()
{
    const QPalette pal = palette();
    const QColor base = pal.color(QPalette::Base);
    const Selection selection = m_state->selection();
    const int emphasised = selection.type == Selection::Type::Entity ? selection.index : -1;
    const double size = markerSize();
    for (SeriesPlot &p : m_plots) {
        const QColor color = entityColor(p.entity);
        const bool heavy = p.entity == emphasised;
        p.line->setPen(linePen(p));
        for (int m = 0; m < pointMarkerCount; ++m) {
            const auto marker = PointMarker(m);
            // Open and hollow markers are filled with the background, so that the dashed line does not
            // run through them and read as a filled one.
            const QBrush fill = marker == PointMarker::Filled ? QBrush(color) : QBrush(base);
            const double markerSide =
                marker == PointMarker::OpenUp || marker == PointMarker::OpenDown ? size * 1.3 : size;
            QPen outline(color, heavy ? 2.4 : 1.8);
            if (!m_antialiased) {
                outline.setWidthF(1);
                outline.setCosmetic(true);
            }
            p.markers[size_t(m)]->setScatterStyle(
                QCPScatterStyle(shapeOf(marker), outline, fill, markerSide));
        }
    }
    if (m_selectionGraph) {
        m_selectionGraph->setScatterStyle(QCPScatterStyle(
            QCPScatterStyle::ssCircle, QPen(pal.color(QPalette::Highlight), 2.5), Qt::NoBrush, size * 2.4));
    }
}

void UserCountChart::fitTimeAxis()
{
    double from = std::numeric_limits<double>::infinity();
    double to = -from;
    for (const SeriesPlot &p : m_plots) {
        if (p.lod.size() == 0)
            continue;
        from = std::min(from, p.lod.time(0));
        to = std::max(to, p.lod.time(p.lod.size() - 1));
    }
    const auto &events = m_dataset->events;
    if (!events.empty()) {
        from = std::min(from, events.front().time());
        to = std::max(to, events.back().time());
    }
    if (!std::isfinite(from)) {
        from = double(QDate(2010, 1, 1).toJulianDay());
        to = double(QDate(2014, 1, 1).toJulianDay());
    }
    const double pad = std::max(60.0, (to - from) * 0.04);
    const FlagGuard guard(m_applyingState);
    xAxis->setRange(from - pad, to + pad);
}

void UserCountChart::fitValueAxis()
{
    double high = 0;
    double lowPositive = std::numeric_limits<double>::infinity();
    for (const SeriesPlot &p : m_plots) {
        if (!p.drawn() || p.lod.size() == 0)
            continue;
        high = std::max(high, p.lod.maxValue());
        if (p.lod.minPositiveValue() > 0)
            lowPositive = std::min(lowPositive, p.lod.minPositiveValue());
    }
    if (!(high > 0))
        high = 1;
    if (m_log) {
        if (!std::isfinite(lowPositive))
            lowPositive = high / 10;
        yAxis->setRange(lowPositive / 1.6, high * 1.6);
    } else {
        // Counts start at zero, so that heights compare honestly.
        yAxis->setRange(0, high * 1.1);
    }
}

void UserCountChart::followState()
{
    if (!(m_state->visibleTo() > m_state->visibleFrom()))
        return;
    const FlagGuard guard(m_applyingState);
    xAxis->setRange(m_state->visibleFrom(), m_state->visibleTo());
    replot(rpQueuedReplot);
}

void UserCountChart::setInteracting(bool interacting)
{
    if (interacting) {
        m_restTimer.start();
    } else {
        m_restTimer.stop();
    }
    if (interacting == m_interacting)
        return;
    m_interacting = interacting;
    for (SeriesPlot &p : m_plots)
        p.line->setPen(linePen(p));
    if (!interacting)
        replot(rpQueuedReplot);
}

void UserCountChart::onRangeChanged(const QCPRange &range)
{
    // Only a view that was already drawn is moving; the first frame gets the full look.
    if (m_sampledPixels >= 0)
        setInteracting(true);
    // A pan or zoom by the user moves the shared visible range when following it.
    if (!m_applyingState && m_follow)
        m_state->setVisibleRange(range.lower, range.upper);
}

void UserCountChart::onLegendClick(QCPLegend *, QCPAbstractLegendItem *item, QMouseEvent *)
{
    auto *plottableItem = qobject_cast<QCPPlottableLegendItem *>(item);
    if (!plottableItem)
        return;
    for (const SeriesPlot &p : m_plots) {
        if (p.line == plottableItem->plottable()) {
            setSeriesShown(p.series, !p.shown);
            return;
        }
    }
}

void UserCountChart::updateSamples(int pixels, bool force)
{
    pixels = std::max(pixels, 1);
    const QCPRange range = xAxis->range();
    if (!force && pixels == m_sampledPixels && range == m_sampledRange)
        return;
    m_sampledPixels = pixels;
    m_sampledRange = range;

    // Markers for the series whose points in view are far enough apart, within a budget for the frame.
    std::vector<qsizetype> counts(m_plots.size());
    qsizetype markerTotal = 0;
    for (size_t i = 0; i < m_plots.size(); ++i) {
        counts[i] = m_plots[i].drawn() ? m_plots[i].lod.countIn(range.lower, range.upper) : 0;
        if (counts[i] * pixelsPerMarker <= pixels)
            markerTotal += counts[i];
    }
    const bool markersAllowed = markerTotal <= maxMarkers;
    // Antialiased wide lines cost the raster engine about a millisecond per long polyline; they are worth
    // it for the few reported points of a real dataset, not for hundreds of points a frame.
    const bool antialias = markersAllowed && markerTotal <= maxAntialiasedPoints;
    bool anyMarkers = false;
    std::vector<QPointF> samples;
    for (size_t i = 0; i < m_plots.size(); ++i) {
        SeriesPlot &p = m_plots[i];
        if (!p.drawn())
            continue;
        const bool sparse = markersAllowed && counts[i] * pixelsPerMarker <= pixels;
        p.sparse = sparse;
        samples.clear();
        p.lod.sample(range.lower, range.upper, pixels, samples);
        QVector<QCPGraphData> line;
        line.reserve(qsizetype(samples.size()));
        for (const QPointF &s : samples)
            line.append(QCPGraphData(s.x(), s.y()));
        p.line->data()->set(line, true);
        p.line->setAntialiased(sparse && antialias);
        for (QCPGraph *g : p.markers)
            g->setAntialiasedScatters(antialias);

        std::array<QVector<QCPGraphData>, pointMarkerCount> markers;
        if (sparse) {
            anyMarkers = true;
            const auto [first, last] = p.lod.window(range.lower, range.upper);
            const auto points = p.lod.points();
            for (qsizetype k = first; k < last; ++k) {
                const SeriesPoint &point = points[size_t(k)];
                markers[size_t(markerFor(point.qualifier))].append(
                    QCPGraphData(pointTime(point), point.value));
            }
        }
        for (int m = 0; m < pointMarkerCount; ++m) {
            p.markers[size_t(m)]->data()->set(markers[size_t(m)], true);
            p.markers[size_t(m)]->setVisible(!markers[size_t(m)].isEmpty());
        }
    }
    m_markersShown = anyMarkers;
    if (antialias != m_antialiased || force) {
        m_antialiased = antialias;
        updateStyles();
    } else {
        for (SeriesPlot &p : m_plots)
            p.line->setPen(linePen(p));
    }
}

void UserCountChart::showSelection(Selection selection)
{
    m_events->setSelectedEvent(selection.type == Selection::Type::Event ? selection.index : -1);
    m_selectionGraph->setVisible(false);
    if (selection.type == Selection::Type::Point) {
        const SeriesPlot *p = plotOf(selection.index);
        if (p && p->drawn() && selection.point >= 0 && selection.point < p->lod.size()) {
            m_selectionGraph->data()->set(
                {QCPGraphData(p->lod.time(selection.point), p->lod.value(selection.point))}, true);
            m_selectionGraph->setVisible(true);
        }
    }
    updateStyles();
}

UserCountChart::Hit UserCountChart::pointAt(const QPointF &pos) const
{
    if (!axisRect()->rect().contains(pos.toPoint()))
        return {};
    const double tolerance = markerSize() * 0.8 + 3;
    const double from = xAxis->pixelToCoord(pos.x() - tolerance);
    const double to = xAxis->pixelToCoord(pos.x() + tolerance);
    Hit best;
    double bestDistance = tolerance;
    for (const SeriesPlot &p : m_plots) {
        if (!p.drawn())
            continue;
        const auto points = p.lod.points();
        // Within a few pixels there may be thousands of points of a dense series; a few hundred either
        // side of the cursor's time are enough to find the one under it.
        qsizetype i = firstPointAtOrAfter(points, from);
        const qsizetype end = std::min(firstPointAfter(points, to), i + 512);
        for (; i < end; ++i) {
            const QPointF at(xAxis->coordToPixel(p.lod.time(i)), yAxis->coordToPixel(p.lod.value(i)));
            const double distance = QLineF(at, pos).length();
            if (distance <= bestDistance) {
                bestDistance = distance;
                best = {p.series, int(i)};
            }
        }
    }
    return best;
}

int UserCountChart::eventAt(const QPointF &pos) const
{
    if (!axisRect()->rect().contains(pos.toPoint()))
        return -1;
    return m_events->eventNear(pos.x(), 3);
}

QString UserCountChart::toolTipAt(const QPointF &pos) const
{
    if (const Hit hit = pointAt(pos); hit.isValid())
        return pointToolTip(*m_dataset, hit.series, hit.point, m_locale);
    if (const int event = eventAt(pos); event >= 0)
        return eventToolTip(*m_dataset, event, m_locale);
    return {};
}

void UserCountChart::setAnnotationStore(const AnnotationStore *store)
{
    disconnect(m_storeConnection);
    m_store = store;
    if (store)
        m_storeConnection =
            connect(store, &AnnotationStore::contentsChanged, this, &UserCountChart::updateAnnotationMarks);
    updateAnnotationMarks();
}

void UserCountChart::updateAnnotationMarks()
{
    // On screen, the periods as shaded regions with their labels.
    m_marks.clear();
    if (m_store) {
        for (const Annotation &a : m_store->annotations()) {
            if (a.target.kind != AnnotationTarget::Kind::Period || !a.target.isValid())
                continue;
            ChartAnnotation mark;
            mark.from = a.target.rangeStart();
            mark.to = a.target.rangeEnd();
            mark.label = a.text.simplified();
            m_marks.push_back(mark);
        }
    }
    replot(rpQueuedReplot);
}

UserCountChart::PictureAnnotations UserCountChart::pictureAnnotations(const QList<Annotation> &annotations,
                                                                      double from, double to) const
{
    std::vector<ShownAnnotation<ChartAnnotation>> shown;
    const QList<int> drawn = drawnSeries();
    for (qsizetype i = 0; i < annotations.size(); ++i) {
        const AnnotationTarget &target = annotations[i].target;
        ChartAnnotation mark;
        double time = 0;
        if (target.kind == AnnotationTarget::Kind::Period && target.isValid()) {
            mark.from = target.rangeStart();
            mark.to = target.rangeEnd();
            if (mark.to <= from || mark.from >= to)
                continue;
            time = mark.from;
        } else if (target.kind == AnnotationTarget::Kind::Point) {
            const auto [series, point] = pointIndexOf(*m_dataset, target);
            if (series < 0 || !drawn.contains(series))
                continue;
            time = m_dataset->pointsOf(m_dataset->series[series])[size_t(point)].date.middle();
            if (time < from || time > to)
                continue;
            mark.kind = ChartAnnotation::Kind::Point;
            mark.series = series;
            mark.point = point;
        } else {
            continue;
        }
        shown.push_back({time, i, mark});
    }
    return numberInTimeOrder(std::move(shown), annotations);
}

void UserCountChart::setPictureAnnotations(const ChartAnnotations *marks)
{
    m_shownMarks = marks;
    for (AnnotationShading *part : {m_annotationRegions, m_annotationTags})
        part->setAnnotations(marks ? marks : &m_marks);
}

QPointF UserCountChart::pointPosition(int series, int point) const
{
    const SeriesPlot *p = plotOf(series);
    if (!p || point < 0 || point >= p->lod.size())
        return {};
    return {xAxis->coordToPixel(p->lod.time(point)), yAxis->coordToPixel(p->lod.value(point))};
}

void UserCountChart::mouseMoveEvent(QMouseEvent *event)
{
    QCustomPlot::mouseMoveEvent(event);
    if (event->buttons() != Qt::NoButton)
        return;
    const QString text = toolTipAt(event->position());
    if (text.isEmpty()) {
        QToolTip::hideText();
        unsetCursor();
        return;
    }
    // Data-derived text: shown as plain text (escaped into the tooltip's rich text).
    QToolTip::showText(event->globalPosition().toPoint(),
                       Qt::convertFromPlainText(text, Qt::WhiteSpaceNormal), this);
    setCursor(Qt::PointingHandCursor);
}

void UserCountChart::mousePressEvent(QMouseEvent *event)
{
    QCustomPlot::mousePressEvent(event);
    m_pressPos = event->position().toPoint();
    m_pressed = event->button() == Qt::LeftButton;
}

void UserCountChart::mouseReleaseEvent(QMouseEvent *event)
{
    QCustomPlot::mouseReleaseEvent(event);
    const bool click =
        m_pressed && event->button() == Qt::LeftButton &&
        (event->position().toPoint() - m_pressPos).manhattanLength() < QApplication::startDragDistance();
    m_pressed = false;
    if (!click)
        return;
    if (const Hit hit = pointAt(event->position()); hit.isValid()) {
        m_state->select(Selection::dataPoint(hit.series, hit.point));
        return;
    }
    if (const int e = eventAt(event->position()); e >= 0)
        m_state->select(Selection::event(e));
}

void UserCountChart::leaveEvent(QEvent *event)
{
    QCustomPlot::leaveEvent(event);
    QToolTip::hideText();
}

void UserCountChart::resizeEvent(QResizeEvent *event)
{
    if (!qFuzzyCompare(bufferDevicePixelRatio(), devicePixelRatioF()))
        setBufferDevicePixelRatio(devicePixelRatioF());
    updateFootnote(event->size().width());
    updateLegendColumns(event->size().width());
    // QCustomPlot replots at once on every resize. A dock being laid out resizes its view several times
    // before the first frame, and a first replot costs several milliseconds (bench_startup): one queued
    // replot at the final size instead. The layout is brought to the new size now, because a replot
    // prepares the ticks before it lays out, and the tickers space ticks by the axis's length in pixels:
    // the only replot would otherwise tick the axis for its old length.
    setViewport(rect());
    updateLayout();
    replot(rpQueuedReplot);
}

void UserCountChart::paintEvent(QPaintEvent *event)
{
    // A paint that comes before the queued replot would show buffers of the old size.
    if (mReplotQueued)
        replot(rpQueuedRefresh);
    QCustomPlot::paintEvent(event);
}

void UserCountChart::changeEvent(QEvent *event)
{
    QCustomPlot::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange ||
        event->type() == QEvent::StyleChange) {
        applyPalette();
        updateFootnote(width());
        updateLegendColumns(width());
        replot(rpQueuedReplot);
    }
}

QImage UserCountChart::toImage(const QSize &size, qreal devicePixelRatio)
{
    updateFootnote(size.width());
    updateLegendColumns(size.width());
    setInteracting(false);
    const QCP::AntialiasedElements antialiased = antialiasedElements();
    setAntialiasedElements(QCP::aeAll);
    // Drawing lays the chart out at the new size, which resamples the series for its width.
    QImage image = toPixmap(size.width(), size.height(), devicePixelRatio).toImage();
    image.setDevicePixelRatio(devicePixelRatio);
    setAntialiasedElements(antialiased);
    updateFootnote(width());
    updateLegendColumns(width());
    m_sampledPixels = -1;
    replot(rpQueuedReplot);
    return image;
}

void UserCountChart::arrangeRows(ChartParts parts)
{
    QCPLayoutGrid *grid = plotLayout();
    for (QCPLayoutElement *element :
         {static_cast<QCPLayoutElement *>(legend), static_cast<QCPLayoutElement *>(m_footnote)}) {
        if (element->layout() == grid)
            grid->take(element);
    }
    grid->simplify(); // drops the rows they leave empty; the title and the plot stay rows 0 and 1
    // An element out of the layout would still be drawn where it last was: hide what is not placed.
    legend->setVisible(parts.legend);
    m_footnote->setVisible(parts.footnote);
    int row = grid->rowCount();
    for (const auto &[shown, element] : {std::pair<bool, QCPLayoutElement *>{parts.legend, legend},
                                         std::pair<bool, QCPLayoutElement *>{parts.footnote, m_footnote}}) {
        if (!shown)
            continue;
        grid->addElement(row, 0, element);
        grid->setRowStretchFactor(row++, 0.001); // only the height it needs
    }
}

void UserCountChart::renderTo(QPainter *painter, const QRect &target, ChartParts parts)
{
    // QCustomPlot draws with its own painter class; a picture records that and replays it on any painter,
    // keeping vector output vector.
    setInteracting(false);
    arrangeRows(parts);
    updateFootnote(target.width());
    updateLegendColumns(target.width());
    QPicture picture;
    {
        QCPPainter recorder(&picture);
        recorder.setMode(QCPPainter::pmVectorized);
        recorder.setMode(QCPPainter::pmNoCaching);
        // Laid out at the picture's size first: toPainter() prepares the ticks before it lays out, and
        // would tick the axis for the length it had on screen (see resizeEvent()).
        const QRect screen = viewport();
        setViewport(QRect(QPoint(0, 0), target.size()));
        updateLayout();
        setViewport(screen);
        toPainter(&recorder, target.width(), target.height());
    }
    painter->save();
    painter->translate(target.topLeft());
    picture.play(painter);
    painter->restore();
    arrangeRows({});
    updateFootnote(width());
    updateLegendColumns(width());
    m_sampledPixels = -1;
    updateLayout(); // back to the widget's size, ticks included, before the replot
    replot(rpQueuedReplot);
}

} // namespace at
