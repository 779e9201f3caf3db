// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#include "ui/network/networklegend.h"

#include "app/core/colors.h"
#include "app/core/network/networkgraph.h"
#include "app/core/theme.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <functional>

namespace at {
namespace {

struct NetworkText {
    Q_DECLARE_TR_FUNCTIONS(at::NetworkView)
};

constexpr double glyphWidth = 26;
constexpr double gap = 6;
constexpr double entrySpacing = 14;

enum class Glyph { Line, Disc, Family, LowerBound, UpperBound, NoFigure };
struct Entry {
    Glyph glyph = Glyph::Line;
    QString text;
    QColor color;
    QList<qreal> dashes; // in pixels; empty: solid
    double alpha = 1;
};

Entry line(const QString &text, const QColor &color, const QList<qreal> &dashes = {}, double alpha = 1)
{
    return Entry{Glyph::Line, text, color, dashes, alpha};
}
Entry mark(Glyph glyph, const QString &text, const QColor &color)
{
    return Entry{glyph, text, color, {}, 1};
}

QList<Entry> entries(const NetworkLegend &l)
{
    QList<Entry> out;
    const QColor neutral = l.palette.color(QPalette::Text);
    for (Kind k : l.kinds)
        out.append(line(displayName(k), kindColor(k)));
    out.append(line(NetworkText::tr("in force"), neutral));
    out.append(line(NetworkText::tr("announced, rumoured, unconfirmed or planned"), neutral, {5, 3.5}));
    out.append(line(NetworkText::tr("date uncertain"), neutral, {1.5, 2.5}));
    out.append(line(NetworkText::tr("over (fades within half a year)"), neutral, {}, 0.3));
    for (Sector s : l.sectors)
        out.append(mark(Glyph::Disc, displayName(s), sectorColor(s)));
    if (l.families)
        out.append(mark(Glyph::Family, NetworkText::tr("company holding its products"), neutral));
    if (l.metric) {
        out.append(mark(Glyph::Disc, NetworkText::tr("disc area: %1").arg(displayName(*l.metric)), neutral));
        out.append(mark(Glyph::LowerBound, NetworkText::tr("at least"), neutral));
        out.append(mark(Glyph::UpperBound, NetworkText::tr("at most"), neutral));
        out.append(mark(Glyph::NoFigure, NetworkText::tr("no figure: no size claim"), neutral));
    }
    return out;
}

void drawGlyph(QPainter &p, const Entry &e, const QRectF &box, const QPalette &palette)
{
    const QPointF c = box.center();
    QColor color = e.color;
    color.setAlphaF(float(e.alpha));
    switch (e.glyph) {
    case Glyph::Line: {
        QPen pen(color, 2);
        pen.setCapStyle(Qt::FlatCap);
        if (!e.dashes.isEmpty()) {
            QList<qreal> pattern;
            for (qreal d : e.dashes)
                pattern << d / 2;
            pen.setDashPattern(pattern);
        }
        p.setPen(pen);
        p.drawLine(QPointF(box.left(), c.y()), QPointF(box.right(), c.y()));
        break;
    }
    case Glyph::Disc:
        p.setPen(QPen(isDark(palette) ? color.lighter(150) : color.darker(150), 1));
        p.setBrush(color);
        p.drawEllipse(c, 5, 5);
        break;
    case Glyph::Family:
        p.setPen(QPen(color, 1));
        p.setBrush(Qt::NoBrush);
        p.drawEllipse(c, 11, 6.5);
        p.setBrush(color);
        p.drawEllipse(c + QPointF(-4, 0), 2.5, 2.5);
        p.drawEllipse(c + QPointF(4, 0), 2, 2);
        break;
    case Glyph::LowerBound: {
        p.setPen(QPen(color, 1));
        p.setBrush(color);
        p.drawEllipse(c, 4, 4);
        QPen pen(color, 1.2);
        pen.setDashPattern({3 / 1.2, 2.5 / 1.2});
        p.setPen(pen);
        p.setBrush(Qt::NoBrush);
        p.drawEllipse(c, 6.5, 6.5);
        break;
    }
    case Glyph::UpperBound: {
        QPen pen(color, 1.5);
        pen.setDashPattern({2, 4 / 3.0});
        p.setPen(pen);
        QColor fill = color;
        fill.setAlphaF(0.35f);
        p.setBrush(fill);
        p.drawEllipse(c, 5.5, 5.5);
        break;
    }
    case Glyph::NoFigure: {
        QPen pen(color, 1);
        pen.setDashPattern({2, 2});
        p.setPen(pen);
        p.setBrush(Qt::NoBrush);
        p.drawEllipse(c, 3.5, 3.5);
        break;
    }
    }
}

} // namespace

NetworkLegend NetworkLegend::of(const Dataset &d, const NetworkGraph &graph)
{
    NetworkLegend l;
    QList<bool> kinds(count<Kind>(), false);
    for (const NetworkEdge &e : graph.edges())
        kinds[int(d.events[e.event].kind)] = true;
    for (int k = 0; k < count<Kind>(); ++k) {
        if (kinds[k])
            l.kinds.append(Kind(k));
    }
    QList<bool> sectors(count<Sector>(), false);
    for (const Entity &e : d.entities)
        sectors[int(e.sector)] = true;
    for (int s = 0; s < count<Sector>(); ++s) {
        if (sectors[s])
            l.sectors.append(Sector(s));
    }
    l.families = std::any_of(graph.families().begin(), graph.families().end(),
                             [](const NetworkFamily &f) { return f.members.size() > 1; });
    return l;
}

template <typename Fn> double NetworkLegend::layOut(double width, Fn &&place) const
{
    const QFontMetricsF fm(font);
    const double line = std::max(14.0, fm.height());
    double x = 0, y = 0;
    for (const Entry &e : entries(*this)) {
        const double w = glyphWidth + gap + fm.horizontalAdvance(e.text);
        if (x > 0 && x + w > width) {
            x = 0;
            y += line + 3;
        }
        place(e, QRectF(x, y, w, line));
        x += w + entrySpacing;
    }
    return y + line;
}

double NetworkLegend::height(double width) const
{
    return layOut(width, [](const Entry &, const QRectF &) {});
}

void NetworkLegend::draw(QPainter &p, const QRectF &area) const
{
    p.save();
    p.setRenderHint(QPainter::Antialiasing, true);
    p.setFont(font);
    const QColor text = palette.color(QPalette::Text);
    layOut(area.width(), [&](const Entry &e, const QRectF &r) {
        const QRectF box = r.translated(area.topLeft());
        drawGlyph(p, e, QRectF(box.left(), box.top(), glyphWidth, box.height()), palette);
        p.setPen(text);
        p.drawText(box.adjusted(glyphWidth + gap, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter, e.text);
    });
    p.restore();
}

} // namespace at
