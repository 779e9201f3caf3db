// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#include "ui/charts/timemarkers.h"

#include "app/core/colors.h"
#include "app/core/displaytext.h"
#include "ui/charts/bandcolumns.h"

#include <algorithm>
#include <cmath>

namespace at {
namespace {

// Index of the first event at or after `time` (events are sorted by time).
size_t firstEventFrom(const std::vector<Event> &events, double time)
{
    return size_t(std::partition_point(events.begin(), events.end(),
                                       [time](const Event &e) { return e.time() < time; }) -
                  events.begin());
}

void drawLabel(QCPPainter *painter, const QRect &area, double x, const QString &text, const QPalette &palette,
               const QColor &accent)
{
    const QFontMetrics metrics(painter->font());
    const int padding = metrics.height() / 4;
    const QString shown = metrics.elidedText(text, Qt::ElideRight, area.width() / 2);
    QRect box(0, 0, metrics.horizontalAdvance(shown) + 2 * padding, metrics.height() + padding);
    // Right of the line when there is room, else left of it; always inside the plot area.
    int left = int(x) + padding;
    if (left + box.width() > area.right())
        left = int(x) - padding - box.width();
    box.moveTopLeft(QPoint(std::max(area.left(), left), area.top() + padding));
    painter->setPen(QPen(accent, 1));
    painter->setBrush(palette.color(QPalette::Base));
    painter->drawRect(box);
    painter->setPen(palette.color(QPalette::Text));
    painter->drawText(box, Qt::AlignCenter, shown);
}

} // namespace

EventMarkers::EventMarkers(QCustomPlot *plot, QCPAxisRect *axisRect, const QString &layer)
    : QCPLayerable(plot, layer), m_axisRect(axisRect)
{}

void EventMarkers::setDataset(std::shared_ptr<const Dataset> dataset)
{
    m_dataset = std::move(dataset);
    m_selected = -1;
    m_ranged.clear();
    if (!m_dataset)
        return;
    for (size_t i = 0; i < m_dataset->events.size(); ++i) {
        if (m_dataset->events[i].isRanged())
            m_ranged.push_back(int(i));
    }
}

void EventMarkers::setSelectedEvent(int event)
{
    m_selected = event;
}

int EventMarkers::eventNear(double x, double tolerance) const
{
    if (!m_dataset)
        return -1;
    const QCPAxis *axis = m_axisRect->axis(QCPAxis::atBottom);
    const auto &events = m_dataset->events;
    const double from = axis->pixelToCoord(x - tolerance);
    const double to = axis->pixelToCoord(x + tolerance);
    int best = -1;
    double bestDistance = tolerance;
    for (size_t i = firstEventFrom(events, std::min(from, to));
         i < events.size() && events[i].time() <= std::max(from, to); ++i) {
        if (!drawsEvent(i))
            continue;
        const double d = std::abs(axis->coordToPixel(events[i].time()) - x);
        if (d <= bestDistance) {
            bestDistance = d;
            best = int(i);
        }
    }
    return best;
}

void EventMarkers::applyDefaultAntialiasingHint(QCPPainter *painter) const
{
    applyAntialiasingHint(painter, false, QCP::aeItems);
}

QRect EventMarkers::clipRect() const
{
    return m_axisRect->rect();
}

QPen EventMarkers::penFor(const Event &e, bool selected) const
{
    // Light, so that the series stay in front; the selected one in full colour and heavy.
    QColor color = kindColor(e.kind);
    if (!selected)
        color.setAlpha(80);
    QPen pen(color, selected ? 3 : 1);
    pen.setCosmetic(true);
    if (isTentative(e.status) || isTentative(e.kind))
        pen.setStyle(selected ? Qt::DashLine : Qt::DotLine);
    return pen;
}

void EventMarkers::drawBands(QCPPainter *painter, const QCPAxis &axis, const QRect &area) const
{
    // Ranged events as faint bands first, so that lines stay on top of them; summed per pixel column (see
    // BandColumns) and painted at once, the selected one over them, darker.
    const auto &events = m_dataset->events;
    const QCPRange range = axis.range();
    BandColumns columns(area.width(), bandAlpha, deepestBands);
    int selected = -1;
    for (int i : m_ranged) {
        const Event &e = events[size_t(i)];
        if (e.endTime() < range.lower || e.time() > range.upper || !drawsEvent(size_t(i)))
            continue;
        if (i == m_selected) {
            selected = i;
            continue;
        }
        const double x0 = std::max(double(area.left()), axis.coordToPixel(e.time()));
        const double x1 = std::min(double(area.right()), axis.coordToPixel(e.endTime()));
        // The columns QPainter fills for the rectangle from x0, at least one pixel wide, when it is not
        // antialiased: its edges rounded to the nearest column.
        const int from = qRound(x0), to = qRound(x0 + std::max(1.0, x1 - x0));
        columns.add(from - area.left(), to - area.left(), e.kind);
    }
    const QPaintEngine *engine = painter->paintEngine();
    if (engine && engine->type() == QPaintEngine::Raster) {
        painter->drawImage(area.topLeft(), columns.image(area.height()));
    } else {
        // SVG and PDF: rectangles, which stay sharp at any zoom.
        for (const BandColumns::Run &run : columns.runs())
            painter->fillRect(QRect(area.left() + run.from, area.top(), run.to - run.from, area.height()),
                              QColor::fromRgba(qUnpremultiply(run.colour)));
    }
    if (selected >= 0) {
        const Event &e = events[size_t(selected)];
        QColor fill = kindColor(e.kind);
        fill.setAlpha(selectedBandAlpha);
        const double x0 = std::max(double(area.left()), axis.coordToPixel(e.time()));
        const double x1 = std::min(double(area.right()), axis.coordToPixel(e.endTime()));
        painter->fillRect(QRectF(x0, area.top(), std::max(1.0, x1 - x0), area.height()), fill);
    }
}

void EventMarkers::draw(QCPPainter *painter)
{
    if (!m_dataset)
        return;
    const QCPAxis *axis = m_axisRect->axis(QCPAxis::atBottom);
    const QRect area = m_axisRect->rect();
    const auto &events = m_dataset->events;
    const QCPRange range = axis->range();
    drawBands(painter, *axis, area);
    // Events dated only to a week, month, quarter or year: a bracket of the period along the top of the
    // plot (their line stands at its middle), unlike the full-height band of an event with an end date.
    constexpr double longestPeriod = 366;
    for (size_t i = firstEventFrom(events, range.lower - longestPeriod / 2);
         i < events.size() && events[i].time() <= range.upper + longestPeriod / 2; ++i) {
        const FuzzyDate &date = events[i].start;
        if (date.precision == Precision::Day || !drawsEvent(i))
            continue;
        const double x0 = axis->coordToPixel(date.first - 0.5), x1 = axis->coordToPixel(date.last() + 0.5);
        if (x1 - x0 < 6 || x1 < area.left() || x0 > area.right())
            continue;
        QColor c = kindColor(events[i].kind);
        c.setAlpha(int(i) == m_selected ? 255 : 140);
        QPen pen(c, 1);
        pen.setCosmetic(true);
        painter->setPen(pen);
        const double top = area.top() + 3.5;
        painter->drawLine(QLineF(x0, top, x1, top));
        painter->drawLine(QLineF(x0, top, x0, top + 5));
        painter->drawLine(QLineF(x1, top, x1, top + 5));
    }
    // Where lines crowd they are thinned: one in every few pixel columns, so that they stay lines and not
    // a wall of colour.
    constexpr int minSpacing = 4;
    int lastColumn = std::numeric_limits<int>::min() / 2;
    for (size_t i = firstEventFrom(events, range.lower); i < events.size() && events[i].time() <= range.upper;
         ++i) {
        const int column = int(std::lround(axis->coordToPixel(events[i].time())));
        if (column - lastColumn < minSpacing || int(i) == m_selected || !drawsEvent(i))
            continue;
        lastColumn = column;
        painter->setPen(penFor(events[i], false));
        painter->drawLine(QLineF(column + 0.5, area.top(), column + 0.5, area.bottom()));
    }
    if (m_selected >= 0 && size_t(m_selected) < events.size()) {
        const Event &e = events[size_t(m_selected)];
        if (e.time() >= range.lower && e.time() <= range.upper) {
            // Centred on the column of the event's light line: QPainter puts a three-pixel line without
            // antialiasing at x - 1 to x + 1 when x is the column's left edge (at its middle, one further
            // right).
            const double x = std::lround(axis->coordToPixel(e.time()));
            painter->setPen(penFor(e, true));
            painter->drawLine(QLineF(x, area.top(), x, area.bottom()));
            drawLabel(painter, area, x, displayText(*m_dataset, e.title, m_locale), parentPlot()->palette(),
                      kindColor(e.kind));
        }
    }
}

PointSpans::PointSpans(QCustomPlot *plot, QCPAxisRect *axisRect, const QString &layer)
    : QCPLayerable(plot, layer), m_axisRect(axisRect)
{}

void PointSpans::applyDefaultAntialiasingHint(QCPPainter *painter) const
{
    applyAntialiasingHint(painter, false, QCP::aeItems);
}

QRect PointSpans::clipRect() const
{
    return m_axisRect->rect();
}

void PointSpans::setSeries(std::shared_ptr<const Dataset> dataset, QList<int> series)
{
    m_dataset = std::move(dataset);
    m_series = std::move(series);
}

void PointSpans::draw(QCPPainter *painter)
{
    if (!m_dataset)
        return;
    const QCPAxis *x = m_axisRect->axis(QCPAxis::atBottom);
    const QCPAxis *y = m_axisRect->axis(QCPAxis::atLeft);
    const QCPRange range = x->range();
    constexpr double longestPeriod = 366;
    for (int series : std::as_const(m_series)) {
        if (m_shown && !m_shown(series))
            continue;
        // Only the points in view (points are in date order), and only while few are: markers are drawn.
        const auto points = m_dataset->pointsOf(m_dataset->series[series]);
        auto it = std::partition_point(points.begin(), points.end(), [&](const SeriesPoint &p) {
            return p.date.middle() < range.lower - longestPeriod / 2;
        });
        QColor c = entityColor(m_dataset->series[series].entity);
        c.setAlpha(170);
        QPen pen(c, 1);
        pen.setCosmetic(true);
        painter->setPen(pen);
        for (; it != points.end() && it->date.middle() <= range.upper + longestPeriod / 2; ++it) {
            if (it->date.precision == Precision::Day)
                continue;
            const double x0 = x->coordToPixel(it->date.first - 0.5),
                         x1 = x->coordToPixel(it->date.last() + 0.5);
            if (x1 - x0 < 6)
                continue; // no wider than the marker: the point says it all
            // On a whole pixel, where the aliased line lands on the same row as the point and its grid line.
            const double py = std::round(y->coordToPixel(it->value));
            painter->drawLine(QLineF(x0, py, x1, py));
            painter->drawLine(QLineF(x0, py - 4, x0, py + 4));
            painter->drawLine(QLineF(x1, py - 4, x1, py + 4));
        }
    }
}

TimeCursor::TimeCursor(QCustomPlot *plot, QCPAxisRect *axisRect, const QString &layer)
    : QCPLayerable(plot, layer), m_axisRect(axisRect)
{}

void TimeCursor::applyDefaultAntialiasingHint(QCPPainter *painter) const
{
    applyAntialiasingHint(painter, false, QCP::aeItems);
}

QRect TimeCursor::clipRect() const
{
    return m_axisRect->rect();
}

void TimeCursor::draw(QCPPainter *painter)
{
    const QCPAxis *axis = m_axisRect->axis(QCPAxis::atBottom);
    if (m_time <= 0 || !axis->range().contains(m_time))
        return;
    const QRect area = m_axisRect->rect();
    const QPalette palette = parentPlot()->palette();
    const QColor color = palette.color(QPalette::Highlight);
    const double x = std::lround(axis->coordToPixel(m_time)) + 0.5;
    QPen pen(color, 2);
    pen.setCosmetic(true);
    painter->setPen(pen);
    painter->drawLine(QLineF(x, area.top(), x, area.bottom()));
    // The cursor's date at the foot of the line, where it does not cover the event labels at the top.
    const QString text =
        FuzzyDate::fromDate(QDate::fromJulianDay(qint64(std::floor(m_time)))).toDisplayString(m_locale);
    const QFontMetrics metrics(painter->font());
    const int padding = metrics.height() / 4;
    QRect box(0, 0, metrics.horizontalAdvance(text) + 2 * padding, metrics.height() + padding);
    int left = int(x) + padding;
    if (left + box.width() > area.right())
        left = int(x) - padding - box.width();
    box.moveBottomLeft(QPoint(std::max(area.left(), left), area.bottom() - padding));
    painter->setPen(Qt::NoPen);
    painter->setBrush(color);
    painter->drawRect(box);
    painter->setPen(palette.color(QPalette::HighlightedText));
    painter->drawText(box, Qt::AlignCenter, text);
}

} // namespace at
