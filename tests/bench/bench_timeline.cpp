// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
// Timeline frame times on synthetic data: N events over 50 lanes and 20 years, 1920x1080,
// software rendering. Frames are timed two ways: the renderer painting into a QImage exactly as the widget's
// paintEvent does, and the real TimelineView repainting under the offscreen platform. Each figure is also
// given as a ratio to a plain QPainter fill of the same image, measured in the same run.
//
//   bench_timeline [--events 100000,1000000] [--frames 120] [--views zoomed-in,one-year,zoomed-out,sweep]
//                  [--paths image,widget]
//
// Views: 45 days, one year, everything (all 20 years), and a sweep from everything down to a few days and
// back. Pan frames move 12 pixels; zoom frames change the span by up to 25%. The image path draws the lanes
// at their height (about half scroll out of view) and also every lane fitted (as export does).
// Prints a line per figure, a summary table, and BENCH name=VALUE unit key=value... lines: median and 95th
// percentile of wall time and of CPU time, and both as multiples of the baseline; memory per event.
#include "app/core/document.h"
#include "app/core/viewstate.h"
#include "tests/bench/benchstats.h"
#include "tests/support/synthetic.h"
#include "ui/timeline/render/eventindex.h"
#include "ui/timeline/render/lanelayout.h"
#include "ui/timeline/render/timelinerenderer.h"
#include "ui/timeline/timelineview.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QScrollBar>
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <ctime>
#include <functional>
#include <malloc.h>
#include <vector>

