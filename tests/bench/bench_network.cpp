// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
// The alliance network at scale: a synthetic dataset of 2,000 companies and 100,000 events (and the
// embedded dataset for comparison), software rendering under the offscreen platform.
//   layout   building the graph and laying it out once (what the view runs on its worker thread)
//   redraw   the NetworkView's canvas repainted after the time cursor moved, at 1600x1000:
//              play   forward 14.6 days a frame (the play control at a year a second, 25 frames a second)
//              back   backward through it in 200 steps (dragging the cursor back on the timeline)
//              jump   100 moves to random moments (clicks on the timeline)
// Prints medians and 95th percentiles (wall and CPU) and BENCH lines; the baseline is a plain fill of the
// same size in the same run.
//   bench_network [--companies 2000] [--events 100000] [--frames 300] [--size 1600x1000] [--metric]
#include "app/core/document.h"
#include "app/core/import/json/jsonreader.h"
#include "app/core/network/networkdata.h"
#include "app/core/timeextent.h"
#include "app/core/viewstate.h"
#include "tests/bench/benchstats.h"
#include "tests/support/synthetic.h"
#include "ui/network/networkcanvas.h"
#include "ui/network/networkview.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QImage>
#include <QPainter>
#include <QRandomGenerator>
#include <cmath>
#include <cstdio>

namespace {

using benchstats::Stats;

void print(const char *name, const Stats &s, const QString &where)
{
    std::printf("%-34s median %8.2f ms  p95 %8.2f ms  max %8.2f ms  cpu median %8.2f  cpu p95 %8.2f\n", name,
                s.median, s.p95, s.max, s.cpuMedian, s.cpuP95);
    std::printf("BENCH %s_median=%.2f ms %s\n", name, s.median, qPrintable(where));
    std::printf("BENCH %s_p95=%.2f ms %s\n", name, s.p95, qPrintable(where));
    std::fflush(stdout);
}

void run(const std::shared_ptr<const at::Dataset> &dataset, const char *label, int frames, QSize size,
         bool metric)
{
    const QString where =
        QStringLiteral("companies=%1 events=%2 size=%3x%4 metric=%5 load=%6")
            .arg(dataset->entities.size())
            .arg(qulonglong(dataset->events.size()))
            .arg(size.width())
            .arg(size.height())
            .arg(metric ? QStringLiteral("on") : QStringLiteral("off"), benchstats::loadAverage());
    std::printf("\n%s: %s\n", label, qPrintable(where));

    // Once per dataset: graph and layout, on this thread (the view runs the same on a worker).
    std::vector<double> ms, cpu;
    size_t lines = 0;
    for (int i = 0; i < 3; ++i) {
        QElapsedTimer t;
        const double c0 = benchstats::cpuMs(CLOCK_THREAD_CPUTIME_ID);
        t.start();
        const auto data = at::buildNetworkData(*dataset);
        ms.push_back(double(t.nsecsElapsed()) / 1e6);
        cpu.push_back(benchstats::cpuMs(CLOCK_THREAD_CPUTIME_ID) - c0);
        lines = data ? data->graph.edges().size() : 0;
    }
    std::printf("%zu lines\n", lines);
    print("network_layout", benchstats::stats(ms, cpu), where);

    at::Document document;
    document.setDataset(dataset, QStringLiteral("bench"));
    at::ViewState state;
    const at::TimeExtent extent = at::timeExtent(*dataset);
    state.setCurrentTime(extent.from);
    at::NetworkView view(&document, &state);
    view.setLocale(QLocale(QLocale::English));
    view.resize(size);
    view.show();
    view.waitForLayout();
    if (metric && !at::sizeMetrics(*dataset).isEmpty())
        view.setSizeMetric(at::sizeMetrics(*dataset).constFirst());
    QCoreApplication::processEvents();
    at::NetworkCanvas *canvas = view.canvas();
    const double span = extent.to - extent.from;

    QImage fill(canvas->size(), QImage::Format_ARGB32_Premultiplied);
    const Stats baseline = benchstats::timeFrames(frames, [&](int) {
        QPainter p(&fill);
        p.fillRect(fill.rect(), Qt::white);
    });
    print("network_baseline_fill", baseline, where);

    auto frame = [&](double t) {
        state.setCurrentTime(t);
        canvas->repaint();
    };
    // The play control's step at a year a second: 40 ms of 365 days.
    const double playStep = 365.0 * 0.040;
    const Stats play = benchstats::timeFrames(
        frames, [&](int i) { frame(extent.from + std::fmod(playStep * (i + 1), span)); },
        CLOCK_THREAD_CPUTIME_ID, 0);
    print("network_redraw_play", play, where);
    const int backFrames = std::max(10, frames * 2 / 3);
    const Stats back = benchstats::timeFrames(
        backFrames, [&](int i) { frame(extent.to - span * (i + 1) / backFrames); }, CLOCK_THREAD_CPUTIME_ID,
        0);
    print("network_redraw_back", back, where);
    QRandomGenerator rng(20101111);
    const Stats jump = benchstats::timeFrames(std::max(10, frames / 3),
                                              [&](int) { frame(extent.from + span * rng.generateDouble()); });
    print("network_redraw_jump", jump, where);
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions(
        {{QStringLiteral("companies"), QStringLiteral("companies"), QStringLiteral("n"),
          QStringLiteral("2000")},
         {QStringLiteral("events"), QStringLiteral("events"), QStringLiteral("n"), QStringLiteral("100000")},
         {QStringLiteral("frames"), QStringLiteral("frames per scenario"), QStringLiteral("n"),
          QStringLiteral("300")},
         {QStringLiteral("size"), QStringLiteral("canvas size"), QStringLiteral("WxH"),
          QStringLiteral("1600x1000")},
         {QStringLiteral("metric"), QStringLiteral("size the discs by a metric")}});
    parser.process(app);
    const QStringList wh = parser.value(QStringLiteral("size")).split(u'x');
    const QSize size(wh.value(0).toInt(), wh.value(1).toInt());
    const int frames = parser.value(QStringLiteral("frames")).toInt();
    const bool metric = parser.isSet(QStringLiteral("metric"));

    const at::LoadResult embedded = at::readEmbeddedDataset();
    if (!embedded)
        return 1;
    run(*embedded, "embedded dataset", frames, size, metric);

    at::SyntheticSpec spec;
    spec.lanes = parser.value(QStringLiteral("companies")).toInt();
    spec.events = parser.value(QStringLiteral("events")).toInt();
    spec.series = std::min(200, spec.lanes);
    run(at::makeSyntheticDataset(spec), "synthetic", frames, size, metric);
    std::printf("\ntargets: layout <= 2 s once; redraw after a cursor move p95 <= 16 ms (2,000 companies, "
                "100,000 events)\n");
    return 0;
}
