// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
// Importing annotations into a workspace, end to end: planning the merge, the one transaction with every
// expectation checked, then the in-memory list and its index; each run into a fresh workspace file. The
// sizes grow tenfold, so that the time per annotation shows whether the work is linear: it stays flat when
// it is, and grows tenfold with each size when it is quadratic. Then undo and redo of the largest import,
// which write every annotation again.
//
//   bench_annotations [--runs N] [--max 100000]
#include "app/core/annotations/annotationedits.h"
#include "app/core/annotations/annotationstore.h"
#include "tests/bench/benchstats.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QUuid>
#include <cstdio>

using benchstats::Stats;

namespace {

QList<at::Annotation> makeAnnotations(int n)
{
    QList<at::Annotation> list;
    list.reserve(n);
    const QDateTime start(QDate(2024, 1, 1), QTime(9, 0), Qt::UTC);
    for (int i = 0; i < n; ++i) {
        at::Annotation a;
        a.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        a.target = at::AnnotationTarget::event(QStringLiteral("event-%1").arg(i % 5000));
        a.text =
            QStringLiteral("Reading %1: the alliance moved the market share of the smaller partner.").arg(i);
        a.tags = {QStringLiteral("bench"), QStringLiteral("t%1").arg(i % 20)};
        a.author = QStringLiteral("analyst-%1").arg(i % 7);
        a.created = start.addMSecs(qint64(i) * 1000);
        a.edited = a.created;
        list << a;
    }
    return list;
}

void report(const char *name, const char *what, const Stats &s, int n)
{
    std::printf("%-32s median %9.1f ms  p95 %9.1f ms  cpu %9.1f ms  (%.2f us per annotation)\n", what,
                s.median, s.p95, s.cpuMedian, s.median * 1000.0 / n);
    std::printf("BENCH %s_median=%.1f ms annotations=%d\n", name, s.median, n);
    std::printf("BENCH %s_p95=%.1f ms annotations=%d\n", name, s.p95, n);
    std::printf("BENCH %s_us_per_annotation=%.2f us annotations=%d\n", name, s.median * 1000.0 / n, n);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption(
        {QStringLiteral("runs"), QStringLiteral("Runs per size."), QStringLiteral("N"), QStringLiteral("5")});
    parser.addOption({QStringLiteral("max"), QStringLiteral("Largest import."), QStringLiteral("N"),
                      QStringLiteral("100000")});
    parser.process(app);
    const int runs = std::max(1, parser.value(QStringLiteral("runs")).toInt());
    const int largest = std::max(1000, parser.value(QStringLiteral("max")).toInt());
    std::printf("bench_annotations: %d runs per size, load average %s\n", runs,
                qPrintable(benchstats::loadAverage()));

    QTemporaryDir dir;
    int file = 0;
    double firstPerAnnotation = 0;
    for (int n = 1000; n <= largest; n *= 10) {
        const QList<at::Annotation> incoming = makeAnnotations(n);
        std::vector<double> ms, cpu;
        std::vector<double> undoMs, undoCpu;
        std::vector<double> redoMs, redoCpu;
        const auto timed = [](std::vector<double> &wall, std::vector<double> &spent, const auto &work) {
            const double c0 = benchstats::cpuMs(CLOCK_PROCESS_CPUTIME_ID);
            QElapsedTimer t;
            t.start();
            work();
            wall.push_back(double(t.nsecsElapsed()) / 1e6);
            spent.push_back(benchstats::cpuMs(CLOCK_PROCESS_CPUTIME_ID) - c0);
        };
        for (int run = 0; run < runs; ++run) {
            at::AnnotationStore store;
            if (auto created = store.create(dir.filePath(QStringLiteral("ws-%1.atws").arg(++file)));
                !created) {
                std::fprintf(stderr, "bench_annotations: %s\n", qPrintable(created.error().text()));
                return 1;
            }
            QUndoStack stack;
            at::AnnotationEdits edits(&store, &stack);
            at::Expected<at::ImportSummary, at::StoreError> imported = at::ImportSummary{};
            timed(ms, cpu, [&] { imported = edits.importAnnotations(incoming); });
            if (!imported || imported->added != n || store.count() != n) {
                std::fprintf(stderr, "bench_annotations: the import of %d did not complete\n", n);
                return 1;
            }
            if (n == largest) {
                timed(undoMs, undoCpu, [&] { stack.undo(); });
                timed(redoMs, redoCpu, [&] { stack.redo(); });
                if (store.count() != n) {
                    std::fprintf(stderr, "bench_annotations: undo and redo of %d did not complete\n", n);
                    return 1;
                }
            }
        }
        const QByteArray what = QStringLiteral("import %1 annotations").arg(n).toUtf8();
        const Stats s = benchstats::stats(ms, cpu);
        report("annotations_import", what.constData(), s, n);
        // Linear work costs the same per annotation at every size; quadratic work ten times more per step.
        if (n == 1000)
            firstPerAnnotation = s.cpuMedian / n;
        else
            std::printf("BENCH annotations_import_cpu_growth=%.2f x annotations=%d versus=1000\n",
                        s.cpuMedian / n / firstPerAnnotation, n);
        if (n == largest) {
            report("annotations_undo_import", "undo of that import", benchstats::stats(undoMs, undoCpu), n);
            report("annotations_redo_import", "redo of that import", benchstats::stats(redoMs, redoCpu), n);
        }
    }
    return 0;
}
