// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#include "ui/timeline/render/lanepainter.h"

#include "app/core/colors.h"
#include "app/core/dataset.h"
#include "ui/timeline/render/eventindex.h"
#include "ui/timeline/render/labeltexts.h"
#include "ui/timeline/render/lanelayout.h"
#include "ui/timeline/render/paintkit.h"

#include <QPainter>
#include <QVarLengthArray>
#include <algorithm>
#include <cmath>
#include <cstring>

namespace at {

using namespace paintkit;

void LanePainter::setData(const Dataset *dataset, const EventIndex *index)
{
    m_data = dataset;
    m_index = index;
}

void LanePainter::setPalette(const QPalette &palette)
{
    m_palette = palette;
    clearCaches();
}

void LanePainter::setFonts(const TimelineFonts &fonts)
{
    m_fonts = fonts;
    m_fm = QFontMetricsF(fonts.text);
    m_badgeFm = QFontMetricsF(fonts.badge);
    clearCaches();
}

void LanePainter::clearCaches()
{
    m_sprites.clear();
    m_countTexts.clear();
    m_dashColumns.clear();
}

QColor LanePainter::rowColor(const FramePlan::Row &row) const
{
    if (row.group)
        return m_palette.color(QPalette::Window);
    return row.row % 2 ? m_palette.color(QPalette::AlternateBase) : m_palette.color(QPalette::Base);
}

LanePainter::GridColumns LanePainter::gridColumns(const FramePlan &f) const
{
    GridColumns g;
    const QColor text = m_palette.color(QPalette::Text);
    g.minor = withAlpha(text, 22);
    g.major = withAlpha(text, 55);
    for (const Tick &t : f.ticks.minor) {
        const double x = std::round(f.scale.toX(t.time));
        if (x >= f.plot.left() && x <= f.plot.right())
            g.minorX.append(int(x));
    }
    for (const Tick &t : f.ticks.major) {
        const double x = std::round(f.scale.toX(t.time));
        if (x >= f.plot.left() && x <= f.plot.right())
            g.majorX.append(int(x));
    }
    return g;
}

void LanePainter::fillGridded(QPainter &p, const QRect &rect, const QColor &bg, const GridColumns &grid)
{
    p.fillRect(rect, bg);
    const QColor mi = over(grid.minor, bg);
    const QColor ma = over(grid.major, bg);
    for (int x : grid.minorX) {
        if (x >= rect.left() && x <= rect.right())
            p.fillRect(QRect(x, rect.top(), 1, rect.height()), mi);
    }
    for (int x : grid.majorX) {
        if (x >= rect.left() && x <= rect.right())
            p.fillRect(QRect(x, rect.top(), 1, rect.height()), ma);
    }
}

void LanePainter::drawBackground(QPainter &p, const FramePlan &f)
{
    const QColor base = m_palette.color(QPalette::Base);
    // Each row opaque, with the grid's lines blended into its own colour: all of it plain fills or copies.
    const GridColumns grid = gridColumns(f);
    const QColor &minor = grid.minor;
    const QColor &major = grid.major;
    const auto &minorX = grid.minorX;
    const auto &majorX = grid.majorX;
    const int top = f.plot.top();
    const int bottom = f.plot.bottom() + 1;
    // The rows on screen, clipped to the plot, then what is below the last row.
    struct Strip {
        int y0, y1;
        QRgb color;
    };
    QVarLengthArray<Strip, 128> strips;
    int y = top;
    for (const FramePlan::Row &r : f.rows) {
        const int y0 = int(std::round(r.top));
        const int y1 = int(std::round(r.top + r.height));
        strips.append(Strip{std::max(y0, top), std::min(y1, bottom), rowColor(r).rgb()});
        y = y1;
    }
    strips.append(Strip{std::max(y, top), bottom, base.rgb()});

    if (!isRaster(p)) {
        // Vector output (SVG, PDF): rectangles and lines, not pictures of them.
        for (const Strip &st : strips) {
            if (st.y1 > st.y0)
                fillGridded(p, QRect(f.plot.left(), st.y0, f.plot.width(), st.y1 - st.y0),
                            QColor::fromRgb(st.color), grid);
        }
        return;
    }
    // On a raster target every pixel line of a row is the same: one band image per row colour, its first
    // line drawn and copied down, then copied onto each row. A few hundred line copies instead of a
    // rectangle fill per row and grid line (thousands of QPainter calls a frame).
    const qreal dpr = devicePixelRatio(p);
    const int width = int(std::ceil(f.plot.width() * dpr));
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
                const int dx = int(std::round((x - f.plot.left()) * dpr));
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
            p.drawImage(QRectF(f.plot.left(), y0, f.plot.width(), h), band, QRectF(0, 0, width, h * dpr));
        }
    }
}