namespace {

using benchstats::Stats;
using benchstats::timeFrames;

// What malloc has handed out, the big blocks it maps separately included.
size_t heapInUse()
{
    const struct mallinfo2 m = mallinfo2();
    return m.uordblks + m.hblkhd;
}

// Counts the paint events of the widget it filters.
class PaintCounter : public QObject {
public:
    int count = 0;
    bool eventFilter(QObject *, QEvent *event) override
    {
        count += event->type() == QEvent::Paint ? 1 : 0;
        return false;
    }
};

using benchstats::loadAverage;

Stats baseline;
std::vector<std::pair<QString, Stats>> table;

// One figure: a line for people, then BENCH lines for tools/bench.sh (median and 95th percentile of wall
// time and of this thread's CPU time, and both wall figures as multiples of the baseline's median).
void report(const QString &name, const Stats &s, const QString &context)
{
    const QString where = context + QStringLiteral(" load=") + loadAverage();
    table.emplace_back(name + u' ' + context, s);
    std::printf("%-64s median %6.2f ms  p95 %6.2f ms  (cpu %5.2f / %5.2f)  x%.0f / x%.0f fill\n",
                qPrintable(name + u' ' + context), s.median, s.p95, s.cpuMedian, s.cpuP95,
                s.median / baseline.median, s.p95 / baseline.median);
    const QByteArray n = name.toUtf8();
    const QByteArray c = where.toUtf8();
    std::printf("BENCH %s_median=%.3f ms %s\n", n.constData(), s.median, c.constData());
    std::printf("BENCH %s_p95=%.3f ms %s\n", n.constData(), s.p95, c.constData());
    std::printf("BENCH %s_cpu_median=%.3f ms %s\n", n.constData(), s.cpuMedian, c.constData());
    std::printf("BENCH %s_cpu_p95=%.3f ms %s\n", n.constData(), s.cpuP95, c.constData());
    std::printf("BENCH %s_median_ratio=%.1f x %s baseline=fill\n", n.constData(), s.median / baseline.median,
                c.constData());
    std::printf("BENCH %s_p95_ratio=%.1f x %s baseline=fill\n", n.constData(), s.p95 / baseline.median,
                c.constData());
    std::fflush(stdout);
}

// The views a user goes through: a few weeks, a year, everything; panning and zooming each.
struct Scenario {
    const char *name;
    const char *view;
    double span; // days; 0: all
    bool zoom;
};
constexpr Scenario scenarios[] = {
    {"timeline_pan", "zoomed-in", 45, false}, {"timeline_zoom", "zoomed-in", 45, true},
    {"timeline_pan", "one-year", 365, false}, {"timeline_zoom", "one-year", 365, true},
    {"timeline_pan", "zoomed-out", 0, false}, {"timeline_zoom", "zoomed-out", 0, true},
    {"timeline_zoom", "sweep", -1, true},
};

// Moves the scale for frame i of a scenario: pans 12 px a frame, or zooms in and out around the middle.
void step(at::TimeScale &scale, const Scenario &s, int i, double centre)
{
    if (s.span < 0) {
        // From everything down to a few days and back, 1.15x a frame.
        const int period = 2 * int(std::ceil(std::log(scale.maxSpan() / 3) / std::log(1.15)));
        const int k = i % period;
        const double span = scale.maxSpan() / std::pow(1.15, k < period / 2 ? k : period - k);
        scale.setRange(centre - span / 2, centre + span / 2);
        return;
    }
    if (!s.zoom) {
        scale.pan(i % 200 < 100 ? -12 : 12);
        return;
    }
    const double span = (s.span > 0 ? s.span : scale.maxSpan()) * (1 + 0.25 * std::sin(i * 0.3));
    scale.setRange(centre - span / 2, centre + span / 2);
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    QList<int> sizes{100000, 1000000};
    int frames = 120;
    QStringList views{QStringLiteral("zoomed-in"), QStringLiteral("one-year"), QStringLiteral("zoomed-out"),
                      QStringLiteral("sweep")};
    QStringList paths{QStringLiteral("image"), QStringLiteral("widget")};
    for (qsizetype i = 1; i + 1 < args.size(); ++i) {
        if (args[i] == QLatin1StringView("--events")) {
            sizes.clear();
            for (const QString &n : args[i + 1].split(u','))
                sizes << n.toInt();
        } else if (args[i] == QLatin1StringView("--frames")) {
            frames = args[i + 1].toInt();
        } else if (args[i] == QLatin1StringView("--views")) {
            views = args[i + 1].split(u',');
        } else if (args[i] == QLatin1StringView("--paths")) {
            paths = args[i + 1].split(u',');
        }
    }
    const QSize size(1920, 1080);
    // The format of the backing store the widget paints into (xcb and offscreen alike).
    QImage image(size, QImage::Format_RGB32);

    // The baseline: filling the same image with QPainter, in this process, before anything else.
    {
        baseline = timeFrames(frames * 2, [&](int i) {
            QPainter p(&image);
            p.fillRect(image.rect(), i % 2 ? Qt::white : Qt::lightGray);
        });
        std::printf(
            "baseline: QPainter fill of a %dx%d image: median %.3f ms, p95 %.3f ms (cpu %.3f / %.3f)\n",
            size.width(), size.height(), baseline.median, baseline.p95, baseline.cpuMedian, baseline.cpuP95);
        std::printf("BENCH timeline_baseline_fill_median=%.3f ms size=1920x1080 load=%s\n", baseline.median,
                    qPrintable(loadAverage()));
        std::printf("BENCH timeline_baseline_fill_p95=%.3f ms size=1920x1080\n", baseline.p95);
    }

    // A bilingual dataset (every title and summary in Chinese too): the events stay as small, and the second
    // language costs its side table and its text, no more.
    if (!sizes.isEmpty()) {
        at::SyntheticSpec spec;
        spec.events = sizes.back();
        spec.lanes = 50;
        spec.years = 20;
        spec.series = 0;
        spec.quotes = 0;
        spec.chinese = true;
        const auto bilingual = at::makeSyntheticDataset(spec);
        const double n = double(spec.events);
        const double perEvent =
            double(sizeof(at::Event)) + double(bilingual->parties.capacity() * sizeof(quint16)) / n;
        const double sidePerEvent =
            double(bilingual->chinese.capacity() * sizeof(at::Dataset::ChineseText)) / n;
        const double textPerEvent = double(bilingual->pool.size()) / n;
        std::printf(
            "\n%d events with Chinese titles and summaries: Event + parties %.1f B, Chinese side table "
            "%.1f B, text %.1f B per event\n",
            spec.events, perEvent, sidePerEvent, textPerEvent);
        const QString ctx = QStringLiteral("events=%1 languages=en+zh").arg(spec.events);
        std::printf("BENCH timeline_store_bytes_per_event=%.1f B %s what=Event+parties\n", perEvent,
                    qPrintable(ctx));
        std::printf("BENCH chinese_side_table_bytes_per_event=%.1f B %s what=title+summary\n", sidePerEvent,
                    qPrintable(ctx));
    }

    for (int n : sizes) {
        at::SyntheticSpec spec;
        spec.events = n;
        spec.lanes = 50;
        spec.years = 20;
        spec.series = 0;
        spec.quotes = 0;
        QElapsedTimer t;
        t.start();
        const size_t heap0 = heapInUse();
        auto dataset = at::makeSyntheticDataset(spec);
        const size_t heap1 = heapInUse();
        const double generateMs = double(t.nsecsElapsed()) / 1e6;
        t.start();
        at::EventIndex index;
        index.build(*dataset, nullptr);
        const double indexMs = double(t.nsecsElapsed()) / 1e6;
        const QString ctx = QStringLiteral("events=%1").arg(n);

        // Memory: the event records and their party lists, the timeline's index, and the whole dataset
        // (text included) as the heap saw it.
        const double perEvent =
            double(sizeof(at::Event)) + double(dataset->parties.capacity() * sizeof(quint16)) / double(n);
        const double indexPerEvent = double(index.memoryBytes()) / double(n);
        const double textPerEvent = double(dataset->pool.size()) / double(n);
        const double heapPerEvent = double(heap1 - heap0) / double(n);
        std::printf("\n%d events: generated in %.0f ms, indexed in %.0f ms\n", n, generateMs, indexMs);
        std::printf("memory per event: Event %zu B + parties %.1f B = %.1f B; timeline index %.1f B; "
                    "text %.1f B; whole dataset on the heap %.1f B\n",
                    sizeof(at::Event), perEvent - double(sizeof(at::Event)), perEvent, indexPerEvent,
                    textPerEvent, heapPerEvent);
        std::printf("BENCH timeline_store_bytes_per_event=%.1f B %s what=Event+parties\n", perEvent,
                    qPrintable(ctx));
        std::printf("BENCH timeline_index_bytes_per_event=%.1f B %s\n", indexPerEvent, qPrintable(ctx));
        std::printf("BENCH timeline_store_and_index_bytes_per_event=%.1f B %s\n", perEvent + indexPerEvent,
                    qPrintable(ctx));
        std::printf("BENCH dataset_heap_bytes_per_event=%.1f B %s what=everything-with-text\n", heapPerEvent,
                    qPrintable(ctx));

        // Frames into an image, the way the widget paints: lanes at their normal height (the viewport shows
        // about half of them, the rest scroll) and every lane fitted (export-like).
        at::TimelineRenderer renderer;
        renderer.setFont(app.font());
        renderer.setPalette(app.palette());
        renderer.setLocale(QLocale(QLocale::English));
        renderer.setData(dataset.get(), &index);
        at::LaneLayout layout;
        layout.reset(*dataset);
        layout.setRowHeights(renderer.defaultLaneHeight(), renderer.style().groupHeight);
        const double first = index.firstTime();
        const double last = index.lastTime();
        const double centre = (first + last) / 2;
        for (const Scenario &s : scenarios) {
            if (!views.contains(QLatin1StringView(s.view)) || !paths.contains(QStringLiteral("image")))
                continue;
            for (bool allLanes : {false, true}) {
                at::TimeScale scale(first, last, 0, size.width());
                scale.setLimits(2, first - 100, last + 100);
                const double span = s.span > 0 ? s.span : scale.maxSpan();
                scale.setRange(centre - span / 2, centre + span / 2);
                at::TimelineDecorations deco;
                deco.currentTime = centre;
                int visible = 0;
                std::array<qint64, at::FramePlan::PhaseCount> phases{};
                // The slowest frame's phases and span: what a p95 above the median is made of.
                std::array<qint64, at::FramePlan::PhaseCount> slowest{};
                double slowestMs = 0, slowestSpan = 0;
                QElapsedTimer frameTimer;
                const Stats st = timeFrames(frames, [&](int i) {
                    frameTimer.start();
                    step(scale, s, i, centre);
                    QPainter p(&image);
                    if (allLanes)
                        renderer.renderAllRows(p, image.rect(), scale.from(), scale.to(), layout, deco);
                    else
                        renderer.render(p, image.rect(), scale, layout, 0, deco);
                    visible = std::max(visible, renderer.frame().visibleEvents);
                    for (size_t k = 0; k < phases.size(); ++k)
                        phases[k] += renderer.frame().phaseNs[k];
                    if (const double ms = double(frameTimer.nsecsElapsed()) / 1e6; ms > slowestMs) {
                        slowestMs = ms;
                        slowestSpan = scale.span();
                        slowest = renderer.frame().phaseNs;
                    }
                });
                report(QString::fromLatin1(s.name), st,
                       ctx + QStringLiteral(" view=%1 path=image lanes=%2 labels=%3 items=%4 links=%5")
                                 .arg(QLatin1StringView(s.view),
                                      allLanes ? QStringLiteral("all") : QStringLiteral("scrolled"))
                                 .arg(renderer.frame().labels.size())
                                 .arg(renderer.frame().items.size())
                                 .arg(renderer.frame().links.size()));
                const double per = 1e6 * (frames + 5); // ns per frame, warm-up frames included
                std::printf(
                    "    where the time went (mean ms): background %.2f plan %.2f density %.2f bars %.2f "
                    "links %.2f markers %.2f labels %.2f gutter %.2f axis %.2f legend %.2f\n",
                    double(phases[0]) / per, double(phases[1]) / per, double(phases[2]) / per,
                    double(phases[3]) / per, double(phases[4]) / per, double(phases[5]) / per,
                    double(phases[6]) / per, double(phases[7]) / per, double(phases[8]) / per,
                    double(phases[9]) / per);
                std::printf(
                    "    the slowest frame (%.2f ms, a span of %.1f days): background %.2f plan %.2f density "
                    "%.2f bars %.2f links %.2f markers %.2f labels %.2f gutter %.2f axis %.2f legend %.2f\n",
                    slowestMs, slowestSpan, double(slowest[0]) / 1e6, double(slowest[1]) / 1e6,
                    double(slowest[2]) / 1e6, double(slowest[3]) / 1e6, double(slowest[4]) / 1e6,
                    double(slowest[5]) / 1e6, double(slowest[6]) / 1e6, double(slowest[7]) / 1e6,
                    double(slowest[8]) / 1e6, double(slowest[9]) / 1e6);
            }
        }

        // The real widget under the offscreen platform, 1920x1080 with its scroll bars and overview strip:
        // a frame is a change of the visible range and then the event loop's turn, which paints what changed
        // (the lanes, the overview strip, the horizontal scroll bar) into the backing store and flushes it.
        // A frame whose lanes were not painted (the platform held the update back) is finished with
        // repaint(), so that every frame timed is a painted one.
        if (paths.contains(QStringLiteral("widget"))) {
            at::Document document;
            document.setDataset(dataset, QStringLiteral("synthetic"));
            at::ViewState state;
            at::TimelineView view(&document, &state);
            view.setLocale(QLocale(QLocale::English));
            view.resize(size);
            view.show();
            QCoreApplication::processEvents();
            PaintCounter painted, horizontalBar, verticalBar;
            view.viewport()->installEventFilter(&painted);
            view.horizontalScrollBar()->installEventFilter(&horizontalBar);
            view.verticalScrollBar()->installEventFilter(&verticalBar);
            int forced = 0;
            for (const Scenario &s : scenarios) {
                if (!views.contains(QLatin1StringView(s.view)))
                    continue;
                view.fitAll();
                const double span = s.span > 0 ? s.span : view.timeScale().maxSpan();
                view.setVisibleRange(centre - span / 2, centre + span / 2);
                const Stats st = timeFrames(frames, [&](int i) {
                    at::TimeScale scale = view.timeScale();
                    step(scale, s, i, centre);
                    view.setVisibleRange(scale.from(), scale.to());
                    const int before = painted.count;
                    QCoreApplication::processEvents();
                    if (painted.count == before) {
                        ++forced;
                        view.viewport()->repaint();
                    }
                });
                report(QString::fromLatin1(s.name), st,
                       ctx + QStringLiteral(" view=%1 path=widget").arg(QLatin1StringView(s.view)));
            }
            std::printf("    paints: lanes %d, horizontal scroll bar %d, vertical scroll bar %d\n",
                        painted.count, horizontalBar.count, verticalBar.count);
            if (forced > 0)
                std::printf("    (%d frames were painted by repaint(): the event loop had not)\n", forced);
            // grab(): the whole widget into a pixmap, as a screenshot or a test does, zoomed in and out.
            for (const double span : {45.0, 0.0}) {
                view.setVisibleRange(centre - (span > 0 ? span : view.timeScale().maxSpan()) / 2,
                                     centre + (span > 0 ? span : view.timeScale().maxSpan()) / 2);
                const Stats st = timeFrames(std::max(10, frames / 4), [&](int) { (void)view.grab(); });
                report(QStringLiteral("timeline_grab"), st,
                       ctx + QStringLiteral(" view=%1 path=widget-grab")
                                 .arg(span > 0 ? QStringLiteral("zoomed-in") : QStringLiteral("zoomed-out")));
            }
        }
    }

    // The summary: every frame figure, wall and CPU, and as multiples of the fill.
    std::printf("\n%-76s %8s %8s %8s %8s %7s %7s\n", "figure (ms)", "median", "p95", "cpu med", "cpu p95",
                "med/fill", "p95/fill");
    std::printf("%-76s %8.2f %8.2f %8.2f %8.2f %7.1f %7.1f\n", "baseline: QPainter fill 1920x1080",
                baseline.median, baseline.p95, baseline.cpuMedian, baseline.cpuP95, 1.0,
                baseline.p95 / baseline.median);
    for (const auto &[name, s] : table)
        std::printf("%-76s %8.2f %8.2f %8.2f %8.2f %7.1f %7.1f\n", qPrintable(name), s.median, s.p95,
                    s.cpuMedian, s.cpuP95, s.median / baseline.median, s.p95 / baseline.median);
    std::printf("targets: 100k events median <= 8 ms, p95 <= 16 ms; 1M events p95 <= 16 ms; "
                "<= 64 B per event in the store beyond label text\n");
    return 0;
}
