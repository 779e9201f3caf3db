// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
// User-count chart frame times on synthetic series: S series x N points (default 10 x 1,000,000),
// the chart widget at 1600x900 under the offscreen platform (software rendering), timed around
// QCustomPlot::replot(rpImmediateRefresh), which draws every layer and repaints the widget.
//
//   bench_charts [--series 10] [--points 1000000] [--frames 200] [--runs 7] [--size 1600x900]
//
// Figures: first draw (constructing the chart on a loaded document, which indexes every point, plus the
// first replot), pan and zoom replots at several zoom levels, and a plain QPainter fill of an image of the
// same size as the baseline, measured in the same run. Prints a table and one line per figure:
// BENCH name=VALUE unit key=value...
#include "app/core/document.h"
#include "app/core/serieslod.h"
#include "app/core/viewstate.h"
#include "tests/bench/benchstats.h"
#include "ui/charts/usercountchart.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <ctime>
#include <functional>
#include <random>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

using benchstats::loadAverage;
using benchstats::Stats;
using benchstats::stats;

// Process CPU time: the charts index long series on worker threads.
double cpuMs()
{
    return benchstats::cpuMs(CLOCK_PROCESS_CPUTIME_ID);
}
Stats timeFrames(int frames, const std::function<void(int)> &frame)
{
    return benchstats::timeFrames(frames, frame, CLOCK_PROCESS_CPUTIME_ID);
}

// Series that look like user counts: a noisy upward random walk per company, one point a day, with a few
// lower bounds and approximations among the exact figures so that every marker kind occurs.
std::shared_ptr<at::Dataset> makeDataset(int seriesCount, int points)
{
    auto d = std::make_shared<at::Dataset>();
    at::Source source;
    source.id = u"bench"_s;
    source.title.en = u"Synthetic benchmark source"_s;
    source.publisher.en = u"bench_charts"_s;
    source.author.en = u"none"_s;
    source.published = at::FuzzyDate::fromDate(QDate(2020, 1, 1));
    source.paragraphs = 100;
    d->sources << source;
    std::mt19937_64 rng(20101111);
    std::normal_distribution<double> step(0.0, 1.0);
    const qint32 firstDay = qint32(QDate(1900, 1, 1).toJulianDay());
    d->points.reserve(size_t(seriesCount) * size_t(points));
    for (int s = 0; s < seriesCount; ++s) {
        at::Entity e;
        e.id = u"company-%1"_s.arg(s);
        e.nameEn = u"Company %1"_s.arg(s);
        e.sector = at::Sector::InstantMessaging;
        d->entities << e;
        at::Series series;
        series.id = u"company-%1-active"_s.arg(s);
        series.entity = s;
        series.metric = at::Metric::ActiveAccounts;
        series.pointsBegin = quint32(d->points.size());
        series.pointCount = quint32(points);
        double value = 5e7 * (s + 1);
        const double drift = 2e8 / points;
        for (int i = 0; i < points; ++i) {
            value = std::max(1e6, value + drift + step(rng) * 2e5);
            at::SeriesPoint p;
            p.date = at::FuzzyDate{firstDay + i, at::Precision::Day};
            p.value = value;
            p.paragraph = quint16(1 + i % 100);
            p.qualifier = i % 97 == 0   ? at::Qualifier::Over
                          : i % 89 == 0 ? at::Qualifier::Approximately
                                        : at::Qualifier::Exact;
            d->points.push_back(p);
        }
        d->series << series;
    }
    d->finish();
    return d;
}

void printRow(const char *what, const Stats &s, double baseline)
{
    std::printf("%-42s %8.2f %8.2f %8.2f %8.2f %8.2f %8.1fx\n", what, s.median, s.p95, s.max, s.cpuMedian,
                s.cpuP95, s.median / baseline);
}

