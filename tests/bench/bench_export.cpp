// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
// Export speed: a 3840x2160 PNG of the timeline with 100,000 events and of the user-count chart
// with 1,000,000 points, end to end: from the call to the closed file (render, encode, atomic write), as
// File > Export and --export do it. Target: <= 400 ms each.
//
//   QT_QPA_PLATFORM=offscreen build/dev/tests/bench/bench_export [--runs N]
//
// Prints median and 95th percentile, BENCH lines, and two references measured in the same process: a plain
// QPainter fill of the same image (the baseline the ratios use) and QImage::save of it as PNG at Qt's
// default settings.
#include "app/core/document.h"
#include "app/core/viewstate.h"
#include "tests/bench/benchstats.h"
#include "tests/support/synthetic.h"
#include "ui/charts/usercountchart.h"
#include "ui/export/exportwriter.h"
#include "ui/exportviews/viewexports.h"
#include "ui/timeline/timelineview.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QPainter>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

namespace {

using benchstats::Stats;

// End to end, one export per sample, after one untimed export (caches, fonts, the first allocation).
Stats measure(int runs, const std::function<void()> &work)
{
    return benchstats::timeFrames(
        runs, [&](int) { work(); }, CLOCK_THREAD_CPUTIME_ID, 1);
}

void report(const char *name, const char *what, const Stats &s, const Stats &baseline, const char *context)
{
    std::printf("%-34s median %8.1f ms   p95 %8.1f ms   (%.1fx / %.1fx the fill)\n", what, s.median, s.p95,
                s.median / baseline.median, s.p95 / baseline.median);
    std::printf("BENCH %s_median=%.1f ms %s\n", name, s.median, context);
    std::printf("BENCH %s_p95=%.1f ms %s\n", name, s.p95, context);
    std::printf("BENCH %s_median_ratio=%.1f x %s baseline=fill\n", name, s.median / baseline.median, context);
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int runs = args.contains(QStringLiteral("--runs"))
                         ? args.value(args.indexOf(QStringLiteral("--runs")) + 1).toInt()
                         : 9;
    const QSize size(3840, 2160);
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("export.png"));

    QImage image(size, QImage::Format_RGB32);
    const Stats fill = measure(runs, [&] {
        QPainter p(&image);
        p.fillRect(image.rect(), QColor(0xf0, 0xf0, 0xf0));
    });
    std::printf("baseline: QPainter fill of a 3840x2160 image: median %.1f ms, p95 %.1f ms\n", fill.median,
                fill.p95);
    std::printf("BENCH export_baseline_fill_median=%.1f ms size=3840x2160\n", fill.median);
    const Stats save = measure(std::max(3, runs / 3), [&] { image.save(out, "PNG"); });
    report("export_reference_qimage_save", "QImage::save PNG (reference)", save, fill, "size=3840x2160");

    at::ExportRequest request;
    request.size = size;
    request.locale = QLocale(QLocale::English, QLocale::UnitedKingdom);

    {
        at::SyntheticSpec spec;
        spec.events = 100000;
        spec.series = 0;
        spec.quotes = 0;
        at::Document document;
        document.setDataset(at::makeSyntheticDataset(spec), QStringLiteral("synthetic"));
        at::ViewState state;
        at::TimelineView view(&document, &state);
        view.resize(1600, 900);
        const at::TimelineExport source(&document, &view);
        QString error;
        const Stats s = measure(runs, [&] {
            if (const auto written = at::exportToFile(source, request, out); !written)
                error = written.error().toString();
        });
        if (!error.isEmpty()) {
            std::fprintf(stderr, "bench_export: %s\n", qPrintable(error));
            return 1;
        }
        report("export_timeline_png_4k", "timeline, 100k events, 4K PNG", s, fill,
               "events=100000 lanes=50 size=3840x2160 range=all");
        std::printf("  file: %lld bytes\n", QFile(out).size());
    }
    {
        at::SyntheticSpec spec;
        spec.events = 100;
        spec.series = 10;
        spec.pointsPerSeries = 100000;
        spec.quotes = 0;
        at::Document document;
        document.setDataset(at::makeSyntheticDataset(spec), QStringLiteral("synthetic"));
        at::ViewState state;
        at::UserCountChart chart(&document, &state);
        chart.resize(1600, 900);
        chart.waitForExactIndex();
        const at::UserCountExport source(&chart);
        QString error;
        const Stats s = measure(runs, [&] {
            if (const auto written = at::exportToFile(source, request, out); !written)
                error = written.error().toString();
        });
        if (!error.isEmpty()) {
            std::fprintf(stderr, "bench_export: %s\n", qPrintable(error));
            return 1;
        }
        report("export_users_png_4k", "user counts, 10 x 100k points, 4K PNG", s, fill,
               "points=1000000 series=10 size=3840x2160");
        std::printf("  file: %lld bytes\n", QFile(out).size());
    }
    return 0;
}
