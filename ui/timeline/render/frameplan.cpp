// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#include "ui/timeline/render/frameplan.h"

#include "app/core/dataset.h"
#include "ui/timeline/render/densitycolumns.h"
#include "ui/timeline/render/lanelayout.h"
#include "ui/timeline/render/timelinelegend.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace at {
namespace {

// How far a link runs on toward a party whose lane is scrolled out of view.
constexpr double linkStub = 14;
// Events of one time are spread at most this far apart.
constexpr double maxSpreadSpacing = 120;

// The order in which a lane's labels get their room (lower first): the selection, then what the
// timeline is about (alliances and investments, then disputes and launches, then milestones, then
// plans), fact before report before rumour, then left to right.
quint32 labelPriority(const Event &e, bool selected)
{
    if (selected)
        return 0;
    int kind = 2;
    switch (e.kind) {
    case Kind::Alliance:
    case Kind::Investment:
        kind = 0;
        break;
    case Kind::Dispute:
    case Kind::Launch:
        kind = 1;
        break;
    case Kind::Milestone:
        kind = 2;
        break;
    case Kind::Plan:
        kind = 3;
        break;
    }
    int status = 0;
    switch (e.status) {
    case Status::Confirmed:
        status = 0;
        break;
    case Status::Announced:
        status = 1;
        break;
    case Status::Unconfirmed:
        status = 2;
        break;
    case Status::Rumoured:
        status = 3;
        break;
    }
    return quint32(1 + kind * 4 + status);
}

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

FramePlan::Shown FramePlan::Shown::joined(const Shown &other) const
{
    Shown s = *this;
    for (size_t k = 0; k < kinds.size(); ++k)
        s.kinds[k] = kinds[k] || other.kinds[k];
    s.tentative = tentative || other.tentative;
    s.planned = planned || other.planned;
    s.ranged = ranged || other.ranged;
    s.links = links || other.links;
    s.badges = badges || other.badges;
    s.imprecise = imprecise || other.imprecise;
    return s;
}

FramePlanner::~FramePlanner() = default;

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
    m_labels.setLocale(locale);
    m_tickWidths.reset();
    m_legend.clear();
    updateGutterWidth();
}

void FramePlanner::setFonts(const TimelineFonts &fonts)
{
    m_fonts = fonts;
    m_fm = QFontMetricsF(fonts.text);
    m_badgeFm = QFontMetricsF(fonts.badge);
    m_legend.clear();
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
    m_legendWidth = -1;
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
    // A legend of many rows in a small frame takes at most a third of what the axis leaves, and one row
    // at least; what does not fit there is left out.
    const int rowHeight = std::max(1, m_style.legendHeight);
    const int lh =
        std::min(legendHeight(target.width()),
                 std::max(m_style.legendHeight, (target.height() - ah) / 3 / rowHeight * rowHeight));
    g.axis = QRect(target.left() + gw, target.top(), target.width() - gw, ah);
    g.gutter = QRect(target.left(), target.top() + ah, gw, std::max(0, target.height() - ah - lh));
    g.plot = QRect(target.left() + gw, target.top() + ah, std::max(1, target.width() - gw),
                   std::max(1, target.height() - ah - lh));
    g.legend = QRect(target.left(), target.bottom() - lh + 1, target.width(), lh);
    return g;
}

int FramePlanner::legendHeight(int width) const
{
    if (m_style.legendHeight == 0)
        return 0; // a picture without its legend
    if (m_legend.empty()) {
        m_legend = legendEntries(m_legendShown ? &*m_legendShown : nullptr, m_fm);
        m_legendWidth = -1;
    }
    if (width != m_legendWidth) {
        m_legendRows = legendRows(m_legend, width);
        m_legendWidth = width;
    }
    return m_style.legendHeight * m_legendRows;
}

void FramePlanner::setLegendShown(const FramePlan::Shown *shown)
{
    m_legendShown = shown ? std::optional(*shown) : std::nullopt;
    m_legend.clear();
}