void bench(const char *name, const char *label, const Stats &s, double baseline, const QString &context)
{
    printRow(label, s, baseline);
    const QByteArray c = context.toUtf8();
    std::printf("BENCH %s_median=%.2f ms %s\n", name, s.median, c.constData());
    std::printf("BENCH %s_p95=%.2f ms %s\n", name, s.p95, c.constData());
    std::printf("BENCH %s_cpu_median=%.2f ms %s\n", name, s.cpuMedian, c.constData());
    std::printf("BENCH %s_cpu_p95=%.2f ms %s\n", name, s.cpuP95, c.constData());
    std::printf("BENCH %s_ratio_to_fill=%.1f x %s\n", name, s.median / baseline, c.constData());
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions(
        {{u"series"_s, u"series"_s, u"n"_s, u"10"_s},
         {u"points"_s, u"points per series"_s, u"n"_s, u"1000000"_s},
         {u"frames"_s, u"frames per figure"_s, u"n"_s, u"200"_s},
         {u"runs"_s, u"first-draw runs"_s, u"n"_s, u"7"_s},
         {u"size"_s, u"chart size"_s, u"WxH"_s, u"1600x900"_s},
         {u"only"_s, u"only this figure (first, all, 10y, 1y, 30d, zoom), for profiling"_s, u"name"_s}});
    parser.process(app);
    const int seriesCount = parser.value(u"series"_s).toInt();
    const int points = parser.value(u"points"_s).toInt();
    const int frames = parser.value(u"frames"_s).toInt();
    const int runs = parser.value(u"runs"_s).toInt();
    const QStringList sizeParts = parser.value(u"size"_s).split(u'x');
    const QSize size(sizeParts.value(0).toInt(), sizeParts.value(1).toInt());
    const QString only = parser.value(u"only"_s);
    auto wanted = [&](const QString &figure) { return only.isEmpty() || only == figure; };

    std::printf("building %d series x %d points...\n", seriesCount, points);
    at::Document document;
    document.setDataset(makeDataset(seriesCount, points), u"synthetic"_s);
    at::ViewState state;
    const QString loadBefore = loadAverage();

    // Baseline: filling an image of the chart's size with one colour.
    QImage canvas(size, QImage::Format_ARGB32_Premultiplied);
    const Stats fill = timeFrames(frames, [&](int i) {
        QPainter p(&canvas);
        p.fillRect(canvas.rect(), i % 2 ? Qt::white : Qt::lightGray);
    });

    // The index alone (SeriesLod over every series, one after the other), to show what the first draw pays
    // for reading every point once.
    std::vector<double> indexMs, indexCpu;
    for (int r = 0; r < 3; ++r) {
        const double c0 = cpuMs();
        QElapsedTimer t;
        t.start();
        for (const at::Series &s : document.dataset().series) {
            const at::SeriesLod lod(document.dataset().pointsOf(s));
            Q_UNUSED(lod);
        }
        indexMs.push_back(double(t.nsecsElapsed()) / 1e6);
        indexCpu.push_back(cpuMs() - c0);
    }

    // First draw: a new chart on the loaded document, shown, laid out and drawn once.
    std::vector<double> firstDraw, construct, firstReplot, firstDrawCpu, constructCpu, firstReplotCpu,
        exactDraw, exactDrawCpu;
    for (int r = 0; r < (wanted(u"first"_s) ? runs : 1); ++r) {
        QElapsedTimer t;
        const double c0 = cpuMs();
        t.start();
        auto *chart = new at::UserCountChart(&document, &state);
        chart->resize(size);
        const double built = double(t.nsecsElapsed()) / 1e6;
        const double builtCpu = cpuMs() - c0;
        chart->show();
        chart->replot(QCustomPlot::rpImmediateRefresh);
        const double total = double(t.nsecsElapsed()) / 1e6;
        const double totalCpu = cpuMs() - c0;
        firstDraw.push_back(total);
        construct.push_back(built);
        firstReplot.push_back(total - built);
        firstDrawCpu.push_back(totalCpu);
        // Very long series are drawn first from a sampled index; the exact one arrives from a worker thread.
        chart->waitForExactIndex();
        chart->replot(QCustomPlot::rpImmediateRefresh);
        exactDraw.push_back(double(t.nsecsElapsed()) / 1e6);
        exactDrawCpu.push_back(cpuMs() - c0);
        constructCpu.push_back(builtCpu);
        firstReplotCpu.push_back(totalCpu - builtCpu);
        delete chart;
    }

    at::UserCountChart chart(&document, &state);
    chart.resize(size);
    chart.show();
    chart.waitForExactIndex();
    chart.replot(QCustomPlot::rpImmediateRefresh);
    const QCPRange all = chart.xAxis->range();
    auto replot = [&] { chart.replot(QCustomPlot::rpImmediateRefresh); };
    // Pans back and forth by 1% of the view, as a drag does.
    auto pan = [&](double span, const QString &figure) {
        if (!wanted(figure))
            return Stats{};
        chart.xAxis->setRange(all.center() - span / 2, all.center() + span / 2);
        replot();
        return timeFrames(frames, [&](int i) {
            chart.xAxis->moveRange(((i / 20) % 2 ? -1 : 1) * span * 0.01);
            replot();
        });
    };
    const Stats panAll = pan(all.size(), u"all"_s);
    const Stats panDecade = pan(3652.5, u"10y"_s);
    const Stats panYear = pan(365.25, u"1y"_s);
    const Stats panMonth = pan(30.0, u"30d"_s);
    const bool markersAtMonth = chart.markersShown();
    // Zooms in ten wheel steps from everything to a few days, and back out.
    chart.xAxis->setRange(all);
    const double factor = std::pow(all.size() / 60.0, 1.0 / 20);
    const Stats zoom = !wanted(u"zoom"_s) ? Stats{} : timeFrames(frames, [&](int i) {
        chart.xAxis->scaleRange((i / 20) % 2 ? factor : 1 / factor, all.center());
        replot();
    });

    // The machine's load average (one minute) before and after, so that a noisy run says so.
    const QString context = u"series=%1 points=%2 size=%3x%4 load=%5..%6"_s.arg(seriesCount)
                                .arg(points)
                                .arg(size.width())
                                .arg(size.height())
                                .arg(loadBefore, loadAverage());
    std::printf("\n%-42s %8s %8s %8s %8s %8s %9s\n", "figure (ms)", "median", "p95", "max", "cpu med",
                "cpu p95", "vs fill");
    printRow("baseline: QPainter fill of the same size", fill, fill.median);
    const double firstDrawCold = firstDraw.front();
    const double firstDrawColdCpu = firstDrawCpu.front();
    const Stats first = stats(firstDraw, firstDrawCpu);
    bench("charts_first_draw", "first draw (construct + first replot)", first, fill.median, context);
    printRow("  of which: construct (index all points)", stats(construct, constructCpu), fill.median);
    printRow("  of which: first replot", stats(firstReplot, firstReplotCpu), fill.median);
    printRow("  (index alone, series one after another)", stats(indexMs, indexCpu), fill.median);
    bench("charts_exact_draw", "drawn from the exact index (from the start)", stats(exactDraw, exactDrawCpu),
          fill.median, context);
    std::printf("  cold first run (first chart in this process): %.2f ms wall, %.2f ms cpu\n", firstDrawCold,
                firstDrawColdCpu);
    std::printf("BENCH charts_first_draw_cold=%.2f ms %s\n", firstDrawCold, context.toUtf8().constData());
    bench("charts_pan_all", "pan, everything in view", panAll, fill.median, context + u" view=all"_s);
    bench("charts_pan_decade", "pan, ten years in view", panDecade, fill.median, context + u" view=10y"_s);
    bench("charts_pan_year", "pan, one year in view", panYear, fill.median, context + u" view=1y"_s);
    bench("charts_pan_month", "pan, one month in view (markers)", panMonth, fill.median,
          context + u" view=30d markers=%1"_s.arg(markersAtMonth ? u"on"_s : u"off"_s));
    bench("charts_zoom", "zoom, all to a month and back", zoom, fill.median, context);
    std::printf("BENCH charts_fill_median=%.3f ms size=%dx%d\n", fill.median, size.width(), size.height());
    const double worstPan = std::max({panAll.p95, panDecade.p95, panYear.p95, panMonth.p95, zoom.p95});
    std::printf(
        "\npan/zoom p95 worst %.2f ms (target <= 16), first draw median %.2f ms p95 %.2f ms (target <= 50)\n",
        worstPan, first.median, first.p95);
    std::printf("BENCH charts_panzoom_p95_worst=%.2f ms %s\n", worstPan, context.toUtf8().constData());
    return 0;
}
