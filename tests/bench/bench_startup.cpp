// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
// Start-up: time from main() to the first painted frame of the window with the embedded dataset, over
// several process launches, against a bare QMainWindow measured the same way.
//
//   DISPLAY=:104 ./bench_startup [--runs N]
//
// The program runs itself as a child per launch (--child app|bare). A child notes the time at the top of
// main(), builds what the application builds (AppSession: translations, embedded dataset, window), shows
// it, and reports once the first expose of the window has been painted and flushed. The parent also
// notes when it started the process, so the figures are given both from main() and from the launch.
#include "app/core/settings.h"
#include "ui/application/application.h"
#include "ui/mainwindow/mainwindow.h"

#include <QApplication>
#include <QMainWindow>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>
#include <QWindow>
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <vector>

namespace {

using Clock = std::chrono::steady_clock; // CLOCK_MONOTONIC: comparable across processes on Linux

double msSince(Clock::time_point t0)
{
    return std::chrono::duration<double, std::milli>(Clock::now() - t0).count();
}
qint64 nowNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(Clock::now().time_since_epoch()).count();
}

// Watches a top-level widget: when an event to its window ends with the widget painted for the first time,
// the frame is on its way to the screen (the repaint manager paints and flushes within that event).
class FirstFrame : public QObject {
public:
    FirstFrame(QWidget *widget, Clock::time_point t0, QList<std::pair<const char *, double>> stages)
        : m_widget(widget), m_t0(t0), m_stages(std::move(stages))
    {
        widget->installEventFilter(this);
        widget->winId(); // creates the QWindow now, so that its first expose is seen
        widget->windowHandle()->installEventFilter(this);
    }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == m_widget) {
            if (event->type() == QEvent::Paint)
                m_painted = true;
            return false;
        }
        if (m_done || (event->type() != QEvent::Expose && event->type() != QEvent::UpdateRequest))
            return false;
        // Deliver the event now, so that the time taken is that of the painted, flushed frame.
        m_widget->windowHandle()->removeEventFilter(this);
        static_cast<QObject *>(m_widget->windowHandle())->event(event);
        m_widget->windowHandle()->installEventFilter(this);
        if (m_painted) {
            m_done = true;
            const double ms = msSince(m_t0);
            QString stages;
            for (const auto &[name, value] : m_stages)
                stages += QStringLiteral(" %1=%2").arg(QLatin1StringView(name)).arg(value, 0, 'f', 2);
            std::printf("FRAME main_ms=%.3f at_ns=%lld%s platform=%s\n", ms, static_cast<long long>(nowNs()),
                        qPrintable(stages), qPrintable(QGuiApplication::platformName()));
            std::fflush(stdout);
            QMetaObject::invokeMethod(qApp, &QCoreApplication::quit, Qt::QueuedConnection);
        }
        return true;
    }

private:
    QWidget *m_widget;
    Clock::time_point m_t0;
    QList<std::pair<const char *, double>> m_stages;
    bool m_painted = false;
    bool m_done = false;
};

int runChild(int argc, char **argv, Clock::time_point t0, bool bare)
{
    QApplication app(argc, argv);
    const double appMs = msSince(t0);
    if (bare) {
        QMainWindow window;
        window.resize(1600, 1000);
        window.show();
        FirstFrame watch(&window, t0, {{"qapp_ms", appMs}, {"shown_ms", msSince(t0)}});
        return QApplication::exec();
    }
    at::setUpApplication(app);
    QTemporaryDir dir; // a first launch: default layout, no saved state
    at::AppSession session(std::make_unique<at::Settings>(dir.filePath(QStringLiteral("settings.ini"))));
    session.loadTranslations();
    if (const auto started = session.start(); !started) {
        std::fprintf(stderr, "%s\n", qPrintable(at::toStrings(started.error()).join(u'\n')));
        return 1;
    }
    const double builtMs = msSince(t0);
    session.window()->resize(1600, 1000);
    session.window()->show();
    FirstFrame watch(session.window(), t0,
                     {{"qapp_ms", appMs}, {"built_ms", builtMs}, {"shown_ms", msSince(t0)}});
    return QApplication::exec();
}

struct Sample {
    double fromMain = 0;
    double fromLaunch = 0;
    QString line;
};

