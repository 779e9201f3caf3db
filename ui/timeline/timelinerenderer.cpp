// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#include "ui/timeline/timelinerenderer.h"

#include "app/core/colors.h"
#include "app/core/dataset.h"
#include "ui/timeline/eventindex.h"
#include "ui/timeline/lanelayout.h"
#include "ui/timeline/timelinetext.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QPaintEngine>
#include <QPainter>
#include <QPainterPath>
#include <QVarLengthArray>
#include <algorithm>
#include <array>
#include <cmath>
#include <cstring>
#include <functional>

namespace at {
namespace {

// A file-local tr() wrapper would be filed by lupdate under the enclosing class or namespace, not under
// the context it looks up; Q_DECLARE_TR_FUNCTIONS gives lupdate and the lookup the same one.
struct RendererText {
    Q_DECLARE_TR_FUNCTIONS(at::TimelineView)
};

// How an event's marker, bar and link are drawn: fact, not (yet) fact, or a stated intention.
enum MarkStyle { Solid = 0, Hollow = 1, Dashed = 2 };
MarkStyle markStyle(const Event &e)
{
    if (isTentative(e.kind))
        return Dashed;
    return isTentative(e.status) ? Hollow : Solid;
}

// The cursor is the one thing drawn in this colour, so that it never reads as an event.
const QColor cursorColor(0xc2, 0x18, 0x5b);
const QColor annotationColor(0xe6, 0x9f, 0x00);
// How far a link runs on toward a party whose lane is scrolled out of view.
constexpr double linkStub = 14;

// Qt's raster engine hands every blend of more than about a hundred spans (a tall line or rectangle in a
// translucent colour) to a thread pool and waits for it: on a busy machine that wait costs more than the
// drawing. So long lines are opaque rectangle fills of colours blended here, which stay on this thread.
QColor over(const QColor &fg, const QColor &bg)
{
    const double a = fg.alphaF();
    return QColor::fromRgbF(float(fg.redF() * a + bg.redF() * (1 - a)),
                            float(fg.greenF() * a + bg.greenF() * (1 - a)),
                            float(fg.blueF() * a + bg.blueF() * (1 - a)));
}
QColor withAlpha(QColor c, int alpha)
{
    c.setAlpha(alpha);
    return c;
}
void vline(QPainter &p, double x, double y0, double y1, const QColor &c, int width = 1)
{
    p.fillRect(QRect(int(std::floor(x)), int(std::floor(y0)), width, int(std::ceil(y1 - y0))), c);
}
void hline(QPainter &p, double x0, double x1, double y, const QColor &c, int height = 1)
{
    p.fillRect(QRect(int(std::floor(x0)), int(std::floor(y)), int(std::ceil(x1 - x0)), height), c);
}

void drawMark(QPainter &p, QPointF c, double r, const QColor &color, MarkStyle style, bool ranged,
              const QColor &base)
{
    const QRectF box(c.x() - r, c.y() - r, 2 * r, 2 * r);
    if (style == Solid) {
        p.setPen(QPen(color.darker(130), 1));
        p.setBrush(color);
    } else {
        QPen pen(color, 1.6);
        if (style == Dashed)
            pen.setDashPattern({2.0, 1.4});
        p.setPen(pen);
        p.setBrush(base);
    }
    const QRectF inner =
        style == Solid ? box.adjusted(0.5, 0.5, -0.5, -0.5) : box.adjusted(0.8, 0.8, -0.8, -0.8);
    if (ranged)
        p.drawRect(inner);
    else
        p.drawEllipse(inner);
}

} // namespace

TimelineRenderer::TimelineRenderer()
{
    setFont(QFont());
}

void TimelineRenderer::setData(const Dataset *dataset, const EventIndex *index)
{
    m_data = dataset;
    m_index = index;
    clearCaches();
}

void TimelineRenderer::setLocale(const QLocale &locale)
{
    m_locale = locale;
    clearCaches();
}

void TimelineRenderer::setPalette(const QPalette &palette)
{
    m_palette = palette;
    m_sprites.clear();
    m_labels.clear();
    m_gutterCache = QImage();
    m_legendCache = QImage();
}

void TimelineRenderer::setFont(const QFont &font)
{
    m_font = font;
    m_font.setPixelSize(m_style.fontPixelSize);
    m_badgeFont = m_font;
    m_badgeFont.setPixelSize(m_style.badgeFontPixelSize);
    m_badgeFont.setBold(true);
    m_groupFont = m_font;
    m_groupFont.setBold(true);
    m_fm = QFontMetricsF(m_font);
    m_badgeFm = QFontMetricsF(m_badgeFont);
    m_fontHeight = m_fm.height();
    m_ellipsisWidth = float(m_fm.horizontalAdvance(QStringLiteral("…")));
    m_trackHeight = std::max<double>(m_style.trackHeight, std::ceil(m_fontHeight) + 1);
    clearCaches();
}

void TimelineRenderer::setStyle(const TimelineStyle &style)
{
    m_style = style;
    setFont(m_font);
}

void TimelineRenderer::clearCaches()
{
    m_labels.clear();
    m_titleWidths.clear();
    m_countTexts.clear();
    m_gutterCache = QImage();
    m_legendCache = QImage();
    m_tickWidths.reset();
    m_sprites.clear();
    m_axisLabels[0].clear();
    m_axisLabels[1].clear();
    // The gutter is as wide as the longest name in the current language, within limits.
    double widest = 0;
    if (m_data) {
        for (const Entity &e : m_data->entities)
            widest = std::max(widest, m_fm.horizontalAdvance(e.name(m_locale)));
        for (int s = 0; s < count<Sector>(); ++s)
            widest =
                std::max(widest, QFontMetricsF(m_groupFont).horizontalAdvance(displayName(Sector(s))) + 30);
    }
    m_gutterWidth = std::clamp(int(std::ceil(widest)) + 34, 110, 230);
}

double TimelineRenderer::trackHeight() const
{
    return m_trackHeight;
}

double TimelineRenderer::defaultLaneHeight() const
{
    return 2 * trackHeight() + m_style.bandHeight + 4;
}

int TimelineRenderer::gutterWidth() const
{
    return m_gutterWidth;
}

TimelineRenderer::Geometry TimelineRenderer::geometry(const QRect &target) const
{
    Geometry g;
    const int gw = std::min(gutterWidth(), target.width() / 3);
    const int ah = m_style.axisHeight;
    const int lh = m_style.legendHeight;
    g.axis = QRect(target.left() + gw, target.top(), target.width() - gw, ah);
    g.gutter = QRect(target.left(), target.top() + ah, gw, std::max(0, target.height() - ah - lh));
    g.plot = QRect(target.left() + gw, target.top() + ah, std::max(1, target.width() - gw),
                   std::max(1, target.height() - ah - lh));
    g.legend = QRect(target.left(), target.bottom() - lh + 1, target.width(), lh);
    return g;
}

int TimelineRenderer::tracksFor(double rowHeight) const
{
    return std::max(1, int((rowHeight - 4 - m_style.bandHeight) / trackHeight()));
}

double TimelineRenderer::rowTop(const LaneRow &row) const
{
    return m_frame.plot.top() + row.top - m_frame.scrollY;
}

double TimelineRenderer::trackCenter(const LaneRow &row, int track) const
{
    const double inner = row.height - m_style.bandHeight - 3;
    const int tracks = tracksFor(row.height);
    const double th = std::min(trackHeight(), inner / tracks);
    return rowTop(row) + 2 + th * (track + 0.5);
}

void TimelineRenderer::render(QPainter &p, const QRect &target, const TimeScale &scaleIn,
                              const LaneLayout &layout, double scrollY, const TimelineDecorations &deco)
{
    const Geometry g = geometry(target);
    m_frame.items.clear();
    m_frame.labels.clear();
    m_frame.links.clear();
    m_frame.densityRows.clear();
    m_frame.visibleEvents = 0;
    m_frame.gutter = g.gutter;
    m_frame.axis = g.axis;
    m_frame.plot = g.plot;
    m_frame.legend = g.legend;
    m_frame.scrollY = scrollY;
    m_frame.scale = scaleIn;
    m_frame.scale.setPixelRange(g.plot.x(), g.plot.width());
    m_layout = &layout;

    p.save();
    p.setRenderHint(QPainter::Antialiasing, false);
    p.setRenderHint(QPainter::TextAntialiasing, true);
    p.setFont(m_font);
    QElapsedTimer timer;
    timer.start();
    auto phase = [&](TimelineFrame::Phase ph) {
        m_frame.phaseNs[ph] = timer.nsecsElapsed();
        timer.start();
    };
    m_frame.phaseNs.fill(0);
    if (!m_tickWidths)
        m_tickWidths =
            AxisTicks::widestLabels(m_locale, [this](const QString &s) { return m_fm.horizontalAdvance(s); });
    m_ticks = AxisTicks::make(m_frame.scale, m_locale, *m_tickWidths);

    drawBackground(p, layout);
    phase(TimelineFrame::Background);
    p.setClipRect(g.plot);
    m_plans.clear();
    if (m_data && m_index && m_index->laneCount() == int(m_data->entities.size())) {
        planRows(layout, deco);
        phase(TimelineFrame::Plan);
        drawDensity(p, layout);
        phase(TimelineFrame::Density);
        drawBars(p, layout);
        phase(TimelineFrame::Bars);
        drawLinks(p);
        phase(TimelineFrame::Links);
        drawMarkers(p, deco);
        phase(TimelineFrame::Markers);
        drawLabels(p);
        phase(TimelineFrame::Labels);
    }
    drawCursor(p, deco);
    if (deco.focused) {
        const QColor h = m_palette.color(QPalette::Highlight);
        const QRect r = g.plot;
        p.fillRect(QRect(r.left(), r.top(), r.width(), 2), h);
        p.fillRect(QRect(r.left(), r.bottom() - 1, r.width(), 2), h);
        p.fillRect(QRect(r.left(), r.top(), 2, r.height()), h);
        p.fillRect(QRect(r.right() - 1, r.top(), 2, r.height()), h);
    }
    timer.start();
    const bool raster = p.paintEngine() && p.paintEngine()->type() == QPaintEngine::Raster;
    const qreal dpr = p.device() ? p.device()->devicePixelRatioF() : 1.0;
    p.setClipRect(g.gutter);
    if (raster) {
        // The gutter only changes when the rows or the vertical scroll do: kept as an image between frames.
        const quint64 key = gutterKey(layout, deco, dpr);
        if (key != m_gutterKey || m_gutterCache.isNull()) {
            m_gutterKey = key;
            m_gutterCache = QImage((QSizeF(g.gutter.size()) * dpr).toSize(), QImage::Format_RGB32);
            m_gutterCache.setDevicePixelRatio(dpr);
            QPainter gp(&m_gutterCache);
            gp.translate(-g.gutter.topLeft());
            gp.setFont(m_font);
            drawGutter(gp, layout, deco);
        }
        p.drawImage(g.gutter.topLeft(), m_gutterCache);
    } else {
        drawGutter(p, layout, deco);
    }
    phase(TimelineFrame::Gutter);
    p.setClipRect(QRect(target.left(), target.top(), g.gutter.width(), g.axis.height()));
    p.fillRect(QRect(target.left(), target.top(), g.gutter.width(), g.axis.height()),
               m_palette.color(QPalette::Window));
    p.setClipRect(g.axis);
    drawAxis(p, deco);
    phase(TimelineFrame::Axis);
    p.setClipRect(g.legend);
    if (g.legend.isEmpty()) {
        // An export without its legend: the style gives the band no height.
    } else if (raster) {
        if (m_legendCache.isNull() || m_legendCache.size() != (QSizeF(g.legend.size()) * dpr).toSize() ||
            m_legendCache.devicePixelRatio() != dpr) {
            m_legendCache = QImage((QSizeF(g.legend.size()) * dpr).toSize(), QImage::Format_RGB32);
            m_legendCache.setDevicePixelRatio(dpr);
            QPainter lp(&m_legendCache);
            lp.translate(-g.legend.topLeft());
            drawLegend(lp);
        }
        p.drawImage(g.legend.topLeft(), m_legendCache);
    } else {
        drawLegend(p);
    }
    phase(TimelineFrame::Legend);
    p.restore();
}

void TimelineRenderer::renderAllRows(QPainter &painter, const QRect &target, double from, double to,
                                     LaneLayout layout, const TimelineDecorations &decorations)
{
    const Geometry g = geometry(target);
    int groups = 0, lanes = 0;
    for (const LaneRow &r : layout.rows()) {
        if (r.isGroup() && !r.collapsed)
            ++groups;
        else
            ++lanes;
    }
    const double available = g.plot.height();
    double groupH = m_style.groupHeight;
    double laneH = defaultLaneHeight();
    if (groups * groupH + lanes * laneH > available) {
        groupH = std::clamp(available / (groups + lanes * 1.6), 6.0, double(m_style.groupHeight));
        laneH = lanes > 0 ? std::max(4.0, (available - groups * groupH) / lanes) : laneH;
    }
    layout.setRowHeights(std::floor(laneH), std::floor(groupH));
    TimeScale scale(from, to, g.plot.x(), g.plot.width());
    render(painter, target, scale, layout, 0, decorations);
    m_layout = nullptr; // the copy dies here
}

quint64 TimelineRenderer::gutterKey(const LaneLayout &layout, const TimelineDecorations &deco,
                                    qreal dpr) const
{
    // FNV-1a over everything the gutter shows.
    quint64 h = 1469598103934665603ull;
    auto mix = [&h](quint64 v) {
        h ^= v;
        h *= 1099511628211ull;
    };
    mix(quint64(m_frame.gutter.width()) << 32 | quint64(m_frame.gutter.height()));
    mix(quint64(m_frame.gutter.top()) << 32 | quint64(m_frame.plot.top()));
    mix(quint64(qint64(m_frame.scrollY * 64)));
    mix(quint64(dpr * 1000));
    mix(quint64(qint64(deco.selectedEntity)));
    mix(quint64(qint64(deco.dropRow)));
    for (const LaneRow &r : layout.rows()) {
        mix(quint64(r.type) << 40 | quint64(r.sector) << 32 | quint32(r.entity));
        mix(quint64(qint64(r.top * 64)) << 1 | (r.collapsed ? 1 : 0));
        mix(quint64(qint64(r.height * 64)));
    }
    for (Sector s : layout.groups())
        mix(quint64(layout.hiddenCount(s)));
    return h;
}

QColor TimelineRenderer::rowColor(const LaneRow &row, size_t index) const
{
    if (row.isGroup())
        return m_palette.color(QPalette::Window);
    return index % 2 ? m_palette.color(QPalette::AlternateBase) : m_palette.color(QPalette::Base);
}

void TimelineRenderer::drawBackground(QPainter &p, const LaneLayout &layout)
{
    const QColor base = m_palette.color(QPalette::Base);
    // Each row opaque, with the grid's lines blended into its own colour: all of it plain fills or copies.
    const QColor text = m_palette.color(QPalette::Text);
    const QColor minor = withAlpha(text, 22);
    const QColor major = withAlpha(text, 55);
    QVarLengthArray<int, 128> minorX, majorX;
    for (const Tick &t : m_ticks.minor) {
        const double x = std::round(m_frame.scale.toX(t.time));
        if (x >= m_frame.plot.left() && x <= m_frame.plot.right())
            minorX.append(int(x));
    }
    for (const Tick &t : m_ticks.major) {
        const double x = std::round(m_frame.scale.toX(t.time));
        if (x >= m_frame.plot.left() && x <= m_frame.plot.right())
            majorX.append(int(x));
    }
    const int top = m_frame.plot.top();
    const int bottom = m_frame.plot.bottom() + 1;
    // The rows on screen, clipped to the plot, then what is below the last row.
    struct Strip {
        int y0, y1;
        QRgb color;
    };
    QVarLengthArray<Strip, 128> strips;
    const auto &rows = layout.rows();
    int y = top;
    for (size_t i = 0; i < rows.size(); ++i) {
        const LaneRow &r = rows[i];
        const int y0 = int(std::round(rowTop(r)));
        const int y1 = int(std::round(rowTop(r) + r.height));
        if (y1 < top || y0 > bottom)
            continue;
        strips.append(Strip{std::max(y0, top), std::min(y1, bottom), rowColor(r, i).rgb()});
        y = y1;
    }
    strips.append(Strip{std::max(y, top), bottom, base.rgb()});

    const bool raster = p.paintEngine() && p.paintEngine()->type() == QPaintEngine::Raster;
    if (!raster) {
        // Vector output (SVG, PDF): rectangles and lines, not pictures of them.
        for (const Strip &st : strips) {
            if (st.y1 <= st.y0)
                continue;
            const QColor bg = QColor::fromRgb(st.color);
            p.fillRect(QRect(m_frame.plot.left(), st.y0, m_frame.plot.width(), st.y1 - st.y0), bg);
            const QColor mi = over(minor, bg);
            const QColor ma = over(major, bg);
            for (int x : minorX)
                p.fillRect(QRect(x, st.y0, 1, st.y1 - st.y0), mi);
            for (int x : majorX)
                p.fillRect(QRect(x, st.y0, 1, st.y1 - st.y0), ma);
        }
        return;
    }
    // On a raster target every pixel line of a row is the same: one band image per row colour, its first
    // line drawn and copied down, then copied onto each row. A few hundred line copies instead of a
    // rectangle fill per row and grid line (thousands of QPainter calls a frame).
    const qreal dpr = p.device() ? p.device()->devicePixelRatioF() : 1.0;
    const int width = int(std::ceil(m_frame.plot.width() * dpr));
    // As tall as the tallest row (what is below the last row is covered in several copies).
    int tallest = 16;
    for (qsizetype i = 0; i + 1 < strips.size(); ++i)
        tallest = std::max(tallest, strips[i].y1 - strips[i].y0);
    tallest = std::min(tallest, 256);
    const int height = int(std::ceil(tallest * dpr));
    const int lineWidth = std::max(1, int(std::round(dpr)));
    for (Band &b : m_bands)
        b.color = 0; // stale: rebuilt below for this frame's ticks
    size_t used = 0;
    auto bandFor = [&](QRgb color) -> const QImage & {
        for (size_t i = 0; i < used; ++i) {
            if (m_bands[i].color == color)
                return m_bands[i].image;
        }
        if (used == m_bands.size())
            m_bands.emplace_back();
        Band &b = m_bands[used++];
        b.color = color;
        if (b.image.width() != width || b.image.height() < height)
            b.image = QImage(width, height, QImage::Format_RGB32);
        b.image.setDevicePixelRatio(dpr);
        QRgb *line = reinterpret_cast<QRgb *>(b.image.scanLine(0));
        std::fill(line, line + width, color);
        const QColor bg = QColor::fromRgb(color);
        auto mark = [&](const QVarLengthArray<int, 128> &xs, QRgb c) {
            for (int x : xs) {
                const int dx = int(std::round((x - m_frame.plot.left()) * dpr));
                for (int k = 0; k < lineWidth; ++k) {
                    if (dx + k >= 0 && dx + k < width)
                        line[dx + k] = c;
                }
            }
        };
        mark(minorX, over(minor, bg).rgb());
        mark(majorX, over(major, bg).rgb());
        for (int l = 1; l < height; ++l)
            std::memcpy(b.image.scanLine(l), line, size_t(width) * sizeof(QRgb));
        return b.image;
    };
    for (const Strip &st : strips) {
        if (st.y1 <= st.y0)
            continue;
        const QImage &band = bandFor(st.color);
        for (int y0 = st.y0; y0 < st.y1; y0 += tallest) {
            const int h = std::min(tallest, st.y1 - y0);
            p.drawImage(QRectF(m_frame.plot.left(), y0, m_frame.plot.width(), h), band,
                        QRectF(0, 0, width, h * dpr));
        }
    }
}

void TimelineRenderer::planRows(const LaneLayout &layout, const TimelineDecorations &deco)
{
    const TimeScale &s = m_frame.scale;
    const auto &rows = layout.rows();
    const double ppd = s.pixelsPerDay();
    const double plotTop = m_frame.plot.top();
    const double plotBottom = m_frame.plot.bottom() + 1;
    const int width = m_frame.plot.width();
    const double densityLimit = width / m_style.densityFactor;
    const double th0 = trackHeight();
    const double r0 = m_style.markerRadius;
    m_items.clear();
    m_placement.clear();
    m_counts.clear();

    PlacementParams params;
    params.markerGap = 2;
    params.labelGap = 4;
    const float minLabelWidth = float(std::max(30.0, m_fm.horizontalAdvance(QStringLiteral("Abc…"))));
    params.digitWidth = float(m_badgeFm.horizontalAdvance(u'0'));
    params.badgePadding = 8;
    params.labelWidth = [this](quint32 event) { return fullLabelWidth(event); };
    if (deco.annotations && !deco.annotations->isEmpty()) {
        const QHash<int, int> *annotations = deco.annotations;
        params.markerExtra = [annotations](quint32 event) {
            return annotations->contains(int(event)) ? 9.0f : 0.0f;
        };
    }

    for (size_t ri = 0; ri < rows.size(); ++ri) {
        const LaneRow &row = rows[ri];
        const double y = rowTop(row);
        if (y + row.height <= plotTop || y >= plotBottom)
            continue;
        if (row.isGroup() && !row.collapsed)
            continue;
        const QList<int> entities = layout.entitiesOfRow(int(ri));
        if (entities.isEmpty())
            continue;

        RowPlan plan;
        plan.row = int(ri);
        plan.tracks = tracksFor(row.height);
        const double inner = row.height - m_style.bandHeight - 3;
        plan.trackH = std::min(th0, inner / plan.tracks);
        plan.radius = std::clamp(plan.trackH / 2 - 2, 2.0, r0);
        plan.labels = plan.trackH >= m_fontHeight;
        const double leftDays = (plan.radius + (plan.labels ? m_style.maxLabelWidth + 4 : 0)) / ppd;
        const double rightDays = (plan.radius + 1) / ppd;

        size_t n = 0;
        for (int e : entities) {
            const auto [a, b] = m_index->positions(e, s.from() - leftDays, s.to() + rightDays);
            n += b - a;
        }
        if (n > densityLimit) {
            plan.density = true;
            plan.countsBegin = m_counts.size();
            m_counts.resize(m_counts.size() + size_t(width), 0);
            quint32 *counts = m_counts.data() + plan.countsBegin;
            const double from2 = s.from() * 2;
            const double k = ppd / 2;
            int visible = 0;
            if (m_index->hasDayCounts() && ppd <= 1) {
                // A day or more per pixel: each column's count is a difference of two running totals.
                std::vector<qint64> dayAt(static_cast<size_t>(width) + 1);
                for (int c = 0; c <= width; ++c)
                    dayAt[size_t(c)] = qint64(std::floor(s.from() + c / ppd + 0.5)) - m_index->firstDay();
                ++dayAt[size_t(width)]; // the last column includes its end, as the walk below does
                for (int e : entities) {
                    for (int c = 0; c < width; ++c) {
                        const quint32 n = m_index->countDays(e, dayAt[size_t(c)], dayAt[size_t(c) + 1]);
                        counts[c] += n;
                        visible += int(n);
                    }
                }
            } else {
                for (int e : entities) {
                    const auto [a, b] = m_index->positions(e, s.from(), s.to());
                    const qint32 *t2 = m_index->lane(e).time2.data();
                    for (size_t i = a; i < b; ++i) {
                        const int col = std::min(width - 1, int((t2[i] - from2) * k));
                        ++counts[std::max(0, col)];
                    }
                    visible += int(b - a);
                }
            }
            m_frame.visibleEvents += visible;
            m_frame.densityRows.push_back(plan.row);
            m_plans.push_back(plan);
            continue;
        }

        plan.itemsBegin = m_items.size();
        for (int e : entities) {
            const auto [a, b] = m_index->positions(e, s.from() - leftDays, s.to() + rightDays);
            const EventIndex::Lane &lane = m_index->lane(e);
            for (size_t i = a; i < b; ++i)
                m_items.push_back(PlacementItem{float(s.toX(lane.time2[i] * 0.5)), lane.events[i]});
        }
        plan.itemsEnd = m_items.size();
        if (entities.size() > 1) {
            // A collapsed group: the lanes' events merged in time order, each event once.
            auto first = m_items.begin() + qsizetype(plan.itemsBegin);
            std::sort(first, m_items.end(), [](const PlacementItem &a, const PlacementItem &b) {
                return a.x != b.x ? a.x < b.x : a.event < b.event;
            });
            auto last = std::unique(first, m_items.end(), [](const PlacementItem &a, const PlacementItem &b) {
                return a.event == b.event;
            });
            m_items.erase(last, m_items.end());
            plan.itemsEnd = m_items.size();
        }
        m_frame.visibleEvents += int(plan.itemsEnd - plan.itemsBegin);
        spreadSameTime(plan.itemsBegin, plan.itemsEnd, plan.radius, ppd);

        params.tracks = plan.tracks;
        params.markerRadius = float(plan.radius);
        params.minLabelWidth = plan.labels ? minLabelWidth : 1e9f;
        plan.markersBegin = m_placement.markers.size();
        plan.badgesBegin = m_placement.badges.size();
        plan.labelsBegin = m_placement.labels.size();
        placeLane(
            std::span<const PlacementItem>(m_items.data() + plan.itemsBegin, plan.itemsEnd - plan.itemsBegin),
            params, m_placement);
        plan.markersEnd = m_placement.markers.size();
        plan.badgesEnd = m_placement.badges.size();
        plan.labelsEnd = m_placement.labels.size();

        for (size_t m = plan.markersBegin; m < plan.markersEnd; ++m) {
            const PlacedMarker &pm = m_placement.markers[m];
            const double cy = trackCenter(row, pm.track);
            TimelineFrame::Item item;
            item.type = TimelineFrame::Item::Type::Marker;
            item.rect = QRectF(pm.x - plan.radius, cy - plan.radius, 2 * plan.radius, 2 * plan.radius);
            item.row = plan.row;
            item.event = pm.event;
            m_frame.items.push_back(item);
        }
        for (size_t b = plan.badgesBegin; b < plan.badgesEnd; ++b) {
            const PlacedBadge &pb = m_placement.badges[b];
            const double cy = trackCenter(row, pb.track);
            const double h = std::min(plan.trackH - 2, m_badgeFm.height() + 3);
            TimelineFrame::Item item;
            item.type = TimelineFrame::Item::Type::Badge;
            item.rect = QRectF(pb.left, cy - h / 2, pb.right - pb.left, h);
            item.row = plan.row;
            const PlacementItem *items = m_items.data() + plan.itemsBegin;
            item.event = items[pb.firstItem].event;
            item.count = pb.count();
            item.from = s.toTime(items[pb.firstItem].x);
            item.to = s.toTime(items[pb.lastItem].x);
            m_frame.items.push_back(item);
        }
        m_plans.push_back(plan);
    }
}

void TimelineRenderer::spreadSameTime(size_t begin, size_t end, double radius, double ppd)
{
    // Events at the very same time would stay one badge at any zoom. Once their period (the day, the
    // week...) is wide enough on screen, they are spread out within it, so that the badge opens up too.
    const double minSpacing = 2 * radius + 3;
    const double maxSpacing = m_style.maxLabelWidth / 2;
    bool moved = false;
    for (size_t i = begin; i < end;) {
        size_t j = i + 1;
        while (j < end && m_items[j].x == m_items[i].x)
            ++j;
        const size_t k = j - i;
        if (k > 1) {
            double period = 1e9;
            for (size_t m = i; m < j; ++m) {
                const FuzzyDate &d = m_data->events[m_items[m].event].start;
                period = std::min(period, double(d.last() - d.first + 1));
            }
            const double spacing = std::min(period * ppd / double(k), maxSpacing);
            if (spacing >= minSpacing) {
                const float x = m_items[i].x;
                for (size_t m = i; m < j; ++m)
                    m_items[m].x = float(x + (double(m - i) - (k - 1) / 2.0) * spacing);
                moved = true;
            }
        }
        i = j;
    }
    if (moved) {
        std::stable_sort(m_items.begin() + qsizetype(begin), m_items.begin() + qsizetype(end),
                         [](const PlacementItem &a, const PlacementItem &b) { return a.x < b.x; });
    }
}

void TimelineRenderer::drawDensity(QPainter &p, const LaneLayout &layout)
{
    if (m_frame.densityRows.empty())
        return;
    const int width = m_frame.plot.width();
    quint32 maxCount = 1;
    for (quint32 c : m_counts)
        maxCount = std::max(maxCount, c);
    const auto &rows = layout.rows();
    int stripTotal = 0;
    int tallest = 1;
    for (const RowPlan &plan : m_plans) {
        if (plan.density) {
            const int h = std::max(1, int(rows[size_t(plan.row)].height) - 2);
            stripTotal += h;
            tallest = std::max(tallest, h);
        }
    }
    if (m_densityImage.width() < width || m_densityImage.height() < stripTotal)
        m_densityImage = QImage(width, std::max(stripTotal, 64), QImage::Format_RGB32);
    // Bar heights on a log scale, looked up rather than computed per column.
    const double scale = 1.0 / std::log1p(double(maxCount));
    std::vector<quint8> barOf(std::min<size_t>(maxCount, 4096) + 1);
    for (size_t c = 0; c < barOf.size(); ++c)
        barOf[c] =
            quint8(c == 0 ? 0 : std::clamp(int(std::ceil(tallest * std::log1p(double(c)) * scale)), 1, 255));
    std::vector<quint8> bars(static_cast<size_t>(width));
    int stripTop = 0;
    // Each strip is opaque (the row's own background under a histogram of events per pixel column, on a
    // log scale), written row by row, so that drawing it is a copy, not a blend.
    for (const RowPlan &plan : m_plans) {
        if (!plan.density)
            continue;
        const LaneRow &row = rows[size_t(plan.row)];
        const int h = std::max(1, int(row.height) - 2);
        const QRgb bg = rowColor(row, size_t(plan.row)).rgb();
        const QRgb fg = (row.isGroup() ? m_palette.color(QPalette::Dark) : entityColor(row.entity)).rgb();
        const quint32 *counts = m_counts.data() + plan.countsBegin;
        for (int x = 0; x < width; ++x) {
            const quint32 c = counts[x];
            const int b = c < barOf.size()
                              ? barOf[c]
                              : std::clamp(int(std::ceil(tallest * std::log1p(double(c)) * scale)), 1, 255);
            bars[size_t(x)] = quint8(std::min(b * h / tallest + (b > 0 && b * h / tallest == 0 ? 1 : 0), h));
        }
        for (int y = 0; y < h; ++y) {
            QRgb *line = reinterpret_cast<QRgb *>(m_densityImage.scanLine(stripTop + y));
            const int need = h - y; // a column reaches this line if its bar is at least this tall
            for (int x = 0; x < width; ++x)
                line[x] = bars[size_t(x)] >= need ? fg : bg;
        }
        p.drawImage(QRect(m_frame.plot.left(), int(std::round(rowTop(row))) + 1, width, h), m_densityImage,
                    QRect(0, stripTop, width, h));
        stripTop += h;
    }
}

void TimelineRenderer::drawBars(QPainter &p, const LaneLayout &layout)
{
    const TimeScale &s = m_frame.scale;
    const auto &rows = layout.rows();
    const double left = m_frame.plot.left() - 2;
    const double right = m_frame.plot.right() + 2;
    for (const RowPlan &plan : m_plans) {
        if (plan.density)
            continue;
        const LaneRow &row = rows[size_t(plan.row)];
        const QColor bg = rowColor(row, size_t(plan.row));
        const int y = int(std::round(rowTop(row) + row.height)) - m_style.bandHeight - 1;
        const int h = m_style.bandHeight - 1;
        m_ranges.clear();
        for (int e : layout.entitiesOfRow(plan.row))
            m_index->forEachRange(e, s.from(), s.to(),
                                  [&](const EventIndex::Range &r) { m_ranges.push_back(r); });
        if (m_ranges.size() > maxBarsPerRow) {
            // Too many to tell apart: how many periods cover each pixel column, in three shades.
            const int x0 = m_frame.plot.left();
            const int width = m_frame.plot.width();
            std::vector<int> depth(static_cast<size_t>(width) + 1, 0);
            for (const EventIndex::Range &r : m_ranges) {
                const int a = std::clamp(int(std::round(s.toX(r.start2 * 0.5))) - x0, 0, width);
                const int b = std::clamp(int(std::round(s.toX(r.end2 * 0.5))) - x0 + 1, 0, width);
                ++depth[size_t(a)];
                --depth[size_t(b)];
            }
            const QColor text = m_palette.color(QPalette::Text);
            const std::array<QColor, 4> shades{bg, over(withAlpha(text, 70), bg),
                                               over(withAlpha(text, 130), bg),
                                               over(withAlpha(text, 190), bg)};
            int running = 0, runStart = 0, runShade = 0;
            for (int x = 0; x <= width; ++x) {
                int level = -1; // past the end: flush the last run
                if (x < width) {
                    running += depth[size_t(x)];
                    level = running <= 0 ? 0 : running == 1 ? 1 : running <= 3 ? 2 : 3;
                }
                if (level != runShade || x == width) {
                    if (runShade > 0)
                        p.fillRect(QRect(x0 + runStart, y, x - runStart, h), shades[size_t(runShade)]);
                    runStart = x;
                    runShade = std::max(0, level);
                }
            }
            continue;
        }
        for (const EventIndex::Range &r : m_ranges) {
            const int x0 = int(std::round(std::max(left, s.toX(r.start2 * 0.5))));
            const int x1 = int(std::round(std::min(right, s.toX(r.end2 * 0.5))));
            const QRect rect(x0, y, std::max(1, x1 - x0), h);
            const Event &ev = m_data->events[r.event];
            const QColor c = kindColor(ev.kind);
            // Fact: a solid bar. Not yet fact: a pale bar with solid edges. Intention: pale and hatched.
            switch (markStyle(ev)) {
            case Solid:
                p.fillRect(rect, c);
                break;
            case Hollow:
                p.fillRect(rect, over(withAlpha(c, 70), bg));
                p.fillRect(QRect(rect.left(), rect.top(), rect.width(), 1), c);
                p.fillRect(QRect(rect.left(), rect.bottom(), rect.width(), 1), c);
                break;
            case Dashed:
                p.fillRect(rect, over(withAlpha(c, 70), bg));
                p.fillRect(rect, QBrush(c, Qt::BDiagPattern));
                break;
            }
            TimelineFrame::Item item;
            item.type = TimelineFrame::Item::Type::Bar;
            item.rect = rect;
            item.row = plan.row;
            item.event = r.event;
            m_frame.items.push_back(item);
        }
    }
}

void TimelineRenderer::drawLinks(QPainter &p)
{
    // One point per marker of a multi-party event; a link joins the markers of the same event.
    struct Point {
        quint32 event;
        float x;
        float y;
    };
    std::vector<Point> points;
    const auto &rows = m_layout->rows();
    for (const RowPlan &plan : m_plans) {
        if (plan.density)
            continue;
        for (size_t m = plan.markersBegin; m < plan.markersEnd; ++m) {
            const PlacedMarker &pm = m_placement.markers[m];
            if (m_data->events[pm.event].partyCount > 1)
                points.push_back(Point{pm.event, pm.x, float(trackCenter(rows[size_t(plan.row)], pm.track))});
        }
    }
    if (points.empty())
        return;
    std::sort(points.begin(), points.end(), [](const Point &a, const Point &b) {
        return a.event != b.event ? a.event < b.event : a.y < b.y;
    });
    const QColor base = m_palette.color(QPalette::Base);
    const bool raster = p.paintEngine() && p.paintEngine()->type() == QPaintEngine::Raster;
    const double plotTop = m_frame.plot.top();
    const double plotBottom = m_frame.plot.bottom() + 1;
    for (size_t i = 0; i < points.size();) {
        size_t j = i;
        while (j + 1 < points.size() && points[j + 1].event == points[i].event)
            ++j;
        const Event &e = m_data->events[points[i].event];
        double y0 = points[i].y;
        double y1 = points[j].y;
        // A party whose lane is scrolled out of view: the link goes on a little past the last lane shown
        // on that side, a stub that says there is more that way. (Not to the plot's edge: with half the
        // lanes scrolled out, hundreds of lines the height of the window say little and cost a lot.)
        for (quint16 party : m_data->partiesOf(e)) {
            const int ri = m_layout->rowOfEntity(party);
            if (ri < 0)
                continue; // a hidden lane
            const LaneRow &row = rows[size_t(ri)];
            if (rowTop(row) + row.height <= plotTop)
                y0 = std::max(plotTop, double(points[i].y) - linkStub);
            else if (rowTop(row) >= plotBottom)
                y1 = std::min(plotBottom, double(points[j].y) + linkStub);
        }
        if (y1 > y0) {
            const double x = std::round(points[i].x);
            const MarkStyle style = markStyle(e);
            const QColor c = over(withAlpha(kindColor(e.kind), style == Solid ? 210 : 160), base);
            if (style == Solid) {
                vline(p, x, y0, y1, c, 2);
            } else {
                // Dashed: a stated intention or an unconfirmed report joins its parties only tentatively.
                // Dashes of 3 pixels every 6, aligned to the target's pixel lines so that they run on across
                // rows. On a raster target one copy from a column of dashes made once (a pattern brush
                // costs a span setup per fill and goes to Qt's thread pool when long); elsewhere (SVG,
                // PDF) a rectangle per dash.
                const int top = int(std::floor(y0));
                const int bottom = int(std::ceil(y1));
                if (raster) {
                    const int phase = ((top % 6) + 6) % 6;
                    const QImage &column = dashColumn(c, bottom - top + phase);
                    p.drawImage(QPointF(x, top), column, QRectF(0, phase, 2, bottom - top));
                } else {
                    for (int y = top - ((top % 6) + 6) % 6; y < bottom; y += 6) {
                        const int a = std::max(y, top);
                        const int b = std::min(y + 3, bottom);
                        if (b > a)
                            p.fillRect(QRect(int(x), a, 2, b - a), c);
                    }
                }
            }
            m_frame.links.push_back(TimelineFrame::Link{points[i].event, x + 1, y0, y1});
        }
        i = j + 1;
    }
}

const QImage &TimelineRenderer::dashColumn(const QColor &c, int height)
{
    QImage &column = m_dashColumns[c.rgba()];
    if (column.height() < height) {
        // Grown in steps, so that a frame a few pixels taller does not make it again.
        column = QImage(2, std::max(height, column.height() * 2) + 6, QImage::Format_ARGB32_Premultiplied);
        const QRgb on = c.rgba();
        for (int y = 0; y < column.height(); ++y) {
            auto *line = reinterpret_cast<QRgb *>(column.scanLine(y));
            line[0] = line[1] = y % 6 < 3 ? on : 0;
        }
    }
    return column;
}

void TimelineRenderer::ensureSprites(qreal dpr)
{
    const double r = m_plans.empty() ? m_style.markerRadius : m_plans.front().radius;
    if (!m_sprites.empty() && m_spriteDpr == dpr && m_spriteRadius == r)
        return;
    m_sprites.clear();
    m_spriteDpr = dpr;
    m_spriteRadius = r;
    const int size = int(std::ceil(2 * r + 2));
    const QColor base = m_palette.color(QPalette::Base);
    for (int kind = 0; kind < count<Kind>(); ++kind) {
        for (int style = 0; style < 3; ++style) {
            for (int ranged = 0; ranged < 2; ++ranged) {
                QImage img(int(std::ceil(size * dpr)), int(std::ceil(size * dpr)),
                           QImage::Format_ARGB32_Premultiplied);
                img.setDevicePixelRatio(dpr);
                img.fill(Qt::transparent);
                QPainter sp(&img);
                sp.setRenderHint(QPainter::Antialiasing);
                drawMark(sp, QPointF(size / 2.0, size / 2.0), r, kindColor(Kind(kind)), MarkStyle(style),
                         ranged, base);
                m_sprites.push_back(img);
            }
        }
    }
}

const QImage &TimelineRenderer::sprite(int kind, int style, bool ranged)
{
    return m_sprites[size_t((kind * 3 + style) * 2 + (ranged ? 1 : 0))];
}

void TimelineRenderer::drawMarkers(QPainter &p, const TimelineDecorations &deco)
{
    const auto &rows = m_layout->rows();
    const bool raster = p.paintEngine() && p.paintEngine()->type() == QPaintEngine::Raster;
    const qreal dpr = p.device() ? p.device()->devicePixelRatioF() : 1.0;
    ensureSprites(dpr);
    const QColor base = m_palette.color(QPalette::Base);
    const double spriteHalf = std::ceil(2 * m_spriteRadius + 2) / 2.0;
    QPointF selectedAt;
    std::vector<QPointF> hovered;

    // Badges first: a grey box with the count, the box outlined when the selected event is inside.
    p.setFont(m_badgeFont);
    const QColor badgeFill = m_palette.color(QPalette::Text).lightness() < 128 ? QColor(0x6b, 0x6b, 0x6b)
                                                                               : QColor(0xa0, 0xa0, 0xa0);
    for (const TimelineFrame::Item &item : m_frame.items) {
        if (item.type != TimelineFrame::Item::Type::Badge)
            continue;
        p.fillRect(item.rect, badgeFill);
        if (!raster) {
            p.setPen(Qt::white);
            p.drawText(item.rect, Qt::AlignCenter, QString::number(item.count));
            continue;
        }
        auto it = m_countTexts.find(item.count);
        if (it == m_countTexts.end() || it->devicePixelRatio() != dpr) {
            const QString text = QString::number(item.count);
            QImage img(int(std::ceil((m_badgeFm.horizontalAdvance(text) + 1) * dpr)),
                       int(std::ceil(m_badgeFm.height() * dpr)), QImage::Format_ARGB32_Premultiplied);
            img.setDevicePixelRatio(dpr);
            img.fill(Qt::transparent);
            QPainter ip(&img);
            ip.setFont(m_badgeFont);
            ip.setPen(Qt::white);
            ip.drawText(QPointF(0, m_badgeFm.ascent()), text);
            ip.end();
            it = m_countTexts.insert(item.count, img);
        }
        const QSizeF size = it->deviceIndependentSize();
        p.drawImage(QPointF(std::round(item.rect.center().x() - size.width() / 2),
                            std::round(item.rect.center().y() - size.height() / 2)),
                    *it);
    }
    p.setFont(m_font);

    if (!raster)
        p.setRenderHint(QPainter::Antialiasing, true);
    for (const RowPlan &plan : m_plans) {
        if (plan.density)
            continue;
        const LaneRow &row = rows[size_t(plan.row)];
        for (size_t m = plan.markersBegin; m < plan.markersEnd; ++m) {
            const PlacedMarker &pm = m_placement.markers[m];
            const Event &e = m_data->events[pm.event];
            const QPointF c(pm.x, trackCenter(row, pm.track));
            if (raster)
                p.drawImage(QPointF(c.x() - spriteHalf, c.y() - spriteHalf),
                            sprite(int(e.kind), markStyle(e), e.isRanged()));
            else
                drawMark(p, c, plan.radius, kindColor(e.kind), markStyle(e), e.isRanged(), base);
            if (int(pm.event) == deco.selectedEvent)
                selectedAt = c;
            if (int(pm.event) == deco.hoveredEvent)
                hovered.push_back(c);
        }
    }
    p.setRenderHint(QPainter::Antialiasing, true);

    // Annotation badges: a small amber disc with the count at the marker's upper right.
    if (deco.annotations && !deco.annotations->isEmpty()) {
        p.setFont(m_badgeFont);
        for (const TimelineFrame::Item &item : m_frame.items) {
            if (item.type != TimelineFrame::Item::Type::Marker)
                continue;
            const int n = deco.annotations->value(int(item.event), 0);
            if (n <= 0)
                continue;
            const QRectF disc(item.rect.right() - 1, item.rect.top() - 3, 9, 9);
            p.setPen(Qt::NoPen);
            p.setBrush(annotationColor);
            p.drawEllipse(disc);
            p.setPen(Qt::black);
            p.drawText(disc, Qt::AlignCenter, n > 9 ? QStringLiteral("+") : QString::number(n));
        }
        p.setFont(m_font);
    }

    // The selected event: ringed wherever it is drawn, and drawn on top where it is inside a badge or a
    // density strip, so that the selection is always visible.
    if (deco.selectedEvent >= 0 && size_t(deco.selectedEvent) < m_data->events.size() &&
        m_index->accepts(size_t(deco.selectedEvent))) {
        const Event &e = m_data->events[size_t(deco.selectedEvent)];
        const double x = m_frame.scale.toX(e.time());
        QPen ring(m_palette.color(QPalette::Highlight), 2.5);
        for (quint16 party : m_data->partiesOf(e)) {
            const int ri = m_layout->rowOfEntity(party);
            if (ri < 0)
                continue;
            const QPointF known = markerCenter(deco.selectedEvent, ri);
            const LaneRow &row = rows[size_t(ri)];
            const QPointF c = known.isNull() ? QPointF(x, trackCenter(row, 0)) : known;
            if (c.y() < m_frame.plot.top() || c.y() > m_frame.plot.bottom())
                continue;
            const double r = m_plans.empty() ? m_style.markerRadius : m_plans.front().radius;
            if (known.isNull())
                drawMark(p, c, r, kindColor(e.kind), markStyle(e), e.isRanged(), base);
            p.setPen(ring);
            p.setBrush(Qt::NoBrush);
            p.drawEllipse(c, r + 3, r + 3);
        }
    }
    Q_UNUSED(selectedAt);
    if (!hovered.empty()) {
        QColor c = m_palette.color(QPalette::Text);
        c.setAlpha(120);
        p.setPen(QPen(c, 1.5));
        p.setBrush(Qt::NoBrush);
        const double r = m_plans.empty() ? m_style.markerRadius : m_plans.front().radius;
        for (const QPointF &h : hovered)
            p.drawEllipse(h, r + 2.5, r + 2.5);
    }
    p.setRenderHint(QPainter::Antialiasing, false);
}

float TimelineRenderer::fullLabelWidth(quint32 event)
{
    return labelEntry(event, 0).width;
}

TimelineRenderer::LabelEntry &TimelineRenderer::labelEntry(quint32 event, float width)
{
    // Width 0 asks for the full label (the title, elided at the longest label drawn); others for the title
    // elided to fit `width`, rounded down to a step of forty pixels (four pixels below forty), so that
    // panning and zooming reuse the texts they made. Always down: placeLane() gave the label exactly
    // `width` pixels before the next marker, and a text elided to more would run into that marker.
    constexpr float step = 40;
    constexpr float fineStep = 4;
    constexpr quint64 fine = 0x8000; // marks a bucket of fine steps in the key
    quint64 bucket = 0;
    double limit = m_style.maxLabelWidth;
    if (width >= step) {
        bucket = quint64(std::floor(width / step));
        limit = double(bucket) * step;
    } else if (width > 0) {
        const auto steps = quint64(std::max(1.0f, std::floor(width / fineStep)));
        bucket = fine | steps;
        limit = double(steps) * fineStep;
    }
    const quint64 key = (quint64(event) << 16) | bucket;
    auto it = m_labels.find(key);
    if (it == m_labels.end()) {
        if (m_labels.size() > 2500)
            m_labels.clear(); // a bound on memory; the labels on screen come back in one frame
        LabelEntry entry;
        const TitleWidths &title = titleWidths(event);
        // The longest start of the title that fits with an ellipsis, measured from the widths of its
        // characters: no text layout for each width asked (a zoom asks for hundreds a frame).
        const QString &t = title.title;
        if (title.prefix.back() <= limit) {
            entry.text = t;
            entry.width = title.prefix.back();
        } else {
            qsizetype k = qsizetype(std::upper_bound(title.prefix.begin(), title.prefix.end(),
                                                     float(limit) - m_ellipsisWidth) -
                                    title.prefix.begin()) -
                          1;
            while (k > 0 && (t[k - 1].isSpace() || t[k - 1].isHighSurrogate() || t[k].isLowSurrogate()))
                --k; // no space before the ellipsis, and never half a character
            if (k > 0) {
                entry.text = t.left(k) + u'…';
                entry.width = title.prefix[size_t(k)] + m_ellipsisWidth;
            }
        }
        if (bucket != 0 && entry.text.size() <= 2)
            entry.text.clear(); // a lone ellipsis says nothing
        if (entry.text.isEmpty())
            entry.width = 0;
        it = m_labels.insert(key, entry);
    }
    return *it;
}

const TimelineRenderer::TitleWidths &TimelineRenderer::titleWidths(quint32 event)
{
    auto it = m_titleWidths.find(event);
    if (it == m_titleWidths.end()) {
        if (m_titleWidths.size() > 4000)
            m_titleWidths.clear();
        TitleWidths w;
        w.title = m_data->string(m_data->events[event].title);
        // prefix[i] is the width of the first i characters: the sum of their advances, which is what the
        // laid-out text measures but for kerning (a pixel or so, inside the gap after a label). A
        // surrogate pair counts as one character, at its second half.
        w.prefix.resize(size_t(w.title.size()) + 1);
        float x = 0;
        for (qsizetype i = 0; i < w.title.size(); ++i) {
            const QChar c = w.title[i];
            if (c.isHighSurrogate() && i + 1 < w.title.size() && w.title[i + 1].isLowSurrogate()) {
                w.prefix[size_t(i) + 1] = x;
                x += float(m_fm.horizontalAdvance(w.title.mid(i, 2)));
                w.prefix[size_t(i) + 2] = x;
                ++i;
                continue;
            }
            x += float(m_fm.horizontalAdvance(c));
            w.prefix[size_t(i) + 1] = x;
        }
        it = m_titleWidths.insert(event, w);
    }
    return *it;
}

void TimelineRenderer::drawLabels(QPainter &p)
{
    const auto &rows = m_layout->rows();
    const QColor text = m_palette.color(QPalette::Text);
    p.setPen(text);
    p.setFont(m_font);
    const bool raster = p.paintEngine() && p.paintEngine()->type() == QPaintEngine::Raster;
    const qreal dpr = p.device() ? p.device()->devicePixelRatioF() : 1.0;
    const double fh = m_fontHeight;
    const QRectF plot(m_frame.plot);
    for (const RowPlan &plan : m_plans) {
        if (plan.density || !plan.labels)
            continue;
        const LaneRow &row = rows[size_t(plan.row)];
        for (size_t l = plan.labelsBegin; l < plan.labelsEnd; ++l) {
            const PlacedLabel &pl = m_placement.labels[l];
            LabelEntry &entry = labelEntry(pl.event, pl.elided ? pl.width : 0);
            if (entry.width <= 0)
                continue;
            const QRectF rect(std::round(pl.left), std::round(trackCenter(row, pl.track) - fh / 2),
                              entry.width, fh);
            if (!rect.intersects(plot))
                continue;
            ++entry.uses;
            if (raster && entry.uses > 1) {
                // Text drawn once into an image: a frame then blends a few hundred small images instead of
                // laying out thousands of glyphs. A label seen only once (zooming through) is not worth it.
                if (entry.image.isNull() || entry.image.devicePixelRatio() != dpr) {
                    entry.image = QImage(int(std::ceil((entry.width + 2) * dpr)), int(std::ceil(fh * dpr)),
                                         QImage::Format_ARGB32_Premultiplied);
                    entry.image.setDevicePixelRatio(dpr);
                    entry.image.fill(Qt::transparent);
                    QPainter ip(&entry.image);
                    ip.setFont(m_font);
                    ip.setPen(text);
                    ip.drawText(QPointF(0, m_fm.ascent()), entry.text);
                }
                p.drawImage(rect.topLeft(), entry.image);
            } else {
                p.drawText(QPointF(rect.left(), rect.top() + m_fm.ascent()), entry.text);
            }
            m_frame.labels.push_back(rect);
        }
    }
}

void TimelineRenderer::drawCursor(QPainter &p, const TimelineDecorations &deco)
{
    if (deco.currentTime == 0)
        return;
    const double x = m_frame.scale.toX(deco.currentTime);
    if (x < m_frame.plot.left() - 2 || x > m_frame.plot.right() + 2)
        return;
    vline(p, std::round(x) - 1, m_frame.plot.top(), m_frame.plot.bottom() + 1, cursorColor, 2);
}

void TimelineRenderer::drawGutter(QPainter &p, const LaneLayout &layout, const TimelineDecorations &deco)
{
    const QRect g = m_frame.gutter;
    p.fillRect(g, m_palette.color(QPalette::Window));
    const auto &rows = layout.rows();
    const QColor text = m_palette.color(QPalette::WindowText);
    const QFontMetricsF groupFm(m_groupFont);
    p.setRenderHint(QPainter::Antialiasing, true);
    for (size_t i = 0; i < rows.size(); ++i) {
        const LaneRow &r = rows[i];
        const double y = rowTop(r);
        if (y + r.height < g.top() || y > g.bottom() + 1)
            continue;
        const QRectF rowRect(g.left(), y, g.width(), r.height);
        if (r.isGroup()) {
            p.fillRect(rowRect, m_palette.color(QPalette::Button));
            // A triangle pointing right when collapsed, down when open.
            const double cy = y + std::min(r.height, double(m_style.groupHeight)) / 2;
            QPainterPath arrow;
            if (r.collapsed) {
                arrow.moveTo(g.left() + 7, cy - 4);
                arrow.lineTo(g.left() + 12, cy);
                arrow.lineTo(g.left() + 7, cy + 4);
            } else {
                arrow.moveTo(g.left() + 5, cy - 2.5);
                arrow.lineTo(g.left() + 14, cy - 2.5);
                arrow.lineTo(g.left() + 9.5, cy + 2.5);
            }
            arrow.closeSubpath();
            p.fillPath(arrow, text);
            QString name = displayName(r.sector);
            const int lanes = int(layout.lanes(r.sector).size());
            const int hidden = layout.hiddenCount(r.sector);
            name += hidden > 0 ? RendererText::tr(" (%1, %2 hidden)").arg(lanes).arg(hidden)
                               : QStringLiteral(" (%1)").arg(lanes);
            p.setFont(m_groupFont);
            p.setPen(text);
            const QRectF textRect(g.left() + 18, y, g.width() - 22,
                                  std::min(r.height, double(m_style.groupHeight)));
            p.drawText(textRect, Qt::AlignVCenter | Qt::AlignLeft,
                       groupFm.elidedText(name, Qt::ElideRight, textRect.width()));
            p.setFont(m_font);
        } else {
            if (r.entity == deco.selectedEntity)
                p.fillRect(rowRect, over(withAlpha(m_palette.color(QPalette::Highlight), 60),
                                         m_palette.color(QPalette::Window)));
            const double cy = y + std::min(r.height / 2, trackHeight());
            p.setPen(Qt::NoPen);
            p.setBrush(entityColor(r.entity));
            p.drawRoundedRect(QRectF(g.left() + 10, cy - 5, 10, 10), 2, 2);
            p.setPen(text);
            const QRectF textRect(g.left() + 26, cy - m_fm.height() / 2, g.width() - 30, m_fm.height());
            const QString name = m_data ? m_data->entities[r.entity].name(m_locale) : QString();
            p.drawText(textRect, Qt::AlignVCenter | Qt::AlignLeft,
                       m_fm.elidedText(name, Qt::ElideRight, textRect.width()));
        }
        hline(p, g.left(), g.right() + 1, std::round(y + r.height) - 1,
              over(withAlpha(m_palette.color(QPalette::Mid), 90), m_palette.color(QPalette::Window)));
    }
    if (deco.dropRow >= 0) {
        const double y = deco.dropRow < int(rows.size()) ? rowTop(rows[size_t(deco.dropRow)])
                                                         : rowTop(rows.back()) + rows.back().height;
        hline(p, g.left(), g.right() + 1, y - 1, m_palette.color(QPalette::Highlight), 3);
    }
    vline(p, g.right(), g.top(), g.bottom() + 1, m_palette.color(QPalette::Mid));
    p.setRenderHint(QPainter::Antialiasing, false);
}

void TimelineRenderer::drawAxis(QPainter &p, const TimelineDecorations &deco)
{
    const QRect a = m_frame.axis;
    const TimeScale &s = m_frame.scale;
    p.fillRect(a, m_palette.color(QPalette::Window));
    const QColor text = m_palette.color(QPalette::WindowText);
    const double half = a.height() / 2.0;
    const double left = a.left();
    const double right = a.right() + 1;
    // Coarse row: each label sticks to the left edge while its interval is on screen. The labels are laid
    // out once and kept (axisLabel()): shaping them again every frame cost more than drawing them.
    QFont bold = m_font;
    bold.setBold(true);
    const double boldAscent = QFontMetricsF(bold).ascent();
    p.setFont(bold);
    p.setPen(text);
    for (const Tick &t : m_ticks.major) {
        const double x0 = s.toX(t.time);
        const double x1 = s.toX(t.endTime);
        if (x1 < left || x0 > right)
            continue;
        const AxisLabel &label = axisLabel(t.label, true);
        const double w = label.width;
        double x = std::max(x0, left) + 4;
        if (x + w > x1 - 4)
            x = x1 - 4 - w;
        if (x + w < left || x > right)
            continue;
        const double baseline = a.top() + half / 2 + boldAscent / 2 - 1;
        p.drawStaticText(QPointF(x, baseline - boldAscent), label.text);
    }
    // Fine row: labels centred in their interval, kept inside it.
    p.setFont(m_font);
    struct Placed {
        double x;
        double w;
        bool moved; // pushed along to stay on screen
        bool shown;
        QStaticText text; // shared with the cache (which may grow, and move its entries, meanwhile)
    };
    QVarLengthArray<Placed, 128> placed;
    for (const Tick &t : m_ticks.minor) {
        const double x0 = s.toX(t.time);
        const double x1 = s.toX(t.endTime);
        if (x1 < left || x0 > right)
            continue;
        const AxisLabel &label = axisLabel(t.label, false);
        const double w = label.width;
        const double visible0 = std::max(x0, left);
        const double visible1 = std::min(x1, right);
        const double centred = (x0 + x1) / 2 - w / 2;
        double x = centred;
        if (x1 - x0 > w + 8) // a wide interval keeps its label on screen while it is partly scrolled out
            x = std::clamp(x, visible0 + 3, std::max(visible0 + 3, visible1 - 3 - w));
        placed.append(Placed{x, w, x != centred, true, label.text});
    }
    // A label pushed along at an edge can run into its neighbour ("30" and "2" as "302"): the pushed one
    // gives way.
    for (qsizetype i = 0; i + 1 < placed.size(); ++i) {
        if (placed[i].x + placed[i].w + 6 <= placed[i + 1].x)
            continue;
        if (placed[i + 1].moved)
            placed[i + 1].shown = false;
        else
            placed[i].shown = false;
    }
    const double ascent = m_fm.ascent();
    for (const Placed &l : placed) {
        if (l.shown)
            p.drawStaticText(QPointF(l.x, a.top() + half + half / 2 + ascent / 2 - 1 - ascent), l.text);
    }
    // Tick marks.
    const QColor tickColor = over(withAlpha(text, 110), m_palette.color(QPalette::Window));
    for (const Tick &t : m_ticks.minor)
        vline(p, std::round(s.toX(t.time)), a.bottom() - 5, a.bottom() + 1, tickColor);
    for (const Tick &t : m_ticks.major)
        vline(p, std::round(s.toX(t.time)), a.top(), a.bottom() + 1, tickColor);
    hline(p, a.left(), a.right() + 1, a.bottom(), m_palette.color(QPalette::Mid));

    // The cursor's handle: a downward triangle with the date beside it.
    if (deco.currentTime != 0) {
        const double x = s.toX(deco.currentTime);
        if (x >= left - 6 && x <= right + 6) {
            p.setRenderHint(QPainter::Antialiasing, true);
            QPainterPath handle;
            handle.moveTo(x - 6, a.bottom() - 9);
            handle.lineTo(x + 6, a.bottom() - 9);
            handle.lineTo(x, a.bottom() + 1);
            handle.closeSubpath();
            p.fillPath(handle, cursorColor);
            p.setRenderHint(QPainter::Antialiasing, false);
        }
    }
}

const TimelineRenderer::AxisLabel &TimelineRenderer::axisLabel(const QString &text, bool bold)
{
    QHash<QString, AxisLabel> &cache = m_axisLabels[bold ? 1 : 0];
    auto it = cache.find(text);
    if (it == cache.end()) {
        if (cache.size() > 2000)
            cache.clear(); // a bound; a frame needs a few dozen
        QFont font = m_font;
        font.setBold(bold);
        AxisLabel label;
        label.text.setText(text);
        label.text.setTextFormat(Qt::PlainText);
        // Moderate caching only: AggressiveCaching keeps data that belongs to the paint engine it was first
        // drawn with, and freeing it after that engine is gone (an exported image, a test's QImage)
        // corrupts the heap.
        label.text.prepare(QTransform(), font);
        label.width = QFontMetricsF(font).horizontalAdvance(text);
        it = cache.insert(text, label);
    }
    return *it;
}

void TimelineRenderer::drawLegend(QPainter &p)
{
    const QRect l = m_frame.legend;
    p.fillRect(l, m_palette.color(QPalette::Window));
    hline(p, l.left(), l.right() + 1, l.top(), m_palette.color(QPalette::Mid));
    p.setRenderHint(QPainter::Antialiasing, true);
    p.setFont(m_font);
    const QColor text = m_palette.color(QPalette::WindowText);
    const QColor base = m_palette.color(QPalette::Base);
    const double cy = l.top() + l.height() / 2.0 + 0.5;
    const double r = 4.5;
    double x = l.left() + 10;
    auto entry = [&](const QString &label, const std::function<void(QPointF)> &symbol) {
        const double w = m_fm.horizontalAdvance(label);
        if (x + 14 + w > l.right())
            return false;
        symbol(QPointF(x + 5, cy));
        p.setPen(text);
        p.drawText(QPointF(x + 14, cy + m_fm.ascent() / 2 - 1.5), label);
        x += 14 + w + 14;
        return true;
    };
    for (int k = 0; k < count<Kind>(); ++k) {
        if (!entry(displayName(Kind(k)),
                   [&](QPointF c) { drawMark(p, c, r, kindColor(Kind(k)), Solid, false, base); }))
            break;
    }
    const QColor grey = m_palette.color(QPalette::WindowText);
    entry(RendererText::tr("announced, rumoured or unconfirmed"),
          [&](QPointF c) { drawMark(p, c, r, grey, Hollow, false, base); });
    entry(RendererText::tr("planned (dashed)"),
          [&](QPointF c) { drawMark(p, c, r, grey, Dashed, false, base); });
    entry(RendererText::tr("has an end date"), [&](QPointF c) {
        drawMark(p, c, r, grey, Solid, true, base);
        p.fillRect(QRectF(c.x() - r, c.y() + r + 1, 12, 2.5), grey);
    });
    entry(RendererText::tr("several parties"),
          [&](QPointF c) { vline(p, c.x() - 1, c.y() - 7, c.y() + 7, grey, 2); });
    entry(RendererText::tr("events grouped: zoom in"), [&](QPointF c) {
        p.fillRect(QRectF(c.x() - 6, c.y() - 6, 12, 12), QColor(0xa0, 0xa0, 0xa0));
        p.setFont(m_badgeFont);
        p.setPen(Qt::white);
        p.drawText(QRectF(c.x() - 6, c.y() - 6, 12, 12), Qt::AlignCenter, QStringLiteral("3"));
        p.setFont(m_font);
    });
    p.setRenderHint(QPainter::Antialiasing, false);
}

QPointF TimelineRenderer::markerCenter(int event, int row) const
{
    for (const TimelineFrame::Item &item : m_frame.items) {
        if (item.type == TimelineFrame::Item::Type::Marker && int(item.event) == event && item.row == row)
            return item.rect.center();
    }
    return {};
}

TimelineHit TimelineRenderer::hitTest(QPointF pos, const LaneLayout &layout) const
{
    TimelineHit hit;
    const TimeScale &s = m_frame.scale;
    const double contentY = pos.y() - m_frame.plot.top() + m_frame.scrollY;
    if (m_frame.gutter.contains(pos.toPoint())) {
        hit.row = layout.rowAt(contentY);
        if (hit.row >= 0)
            hit.type = layout.rows()[size_t(hit.row)].isGroup() ? TimelineHit::Type::GroupHeader
                                                                : TimelineHit::Type::LaneHeader;
        return hit;
    }
    if (m_frame.axis.contains(pos.toPoint())) {
        hit.type = TimelineHit::Type::Axis;
        hit.from = hit.to = s.toTime(pos.x());
        return hit;
    }
    if (!m_frame.plot.contains(pos.toPoint()))
        return hit;
    hit.row = layout.rowAt(contentY);

    // Markers first (nearest centre), then badges, then bars.
    const TimelineFrame::Item *best = nullptr;
    double bestDistance = 1e9;
    for (const TimelineFrame::Item &item : m_frame.items) {
        const QRectF area = item.rect.adjusted(-2, -2, 2, 2);
        if (!area.contains(pos))
            continue;
        const double rank = item.type == TimelineFrame::Item::Type::Marker  ? 0
                            : item.type == TimelineFrame::Item::Type::Badge ? 1000
                                                                            : 2000;
        const double d =
            rank + std::hypot(item.rect.center().x() - pos.x(), item.rect.center().y() - pos.y());
        if (d < bestDistance) {
            bestDistance = d;
            best = &item;
        }
    }
    if (best) {
        hit.row = best->row;
        switch (best->type) {
        case TimelineFrame::Item::Type::Marker:
        case TimelineFrame::Item::Type::Bar:
            hit.type = TimelineHit::Type::Event;
            hit.event = int(best->event);
            break;
        case TimelineFrame::Item::Type::Badge:
            hit.type = TimelineHit::Type::Cluster;
            hit.event = int(best->event);
            hit.count = int(best->count);
            hit.from = best->from;
            hit.to = best->to;
            break;
        }
        return hit;
    }
    if (hit.row >= 0 &&
        std::find(m_frame.densityRows.begin(), m_frame.densityRows.end(), hit.row) !=
            m_frame.densityRows.end() &&
        m_index && m_data) {
        // A density strip: the events within three pixels of the point.
        const double from = s.toTime(pos.x() - 3);
        const double to = s.toTime(pos.x() + 3);
        const double t = s.toTime(pos.x());
        double nearest = 1e18;
        for (int e : layout.entitiesOfRow(hit.row)) {
            const auto [a, b] = m_index->positions(e, from, to);
            hit.count += int(b - a);
            const EventIndex::Lane &lane = m_index->lane(e);
            for (size_t i = a; i < b; ++i) {
                const double d = std::abs(lane.time2[i] * 0.5 - t);
                if (d < nearest) {
                    nearest = d;
                    hit.event = int(lane.events[i]);
                }
            }
        }
        if (hit.count > 0) {
            hit.type = TimelineHit::Type::Density;
            hit.from = from;
            hit.to = to;
        }
    }
    return hit;
}

} // namespace at
