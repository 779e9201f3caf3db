// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#include "ui/timeline/render/timelinechrome.h"

#include "app/core/colors.h"
#include "app/core/dataset.h"
#include "ui/timeline/render/lanelayout.h"
#include "ui/timeline/render/paintkit.h"
#include "ui/timeline/render/timelinelegend.h"

#include <QCoreApplication>
#include <QPainter>
#include <QPainterPath>
#include <QVarLengthArray>
#include <cmath>

namespace at {
namespace {

// A file-local tr() wrapper would be filed by lupdate under the enclosing class or namespace, not under
// the context it looks up; Q_DECLARE_TR_FUNCTIONS gives lupdate and the lookup the same one.
struct ChromeText {
    Q_DECLARE_TR_FUNCTIONS(at::TimelineView)
};

} // namespace

using namespace paintkit;

void TimelineChrome::setData(const Dataset *dataset)
{
    m_data = dataset;
    clearCaches();
}

void TimelineChrome::setLocale(const QLocale &locale)
{
    m_locale = locale;
    clearCaches();
}

void TimelineChrome::setPalette(const QPalette &palette)
{
    m_palette = palette;
    clearCaches();
}

void TimelineChrome::setFonts(const TimelineFonts &fonts)
{
    m_fonts = fonts;
    m_fm = QFontMetricsF(fonts.text);
    clearCaches();
}

void TimelineChrome::clearCaches()
{
    m_gutterCache = QImage();
    m_legendCache = QImage();
    m_axisLabels[0].clear();
    m_axisLabels[1].clear();
}

quint64 TimelineChrome::gutterKey(const FramePlan &f, const LaneLayout &layout,
                                  const TimelineDecorations &deco, qreal dpr) const
{
    // FNV-1a over everything the gutter shows.
    quint64 h = 1469598103934665603ull;
    auto mix = [&h](quint64 v) {
        h ^= v;
        h *= 1099511628211ull;
    };
    mix(quint64(f.gutter.width()) << 32 | quint64(f.gutter.height()));
    mix(quint64(f.gutter.top()) << 32 | quint64(f.plot.top()));
    mix(quint64(qint64(f.scrollY * 64)));
    mix(quint64(dpr * 1000));
    mix(quint64(qint64(deco.selectedEntity)));
    mix(quint64(qint64(deco.dropRow)));
    mix(deco.picture ? 1 : 0);
    for (const LaneRow &r : layout.rows()) {
        mix(quint64(r.type) << 40 | quint64(r.sector) << 32 | quint32(r.entity));
        mix(quint64(qint64(r.top * 64)) << 1 | (r.collapsed ? 1 : 0));
        mix(quint64(qint64(r.height * 64)));
    }
    for (Sector s : layout.groups())
        mix(quint64(layout.hiddenCount(s)));
    return h;
}

void TimelineChrome::drawGutter(QPainter &p, const FramePlan &f, const LaneLayout &layout,
                                const TimelineDecorations &deco)
{
    if (!isRaster(p)) {
        paintGutter(p, f, layout, deco);
        return;
    }
    // The gutter only changes when the rows or the vertical scroll do: kept as an image between frames.
    const qreal dpr = devicePixelRatio(p);
    const quint64 key = gutterKey(f, layout, deco, dpr);
    if (key != m_gutterKey || m_gutterCache.isNull()) {
        m_gutterKey = key;
        m_gutterCache = QImage((QSizeF(f.gutter.size()) * dpr).toSize(), QImage::Format_RGB32);
        m_gutterCache.setDevicePixelRatio(dpr);
        QPainter gp(&m_gutterCache);
        gp.translate(-f.gutter.topLeft());
        gp.setFont(m_fonts.text);
        paintGutter(gp, f, layout, deco);
    }
    p.drawImage(f.gutter.topLeft(), m_gutterCache);
}

void TimelineChrome::paintGutter(QPainter &p, const FramePlan &f, const LaneLayout &layout,
                                 const TimelineDecorations &deco)
{
    const QRect g = f.gutter;
    p.fillRect(g, m_palette.color(QPalette::Window));
    const auto &rows = layout.rows();
    const QColor text = m_palette.color(QPalette::WindowText);
    const double trackHeight = std::max<double>(m_style.trackHeight, std::ceil(m_fm.height()) + 1);
    auto rowTop = [&](const LaneRow &r) { return f.plot.top() + r.top - f.scrollY; };
    p.setRenderHint(QPainter::Antialiasing, true);
    for (const LaneRow &r : rows) {
        const double y = rowTop(r);
        if (y + r.height < g.top() || y > g.bottom() + 1)
            continue;
        const QRectF rowRect(g.left(), y, g.width(), r.height);
        if (r.isGroup()) {
            p.fillRect(rowRect, m_palette.color(QPalette::Button));
            // A triangle pointing right when collapsed, down when open; a picture has nothing to click.
            const double cy = y + std::min(r.height, double(m_style.groupHeight)) / 2;
            if (!deco.picture) {
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
            }
            QString name = displayName(r.sector);
            const int lanes = int(layout.lanes(r.sector).size());
            const int hidden = layout.hiddenCount(r.sector);
            name += hidden > 0 ? ChromeText::tr(" (%1, %2 hidden)").arg(lanes).arg(hidden)
                               : QStringLiteral(" (%1)").arg(lanes);
            const double height = std::min(r.height, double(m_style.groupHeight));
            const QFont font = headerFont(m_fonts.group, height);
            const QFontMetricsF fm(font);
            p.setFont(font);
            p.setPen(text);
            const double indent = deco.picture ? 8 : 18;
            const QRectF textRect(g.left() + indent, y, g.width() - indent - 4, height);
            p.drawText(textRect, Qt::AlignVCenter | Qt::AlignLeft,
                       fm.elidedText(name, Qt::ElideRight, textRect.width()));
            p.setFont(m_fonts.text);
        } else {
            if (r.entity == deco.selectedEntity)
                p.fillRect(rowRect, over(withAlpha(m_palette.color(QPalette::Highlight), 60),
                                         m_palette.color(QPalette::Window)));
            const double cy = y + std::min(r.height / 2, trackHeight);
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
    if (deco.dropRow >= 0 && !rows.empty()) {
        const double y = deco.dropRow < int(rows.size()) ? rowTop(rows[size_t(deco.dropRow)])
                                                         : rowTop(rows.back()) + rows.back().height;
        hline(p, g.left(), g.right() + 1, y - 1, m_palette.color(QPalette::Highlight), 3);
    }
    vline(p, g.right(), g.top(), g.bottom() + 1, m_palette.color(QPalette::Mid));
    p.setRenderHint(QPainter::Antialiasing, false);
}

QFont TimelineChrome::headerFont(const QFont &group, double rowHeight)
{
    // drawText() clips to its rectangle: a name taller than its row would lose its descenders.
    QFont font = group;
    // Heights do not scale exactly with the pixel size (ascent and descent are rounded): step down.
    while (font.pixelSize() > 7 && QFontMetricsF(font).height() > rowHeight)
        font.setPixelSize(font.pixelSize() - 1);
    return font;
}

void TimelineChrome::drawAxis(QPainter &p, const FramePlan &f, const TimelineDecorations &deco)
{
    const QRect a = f.axis;
    const TimeScale &s = f.scale;
    p.fillRect(a, m_palette.color(QPalette::Window));
    const QColor text = m_palette.color(QPalette::WindowText);
    const double half = a.height() / 2.0;
    const double left = a.left();
    const double right = a.right() + 1;
    // Coarse row: each label sticks to the left edge while its interval is on screen. The labels are laid
    // out once and kept (axisLabel()): shaping them again every frame cost more than drawing them.
    QFont bold = m_fonts.text;
    bold.setBold(true);
    const double boldAscent = QFontMetricsF(bold).ascent();
    p.setFont(bold);
    p.setPen(text);
    for (const Tick &t : f.ticks.major) {
        const double x0 = s.toX(t.time);
        const double x1 = s.toX(t.endTime);
        if (x1 < left || x0 > right)
            continue;
        const AxisLabel &label = axisLabel(t.label, true);
        const double w = label.width;
        double x = std::max(x0, left) + 4;
        if (x + w > x1 - 4)
            x = x1 - 4 - w;
        // Pushed out by the next interval, or just begun at the right edge, a label is left out rather than
        // shown cut ("990s" for the 1990s when the view starts in 1999).
        if (x < left || x + w > right)
            continue;
        const double baseline = a.top() + half / 2 + boldAscent / 2 - 1;
        p.drawStaticText(QPointF(x, baseline - boldAscent), label.text);
    }
    // Fine row: labels centred in their interval, kept inside it.
    p.setFont(m_fonts.text);
    struct Placed {
        double x;
        double w;
        bool moved; // pushed along to stay on screen
        bool shown;
        QStaticText text; // shared with the cache (which may grow, and move its entries, meanwhile)
    };
    QVarLengthArray<Placed, 128> placed;
    for (const Tick &t : f.ticks.minor) {
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
    for (const Tick &t : f.ticks.minor)
        vline(p, std::round(s.toX(t.time)), a.bottom() - 5, a.bottom() + 1, tickColor);
    for (const Tick &t : f.ticks.major)
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

const TimelineChrome::AxisLabel &TimelineChrome::axisLabel(const QString &text, bool bold)
{
    QHash<QString, AxisLabel> &cache = m_axisLabels[bold ? 1 : 0];
    auto it = cache.find(text);
    if (it == cache.end()) {
        if (cache.size() > 2000)
            cache.clear(); // a bound; a frame needs a few dozen
        QFont font = m_fonts.text;
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

void TimelineChrome::drawLegend(QPainter &p, const FramePlan &f, const TimelineDecorations &deco)
{
    const QRect l = f.legend;
    if (l.isEmpty())
        return; // an export without its legend: the style gives the band no height
    if (deco.picture) {
        paintLegend(p, l, &f.shown); // drawn once: no picture of it kept
        return;
    }
    if (!isRaster(p)) {
        paintLegend(p, l, nullptr);
        return;
    }
    const qreal dpr = devicePixelRatio(p);
    if (m_legendCache.isNull() || m_legendCache.size() != (QSizeF(l.size()) * dpr).toSize() ||
        m_legendCache.devicePixelRatio() != dpr) {
        m_legendCache = QImage((QSizeF(l.size()) * dpr).toSize(), QImage::Format_RGB32);
        m_legendCache.setDevicePixelRatio(dpr);
        QPainter lp(&m_legendCache);
        lp.translate(-l.topLeft());
        paintLegend(lp, l, nullptr);
    }
    p.drawImage(l.topLeft(), m_legendCache);
}

void TimelineChrome::paintLegend(QPainter &p, const QRect &l, const FramePlan::Shown *shown)
{
    p.fillRect(l, m_palette.color(QPalette::Window));
    hline(p, l.left(), l.right() + 1, l.top(), m_palette.color(QPalette::Mid));
    p.setRenderHint(QPainter::Antialiasing, true);
    p.setFont(m_fonts.text);
    const QColor text = m_palette.color(QPalette::WindowText);
    const QColor base = m_palette.color(QPalette::Base);
    const QColor grey = m_palette.color(QPalette::WindowText);
    const double r = 4.5;
    const std::vector<LegendEntry> entries = legendEntries(shown, m_fm);
    const std::vector<LegendPlace> places = placeLegend(entries, l.width());
    const double rowHeight = m_style.legendHeight;
    using Symbol = LegendEntry::Symbol;
    for (size_t i = 0; i < entries.size(); ++i) {
        const LegendEntry &e = entries[i];
        const double x = l.left() + places[i].x;
        const double cy = l.top() + places[i].row * rowHeight + rowHeight / 2.0 + 0.5;
        const QPointF c(x + 5, cy);
        switch (e.symbol) {
        case Symbol::Kind:
            drawMark(p, c, r, kindColor(e.kind), Solid, false, base);
            break;
        case Symbol::Tentative:
            drawMark(p, c, r, grey, Hollow, false, base);
            break;
        case Symbol::Planned:
            drawMark(p, c, r, grey, Dashed, false, base);
            break;
        case Symbol::Ranged:
            drawMark(p, c, r, grey, Solid, true, base);
            p.fillRect(QRectF(c.x() - r, c.y() + r + 1, 12, 2.5), grey);
            break;
        case Symbol::Imprecise:
            drawMark(p, c, r - 1, grey, Solid, false, base);
            hline(p, c.x() - 6, c.x() + 7, c.y() + r + 1, grey);
            vline(p, c.x() - 6, c.y() + r - 2, c.y() + r + 2, grey);
            vline(p, c.x() + 6, c.y() + r - 2, c.y() + r + 2, grey);
            break;
        case Symbol::Links:
            vline(p, c.x() - 1, c.y() - 7, c.y() + 7, grey, 2);
            break;
        case Symbol::Badges:
            p.fillRect(QRectF(c.x() - 6, c.y() - 6, 12, 12), QColor(0xa0, 0xa0, 0xa0));
            p.setFont(m_fonts.badge);
            p.setPen(Qt::white);
            p.drawText(QRectF(c.x() - 6, c.y() - 6, 12, 12), Qt::AlignCenter, QStringLiteral("3"));
            p.setFont(m_fonts.text);
            break;
        }
        p.setPen(text);
        p.drawText(QPointF(x + legendSymbolWidth, cy + m_fm.ascent() / 2 - 1.5), e.label);
    }
    p.setRenderHint(QPainter::Antialiasing, false);
}

} // namespace at