int FramePlanner::tracksFor(double rowHeight, bool band) const
{
    return std::max(1, int((rowHeight - 4 - (band ? m_style.bandHeight : 0)) / m_trackHeight));
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
    m_columnBounds.clear();
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
    f.linkGaps.clear();
    f.spans.clear();
    f.bands.clear();
    f.numbers.clear();
    f.shown = {};
    f.events = m_data && m_index && m_index->laneCount() == int(m_data->entities.size());
    planRows(f, layout, deco);
    if (f.events) {
        planBars(f, layout);
        planLinks(f, layout);
        planLabels(f);
        planLinkGaps(f);
        planNumbers(f);
        noteShown(f);
    }
    // Last: a band's tag goes where it covers none of the above.
    if (deco.marks)
        planBands(f, layout, *deco.marks);
}

QSizeF FramePlanner::tagSize(const QString &text) const
{
    return {std::ceil(m_badgeFm.horizontalAdvance(text)) + 6, std::ceil(m_badgeFm.height()) + 2};
}

void FramePlanner::planBands(FramePlan &f, const LaneLayout &layout, const AnnotationMarks &marks)
{
    const TimeScale &s = f.scale;
    const double left = f.plot.left();
    const double right = f.plot.right() + 1;
    // A period covers the rows, not the empty plot below the last one.
    double rowsBottom = f.plot.top();
    for (const FramePlan::Row &row : f.rows)
        rowsBottom = std::max(rowsBottom, std::round(row.top + row.height));
    rowsBottom = std::min(rowsBottom, double(f.plot.bottom() + 1));
    const double minTag = tagSize(QStringLiteral("Ab…")).width();
    std::vector<QRectF> tags; // placed so far: a tag goes below one it would cover
    for (size_t m = 0; m < marks.size(); ++m) {
        const AnnotationMark &mark = marks[m];
        if (mark.kind == AnnotationMark::Kind::Event)
            continue;
        const double x0 = std::round(std::max(left - 1, s.toX(mark.from)));
        const double x1 = std::round(std::min(right + 1, s.toX(mark.to)));
        if (x1 <= left || x0 >= right)
            continue; // out of view
        FramePlan::Band band;
        band.mark = int(m);
        if (mark.kind == AnnotationMark::Kind::Span) {
            const int ri = mark.entity >= 0 ? layout.rowOfEntity(mark.entity) : -1;
            const FramePlan::Row *row = ri < 0 ? nullptr : f.rowPlan(ri);
            if (!row)
                continue; // a hidden lane, or one scrolled out of view
            const double top = std::round(row->top);
            band.rect = QRectF(x0, top, std::max(1.0, x1 - x0), std::round(row->top + row->height) - top);
            band.row = ri;
        } else {
            band.period = true;
            band.rect = QRectF(x0, f.plot.top(), std::max(1.0, x1 - x0), rowsBottom - f.plot.top());
        }
        if (band.rect.height() <= 0)
            continue;
        // The tag: a picture's number always (a narrow band's number reaches past it), a label elided to
        // the part of the band in view.
        const double visibleLeft = std::max(band.rect.left(), left);
        const double room = std::min(band.rect.right(), right) - visibleLeft - 4;
        QString text;
        if (mark.number > 0) {
            text = QString::number(mark.number);
        } else if (!mark.label.isEmpty() && room >= minTag) {
            text = m_badgeFm.elidedText(mark.label, Qt::ElideRight,
                                        std::min(room, m_style.maxLabelWidth) - tagSize({}).width());
        }
        if (!text.isEmpty()) {
            band.tag = placeTag(f, band.rect, visibleLeft, tagSize(text), tags);
            band.text = text;
            tags.push_back(band.tag);
        }
        f.bands.push_back(band);
    }
}

QRectF FramePlanner::placeTag(const FramePlan &f, const QRectF &band, double visibleLeft, QSizeF size,
                              const std::vector<QRectF> &tags) const
{
    // What a tag must not cover, near the band: markers, badges, bars, labels, numbers, other tags.
    std::vector<QRectF> near;
    const QRectF reach = band.adjusted(-2, -2, size.width() + 2, 2);
    auto consider = [&](const QRectF &r) {
        if (r.intersects(reach))
            near.push_back(r.adjusted(-1, -1, 1, 1));
    };
    for (const FramePlan::Item &item : f.items)
        consider(item.rect);
    for (const FramePlan::Label &label : f.labels)
        consider(label.rect);
    for (const FramePlan::Number &number : f.numbers)
        consider(number.rect);
    for (const QRectF &tag : tags)
        consider(tag);
    auto covered = [&](const QRectF &r) {
        double area = 0;
        for (const QRectF &o : near) {
            const QRectF both = o.intersected(r);
            area += both.width() * both.height();
        }
        return area;
    };
    // At the top of the band, else at its foot, from its left end rightwards; where every place is taken,
    // where it covers least (a picture's number must be there).
    const double right = std::min(band.right(), double(f.plot.right() + 1)) - size.width() - 2;
    std::vector<double> ys{band.top() + 1};
    if (band.bottom() - size.height() - 1 > band.top() + 1)
        ys.push_back(band.bottom() - size.height() - 1);
    QRectF best(QPointF(visibleLeft + 2, band.top() + 1), size);
    double least = covered(best);
    for (double y : ys) {
        for (double x = visibleLeft + 2; x <= right && least > 0; x += 3) {
            const QRectF r(QPointF(x, y), size);
            if (const double area = covered(r); area < least) {
                best = r;
                least = area;
            }
        }
    }
    return best;
}

