// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#pragma once

// What every benchmark program measures with: frame timing with a warm-up, median / 95th percentile / max
// of wall-clock and CPU time, and the machine's load average (on a shared machine it says how far to trust
// a wall-clock figure). Header-only: each benchmark is one program.
#include <QElapsedTimer>
#include <QFile>
#include <QString>
#include <algorithm>
#include <cmath>
#include <ctime>
#include <functional>
#include <vector>

namespace benchstats {

// Wall-clock time is what a user sees; CPU time is what the program spent, which moves less when other
// jobs share the machine's two cores.
struct Stats {
    double median = 0;
    double p95 = 0;
    double max = 0;
    double cpuMedian = 0;
    double cpuP95 = 0;
};

// The q-quantile by the nearest-rank method (q = 0.95: the value 95% of the samples do not exceed).
inline double percentile(std::vector<double> v, double q)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, size_t(std::max(1.0, std::ceil(q * double(v.size())))) - 1)];
}

inline Stats stats(const std::vector<double> &ms, const std::vector<double> &cpu = {})
{
    Stats s;
    s.median = percentile(ms, 0.5);
    s.p95 = percentile(ms, 0.95);
    s.max = ms.empty() ? 0 : *std::max_element(ms.begin(), ms.end());
    s.cpuMedian = percentile(cpu, 0.5);
    s.cpuP95 = percentile(cpu, 0.95);
    return s;
}

// CPU time in ms: CLOCK_THREAD_CPUTIME_ID for work on this thread only, CLOCK_PROCESS_CPUTIME_ID when
// worker threads take part.
inline double cpuMs(clockid_t clock)
{
    timespec t{};
    clock_gettime(clock, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

// Times `frames` calls of frame(i) after `warmUp` untimed ones.
inline Stats timeFrames(int frames, const std::function<void(int)> &frame,
                        clockid_t cpuClock = CLOCK_THREAD_CPUTIME_ID, int warmUp = 5)
{
    for (int i = 0; i < warmUp; ++i)
        frame(i);
    std::vector<double> ms, cpu;
    ms.reserve(size_t(frames));
    cpu.reserve(size_t(frames));
    QElapsedTimer t;
    for (int i = 0; i < frames; ++i) {
        const double c0 = cpuMs(cpuClock);
        t.start();
        frame(i);
        ms.push_back(double(t.nsecsElapsed()) / 1e6);
        cpu.push_back(cpuMs(cpuClock) - c0);
    }
    return stats(ms, cpu);
}

// The machine's one-minute load average.
inline QString loadAverage()
{
    QFile f(QStringLiteral("/proc/loadavg"));
    return f.open(QIODevice::ReadOnly) ? QString::fromLatin1(f.readAll()).section(u' ', 0, 0)
                                       : QStringLiteral("?");
}

} // namespace benchstats
