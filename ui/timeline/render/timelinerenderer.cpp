// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#include "ui/timeline/render/timelinerenderer.h"

#include "ui/timeline/render/lanelayout.h"

#include <QElapsedTimer>
#include <QPainter>
#include <cmath>

namespace at {

TimelineRenderer::TimelineRenderer()
{
    setFont(QFont());
}

void TimelineRenderer::setData(const Dataset *dataset, const EventIndex *index)
{
    m_index = index;
    m_planner.setData(dataset, index);
    m_lanes.setData(dataset, index);
    m_chrome.setData(dataset);
}

void TimelineRenderer::setLocale(const QLocale &locale)
{
    m_locale = locale;
    m_planner.setLocale(locale);
    m_chrome.setLocale(locale);
    m_planner.labelTexts().clear();
}

void TimelineRenderer::setPalette(const QPalette &palette)
{
    m_lanes.setPalette(palette);
    m_chrome.setPalette(palette);
    m_planner.labelTexts().clear(); // their pictures are in the text colour
}

void TimelineRenderer::setFont(const QFont &font)
{
    m_font = font;
    const TimelineFonts fonts = TimelineFonts::make(font, m_planner.style());
    m_planner.setFonts(fonts);
    m_lanes.setFonts(fonts);
    m_chrome.setFonts(fonts);
}

void TimelineRenderer::setStyle(const TimelineStyle &style)
{
    m_planner.setStyle(style);
    m_lanes.setStyle(style);
    m_chrome.setStyle(style);
    setFont(m_font);
}

void TimelineRenderer::clearCaches()
{
    m_planner.labelTexts().clear();
    m_lanes.clearCaches();
    m_chrome.clearCaches();
}

void TimelineRenderer::render(QPainter &p, const QRect &target, const TimeScale &scale,
                              const LaneLayout &layout, double scrollY,
                              const TimelineDecorations &decorations)
{
    TimelineDecorations deco = decorations;
    if (deco.picture) {
        // A picture has no selection, hover, focus or drag in it; the cursor only where it was asked for.
        deco.selectedEvent = deco.selectedEntity = deco.hoveredEvent = deco.dropRow = deco.selectedMark = -1;
        deco.focused = false;
    }
    QElapsedTimer timer;
    timer.start();
    m_frame.phaseNs.fill(0);
    auto phase = [&](FramePlan::Phase ph) {
        m_frame.phaseNs[ph] = timer.nsecsElapsed();
        timer.start();
    };
    m_planner.plan(m_frame, target, scale, layout, scrollY, deco);
    const qint64 planNs = timer.nsecsElapsed();
    timer.start();

    p.save();
    p.setRenderHint(QPainter::Antialiasing, false);
    p.setRenderHint(QPainter::TextAntialiasing, true);
    p.setFont(m_planner.labelTexts().font());
    m_lanes.drawBackground(p, m_frame);
    phase(FramePlan::Background);
    m_frame.phaseNs[FramePlan::Plan] = planNs;
    p.setClipRect(m_frame.plot);
    m_lanes.drawBands(p, m_frame, deco);
    if (m_frame.events) {
        m_lanes.drawDensity(p, m_frame);
        phase(FramePlan::Density);
        m_lanes.drawBars(p, m_frame);
        phase(FramePlan::Bars);
        m_lanes.drawLinks(p, m_frame);
        m_lanes.drawSpans(p, m_frame);
        phase(FramePlan::Links);
        m_lanes.drawMarkers(p, m_frame, layout, deco);
        phase(FramePlan::Markers);
        m_lanes.drawLabels(p, m_frame, m_planner.labelTexts());
        phase(FramePlan::Labels);
    }
    m_lanes.drawBandTags(p, m_frame);
    m_lanes.drawCursor(p, m_frame, deco);
    if (deco.focused)
        m_lanes.drawFocus(p, m_frame);
    timer.start();
    p.setClipRect(m_frame.gutter);
    m_chrome.drawGutter(p, m_frame, layout, deco);
    phase(FramePlan::Gutter);
    const QRect corner(target.left(), target.top(), m_frame.gutter.width(), m_frame.axis.height());
    p.setClipRect(corner);
    p.fillRect(corner, m_lanes.palette().color(QPalette::Window));
    p.setClipRect(m_frame.axis);
    m_chrome.drawAxis(p, m_frame, deco);
    phase(FramePlan::Axis);
    p.setClipRect(m_frame.legend);
    m_chrome.drawLegend(p, m_frame, deco);
    phase(FramePlan::Legend);
    p.restore();
}

void TimelineRenderer::fitRows(const QRect &target, double from, double to, LaneLayout &layout,
                               const TimelineDecorations &deco)
{
    if (deco.picture && fitRowsToTheirEvents(target, from, to, layout, deco))
        return;
    // Every row the same height, shrunk until all fit.
    const FrameGeometry g = geometry(target);
    int groups = 0, lanes = 0;
    for (const LaneRow &r : layout.rows()) {
        if (r.isGroup() && !r.collapsed)
            ++groups;
        else
            ++lanes;
    }
    const double available = g.plot.height();
    const TimelineStyle &style = m_planner.style();
    double groupH = style.groupHeight;
    double laneH = defaultLaneHeight();
    if (groups * groupH + lanes * laneH > available) {
        groupH = std::clamp(available / (groups + lanes * 1.6), 6.0, double(style.groupHeight));
        laneH = lanes > 0 ? std::max(4.0, (available - groups * groupH) / lanes) : laneH;
    }
    layout.setRowHeights(std::floor(laneH), std::floor(groupH));
}

bool TimelineRenderer::fitRowsToTheirEvents(const QRect &target, double from, double to, LaneLayout &layout,
                                            const TimelineDecorations &deco)
{
    // What each row needs: a frame planned with room for many tracks in every lane says which tracks its
    // markers, badges and labels use. A lane then gets that many tracks (placement is the same with as
    // many tracks as it used), an empty lane a line for its name, as long as the picture has the room.
    const TimelineStyle &style = m_planner.style();
    const double track = trackHeight();
    constexpr int maxTracks = 8;
    const FrameGeometry g = geometry(target);
    LaneLayout tall = layout;
    tall.setRowHeights(maxTracks * track + style.bandHeight + 4, style.groupHeight);
    const QRect tallTarget(target.left(), target.top(), target.width(),
                           style.axisHeight + m_planner.legendHeight(target.width()) +
                               int(std::ceil(tall.totalHeight())) + 1);
    FramePlan probe;
    m_planner.plan(probe, tallTarget, TimeScale(from, to, g.plot.x(), g.plot.width()), tall, 0, deco);
    const auto &rows = layout.rows();
    std::vector<int> need(rows.size(), 0);
    for (const FramePlan::Item &item : probe.items) {
        const int used = item.type == FramePlan::Item::Type::Bar ? 1 : item.track + 1;
        need[size_t(item.row)] = std::max(need[size_t(item.row)], used);
    }
    for (const FramePlan::Label &label : probe.labels)
        need[size_t(label.row)] = std::max(need[size_t(label.row)], label.track + 1);
    for (int row : probe.densityRows)
        need[size_t(row)] = 2;
    // Room for bars only in the rows that have ranged events in view.
    std::vector<double> padding(rows.size(), 4);
    for (const FramePlan::Row &plan : probe.rows)
        padding[size_t(plan.row)] += plan.band ? style.bandHeight : 0;

    const double emptyLane = track + 2;
    std::vector<double> heights(rows.size());
    double groupHeight = style.groupHeight;
    double total = 0;
    auto sum = [&] {
        total = 0;
        for (size_t i = 0; i < rows.size(); ++i) {
            const bool header = rows[i].isGroup() && !rows[i].collapsed;
            heights[i] = header ? groupHeight : need[i] > 0 ? need[i] * track + padding[i] : emptyLane;
            total += heights[i];
        }
    };
    sum();
    const double available = g.plot.height();
    if (total > available) {
        groupHeight = std::min(groupHeight, track + 2);
        sum();
    }
    // Short of room: the lanes with the most tracks give one up first.
    while (total > available) {
        const auto most = std::max_element(need.begin(), need.end());
        if (most == need.end() || *most <= 1)
            return false;
        --*most;
        sum();
    }
    // Room to spare: each lane a little taller, less than a track, so that the placement stays as planned.
    int lanes = 0;
    for (int n : need)
        lanes += n > 0 ? 1 : 0;
    if (lanes > 0) {
        const double more = std::min(track - 1, std::floor((available - total) / lanes));
        for (size_t i = 0; i < rows.size(); ++i)
            heights[i] += need[i] > 0 ? more : 0;
    }
    layout.setEachRowHeight(heights);
    return true;
}

void TimelineRenderer::renderAllRows(QPainter &painter, const QRect &target, double from, double to,
                                     LaneLayout layout, const TimelineDecorations &decorations)
{
    fitPicture(target, from, to, layout, decorations);
    const FrameGeometry g = geometry(target);
    render(painter, target, TimeScale(from, to, g.plot.x(), g.plot.width()), layout, 0, decorations);
    m_planner.setLegendShown(nullptr);
}

void TimelineRenderer::planAllRows(const QRect &target, double from, double to, LaneLayout &layout,
                                   const TimelineDecorations &decorations)
{
    fitPicture(target, from, to, layout, decorations);
    const FrameGeometry g = geometry(target);
    m_planner.plan(m_frame, target, TimeScale(from, to, g.plot.x(), g.plot.width()), layout, 0, decorations);
    m_planner.setLegendShown(nullptr);
}

void TimelineRenderer::fitPicture(const QRect &target, double from, double to, LaneLayout &layout,
                                  const TimelineDecorations &deco)
{
    m_planner.setLegendShown(nullptr);
    const LaneLayout given = layout;
    fitRows(target, from, to, layout, deco);
    if (!deco.picture)
        return;
    // What the picture shows depends a little on the room its rows get (a lane with fewer tracks groups
    // more events under badges), and the room on the legend's height. So: plan with the legend of
    // everything, fit the rows again under the legend of what that plan showed, and plan once more; should
    // the new heights bring in another kind of mark, the legend makes room for both and the rows are fitted
    // again. The set only grows, so this ends within one pass per entry.
    FramePlan probe;
    std::optional<FramePlan::Shown> legend;
    for (int pass = 0; pass <= count<Kind>() + 6; ++pass) {
        const FrameGeometry g = geometry(target);
        m_planner.plan(probe, target, TimeScale(from, to, g.plot.x(), g.plot.width()), layout, 0, deco);
        const FramePlan::Shown named = legend ? legend->joined(probe.shown) : probe.shown;
        if (legend && named == *legend)
            return; // the rows were fitted under this legend, and it names all the plan shows
        legend = named;
        m_planner.setLegendShown(&*legend);
        layout = given;
        fitRows(target, from, to, layout, deco);
    }
}

TimelineHit TimelineRenderer::hitTest(QPointF pos, const LaneLayout &layout) const
{
    return at::hitTest(m_frame, pos, layout, m_index);
}

} // namespace at
