// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#pragma once

#include <cstddef>
#include <thread>

namespace at {

// Runs f(from, to) over [0, n) in two halves, [0, n / 2) on this thread and [n / 2, n) on a thread of its
// own, once n reaches `threshold`; below it, f(0, n) on this thread alone. For passes over millions of
// elements at load, where the second core is idle and each half is worth a thread's start (some tens of
// microseconds). f tells the halves apart by `from`, which is not 0 only for the second.
template <typename F> void inTwoHalves(std::size_t n, std::size_t threshold, const F &f)
{
    if (n < threshold || n < 2) {
        f(std::size_t(0), n);
        return;
    }
    std::thread second([&f, n] { f(n / 2, n); });
    f(std::size_t(0), n / 2);
    second.join();
}

} // namespace at