QColor LanePainter::bandColor(const FramePlan::Band &band)
{
    return band.period ? annotationPeriodColor() : annotationSpanColor();
}

QColor LanePainter::bandTint(const FramePlan::Band &band)
{
    return withAlpha(bandColor(band), band.period ? 40 : 56);
}

void LanePainter::drawBands(QPainter &p, const FramePlan &f, const TimelineDecorations &deco)
{
    if (f.bands.empty())
        return;
    // Each row under a band opaque in the row's colour tinted by the band's, its grid lines kept: plain
    // fills, as the background is (a tall translucent fill would be a slow blend), and the same tint on
    // every row whatever is drawn under it.
    const GridColumns grid = gridColumns(f);
    auto covers = [](const FramePlan::Band &band, const FramePlan::Row &row) {
        return band.period || band.row == row.row;
    };
    std::vector<int> cuts;
    for (size_t b = 0; b < f.bands.size(); ++b) {
        const FramePlan::Band &band = f.bands[b];
        const int x0 = int(band.rect.left());
        const int x1 = int(band.rect.right());
        for (const FramePlan::Row &row : f.rows) {
            if (!covers(band, row))
                continue;
            const int y0 = std::max(int(std::round(row.top)), int(band.rect.top()));
            const int y1 = std::min(int(std::round(row.top + row.height)), int(band.rect.bottom()));
            if (y1 <= y0)
                continue;
            // Where earlier bands on this row overlap this one, their tints stay under it: the row is cut
            // at their ends, and each piece tinted by every band over it, in order.
            cuts.assign({x0, x1});
            for (size_t e = 0; e < b; ++e) {
                const FramePlan::Band &earlier = f.bands[e];
                if (!covers(earlier, row))
                    continue;
                for (int x : {int(earlier.rect.left()), int(earlier.rect.right())}) {
                    if (x > x0 && x < x1)
                        cuts.push_back(x);
                }
            }
            std::sort(cuts.begin(), cuts.end());
            cuts.erase(std::unique(cuts.begin(), cuts.end()), cuts.end());
            for (size_t c = 0; c + 1 < cuts.size(); ++c) {
                const int a = cuts[c], z = cuts[c + 1];
                QColor color = rowColor(row);
                for (size_t e = 0; e <= b; ++e) {
                    const FramePlan::Band &under = f.bands[e];
                    if (covers(under, row) && under.rect.left() <= a && under.rect.right() >= z)
                        color = over(bandTint(under), color);
                }
                fillGridded(p, QRect(a, y0, z - a, y1 - y0), color, grid);
            }
        }
        // Its ends, so that two bands side by side stay two; a chosen one outlined, its ends to be grabbed.
        const bool chosen = band.mark >= 0 && band.mark == deco.selectedMark;
        const QColor edge = chosen ? m_palette.color(QPalette::Highlight) : bandColor(band);
        const int width = chosen ? 2 : 1;
        vline(p, x0, band.rect.top(), band.rect.bottom(), edge, width);
        vline(p, x1 - width, band.rect.top(), band.rect.bottom(), edge, width);
        if (chosen) {
            hline(p, x0, x1, band.rect.top(), edge, width);
            hline(p, x0, x1, band.rect.bottom() - width, edge, width);
        }
    }
}

void LanePainter::drawBandTags(QPainter &p, const FramePlan &f)
{
    p.setFont(m_fonts.badge);
    for (const FramePlan::Band &band : f.bands) {
        if (band.tag.isEmpty())
            continue;
        const QColor color = bandColor(band);
        p.fillRect(band.tag, color);
        p.setPen(band.period ? Qt::white : Qt::black);
        p.drawText(band.tag, Qt::AlignCenter, band.text);
    }
    p.setFont(m_fonts.text);
}

