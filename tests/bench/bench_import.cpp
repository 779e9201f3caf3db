// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
// Import speed and memory: a synthetic dataset of N events (tests/support/synthetic.h) written as one
// JSON file and as the five CSV tables into a temporary folder, then imported the way File > Import does
// (runImport, Replace) several times. The targets (import time by format and size, resident memory per
// event beyond the label text) are in tests/bench/targets.tsv, which tools/bench.sh checks the BENCH lines
// against.
//
//   bench_import [--events 1000000] [--runs 7] [--dir DIR [--reuse]] [--no-qjson]
//
// The baseline is reading the same bytes with QFile::readAll in the same process (the disk cache is warm
// for both). Memory is VmRSS after an import minus VmRSS before it, with the dataset alive and freed heap
// returned to the system (malloc_trim), less the UTF-16 text pool; the peak (VmHWM) during the import is
// given too. Each format's memory is measured in a child process of its own (fork): heap that an earlier
// import freed stays resident in its thread's arena and would be counted before and reused after. For
// comparison, one QJsonDocument::fromJson of the JSON file unless --no-qjson.
//
// Wall-clock times are given with this thread's CPU time beside them: on a shared machine the wall clock
// also measures the neighbours.
//
// Prints a table and one line per figure: BENCH name=VALUE unit key=value...
#include "app/core/import/datasetimport.h"
#include "tests/support/synthetic.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <ctime>
#include <functional>
#include <malloc.h>
#include <sys/wait.h>
#include <unistd.h>
#include <utility>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

struct Stats {
    double median = 0;
    double p95 = 0;
    double cpuMedian = 0; // this thread's CPU time: less at the mercy of whatever else the machine runs
    double cpuP95 = 0;
};

double threadCpuSeconds()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

// The median and the 95th percentile (the nearest rank).
std::pair<double, double> percentiles(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    auto at = [&](double q) {
        return v[std::min(v.size() - 1, size_t(std::ceil(q * double(v.size())) - 1))];
    };
    return {at(0.5), at(0.95)};
}

// Seconds of each of `runs` calls, wall clock and CPU.
Stats timeRuns(int runs, const std::function<void()> &run)
{
    std::vector<double> wall, cpu;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        const double c = threadCpuSeconds();
        t.start();
        run();
        wall.push_back(double(t.nsecsElapsed()) / 1e9);
        cpu.push_back(threadCpuSeconds() - c);
    }
    const auto [median, p95] = percentiles(wall);
    const auto [cpuMedian, cpuP95] = percentiles(cpu);
    return {median, p95, cpuMedian, cpuP95};
}

// A field of /proc/self/status in bytes ("VmRSS", "VmHWM").
qint64 statusBytes(const char *field)
{
    QFile f(u"/proc/self/status"_s);
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray key = QByteArray(field) + ':';
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith(key))
            return line.mid(key.size()).trimmed().split(' ').value(0).toLongLong() * 1024;
    }
    return -1;
}

// Lets VmHWM start again from the current VmRSS (Linux 4.0 and later).
void resetPeak()
{
    QFile f(u"/proc/self/clear_refs"_s);
    if (f.open(QIODevice::WriteOnly))
        f.write("5");
}

at::ImportResult import(const QStringList &files)
{
    at::ImportRequest request;
    request.files = files;
    request.mode = at::ImportMode::Replace;
    request.sizeLimit = at::ImportLimit::given(qint64(1) << 40);
    at::ImportResult r = at::runImport(request);
    if (!r.ok()) {
        std::fprintf(stderr, "bench_import: the import failed:\n%s\n",
                     qPrintable(at::toStrings(r.errors).join(u'\n')));
        std::exit(1);
    }
    return r;
}

struct Memory {
    double bytesPerEvent = 0;     // resident, beyond the text
    double peakBytesPerEvent = 0; // the most resident during the import, beyond the text
    qint64 textBytes = 0;
};

Memory measureMemory(const QStringList &files)
{
    malloc_trim(0);
    const qint64 before = statusBytes("VmRSS");
    resetPeak();
    at::ImportResult r = import(files);
    const qint64 peak = statusBytes("VmHWM");
    malloc_trim(0);
    const qint64 after = statusBytes("VmRSS");
    const at::Dataset &d = *r.dataset;
    Memory m;
    m.textBytes = d.pool.size(); // bytes: ASCII takes one a character, the rest two
    m.bytesPerEvent = double(after - before - m.textBytes) / double(d.events.size());
    m.peakBytesPerEvent = double(peak - before - m.textBytes) / double(d.events.size());
    return m;
}

