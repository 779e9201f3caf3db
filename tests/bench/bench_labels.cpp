// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
// Label placement at every zoom level: how long the timeline takes to plan a frame (look up the events in
// view, fan markers out over the tracks, cluster what cannot fit into count badges, then place every label
// by priority: beside its marker, in another track with a leader line, elided) on synthetic data of N
// events over 50 lanes and 20 years, 1920x1080. Planning is timed alone, without painting, since it is
// what grows with the events; the frame budget is 16 ms for planning and painting together.
//
//   bench_labels [--events 1000000] [--frames 100]
//
// Zoom levels from all 20 years down to one day; at each, frames pan 12 pixels, with one event in view
// selected (it is labelled first). Wider than 60 to 90 days of a million events, the lanes show density
// strips instead of markers and placement has nothing to place; the zoom levels just below that change
// hold the most markers, badges and labels. Two layouts: lanes at their height in the window
// (about half of them scroll out of view) and every lane fitted into the picture (as an export plans it).
// Prints a line per figure and BENCH name=VALUE unit key=value lines (median and 95th percentile of wall
// time and of CPU time), and what the last frame placed: labels, markers, count badges.
#include "tests/bench/benchstats.h"
#include "tests/support/synthetic.h"
#include "ui/timeline/render/eventindex.h"
#include "ui/timeline/render/frameplan.h"
#include "ui/timeline/render/lanelayout.h"
#include "ui/timeline/render/timelinerenderer.h"

#include <QApplication>
#include <QElapsedTimer>
#include <cstdio>

namespace {

using benchstats::loadAverage;
using benchstats::Stats;
using benchstats::timeFrames;

struct Zoom {
    const char *name;
    double days; // 0: everything
};
constexpr Zoom zooms[] = {{"all", 0},  {"5y", 1826}, {"1y", 365}, {"90d", 90}, {"60d", 60},
                          {"45d", 45}, {"30d", 30},  {"14d", 14}, {"7d", 7},   {"1d", 1}};

struct Placed {
    size_t labels = 0, markers = 0, badges = 0;
};

Placed placed(const at::FramePlan &f)
{
    Placed p;
    p.labels = f.labels.size();
    for (const at::FramePlan::Item &item : f.items) {
        p.markers += item.type == at::FramePlan::Item::Type::Marker ? 1 : 0;
        p.badges += item.type == at::FramePlan::Item::Type::Badge ? 1 : 0;
    }
    return p;
}

void report(const QString &context, const Stats &s, const Placed &p)
{
    const QString where = context + QStringLiteral(" load=") + loadAverage();
    std::printf(
        "%-52s median %6.2f ms  p95 %6.2f ms  (cpu %5.2f / %5.2f)  labels %zu markers %zu badges %zu\n",
        qPrintable(context), s.median, s.p95, s.cpuMedian, s.cpuP95, p.labels, p.markers, p.badges);
    const QByteArray c = where.toUtf8();
    std::printf("BENCH timeline_labels_plan_median=%.3f ms %s\n", s.median, c.constData());
    std::printf("BENCH timeline_labels_plan_p95=%.3f ms %s\n", s.p95, c.constData());
    std::printf("BENCH timeline_labels_plan_cpu_median=%.3f ms %s\n", s.cpuMedian, c.constData());
    std::printf("BENCH timeline_labels_plan_cpu_p95=%.3f ms %s\n", s.cpuP95, c.constData());
    std::printf("BENCH timeline_labels_placed=%zu labels %s markers=%zu badges=%zu\n", p.labels,
                c.constData(), p.markers, p.badges);
    std::fflush(stdout);
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    int events = 1000000;
    int frames = 100;
    for (qsizetype i = 1; i + 1 < args.size(); ++i) {
        if (args[i] == QLatin1StringView("--events"))
            events = args[i + 1].toInt();
        else if (args[i] == QLatin1StringView("--frames"))
            frames = args[i + 1].toInt();
    }
    const QRect target(0, 0, 1920, 1080);

    at::SyntheticSpec spec;
    spec.events = events;
    spec.lanes = 50;
    spec.years = 20;
    spec.series = 0;
    spec.quotes = 0;
    QElapsedTimer t;
    t.start();
    const auto dataset = at::makeSyntheticDataset(spec);
    at::EventIndex index;
    index.build(*dataset, nullptr);
    std::printf("%d events over %d lanes and %d years: generated and indexed in %.0f ms\n", events,
                spec.lanes, spec.years, double(t.nsecsElapsed()) / 1e6);

    at::TimelineRenderer renderer;
    renderer.setFont(app.font());
    renderer.setLocale(QLocale(QLocale::English));
    renderer.setData(dataset.get(), &index);
    at::FramePlanner planner;
    planner.setFonts(at::TimelineFonts::make(app.font(), planner.style()));
    planner.setLocale(QLocale(QLocale::English));
    planner.setData(dataset.get(), &index);
    at::LaneLayout layout;
    layout.reset(*dataset);
    layout.setRowHeights(planner.defaultLaneHeight(), planner.style().groupHeight);

    const double first = index.firstTime();
    const double last = index.lastTime();
    const double centre = (first + last) / 2;
    // One event near the middle, selected: the first to get its label.
    int selected = -1;
    for (size_t i = 0; i < dataset->events.size() && selected < 0; ++i)
        if (dataset->events[i].time() >= centre)
            selected = int(i);

    at::FramePlan frame;
    double worstP95 = 0;
    for (const Zoom &zoom : zooms) {
        for (const bool fitted : {false, true}) {
            at::TimeScale scale(first, last, 0, target.width());
            scale.setLimits(0.5, first - 100, last + 100);
            const double span = zoom.days > 0 ? zoom.days : scale.maxSpan();
            scale.setRange(centre - span / 2, centre + span / 2);
            at::TimelineDecorations deco;
            deco.selectedEvent = selected;
            deco.currentTime = centre;
            at::LaneLayout fittedLayout = layout;
            const Stats s = timeFrames(frames, [&](int i) {
                scale.pan(i % 100 < 50 ? -12 : 12);
                if (fitted)
                    renderer.planAllRows(target, scale.from(), scale.to(), fittedLayout, deco);
                else
                    planner.plan(frame, target, scale, layout, 0, deco);
            });
            const Placed p = placed(fitted ? renderer.frame() : frame);
            report(QStringLiteral("events=%1 zoom=%2 lanes=%3")
                       .arg(events)
                       .arg(QLatin1StringView(zoom.name),
                            fitted ? QStringLiteral("fitted") : QStringLiteral("scrolled")),
                   s, p);
            worstP95 = std::max(worstP95, s.p95);
        }
    }
    std::printf(
        "\nworst p95 over every zoom level and layout: %.2f ms (target: <= 16 ms, the frame budget)\n",
        worstP95);
    std::printf("BENCH timeline_labels_plan_worst_p95=%.3f ms events=%d load=%s\n", worstP95, events,
                qPrintable(loadAverage()));
    return 0;
}
