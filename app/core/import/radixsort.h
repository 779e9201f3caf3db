// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#pragma once

#include "app/core/import/prefault.h"

#include <algorithm>
#include <cstdint>
#include <memory>
#include <span>
#include <vector>

namespace at {

// Sorts 64-bit entries by their upper 32 bits, stably (two passes of 16 bits). The hash tables here are
// filled in the order of their slots this way: a million random inserts into a 16 MB table miss the cache
// and the TLB every time on the virtual machines measured, while inserts in slot order walk it once.
// The result is in `entries`; `scratch`, as long, is overwritten.
inline void sortByUpper32(std::span<std::uint64_t> entries, std::span<std::uint64_t> scratch)
{
    const std::size_t n = entries.size();
    if (n < 4096) { // not worth two 256 KB counting tables
        std::stable_sort(entries.begin(), entries.end(),
                         [](std::uint64_t a, std::uint64_t b) { return (a >> 32) < (b >> 32); });
        return;
    }
    std::uint64_t *from = entries.data();
    std::uint64_t *to = scratch.data();
    for (int shift = 32; shift < 64; shift += 16) {
        std::vector<std::uint32_t> start(65537, 0);
        for (std::size_t i = 0; i < n; ++i)
            ++start[((from[i] >> shift) & 0xFFFF) + 1];
        for (std::size_t i = 1; i < start.size(); ++i)
            start[i] += start[i - 1];
        for (std::size_t i = 0; i < n; ++i)
            to[start[(from[i] >> shift) & 0xFFFF]++] = from[i];
        std::swap(from, to);
    }
    // Two passes: the result is back in `entries`.
}

inline void sortByUpper32(std::vector<std::uint64_t> &entries)
{
    const std::size_t n = entries.size();
    std::unique_ptr<std::uint64_t[]> scratch;
    if (n >= 4096) {
        scratch = std::make_unique_for_overwrite<std::uint64_t[]>(n);
        prefaultForWriting(scratch.get(), n * sizeof(std::uint64_t));
    }
    sortByUpper32(entries, std::span<std::uint64_t>(scratch.get(), scratch ? n : 0));
}

} // namespace at
