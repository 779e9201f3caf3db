// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
// Live updates of a team workspace: how long after one client saves an edit another client's list shows it.
// A PostgreSQL 15 server of the program's own (a temporary cluster, reached by its socket, fsync on), one
// workspace of --annotations annotations, two clients (two stores, two connections, in this process). Each
// sample edits one annotation in the first client and waits for the second one's list to hold the new text:
// the figure runs from the start of the saving write (its transaction, the commit and the NOTIFY included)
// to the second client's re-read done, so it is what a colleague waits for. The save alone is timed too.
//
//   bench_team [--edits 200] [--annotations 1000]
#include "app/core/annotations/annotationstore.h"
#include "app/core/annotations/workspacelocation.h"
#include "tests/bench/benchstats.h"
#include "tests/support/teamserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QUuid>
#include <cstdio>

using namespace at;

namespace {

int fail(const QString &why)
{
    std::fprintf(stderr, "bench_team: %s\n", qPrintable(why));
    return 1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption editsOption(QStringLiteral("edits"), QStringLiteral("edits timed"),
                                         QStringLiteral("N"), QStringLiteral("200"));
    const QCommandLineOption sizeOption(QStringLiteral("annotations"),
                                        QStringLiteral("annotations in the workspace"), QStringLiteral("N"),
                                        QStringLiteral("1000"));
    parser.addOptions({editsOption, sizeOption});
    parser.process(app);
    const int edits = parser.value(editsOption).toInt();
    const int size = parser.value(sizeOption).toInt();
    if (edits < 1 || size < 1)
        return fail(QStringLiteral("--edits and --annotations must be positive"));

    testing::TeamServer server;
    if (!server.start())
        return fail(server.error());
    if (!server.exec(QStringLiteral("CREATE DATABASE bench")))
        return fail(server.error());
    const QString uri =
        server.uri(QStringLiteral("live"), QStringLiteral("postgres"), QStringLiteral("bench"));
    AnnotationStore writer, viewer;
    for (AnnotationStore *store : {&writer, &viewer})
        if (const auto opened = openWorkspaceLocation(*store, uri); !opened)
            return fail(opened.error().text());

    QList<AnnotationWrite> fill;
    const QDateTime start = currentTime();
    for (int i = 0; i < size; ++i) {
        Annotation a;
        a.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        a.target = AnnotationTarget::event(QStringLiteral("event-%1").arg(i % 500));
        a.text =
            QStringLiteral("Reading %1: the alliance moved the market share of the smaller partner.").arg(i);
        a.tags = {QStringLiteral("bench")};
        a.author = QStringLiteral("analyst-%1").arg(i % 7);
        a.created = start.addMSecs(i);
        a.edited = a.created;
        fill << AnnotationWrite::put(a, AnnotationWrite::Expect::Absent);
    }
    if (const auto written = writer.write(fill); !written)
        return fail(written.error().text());

    // Waits, running the event loop as the app does, until the viewer's list shows `text` on `id`.
    const auto waitFor = [&](const QString &id, const QString &text) {
        QDeadlineTimer deadline(5000);
        while (!deadline.hasExpired()) {
            const Annotation *a = viewer.find(id);
            if (a && a->text == text)
                return true;
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
        }
        return false;
    };
    if (!waitFor(fill.last().id, fill.last().value->text))
        return fail(QStringLiteral("the second client never saw the first one's annotations"));

    std::printf("bench_team: %d annotations, %d edits, load average %s\n", size, edits,
                qPrintable(benchstats::loadAverage()));
    std::vector<double> live, save;
    QElapsedTimer clock;
    const int warmUp = 5;
    for (int i = 0; i < edits + warmUp; ++i) {
        Annotation a = writer.annotations()[(i * 37) % size];
        const QDateTime read = a.edited;
        a.text = QStringLiteral("Edit %1 of the reading.").arg(i);
        a.edited = currentTime();
        clock.start();
        if (const auto written =
                writer.write({AnnotationWrite::put(a, AnnotationWrite::Expect::Unchanged, read)});
            !written)
            return fail(written.error().text());
        const double saved = double(clock.nsecsElapsed()) / 1e6;
        if (!waitFor(a.id, a.text))
            return fail(QStringLiteral("edit %1 did not reach the second client within 5 s").arg(i));
        if (i < warmUp)
            continue;
        live.push_back(double(clock.nsecsElapsed()) / 1e6);
        save.push_back(saved);
    }
    const benchstats::Stats l = benchstats::stats(live);
    const benchstats::Stats s = benchstats::stats(save);
    std::printf("%-44s median %7.1f ms  p95 %7.1f ms  max %7.1f ms\n", "commit in one client -> other's list",
                l.median, l.p95, l.max);
    std::printf("%-44s median %7.1f ms  p95 %7.1f ms  max %7.1f ms\n", "the save alone (committed)", s.median,
                s.p95, s.max);
    std::printf("BENCH team_live_delay_median=%.1f ms annotations=%d\n", l.median, size);
    std::printf("BENCH team_live_delay_p95=%.1f ms annotations=%d\n", l.p95, size);
    std::printf("BENCH team_save_median=%.1f ms annotations=%d\n", s.median, size);
    std::printf("BENCH team_save_p95=%.1f ms annotations=%d\n", s.p95, size);
    return 0;
}