void FramePlanner::planNumbers(FramePlan &f)
{
    if (m_eventNumbers.isEmpty())
        return;
    for (const FramePlan::Item &item : f.items) {
        if (item.type != FramePlan::Item::Type::Marker)
            continue;
        if (const auto it = m_eventNumbers.constFind(int(item.event)); it != m_eventNumbers.constEnd())
            addNumber(f, item, *it);
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
    params.left = float(f.plot.left());
    params.right = float(f.plot.right() + 1);
    params.keepMarker = deco.picture ? -1 : deco.selectedEvent;
    m_selected = deco.picture ? -1 : deco.selectedEvent;
    m_eventNumbers.clear();
    if (deco.marks) {
        for (const AnnotationMark &mark : *deco.marks) {
            if (mark.kind != AnnotationMark::Kind::Event || mark.number <= 0)
                continue;
            QString &text = m_eventNumbers[mark.event];
            text += (text.isEmpty() ? QString() : QStringLiteral(", ")) + QString::number(mark.number);
        }
    }
    if (!m_eventNumbers.isEmpty()) {
        params.markerExtra = [this](quint32 event) {
            const auto it = m_eventNumbers.constFind(int(event));
            return it == m_eventNumbers.constEnd() ? 0.0f : float(tagSize(*it).width());
        };
    } else if (deco.annotations && !deco.annotations->isEmpty()) {
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
        const QList<int> entities =
            (row.isGroup() && !row.collapsed) ? QList<int>() : layout.entitiesOfRow(int(ri));
        if (f.events) {
            for (int e : entities)
                plan.band = plan.band || m_index->hasRange(e, f.scale.from(), f.scale.to());
        }
        plan.tracks = tracksFor(row.height, plan.band);
        const double inner = row.height - (plan.band ? m_style.bandHeight : 0) - 3;
        plan.trackHeight = std::min(m_trackHeight, inner / plan.tracks);
        plan.radius = std::clamp(plan.trackHeight / 2 - 2, 2.0, m_style.markerRadius);
        plan.labels = plan.trackHeight >= m_fontHeight;
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
    if (m_columnBounds.empty()) {
        // The same columns for every strip of the frame. Zoomed out to a day or more per pixel, a big
        // dataset's strips count whole days.
        if (m_index->hasDayCounts() && ppd <= 1)
            dayColumnBounds(m_columnBounds, s.from(), ppd, width);
        else
            timeColumnBounds(m_columnBounds, s.from(), s.to(), ppd, width);
    }
    quint64 visible = 0;
    for (int e : entities)
        visible += m_index->addCounts(e, m_columnBounds, counts);
    f.visibleEvents += int(visible);
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
    bool spread = false;
    for (int e : entities) {
        const auto [a, b] = m_index->positions(e, s.from() - leftDays, s.to() + rightDays);
        const EventIndex::Lane &lane = m_index->lane(e);
        for (size_t i = a; i < b; ++i) {
            const quint32 event = lane.events[i];
            const double offset = spreadOffset(event, ppd);
            spread = spread || offset != 0;
            m_items.push_back(
                PlacementItem{float(s.toX(lane.time2[i] * 0.5) + offset), event,
                              labelPriority(m_data->events[event], qint64(event) == m_selected)});
        }
    }
    if (spread && entities.size() == 1) {
        std::stable_sort(m_items.begin() + qsizetype(itemsBegin), m_items.end(),
                         [](const PlacementItem &a, const PlacementItem &b) { return a.x < b.x; });
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

    // Events whose marker is out of view left of the plot but whose time goes on into it, a period (its bar)
    // or a date known only to the week, month, quarter or year (its bracket): their labels are pinned at the
    // plot's edge (placeLane), each event once in a group.
    m_pinned.clear();
    m_bracketPins.clear();
    const double hidden = f.plot.left() - plan.radius; // a marker left of this is out of view
    // Brackets reaching into the plot whose marker is beyond the events gathered above (further left than
    // a label's width, or right of the plot by more than a marker): drawn across the plot without it and
    // named where they come in, a few a row. More would be as crowded as their markers, which the row
    // shows zoomed to them.
    m_outside.clear();
    {
        const double windowFrom = s.from() - leftDays, windowTo = s.to() + rightDays;
        for (int e : entities) {
            m_index->forEachBracket(e, s.from(), s.to(), [&](const EventIndex::Range &b) {
                const double t = (b.start2 + b.end2) * 0.25; // the date's middle, Event::time()
                const double left = s.toX(b.start2 * 0.5), right = s.toX(b.end2 * 0.5);
                const bool known = std::any_of(m_outside.begin(), m_outside.end(),
                                               [&](const OutsideBracket &o) { return o.event == b.event; });
                if ((t < windowFrom || t > windowTo) && right - left >= 2 * plan.radius + 4 && !known)
                    m_outside.push_back(OutsideBracket{b.event, left, right});
                return m_outside.size() <= maxOutsideBrackets; // enough to know there are too many
            });
        }
        if (m_outside.size() > maxOutsideBrackets)
            m_outside.clear();
    }
    if (plan.labels) {
        auto pin = [&](quint32 event, double x) {
            m_pinned.push_back(PlacementItem{
                float(x), event, labelPriority(m_data->events[event], qint64(event) == m_selected)});
        };
        for (size_t k = itemsBegin; k < itemsEnd && m_items[k].x < hidden; ++k) {
            const Event &event = m_data->events[m_items[k].event];
            // Its bracket reaches into the plot and is drawn (wider than the marker, as below).
            const double right = s.toX(event.start.last() + 0.5);
            if (!event.isRanged() && right > f.plot.left() &&
                right - s.toX(event.start.first - 0.5) >= 2 * plan.radius + 4) {
                pin(m_items[k].event, m_items[k].x);
                m_bracketPins.push_back(m_items[k].event);
            }
        }
        // Periods only where their bars are drawn one by one: a row with more in view shows them as
        // shades (planBars), and a name would stand for one of them at random.
        size_t inView = 0;
        for (int e : entities) {
            if (!plan.band)
                break;
            m_index->forEachRange(e, s.from(), s.to(),
                                  [&](const EventIndex::Range &) { return ++inView <= maxBarsPerRow; });
        }
        for (int e : entities) {
            if (!plan.band || inView > maxBarsPerRow)
                break;
            m_index->forEachRange(e, s.from(), s.from(), [&](const EventIndex::Range &r) {
                const double x = s.toX(m_data->events[r.event].time()) + spreadOffset(r.event, ppd);
                if (x < hidden)
                    pin(r.event, x);
            });
        }
        for (const OutsideBracket &b : m_outside)
            pin(b.event, b.left);
        if (entities.size() > 1) {
            std::sort(m_pinned.begin(), m_pinned.end(),
                      [](const PlacementItem &a, const PlacementItem &b) { return a.event < b.event; });
            m_pinned.erase(std::unique(m_pinned.begin(), m_pinned.end(),
                                       [](const PlacementItem &a, const PlacementItem &b) {
                                           return a.event == b.event;
                                       }),
                           m_pinned.end());
        }
    }

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
    placeLane(std::span<const PlacementItem>(m_items.data() + itemsBegin, itemsEnd - itemsBegin), m_pinned,
              params, m_placement);
    rp.markersEnd = m_placement.markers.size();
    // A bracket is drawn under its marker (below): a marker that went into a count badge has none, and its
    // pinned label would name nothing in view. Rare enough that the room it took is not given to others.
    for (const quint32 event : m_bracketPins) {
        const auto markers = m_placement.markers.begin();
        const bool drawn =
            std::any_of(markers + qsizetype(rp.markersBegin), markers + qsizetype(rp.markersEnd),
                        [&](const PlacedMarker &m) { return m.event == event; });
        if (!drawn) {
            const auto labels = m_placement.labels.begin() + qsizetype(rp.labelsBegin);
            m_placement.labels.erase(
                std::remove_if(labels, m_placement.labels.end(),
                               [event](const PlacedLabel &l) { return l.event == event; }),
                m_placement.labels.end());
        }
    }
    rp.labelsEnd = m_placement.labels.size();
    m_rowPlacements.push_back(rp);
    // The brackets without their marker, under their label's line (the first track's when unnamed), as a
    // marker's bracket is under its marker.
    for (const OutsideBracket &b : m_outside) {
        const auto labels = m_placement.labels.begin();
        const auto label = std::find_if(labels + qsizetype(rp.labelsBegin), labels + qsizetype(rp.labelsEnd),
                                        [&](const PlacedLabel &l) { return l.event == b.event; });
        const int track = label != labels + qsizetype(rp.labelsEnd) ? label->track : 0;
        f.spans.push_back(
            FramePlan::Span{b.left, b.right, plan.trackCenter(track) + plan.radius + 2, b.event, plan.row});
    }

    for (size_t m = rp.markersBegin; m < rp.markersEnd; ++m) {
        const PlacedMarker &pm = m_placement.markers[m];
        const double cy = plan.trackCenter(pm.track);
        FramePlan::Item item;
        item.type = FramePlan::Item::Type::Marker;
        item.rect = QRectF(pm.x - plan.radius, cy - plan.radius, 2 * plan.radius, 2 * plan.radius);
        item.row = plan.row;
        item.event = pm.event;
        item.track = pm.track;
        f.items.push_back(item);
        // An imprecise date: the bracket of its period under the marker, once it is wider than the marker.
        const FuzzyDate &date = m_data->events[pm.event].start;
        if (date.precision != Precision::Day) {
            const double left = s.toX(date.first - 0.5), right = s.toX(date.last() + 0.5);
            if (right - left >= 2 * plan.radius + 4)
                f.spans.push_back(FramePlan::Span{left, right, cy + plan.radius + 2, pm.event, plan.row});
        }
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
        // Its time range from its members' times, not their x (spread, and rounded to a float), so that
        // the events in it can be looked up by time.
        item.from = std::numeric_limits<double>::infinity();
        item.to = -item.from;
        for (quint32 k = pb.firstItem; k <= pb.lastItem; ++k) {
            const double t = m_data->events[items[k].event].time();
            item.from = std::min(item.from, t);
            item.to = std::max(item.to, t);
        }
        item.track = pb.track;
        f.items.push_back(item);
        // A picture's numbers of the annotated events in the badge, beside it.
        if (!m_eventNumbers.isEmpty()) {
            QStringList numbers;
            for (quint32 k = pb.firstItem; k <= pb.lastItem; ++k) {
                if (const auto it = m_eventNumbers.constFind(int(items[k].event));
                    it != m_eventNumbers.constEnd())
                    numbers << *it;
            }
            if (!numbers.isEmpty())
                addNumber(f, item, numbers.join(QStringLiteral(", ")));
        }
    }
}

void FramePlanner::addNumber(FramePlan &f, const FramePlan::Item &item, const QString &text) const
{
    // Where a count badge would be: at the upper right, in the room the placement kept there for a marker.
    const QSizeF size = tagSize(text);
    const double top = std::max(double(f.plot.top()), std::round(item.rect.top() - size.height() / 2 + 2));
    f.numbers.push_back(
        FramePlan::Number{QRectF(QPointF(item.rect.right() - 1, top), size), text, item.event, item.row});
}

double FramePlanner::spreadOffset(quint32 event, double ppd) const
{
    // Events at the very same time would stay one badge at any zoom. Once their period (the day, the
    // week...) is wide enough on screen, they are spread out within it, so that the badge opens up too. The
    // offset depends on the event alone, so that its markers in all its lanes, and its link, stay in line.
    const EventIndex::SameTime same = m_index->sameTime(event);
    if (same.count < 2)
        return 0;
    const double spacing = std::min(same.periodDays * ppd / double(same.count), maxSpreadSpacing);
    if (spacing < 2 * m_style.markerRadius + 3)
        return 0;
    return (double(same.rank) - (same.count - 1) / 2.0) * spacing;
}

void FramePlanner::planBars(FramePlan &f, const LaneLayout &layout)
{
    const TimeScale &s = f.scale;
    const double left = f.plot.left() - 2;
    const double right = f.plot.right() + 2;
    for (const FramePlan::Row &plan : f.rows) {
        if (plan.mode != FramePlan::Row::Mode::Detail || !plan.band)
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
            // A label left of its marker (or of its leader) ends where the placement said; the text may be
            // a little narrower than the room it was given.
            const bool leftOfAnchor = pl.left < pl.anchor;
            const double left = leftOfAnchor ? pl.left + pl.width - entry.width : pl.left;
            const double labelY = plan.trackCenter(pl.track);
            const QRectF rect(std::round(left), std::round(labelY - fh / 2), entry.width, fh);
            if (!rect.intersects(plot))
                continue;
            FramePlan::Label label{rect, pl.event, plan.row, width, pl.track, {}};
            if (pl.leader()) {
                // From the marker's edge facing the label to the middle of the label's line.
                const double markerY = plan.trackCenter(pl.markerTrack);
                const double edge = pl.track < pl.markerTrack ? markerY - plan.radius : markerY + plan.radius;
                label.leader = QLineF(pl.anchor, edge, pl.anchor, labelY);
            }
            f.labels.push_back(label);
        }
    }
}

void FramePlanner::planLinkGaps(FramePlan &f)
{
    if (f.links.empty())
        return;
    // What a link must not seem to join: the markers, badges and labels of other events, by left edge.
    struct Obstacle {
        QRectF rect;
        qint64 event; // -1: a badge
    };
    std::vector<Obstacle> obstacles;
    double widest = 0;
    for (const FramePlan::Item &item : f.items) {
        if (item.type == FramePlan::Item::Type::Bar)
            continue;
        obstacles.push_back(
            Obstacle{item.rect, item.type == FramePlan::Item::Type::Badge ? -1 : qint64(item.event)});
        widest = std::max(widest, item.rect.width());
    }
    for (const FramePlan::Label &label : f.labels) {
        obstacles.push_back(Obstacle{label.rect, qint64(label.event)});
        widest = std::max(widest, label.rect.width());
    }
    std::sort(obstacles.begin(), obstacles.end(),
              [](const Obstacle &a, const Obstacle &b) { return a.rect.left() < b.rect.left(); });
    constexpr double clearance = 2; // between the line's end and what it passes
    std::vector<FramePlan::Gap> gaps;
    for (FramePlan::Link &link : f.links) {
        const double x0 = link.x - 1, x1 = link.x + 1; // the line's pixel columns
        gaps.clear();
        auto it = std::partition_point(obstacles.begin(), obstacles.end(),
                                       [x1](const Obstacle &o) { return o.rect.left() < x1; });
        while (it != obstacles.begin()) {
            --it;
            if (it->rect.left() < x0 - widest)
                break;
            if (it->event == qint64(link.event) || it->rect.right() <= x0)
                continue;
            const double top = it->rect.top() - clearance, bottom = it->rect.bottom() + clearance;
            if (bottom > link.top && top < link.bottom)
                gaps.push_back(FramePlan::Gap{top, bottom});
        }
        std::sort(gaps.begin(), gaps.end(),
                  [](const FramePlan::Gap &a, const FramePlan::Gap &b) { return a.top < b.top; });
        link.gapsBegin = quint32(f.linkGaps.size());
        for (const FramePlan::Gap &g : gaps) {
            if (f.linkGaps.size() > link.gapsBegin && g.top <= f.linkGaps.back().bottom)
                f.linkGaps.back().bottom = std::max(f.linkGaps.back().bottom, g.bottom);
            else
                f.linkGaps.push_back(g);
        }
        link.gapsEnd = quint32(f.linkGaps.size());
    }
}

void FramePlanner::noteShown(FramePlan &f) const
{
    for (const FramePlan::Item &item : f.items) {
        if (item.type == FramePlan::Item::Type::Badge) {
            f.shown.badges = true;
            continue;
        }
        const Event &e = m_data->events[item.event];
        f.shown.kinds[size_t(e.kind)] = true;
        f.shown.tentative = f.shown.tentative || isTentative(e.status);
        f.shown.planned = f.shown.planned || isTentative(e.kind);
        f.shown.ranged = f.shown.ranged || e.isRanged();
    }
    f.shown.imprecise = !f.spans.empty();
    f.shown.links = !f.links.empty();
}

} // namespace at