void LanePainter::drawDensity(QPainter &p, const FramePlan &f)
{
    if (f.densityRows.empty())
        return;
    const int width = f.plot.width();
    quint32 maxCount = 1;
    for (quint32 c : f.counts)
        maxCount = std::max(maxCount, c);
    int stripTotal = 0;
    int tallest = 1;
    for (const FramePlan::Row &plan : f.rows) {
        if (plan.mode == FramePlan::Row::Mode::Density) {
            const int h = std::max(1, int(plan.height) - 2);
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
    for (const FramePlan::Row &plan : f.rows) {
        if (plan.mode != FramePlan::Row::Mode::Density)
            continue;
        const int h = std::max(1, int(plan.height) - 2);
        const QRgb bg = rowColor(plan).rgb();
        const QRgb fg = (plan.group ? m_palette.color(QPalette::Dark) : entityColor(plan.entity)).rgb();
        const quint32 *counts = f.counts.data() + plan.countsBegin;
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
        p.drawImage(QRect(f.plot.left(), int(std::round(plan.top)) + 1, width, h), m_densityImage,
                    QRect(0, stripTop, width, h));
        stripTop += h;
    }
}

void LanePainter::drawBars(QPainter &p, const FramePlan &f)
{
    const QColor text = m_palette.color(QPalette::Text);
    for (const FramePlan::Shade &s : f.shades) {
        const FramePlan::Row *row = f.rowPlan(s.row);
        const QColor bg = row ? rowColor(*row) : m_palette.color(QPalette::Base);
        p.fillRect(s.rect, over(withAlpha(text, s.level == 1 ? 70 : s.level == 2 ? 130 : 190), bg));
    }
    for (const FramePlan::Item &item : f.items) {
        if (item.type != FramePlan::Item::Type::Bar)
            continue;
        const FramePlan::Row *row = f.rowPlan(item.row);
        const QColor bg = row ? rowColor(*row) : m_palette.color(QPalette::Base);
        const QRect rect = item.rect.toRect();
        const Event &ev = m_data->events[item.event];
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
    }
}

void LanePainter::drawLinks(QPainter &p, const FramePlan &f)
{
    const QColor base = m_palette.color(QPalette::Base);
    const bool raster = isRaster(p);
    for (const FramePlan::Link &link : f.links) {
        const Event &e = m_data->events[link.event];
        const double x = link.x - 1;
        const MarkStyle style = markStyle(e);
        const QColor c = over(withAlpha(kindColor(e.kind), style == Solid ? 210 : 160), base);
        // The line between the gaps the plan left where it crosses other events' things.
        auto segment = [&](double y0, double y1) {
            if (y1 <= y0)
                return;
            if (style == Solid) {
                vline(p, x, y0, y1, c, 2);
                return;
            }
            // Dashed: a stated intention or an unconfirmed report joins its parties only tentatively.
            // Dashes of 3 pixels every 6, aligned to the target's pixel lines so that they run on across
            // rows. On a raster target one copy from a column of dashes made once (a pattern brush costs a
            // span setup per fill and goes to Qt's thread pool when long); elsewhere (SVG, PDF) a rectangle
            // per dash.
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
        };
        double y = link.top;
        for (quint32 g = link.gapsBegin; g < link.gapsEnd; ++g) {
            segment(y, std::min(link.bottom, f.linkGaps[g].top));
            y = std::max(y, f.linkGaps[g].bottom);
        }
        segment(y, link.bottom);
    }
}

void LanePainter::drawSpans(QPainter &p, const FramePlan &f)
{
    // A thin line in the kind's colour from the period's first day to its last, its ends rising toward the
    // marker: a bracket, lighter than a bar (an event with an end date), so that the two never read alike.
    const QColor base = m_palette.color(QPalette::Base);
    const double left = f.plot.left() - 1, right = f.plot.right() + 2;
    for (const FramePlan::Span &span : f.spans) {
        const QColor c = over(withAlpha(kindColor(m_data->events[span.event].kind), 170), base);
        const double x0 = std::max(left, span.left), x1 = std::min(right, span.right);
        hline(p, std::round(x0), std::round(x1), std::round(span.y), c);
        if (span.left >= left)
            vline(p, std::round(span.left), span.y - 3, span.y + 1, c);
        if (span.right <= right)
            vline(p, std::round(span.right) - 1, span.y - 3, span.y + 1, c);
    }
}

const QImage &LanePainter::dashColumn(const QColor &c, int height)
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

void LanePainter::ensureSprites(double r, qreal dpr)
{
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

const QImage &LanePainter::sprite(int kind, int style, bool ranged)
{
    return m_sprites[size_t((kind * 3 + style) * 2 + (ranged ? 1 : 0))];
}

void LanePainter::drawBadges(QPainter &p, const FramePlan &f)
{
    // A grey box with the count.
    const bool raster = isRaster(p);
    const qreal dpr = devicePixelRatio(p);
    p.setFont(m_fonts.badge);
    const QColor badgeFill = m_palette.color(QPalette::Text).lightness() < 128 ? QColor(0x6b, 0x6b, 0x6b)
                                                                               : QColor(0xa0, 0xa0, 0xa0);
    for (const FramePlan::Item &item : f.items) {
        if (item.type != FramePlan::Item::Type::Badge)
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
            ip.setFont(m_fonts.badge);
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
    p.setFont(m_fonts.text);
}

void LanePainter::drawMarkers(QPainter &p, const FramePlan &f, const LaneLayout &layout,
                              const TimelineDecorations &deco)
{
    if (!m_data || !m_index)
        return;
    const bool raster = isRaster(p);
    const qreal dpr = devicePixelRatio(p);
    double radius = m_style.markerRadius;
    for (const FramePlan::Row &row : f.rows) {
        if (row.mode == FramePlan::Row::Mode::Detail) {
            radius = row.radius;
            break;
        }
    }
    ensureSprites(radius, dpr);
    const QColor base = m_palette.color(QPalette::Base);
    const double spriteHalf = std::ceil(2 * m_spriteRadius + 2) / 2.0;
    std::vector<QPointF> hovered;

    drawBadges(p, f);
    if (!raster)
        p.setRenderHint(QPainter::Antialiasing, true);
    for (const FramePlan::Item &item : f.items) {
        if (item.type != FramePlan::Item::Type::Marker)
            continue;
        const Event &e = m_data->events[item.event];
        const QPointF c = item.rect.center();
        if (raster)
            p.drawImage(QPointF(c.x() - spriteHalf, c.y() - spriteHalf),
                        sprite(int(e.kind), markStyle(e), e.isRanged()));
        else
            drawMark(p, c, item.rect.width() / 2, kindColor(e.kind), markStyle(e), e.isRanged(), base);
        if (int(item.event) == deco.hoveredEvent)
            hovered.push_back(c);
    }
    p.setRenderHint(QPainter::Antialiasing, true);

    // Annotation badges: a small amber disc with the count at the marker's upper right.
    if (deco.annotations && !deco.annotations->isEmpty()) {
        p.setFont(m_fonts.badge);
        for (const FramePlan::Item &item : f.items) {
            if (item.type != FramePlan::Item::Type::Marker)
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
        p.setFont(m_fonts.text);
    }
    drawNumbers(p, f);

    // The selected event: ringed wherever it is drawn, and drawn on top where it is inside a badge or a
    // density strip, so that the selection is always visible.
    if (deco.selectedEvent >= 0 && size_t(deco.selectedEvent) < m_data->events.size() &&
        m_index->accepts(size_t(deco.selectedEvent))) {
        const Event &e = m_data->events[size_t(deco.selectedEvent)];
        const double x = f.scale.toX(e.time());
        QPen ring(m_palette.color(QPalette::Highlight), 2.5);
        for (quint16 party : m_data->partiesOf(e)) {
            const int ri = layout.rowOfEntity(party);
            const FramePlan::Row *row = ri < 0 ? nullptr : f.rowPlan(ri);
            if (!row)
                continue; // a hidden lane, or one scrolled out of view
            const QPointF known = f.markerCenter(deco.selectedEvent, ri);
            const QPointF c = known.isNull() ? QPointF(x, row->trackCenter(0)) : known;
            if (c.y() < f.plot.top() || c.y() > f.plot.bottom())
                continue;
            if (known.isNull())
                drawMark(p, c, radius, kindColor(e.kind), markStyle(e), e.isRanged(), base);
            p.setPen(ring);
            p.setBrush(Qt::NoBrush);
            p.drawEllipse(c, radius + 3, radius + 3);
        }
    }
    if (!hovered.empty()) {
        QColor c = m_palette.color(QPalette::Text);
        c.setAlpha(120);
        p.setPen(QPen(c, 1.5));
        p.setBrush(Qt::NoBrush);
        for (const QPointF &h : hovered)
            p.drawEllipse(h, radius + 2.5, radius + 2.5);
    }
    p.setRenderHint(QPainter::Antialiasing, false);
}

void LanePainter::drawNumbers(QPainter &p, const FramePlan &f)
{
    if (f.numbers.empty())
        return;
    p.setFont(m_fonts.badge);
    p.setPen(Qt::black);
    for (const FramePlan::Number &number : f.numbers) {
        p.fillRect(number.rect, annotationSpanColor());
        p.drawText(number.rect, Qt::AlignCenter, number.text);
    }
    p.setFont(m_fonts.text);
}

void LanePainter::drawLabels(QPainter &p, const FramePlan &f, LabelTexts &texts)
{
    const QColor text = m_palette.color(QPalette::Text);
    p.setPen(text);
    p.setFont(m_fonts.text);
    const bool raster = isRaster(p);
    const qreal dpr = devicePixelRatio(p);
    const double ascent = m_fm.ascent();
    // Leader lines first, light, from a marker to its label in another track.
    const QColor leader = over(withAlpha(text, 120), m_palette.color(QPalette::Base));
    for (const FramePlan::Label &label : f.labels) {
        if (!label.leader.isNull()) {
            const double y0 = std::min(label.leader.y1(), label.leader.y2());
            const double y1 = std::max(label.leader.y1(), label.leader.y2());
            const double x = std::round(label.leader.x1());
            vline(p, x, y0, y1, leader);
            // A short foot toward the text.
            const double foot = label.rect.left() > x ? label.rect.left() - 1 : label.rect.right() + 1;
            hline(p, std::min(x, foot), std::max(x, foot) + 1, std::round(label.leader.y2()), leader);
        }
    }
    for (const FramePlan::Label &label : f.labels) {
        LabelTexts::Entry &entry = texts.entry(label.event, label.width);
        ++entry.uses;
        if (raster && entry.uses > 1) {
            // Text drawn once into an image: a frame then blends a few hundred small images instead of
            // laying out thousands of glyphs. A label seen only once (zooming through) is not worth it.
            if (entry.image.isNull() || entry.image.devicePixelRatio() != dpr) {
                entry.image =
                    QImage(int(std::ceil((entry.width + 2) * dpr)), int(std::ceil(label.rect.height() * dpr)),
                           QImage::Format_ARGB32_Premultiplied);
                entry.image.setDevicePixelRatio(dpr);
                entry.image.fill(Qt::transparent);
                QPainter ip(&entry.image);
                ip.setFont(m_fonts.text);
                ip.setPen(text);
                ip.drawText(QPointF(0, ascent), entry.text);
            }
            p.drawImage(label.rect.topLeft(), entry.image);
        } else {
            p.drawText(QPointF(label.rect.left(), label.rect.top() + ascent), entry.text);
        }
    }
}

void LanePainter::drawCursor(QPainter &p, const FramePlan &f, const TimelineDecorations &deco)
{
    if (deco.currentTime == 0)
        return;
    const double x = f.scale.toX(deco.currentTime);
    if (x < f.plot.left() - 2 || x > f.plot.right() + 2)
        return;
    vline(p, std::round(x) - 1, f.plot.top(), f.plot.bottom() + 1, cursorColor, 2);
}

void LanePainter::drawFocus(QPainter &p, const FramePlan &f)
{
    const QColor h = m_palette.color(QPalette::Highlight);
    const QRect r = f.plot;
    p.fillRect(QRect(r.left(), r.top(), r.width(), 2), h);
    p.fillRect(QRect(r.left(), r.bottom() - 1, r.width(), 2), h);
    p.fillRect(QRect(r.left(), r.top(), 2, r.height()), h);
    p.fillRect(QRect(r.right() - 1, r.top(), 2, r.height()), h);
}

} // namespace at
