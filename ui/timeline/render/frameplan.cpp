// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#include "ui/timeline/render/frameplan.h"

#include "app/core/dataset.h"
#include "ui/timeline/render/lanelayout.h"

#include <algorithm>
#include <cmath>

namespace at {
namespace {

// How far a link runs on toward a party whose lane is scrolled out of view.
constexpr double linkStub = 14;

} // namespace

const FramePlan::Row *FramePlan::rowPlan(int row) const
{
    for (const Row &r : rows) {
        if (r.row == row)
            return &r;
    }
    return nullptr;
}

QPointF FramePlan::markerCenter(int event, int row) const
{
    for (const Item &item : items) {
        if (item.type == Item::Type::Marker && int(item.event) == event && item.row == row)
            return item.rect.center();
    }
    return {};
}

FramePlanner::FramePlanner()
{
    setFonts(TimelineFonts::make(QFont(), m_style));
}

void FramePlanner::setData(const Dataset *dataset, const EventIndex *index)
{
    m_data = dataset;
    m_index = index;
    m_labels.setDataset(dataset);
    updateGutterWidth();
}

void FramePlanner::setLocale(const QLocale &locale)
{
    m_locale = locale;
    m_tickWidths.reset();
    updateGutterWidth();
}

void FramePlanner::setFonts(const TimelineFonts &fonts)
{
    m_fonts = fonts;
    m_fm = QFontMetricsF(fonts.text);
    m_badgeFm = QFontMetricsF(fonts.badge);
    m_fontHeight = m_fm.height();
    m_trackHeight = std::max<double>(m_style.trackHeight, std::ceil(m_fontHeight) + 1);
    m_labels.setFont(fonts.text);
    m_labels.setMaxWidth(m_style.maxLabelWidth);
    m_tickWidths.reset();
    updateGutterWidth();
}

void FramePlanner::setStyle(const TimelineStyle &style)
{
    m_style = style;
    m_trackHeight = std::max<double>(m_style.trackHeight, std::ceil(m_fontHeight) + 1);
    m_labels.setMaxWidth(m_style.maxLabelWidth);
}

void FramePlanner::updateGutterWidth()
{
    // The gutter is as wide as the longest name in the current language, within limits.
    double widest = 0;
    if (m_data) {
        for (const Entity &e : m_data->entities)
            widest = std::max(widest, m_fm.horizontalAdvance(e.name(m_locale)));
        const QFontMetricsF groupFm(m_fonts.group);
        for (int s = 0; s < count<Sector>(); ++s)
            widest = std::max(widest, groupFm.horizontalAdvance(displayName(Sector(s))) + 30);
    }
    m_gutterWidth = std::clamp(int(std::ceil(widest)) + 34, 110, 230);
}

FrameGeometry FramePlanner::geometry(const QRect &target) const
{
    FrameGeometry g;
    const int gw = std::min(m_gutterWidth, target.width() / 3);
    const int ah = m_style.axisHeight;
    const int lh = m_style.legendHeight;
    g.axis = QRect(target.left() + gw, target.top(), target.width() - gw, ah);
    g.gutter = QRect(target.left(), target.top() + ah, gw, std::max(0, target.height() - ah - lh));
    g.plot = QRect(target.left() + gw, target.top() + ah, std::max(1, target.width() - gw),
                   std::max(1, target.height() - ah - lh));
    g.legend = QRect(target.left(), target.bottom() - lh + 1, target.width(), lh);
    return g;
}

int FramePlanner::tracksFor(double rowHeight) const
{
    return std::max(1, int((rowHeight - 4 - m_style.bandHeight) / m_trackHeight));
}

void FramePlanner::plan(FramePlan &f, const QRect &target, const TimeScale &scale, const LaneLayout &layout,
                        double scrollY, const TimelineDecorations &deco)
{
    const FrameGeometry g = geometry(target);
    f.rows.clear();
    f.items.clear();
    f.labels.clear();
    f.shades.clear();
    f.links.clear();
    f.counts.clear();
    f.densityRows.clear();
    f.visibleEvents = 0;
    f.gutter = g.gutter;
    f.axis = g.axis;
    f.plot = g.plot;
    f.legend = g.legend;
    f.scrollY = scrollY;
    f.scale = scale;
    f.scale.setPixelRange(g.plot.x(), g.plot.width());
    if (!m_tickWidths)
        m_tickWidths =
            AxisTicks::widestLabels(m_locale, [this](const QString &s) { return m_fm.horizontalAdvance(s); });
    f.ticks = AxisTicks::make(f.scale.from(), f.scale.to(), f.scale.pixelsPerDay(), m_locale, *m_tickWidths);
    f.events = m_data && m_index && m_index->laneCount() == int(m_data->entities.size());
    planRows(f, layout, deco);
    if (f.events) {
        planBars(f, layout);
        planLinks(f, layout);
        planLabels(f);
    }
}

void FramePlanner::planRows(FramePlan &f, const LaneLayout &layout, const TimelineDecorations &deco)
{
    const auto &rows = layout.rows();
    const double plotTop = f.plot.top();
    const double plotBottom = f.plot.bottom() + 1;
    m_items.clear();
    m_placement.clear();
    m_rowPlacements.clear();

    PlacementParams params;
    params.markerGap = 2;
    params.labelGap = 4;
    params.digitWidth = float(m_badgeFm.horizontalAdvance(u'0'));
    params.badgePadding = 8;
    params.labelWidth = [this](quint32 event) { return m_labels.fullWidth(event); };
    if (deco.annotations && !deco.annotations->isEmpty()) {
        const QHash<int, int> *annotations = deco.annotations;
        params.markerExtra = [annotations](quint32 event) {
            return annotations->contains(int(event)) ? 9.0f : 0.0f;
        };
    }

    for (size_t ri = 0; ri < rows.size(); ++ri) {
        const LaneRow &row = rows[ri];
        const double y = plotTop + row.top - f.scrollY;
        if (y + row.height <= plotTop || y >= plotBottom)
            continue;
        FramePlan::Row plan;
        plan.row = int(ri);
        plan.group = row.isGroup();
        plan.entity = row.entity;
        plan.top = y;
        plan.height = row.height;
        plan.tracks = tracksFor(row.height);
        const double inner = row.height - m_style.bandHeight - 3;
        plan.trackHeight = std::min(m_trackHeight, inner / plan.tracks);
        plan.radius = std::clamp(plan.trackHeight / 2 - 2, 2.0, m_style.markerRadius);
        plan.labels = plan.trackHeight >= m_fontHeight;
        const QList<int> entities =
            (row.isGroup() && !row.collapsed) ? QList<int>() : layout.entitiesOfRow(int(ri));
        if (!f.events || entities.isEmpty()) {
            plan.mode = FramePlan::Row::Mode::Header;
            f.rows.push_back(plan);
            continue;
        }
        const double ppd = f.scale.pixelsPerDay();
        const double leftDays = (plan.radius + (plan.labels ? m_style.maxLabelWidth + 4 : 0)) / ppd;
        const double rightDays = (plan.radius + 1) / ppd;
        size_t n = 0;
        for (int e : entities) {
            const auto [a, b] = m_index->positions(e, f.scale.from() - leftDays, f.scale.to() + rightDays);
            n += b - a;
        }
        if (n > f.plot.width() / m_style.densityFactor)
            planDensity(f, plan, entities);
        else
            planDetail(f, plan, entities, params);
        f.rows.push_back(plan);
    }
}

void FramePlanner::planDensity(FramePlan &f, FramePlan::Row &plan, const QList<int> &entities)
{
    const TimeScale &s = f.scale;
    const double ppd = s.pixelsPerDay();
    const int width = f.plot.width();
    plan.mode = FramePlan::Row::Mode::Density;
    plan.countsBegin = f.counts.size();
    f.counts.resize(f.counts.size() + size_t(width), 0);
    quint32 *counts = f.counts.data() + plan.countsBegin;
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
    f.visibleEvents += visible;
    f.densityRows.push_back(plan.row);
}

void FramePlanner::planDetail(FramePlan &f, FramePlan::Row &plan, const QList<int> &entities,
                              PlacementParams &params)
{
    const TimeScale &s = f.scale;
    const double ppd = s.pixelsPerDay();
    const double leftDays = (plan.radius + (plan.labels ? m_style.maxLabelWidth + 4 : 0)) / ppd;
    const double rightDays = (plan.radius + 1) / ppd;
    const size_t itemsBegin = m_items.size();
    for (int e : entities) {
        const auto [a, b] = m_index->positions(e, s.from() - leftDays, s.to() + rightDays);
        const EventIndex::Lane &lane = m_index->lane(e);
        for (size_t i = a; i < b; ++i)
            m_items.push_back(PlacementItem{float(s.toX(lane.time2[i] * 0.5)), lane.events[i]});
    }
    if (entities.size() > 1) {
        // A collapsed group: the lanes' events merged in time order, each event once.
        auto first = m_items.begin() + qsizetype(itemsBegin);
        std::sort(first, m_items.end(), [](const PlacementItem &a, const PlacementItem &b) {
            return a.x != b.x ? a.x < b.x : a.event < b.event;
        });
        auto last = std::unique(first, m_items.end(), [](const PlacementItem &a, const PlacementItem &b) {
            return a.event == b.event;
        });
        m_items.erase(last, m_items.end());
    }
    const size_t itemsEnd = m_items.size();
    f.visibleEvents += int(itemsEnd - itemsBegin);
    spreadSameTime(itemsBegin, itemsEnd, plan.radius, ppd);

    const float minLabelWidth = float(std::max(30.0, m_fm.horizontalAdvance(QStringLiteral("Abc…"))));
    params.tracks = plan.tracks;
    params.markerRadius = float(plan.radius);
    params.minLabelWidth = plan.labels ? minLabelWidth : 1e9f;
    RowPlacement rp;
    rp.plan = f.rows.size();
    rp.itemsBegin = itemsBegin;
    rp.markersBegin = m_placement.markers.size();
    rp.labelsBegin = m_placement.labels.size();
    const size_t badgesBegin = m_placement.badges.size();
    placeLane(std::span<const PlacementItem>(m_items.data() + itemsBegin, itemsEnd - itemsBegin), params,
              m_placement);
    rp.markersEnd = m_placement.markers.size();
    rp.labelsEnd = m_placement.labels.size();
    m_rowPlacements.push_back(rp);

    for (size_t m = rp.markersBegin; m < rp.markersEnd; ++m) {
        const PlacedMarker &pm = m_placement.markers[m];
        const double cy = plan.trackCenter(pm.track);
        FramePlan::Item item;
        item.type = FramePlan::Item::Type::Marker;
        item.rect = QRectF(pm.x - plan.radius, cy - plan.radius, 2 * plan.radius, 2 * plan.radius);
        item.row = plan.row;
        item.event = pm.event;
        f.items.push_back(item);
    }
    for (size_t b = badgesBegin; b < m_placement.badges.size(); ++b) {
        const PlacedBadge &pb = m_placement.badges[b];
        const double cy = plan.trackCenter(pb.track);
        const double h = std::min(plan.trackHeight - 2, m_badgeFm.height() + 3);
        FramePlan::Item item;
        item.type = FramePlan::Item::Type::Badge;
        item.rect = QRectF(pb.left, cy - h / 2, pb.right - pb.left, h);
        item.row = plan.row;
        const PlacementItem *items = m_items.data() + itemsBegin;
        item.event = items[pb.firstItem].event;
        item.count = pb.count();
        item.from = s.toTime(items[pb.firstItem].x);
        item.to = s.toTime(items[pb.lastItem].x);
        f.items.push_back(item);
    }
}

void FramePlanner::spreadSameTime(size_t begin, size_t end, double radius, double ppd)
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

void FramePlanner::planBars(FramePlan &f, const LaneLayout &layout)
{
    const TimeScale &s = f.scale;
    const double left = f.plot.left() - 2;
    const double right = f.plot.right() + 2;
    for (const FramePlan::Row &plan : f.rows) {
        if (plan.mode != FramePlan::Row::Mode::Detail)
            continue;
        const int y = int(std::round(plan.top + plan.height)) - m_style.bandHeight - 1;
        const int h = m_style.bandHeight - 1;
        m_ranges.clear();
        for (int e : layout.entitiesOfRow(plan.row))
            m_index->forEachRange(e, s.from(), s.to(),
                                  [&](const EventIndex::Range &r) { m_ranges.push_back(r); });
        if (m_ranges.size() > maxBarsPerRow) {
            // Too many to tell apart: how many periods cover each pixel column, in three shades.
            const int x0 = f.plot.left();
            const int width = f.plot.width();
            std::vector<int> depth(static_cast<size_t>(width) + 1, 0);
            for (const EventIndex::Range &r : m_ranges) {
                const int a = std::clamp(int(std::round(s.toX(r.start2 * 0.5))) - x0, 0, width);
                const int b = std::clamp(int(std::round(s.toX(r.end2 * 0.5))) - x0 + 1, 0, width);
                ++depth[size_t(a)];
                --depth[size_t(b)];
            }
            int running = 0, runStart = 0, runLevel = 0;
            for (int x = 0; x <= width; ++x) {
                int level = -1; // past the end: flush the last run
                if (x < width) {
                    running += depth[size_t(x)];
                    level = running <= 0 ? 0 : running == 1 ? 1 : running <= 3 ? 2 : 3;
                }
                if (level != runLevel || x == width) {
                    if (runLevel > 0)
                        f.shades.push_back(
                            FramePlan::Shade{QRect(x0 + runStart, y, x - runStart, h), runLevel, plan.row});
                    runStart = x;
                    runLevel = std::max(0, level);
                }
            }
            continue;
        }
        for (const EventIndex::Range &r : m_ranges) {
            const int x0 = int(std::round(std::max(left, s.toX(r.start2 * 0.5))));
            const int x1 = int(std::round(std::min(right, s.toX(r.end2 * 0.5))));
            FramePlan::Item item;
            item.type = FramePlan::Item::Type::Bar;
            item.rect = QRect(x0, y, std::max(1, x1 - x0), h);
            item.row = plan.row;
            item.event = r.event;
            f.items.push_back(item);
        }
    }
}

void FramePlanner::planLinks(FramePlan &f, const LaneLayout &layout)
{
    // One point per marker of a multi-party event; a link joins the markers of the same event.
    struct Point {
        quint32 event;
        float x;
        float y;
    };
    std::vector<Point> points;
    for (const FramePlan::Item &item : f.items) {
        if (item.type == FramePlan::Item::Type::Marker && m_data->events[item.event].partyCount > 1)
            points.push_back(Point{item.event, float(item.rect.center().x()), float(item.rect.center().y())});
    }
    if (points.empty())
        return;
    std::sort(points.begin(), points.end(), [](const Point &a, const Point &b) {
        return a.event != b.event ? a.event < b.event : a.y < b.y;
    });
    const auto &rows = layout.rows();
    const double plotTop = f.plot.top();
    const double plotBottom = f.plot.bottom() + 1;
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
            const int ri = layout.rowOfEntity(party);
            if (ri < 0)
                continue; // a hidden lane
            const LaneRow &row = rows[size_t(ri)];
            const double top = plotTop + row.top - f.scrollY;
            if (top + row.height <= plotTop)
                y0 = std::max(plotTop, double(points[i].y) - linkStub);
            else if (top >= plotBottom)
                y1 = std::min(plotBottom, double(points[j].y) + linkStub);
        }
        if (y1 > y0)
            f.links.push_back(FramePlan::Link{points[i].event, std::round(points[i].x) + 1, y0, y1});
        i = j + 1;
    }
}

void FramePlanner::planLabels(FramePlan &f)
{
    const double fh = m_fontHeight;
    const QRectF plot(f.plot);
    for (const RowPlacement &rp : m_rowPlacements) {
        const FramePlan::Row &plan = f.rows[rp.plan];
        if (!plan.labels)
            continue;
        for (size_t l = rp.labelsBegin; l < rp.labelsEnd; ++l) {
            const PlacedLabel &pl = m_placement.labels[l];
            const float width = pl.elided ? pl.width : 0;
            const LabelTexts::Entry &entry = m_labels.entry(pl.event, width);
            if (entry.width <= 0)
                continue;
            const QRectF rect(std::round(pl.left), std::round(plan.trackCenter(pl.track) - fh / 2),
                              entry.width, fh);
            if (!rect.intersects(plot))
                continue;
            f.labels.push_back(FramePlan::Label{rect, pl.event, plan.row, width});
        }
    }
}

} // namespace at