// measureMemory() in a child process, which starts with this one's memory and none of what the child
// then frees.
Memory measureMemoryApart(const QStringList &files)
{
    int pipeEnds[2];
    if (pipe(pipeEnds) != 0) {
        std::perror("bench_import: pipe");
        std::exit(1);
    }
    const pid_t child = fork();
    if (child == 0) {
        close(pipeEnds[0]);
        const Memory m = measureMemory(files);
        const bool written = write(pipeEnds[1], &m, sizeof m) == ssize_t(sizeof m);
        _exit(written ? 0 : 1);
    }
    close(pipeEnds[1]);
    Memory m;
    const bool read = child > 0 && ::read(pipeEnds[0], &m, sizeof m) == ssize_t(sizeof m);
    close(pipeEnds[0]);
    int status = 0;
    if (child > 0)
        waitpid(child, &status, 0);
    if (!read || !WIFEXITED(status) || WEXITSTATUS(status) != 0) {
        std::fprintf(stderr, "bench_import: the memory measurement failed\n");
        std::exit(1);
    }
    return m;
}

void printTimes(const char *label, const char *name, Stats s, Stats baseline, qint64 bytes, int events)
{
    std::printf("%-34s median %7.3f s  p95 %7.3f s  %6.0f MB/s  x%.1f readAll  (cpu %.3f / %.3f s)\n", label,
                s.median, s.p95, double(bytes) / 1e6 / s.median, s.median / baseline.median, s.cpuMedian,
                s.cpuP95);
    std::printf("BENCH import_%s_median=%.3f s events=%d bytes=%lld\n", name, s.median, events,
                qlonglong(bytes));
    std::printf("BENCH import_%s_p95=%.3f s events=%d bytes=%lld\n", name, s.p95, events, qlonglong(bytes));
    std::printf("BENCH import_%s_cpu_median=%.3f s events=%d bytes=%lld\n", name, s.cpuMedian, events,
                qlonglong(bytes));
    std::printf("BENCH import_%s_cpu_p95=%.3f s events=%d bytes=%lld\n", name, s.cpuP95, events,
                qlonglong(bytes));
    std::printf("BENCH import_%s_median_ratio=%.2f x events=%d baseline=readall\n", name,
                s.median / baseline.median, events);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Import speed and memory on synthetic data."_s);
    parser.addHelpOption();
    parser.addOptions(
        {{u"events"_s, u"Events in the dataset."_s, u"N"_s, u"1000000"_s},
         {u"runs"_s, u"Imports of each format."_s, u"R"_s, u"7"_s},
         {u"dir"_s, u"Write the files here instead of a temporary folder."_s, u"DIR"_s},
         {u"reuse"_s, u"Use the files an earlier run with the same --events left in --dir."_s},
         {u"no-qjson"_s, u"Skip the QJsonDocument comparison."_s},
         {u"once"_s,
          u"Import FORMAT (json or csv) once, with no import before it in this process: what opening "
          "a file in a new window costs. Use with --reuse (files written by an earlier run, not "
          "just now); run the program several times."_s,
          u"FORMAT"_s}});
    parser.process(app);
    const int events = parser.value(u"events"_s).toInt();
    const int runs = std::max(1, parser.value(u"runs"_s).toInt());

    QTemporaryDir temp;
    const QString dir = parser.isSet(u"dir"_s) ? parser.value(u"dir"_s) : temp.path();
    QDir().mkpath(dir);
    at::SyntheticSpec spec;
    spec.events = events;
    spec.lanes = 50;
    spec.years = 20;
    spec.series = 10;
    spec.pointsPerSeries = 100;
    spec.quotes = 100;

    QElapsedTimer t;
    t.start();
    const QString json = dir + u"/dataset.json"_s;
    // Reused files are this generator's only when the size matches what it writes; a marker says which.
    const QString marker = dir + u"/events-%1"_s.arg(events);
    const bool reuse = parser.isSet(u"reuse"_s) && parser.isSet(u"dir"_s) && QFileInfo::exists(marker) &&
                       QFileInfo::exists(json);
    if (!reuse) {
        QFile::remove(marker);
        QFile f(json);
        QString error;
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
            !at::writeSyntheticDatasetJson(spec, &f, &error)) {
            std::fprintf(stderr, "bench_import: cannot write %s: %s\n", qPrintable(json), qPrintable(error));
            return 1;
        }
    }
    QString error;
    if (!reuse) {
        if (!at::writeSyntheticDatasetCsvFiles(spec, dir, &error)) {
            std::fprintf(stderr, "bench_import: cannot write the tables into %s: %s\n", qPrintable(dir),
                         qPrintable(error));
            return 1;
        }
        QFile m(marker);
        if (parser.isSet(u"dir"_s) && !m.open(QIODevice::WriteOnly)) {
            std::fprintf(stderr, "bench_import: cannot write %s\n", qPrintable(marker));
            return 1;
        }
    }
    QStringList csv;
    qint64 csvBytes = 0;
    for (const char *table : {"sources", "entities", "events", "series", "quotes"}) {
        csv << dir + u'/' + QLatin1StringView(table) + u".csv"_s;
        csvBytes += QFileInfo(csv.last()).size();
    }
    const qint64 jsonBytes = QFileInfo(json).size();
    std::printf("%d events: %s %.1f MB, CSV tables %.1f MB (%s in %.1f s)\n\n", events, qPrintable(json),
                double(jsonBytes) / 1e6, double(csvBytes) / 1e6, reuse ? "reused" : "written",
                double(t.elapsed()) / 1e3);

    if (parser.isSet(u"once"_s)) {
        const QString format = parser.value(u"once"_s);
        if (format != u"json"_s && format != u"csv"_s) {
            std::fprintf(stderr, "bench_import: --once takes json or csv, not %s\n", qPrintable(format));
            return 1;
        }
        const bool isJson = format == u"json"_s;
        const Stats once = timeRuns(1, [&] { import(isJson ? QStringList{json} : csv); });
        std::printf("import %s once, fresh process      %7.3f s  (cpu %.3f s)\n", isJson ? "JSON" : "CSV ",
                    once.median, once.cpuMedian);
        std::printf("BENCH import_%s_once=%.3f s events=%d\n", qPrintable(format), once.median, events);
        return 0;
    }

    // Warm the file cache and the allocator once, as a user's second import would find them.
    import({json});
    import(csv);

    auto readAll = [](const QStringList &files) {
        return [files] {
            for (const QString &path : files) {
                QFile f(path);
                if (!f.open(QIODevice::ReadOnly) || f.readAll().isEmpty())
                    std::exit(1);
            }
        };
    };
    const Stats jsonBaseline = timeRuns(runs, readAll({json}));
    const Stats csvBaseline = timeRuns(runs, readAll(csv));
    const Stats jsonTimes = timeRuns(runs, [&] { import({json}); });
    const Stats csvTimes = timeRuns(runs, [&] { import(csv); });
    const Memory jsonMemory = measureMemoryApart({json});
    const Memory csvMemory = measureMemoryApart(csv);

    std::printf("%-34s median %7.3f s  p95 %7.3f s  %6.0f MB/s\n", "QFile::readAll, JSON (baseline)",
                jsonBaseline.median, jsonBaseline.p95, double(jsonBytes) / 1e6 / jsonBaseline.median);
    std::printf("%-34s median %7.3f s  p95 %7.3f s  %6.0f MB/s\n", "QFile::readAll, CSV (baseline)",
                csvBaseline.median, csvBaseline.p95, double(csvBytes) / 1e6 / csvBaseline.median);
    std::printf("BENCH import_baseline_readall_json_median=%.3f s events=%d bytes=%lld\n",
                jsonBaseline.median, events, qlonglong(jsonBytes));
    std::printf("BENCH import_baseline_readall_csv_median=%.3f s events=%d bytes=%lld\n", csvBaseline.median,
                events, qlonglong(csvBytes));
    printTimes("import JSON", "json", jsonTimes, jsonBaseline, jsonBytes, events);
    printTimes("import CSV", "csv", csvTimes, csvBaseline, csvBytes, events);
    for (const auto &[name, m] : {std::pair{"json", jsonMemory}, std::pair{"csv", csvMemory}}) {
        std::printf("%-34s %6.1f bytes/event resident beyond %.1f MB of text (peak %.1f)\n",
                    qPrintable(u"memory after %1"_s.arg(QString(QLatin1StringView(name)).toUpper())),
                    m.bytesPerEvent, double(m.textBytes) / 1e6, m.peakBytesPerEvent);
        std::printf("BENCH import_%s_bytes_per_event=%.1f B events=%d text_bytes=%lld\n", name,
                    m.bytesPerEvent, events, qlonglong(m.textBytes));
        std::printf("BENCH import_%s_peak_per_event=%.1f B events=%d\n", name, m.peakBytesPerEvent, events);
    }
    if (!parser.isSet(u"no-qjson"_s)) {
        QFile f(json);
        f.open(QIODevice::ReadOnly);
        const QByteArray bytes = f.readAll();
        QElapsedTimer q;
        q.start();
        const QJsonDocument doc = QJsonDocument::fromJson(bytes);
        const double seconds = double(q.nsecsElapsed()) / 1e9;
        std::printf("%-34s %7.3f s (one run)  %6.0f MB/s\n", "QJsonDocument::fromJson, parse only", seconds,
                    double(jsonBytes) / 1e6 / seconds);
        std::printf("BENCH import_qjsondocument_parse=%.3f s events=%d runs=1 valid=%d\n", seconds, events,
                    int(doc.isObject()));
    }
    return 0;
}
