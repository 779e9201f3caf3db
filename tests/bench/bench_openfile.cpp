// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
// Opening a dataset from the file manager: the time from launching the real alliance-timeline binary with a
// file argument (what a double-click does) to the first frame of its window painted with every event of
// the file loaded, over several launches.
//
//   DISPLAY=:104 ./bench_openfile [--events 1000000] [--file FILE] [--runs N] [--binary PATH]
//
// Without --file it first writes the synthetic dataset that `gen_dataset --events N --json FILE` writes
// (1,000,000 events: 309 MB) into a temporary folder. Each launch runs the binary with the file as its only
// argument, in a fresh settings and data folder (a first launch: default settings, so the default import
// size limit too), and with AT_FIRST_FRAME_MARKER set: the application then prints
// `AT_FIRST_FRAME events=N monotonic_ns=T` once the window has painted a frame with the file's dataset,
// and quits (ui/application/firstframemarker.h). The launch is timed from just before the process is
// started to T, on the same monotonic clock. The first launch warms the file cache and is not counted:
// a file just saved or downloaded is in the cache too.
#include "tests/support/synthetic.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <optional>
#include <vector>

namespace {

qint64 nowNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
               std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

struct Launch {
    double seconds = 0;  // to the frame
    double read = 0;     // to the dataset read, before the window takes it
    double replaced = 0; // to every view having taken it
    qint64 events = 0;
};

std::optional<Launch> launch(const QString &binary, const QString &file, QString *error)
{
    QTemporaryDir home; // a first launch: no settings, no workspace
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("AT_FIRST_FRAME_MARKER"), QStringLiteral("1"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), home.filePath(QStringLiteral("cache")));
    process.setProcessEnvironment(env);
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    const qint64 startNs = nowNs();
    process.start(binary, {file});
    if (!process.waitForFinished(180000)) {
        process.kill();
        process.waitForFinished();
        *error = QStringLiteral("the application did not quit within 180 s");
        return std::nullopt;
    }
    const QString out = QString::fromUtf8(process.readAllStandardOutput());
    for (const QString &line : out.split(u'\n')) {
        if (!line.startsWith(u"AT_FIRST_FRAME "))
            continue;
        Launch l;
        for (const QString &field : line.split(u' ')) {
            if (field.startsWith(u"events="))
                l.events = field.mid(7).toLongLong();
            else if (field.startsWith(u"monotonic_ns="))
                l.seconds = double(field.mid(13).toLongLong() - startNs) / 1e9;
            else if (field.startsWith(u"read_ns="))
                l.read = double(field.mid(8).toLongLong() - startNs) / 1e9;
            else if (field.startsWith(u"replaced_ns="))
                l.replaced = double(field.mid(12).toLongLong() - startNs) / 1e9;
        }
        return l;
    }
    *error = QStringLiteral("no AT_FIRST_FRAME line (exit code %1): the file was not loaded, or there is no "
                            "display (DISPLAY or QT_QPA_PLATFORM)")
                 .arg(process.exitCode());
    return std::nullopt;
}

double percentile(std::vector<double> v, double p)
{
    std::sort(v.begin(), v.end());
    const size_t i = std::min(v.size() - 1, size_t(p * double(v.size() - 1) + 0.5));
    return v[i];
}

QString option(const QStringList &args, const QString &name, const QString &fallback)
{
    const qsizetype i = args.indexOf(name);
    return i >= 0 && i + 1 < args.size() ? args[i + 1] : fallback;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    const int runs = std::max(1, option(args, QStringLiteral("--runs"), QStringLiteral("7")).toInt());
    const qint64 events = option(args, QStringLiteral("--events"), QStringLiteral("1000000")).toLongLong();
    const QString binary = option(args, QStringLiteral("--binary"), QStringLiteral(AT_APP_BINARY));
    QString file = option(args, QStringLiteral("--file"), QString());

    QTemporaryDir dir;
    std::optional<qint64> expected;
    if (file.isEmpty()) {
        file = dir.filePath(QStringLiteral("dataset.json"));
        at::SyntheticSpec spec;
        spec.events = int(events);
        QFile out(file);
        QString error;
        if (!out.open(QIODevice::WriteOnly) || !at::writeSyntheticDatasetJson(spec, &out, &error)) {
            std::fprintf(stderr, "cannot write %s: %s\n", qPrintable(file), qPrintable(error));
            return 1;
        }
        expected = events;
    }
    const qint64 bytes = QFileInfo(file).size();

    std::vector<double> seconds, read, replaced;
    qint64 loaded = 0;
    for (int r = 0; r < runs + 1; ++r) {
        QString error;
        const auto l = launch(binary, file, &error);
        if (!l) {
            std::fprintf(stderr, "launch %d: %s\n", r, qPrintable(error));
            return 1;
        }
        if (expected && l->events != *expected) {
            std::fprintf(stderr, "launch %d: the first frame had %lld events, not %lld\n", r,
                         static_cast<long long>(l->events), static_cast<long long>(*expected));
            return 1;
        }
        loaded = l->events;
        if (r > 0) { // the first warms the caches
            seconds.push_back(l->seconds);
            read.push_back(l->read);
            replaced.push_back(l->replaced);
        }
    }

    QTextStream out(stdout);
    out << "Launch with a file argument to the first frame painted with all its events: " << file << " ("
        << bytes << " bytes, " << loaded << " events), " << runs << " launches, binary " << binary << "\n";
    out << QStringLiteral("  first frame with all events: median %1 s   p95 %2 s   min %3 s   max %4 s\n")
               .arg(percentile(seconds, 0.5), 0, 'f', 3)
               .arg(percentile(seconds, 0.95), 0, 'f', 3)
               .arg(*std::min_element(seconds.begin(), seconds.end()), 0, 'f', 3)
               .arg(*std::max_element(seconds.begin(), seconds.end()), 0, 'f', 3);
    out << QStringLiteral(
               "  stages (medians from launch): dataset read %1 s, views have it %2 s, frame %3 s\n")
               .arg(percentile(read, 0.5), 0, 'f', 3)
               .arg(percentile(replaced, 0.5), 0, 'f', 3)
               .arg(percentile(seconds, 0.5), 0, 'f', 3);
    for (const char *name : {"median", "p95"}) {
        out << QStringLiteral("BENCH openfile_first_frame_%1=%2 s events=%3 bytes=%4 runs=%5\n")
                   .arg(QLatin1StringView(name))
                   .arg(percentile(seconds, qstrcmp(name, "median") == 0 ? 0.5 : 0.95), 0, 'f', 3)
                   .arg(loaded)
                   .arg(bytes)
                   .arg(runs);
    }
    return 0;
}
