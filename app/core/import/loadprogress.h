// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#pragma once

#include <QtGlobal>
#include <atomic>

namespace at {

// Shared between a reader running on a worker thread and whoever shows its progress: the reader adds the
// bytes it has dealt with and looks at `cancelRequested` between pieces of work. Plain atomics, so that
// the core needs no event loop and a GUI can poll it from a timer.
struct LoadProgress {
    std::atomic<qint64> done{0};  // bytes dealt with
    std::atomic<qint64> total{0}; // bytes to deal with (0 while unknown)
    std::atomic<bool> cancelRequested{false};

    void advance(qint64 bytes) { done.fetch_add(bytes, std::memory_order_relaxed); }
    bool cancelled() const { return cancelRequested.load(std::memory_order_relaxed); }
    // 0 to 1; 0 while the total is unknown.
    double fraction() const
    {
        const qint64 t = total.load(std::memory_order_relaxed);
        return t > 0 ? qBound(0.0, double(done.load(std::memory_order_relaxed)) / double(t), 1.0) : 0.0;
    }
};

} // namespace at