std::optional<Sample> launch(const QString &program, const QString &mode)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    const qint64 startNs = nowNs();
    process.start(program, {QStringLiteral("--child"), mode});
    if (!process.waitForFinished(30000) || process.exitCode() != 0)
        return std::nullopt;
    const QString out = QString::fromUtf8(process.readAllStandardOutput()).trimmed();
    const QString line = out.section(u'\n', -1);
    Sample s;
    s.line = line;
    for (const QString &field : line.split(u' ')) {
        if (field.startsWith(u"main_ms="))
            s.fromMain = field.mid(8).toDouble();
        else if (field.startsWith(u"at_ns="))
            s.fromLaunch = double(field.mid(6).toLongLong() - startNs) / 1e6;
    }
    return s.fromMain > 0 ? std::optional(s) : std::nullopt;
}

double percentile(std::vector<double> v, double p)
{
    std::sort(v.begin(), v.end());
    const size_t i = std::min(v.size() - 1, size_t(p * double(v.size() - 1) + 0.5));
    return v[i];
}

} // namespace

int main(int argc, char **argv)
{
    const Clock::time_point t0 = Clock::now();
    if (argc >= 3 && qstrcmp(argv[1], "--child") == 0)
        return runChild(argc, argv, t0, qstrcmp(argv[2], "bare") == 0);

    QCoreApplication app(argc, argv);
    int runs = 15;
    const QStringList args = QCoreApplication::arguments();
    if (const qsizetype i = args.indexOf(QStringLiteral("--runs")); i >= 0 && i + 1 < args.size())
        runs = std::max(1, args[i + 1].toInt());

    std::vector<double> appMain, appLaunch, bareMain, bareLaunch;
    QString platform;
    QString lastLine;
    for (int r = 0; r < runs + 1; ++r) {
        // Alternate, so that drift in the machine's load hits both alike; the first pair warms the caches.
        const auto a = launch(QCoreApplication::applicationFilePath(), QStringLiteral("app"));
        const auto b = launch(QCoreApplication::applicationFilePath(), QStringLiteral("bare"));
        if (!a || !b) {
            std::fprintf(stderr, "a child failed; is there a display (DISPLAY or QT_QPA_PLATFORM)?\n");
            return 1;
        }
        platform = a->line.section(QStringLiteral("platform="), 1);
        if (r == 0)
            continue;
        appMain.push_back(a->fromMain);
        appLaunch.push_back(a->fromLaunch);
        bareMain.push_back(b->fromMain);
        bareLaunch.push_back(b->fromLaunch);
        lastLine = a->line;
    }

    QTextStream out(stdout);
    out << "First painted frame, " << runs << " launches each, platform " << platform
        << ", window 1600x1000\n";
    out << "                               from main()          from launch\n";
    out << "                               median    p95        median    p95\n";
    auto row = [&](const char *name, const std::vector<double> &m, const std::vector<double> &l) {
        out << QStringLiteral("%1 %2 ms %3 ms   %4 ms %5 ms\n")
                   .arg(QLatin1StringView(name), -28)
                   .arg(percentile(m, 0.5), 6, 'f', 1)
                   .arg(percentile(m, 0.95), 6, 'f', 1)
                   .arg(percentile(l, 0.5), 6, 'f', 1)
                   .arg(percentile(l, 0.95), 6, 'f', 1);
    };
    row("alliance-timeline", appMain, appLaunch);
    row("bare QMainWindow (baseline)", bareMain, bareLaunch);
    out << "last launch's stages: " << lastLine << "\n";
    const double ratio = percentile(appMain, 0.5) / percentile(bareMain, 0.5);
    out << QStringLiteral("ratio to baseline (median from main()): %1\n").arg(ratio, 0, 'f', 2);
    auto bench = [&](const char *name, double value, const char *unit) {
        out << QStringLiteral("BENCH %1=%2 %3 runs=%4 platform=%5 window=1600x1000\n")
                   .arg(QLatin1StringView(name))
                   .arg(value, 0, 'f', 1)
                   .arg(QLatin1StringView(unit))
                   .arg(runs)
                   .arg(platform);
    };
    bench("startup_first_frame_median", percentile(appMain, 0.5), "ms");
    bench("startup_first_frame_p95", percentile(appMain, 0.95), "ms");
    bench("startup_bare_first_frame_median", percentile(bareMain, 0.5), "ms");
    bench("startup_bare_first_frame_p95", percentile(bareMain, 0.95), "ms");
    bench("startup_launch_to_frame_median", percentile(appLaunch, 0.5), "ms");
    bench("startup_launch_to_frame_p95", percentile(appLaunch, 0.95), "ms");
    bench("startup_bare_launch_to_frame_median", percentile(bareLaunch, 0.5), "ms");
    out << QStringLiteral("BENCH startup_ratio_to_bare_median=%1 x runs=%2\n")
               .arg(ratio, 0, 'f', 2)
               .arg(runs);
    return 0;
}
