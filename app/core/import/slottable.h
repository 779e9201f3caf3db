// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#pragma once

#include "app/core/import/prefault.h"
#include "app/core/import/radixsort.h"
#include "app/core/import/twohalves.h"

#include <algorithm>
#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <memory>
#include <span>
#include <string_view>
#include <utility>
#include <vector>

// The fuzz build (tests/fuzz/build.sh) places two items or more on two threads, so that small inputs go
// through the split.
#ifndef AT_SLOTS_TWO_THREADS_FROM
#define AT_SLOTS_TWO_THREADS_FROM (std::size_t(1) << 17)
#endif

namespace at {

// The hash table of ids, for items numbered 0, 1, 2... whose keys are kept elsewhere: the ids the readers
// resolve references with (IdIndex) and a dataset's event ids (Dataset::eventIndex). Open addressing over
// 64-bit slots, 0 when empty, else the hash's low half (the tag) above the item + 1. An item's home is the
// slot its hash's top bits name, and a probe goes on slot by slot from there, so a lookup costs one hash, a
// short probe and one comparison of keys, only where a tag matches. The table stays at most half full.
class SlotTable {
public:
    // The hash of a key's bytes (an id in UTF-8 or UTF-16): eight bytes at a time, each word multiplied in
    // and folded, then a final mix. Ids are short and alike ("ev-000001"), and a lookup per reference
    // makes this one of the readers' hottest loops; the mix spreads them over the high bits that pick the
    // slot.
    static std::uint64_t hash(std::string_view bytes)
    {
        std::uint64_t h = 0x9E3779B97F4A7C15ull ^ bytes.size();
        const char *p = bytes.data();
        std::size_t n = bytes.size();
        for (; n >= 8; p += 8, n -= 8) {
            std::uint64_t w;
            std::memcpy(&w, p, 8);
            h = (h ^ w) * 0xBF58476D1CE4E5B9ull;
            h ^= h >> 31;
        }
        if (n > 0) {
            std::uint64_t w = 0;
            std::memcpy(&w, p, n);
            h = (h ^ w) * 0x94D049BB133111EBull;
            h ^= h >> 29;
        }
        h *= 0xBF58476D1CE4E5B9ull;
        h ^= h >> 32;
        return h;
    }

    // Room for `count` items. A table too small for them is made empty and bigger: then this returns
    // true, and the caller places its items again.
    bool reserve(std::size_t count)
    {
        const std::size_t slots = slotCountFor(count);
        if (slots <= m_slots.size())
            return false;
        clear(); // the old slots go before the new ones are mapped in
        m_slots.reserve(slots);
        prefaultForWriting(m_slots.data(), slots * sizeof(std::uint64_t));
        m_slots.assign(slots, 0);
        m_shift = 64 - std::countr_zero(slots);
        return true;
    }
    void clear()
    {
        m_slots = std::vector<std::uint64_t>();
        m_shift = 64;
    }
    std::size_t slotCount() const { return m_slots.size(); }
    // The slots reserve(count) makes room with: a power of two, at least twice the count.
    static std::size_t slotCountFor(std::size_t count)
    {
        return std::max(std::size_t(16), std::bit_ceil(2 * count));
    }

    // The item whose hash is `h` and for which equal(item) holds, or -1.
    template <typename Equal> std::ptrdiff_t find(std::uint64_t h, Equal equal) const
    {
        if (m_slots.empty())
            return -1;
        const std::size_t mask = m_slots.size() - 1;
        for (std::size_t i = home(h); const std::uint64_t slot = m_slots[i]; i = (i + 1) & mask) {
            if ((slot & ~low32) == tag(h) && equal(itemOf(slot)))
                return std::ptrdiff_t(itemOf(slot));
        }
        return -1;
    }
    // Puts `item`, whose hash is `h` and whose key is not in the table, in the first free slot from home.
    void put(std::uint64_t h, std::size_t item)
    {
        const std::size_t mask = m_slots.size() - 1;
        std::size_t i = home(h);
        while (m_slots[i] != 0)
            i = (i + 1) & mask;
        m_slots[i] = tag(h) | (item + 1);
    }

    // Places items [from, to), in a table that holds items below `from` only and has room for them all.
    // hashOf(k): item k's hash. equal(j, k): whether items j and k have one key. When k meets an item j
    // with its key, repeat(k, j) says whether k takes j's slot (true: the last of a key is found) or
    // stays out (false: the first is). repeat is called on this thread, for one key in the order added.
    //
    // The items go in in the order of their homes (radixsort.h), which walks the table once instead of
    // missing the cache at every item. Many items into an empty table are placed on two threads.
    template <typename HashOf, typename Equal, typename Repeat>
    void placeInSlotOrder(std::size_t from, std::size_t to, HashOf hashOf, Equal equal, Repeat repeat)
    {
        if (from == 0 && to >= twoThreadsFrom) {
            placeInTwoHalves(to, hashOf, equal, repeat);
            return;
        }
        // Each entry is home << 32 | item - from; the tags are read in home order from their own array,
        // not from wherever the keys are.
        std::vector<std::uint64_t> order;
        std::vector<std::uint32_t> low;
        order.reserve(to - from);
        low.reserve(to - from);
        for (std::size_t k = from; k < to; ++k) {
            const std::uint64_t h = hashOf(k);
            order.push_back((std::uint64_t(home(h)) << 32) | (k - from));
            low.push_back(std::uint32_t(h));
        }
        sortByUpper32(order); // stable: among equal keys the first added comes first
        for (const std::uint64_t o : order) {
            const std::size_t k = from + std::size_t(o & low32);
            placeOne(std::size_t(o >> 32), std::uint64_t(low[k - from]) << 32, k, equal, repeat);
        }
    }

    // Below this many, placing on one thread is quicker than starting one.
    static constexpr std::size_t twoThreadsFrom = AT_SLOTS_TWO_THREADS_FROM;

    // The slot that `h` names (the top bits), for tests that crowd a part of the table.
    std::size_t home(std::uint64_t h) const { return std::size_t(h >> m_shift); }

private:
    static constexpr std::uint64_t low32 = 0xFFFFFFFFu;
    static std::uint64_t tag(std::uint64_t h) { return h << 32; }
    static std::size_t itemOf(std::uint64_t slot) { return std::size_t(slot & low32) - 1; }

    // Probes from `at` for an item with k's key or a free slot, over the whole table.
    template <typename Equal, typename Repeat>
    void placeOne(std::size_t at, std::uint64_t t, std::size_t k, Equal &equal, Repeat &repeat)
    {
        const std::size_t mask = m_slots.size() - 1;
        while (const std::uint64_t slot = m_slots[at]) {
            if ((slot & ~low32) == t && equal(itemOf(slot), k)) {
                if (repeat(k, itemOf(slot)))
                    m_slots[at] = t | (k + 1);
                return;
            }
            at = (at + 1) & mask;
        }
        m_slots[at] = t | (k + 1);
    }

    // Items [0, n) into the empty table: each thread places the items whose home is in its half of the
    // table, probing no further than the half's end. An item that runs past it waits and is placed after
    // both threads, in order: a later item with its key runs past too, so it still meets the first.
    template <typename HashOf, typename Equal, typename Repeat>
    void placeInTwoHalves(std::size_t n, HashOf &hashOf, Equal &equal, Repeat &repeat)
    {
        const std::size_t half = m_slots.size() / 2;
        const auto entries = std::make_unique_for_overwrite<std::uint64_t[]>(n); // home << 32 | item
        const auto sorted = std::make_unique_for_overwrite<std::uint64_t[]>(n);
        const auto low = std::make_unique_for_overwrite<std::uint32_t[]>(n); // the tags, by item
        prefaultForWriting(entries.get(), n * sizeof(std::uint64_t));
        prefaultForWriting(sorted.get(), n * sizeof(std::uint64_t));
        prefaultForWriting(low.get(), n * sizeof(std::uint32_t));
        // Each half of the items is hashed on its thread, and counts its homes in the table's upper half.
        std::size_t upper[2] = {0, 0};
        inTwoHalves(n, 0, [&](std::size_t from, std::size_t to) {
            std::size_t count = 0;
            for (std::size_t k = from; k < to; ++k) {
                const std::uint64_t h = hashOf(k);
                entries[k] = (std::uint64_t(home(h)) << 32) | k;
                low[k] = std::uint32_t(h);
                count += home(h) >= half;
            }
            upper[from > 0] = count;
        });
        // Split stably by the half of the table: the lower half's entries first, each half of the items
        // writing where the counts put it.
        const std::size_t lower[2] = {n / 2 - upper[0], n - n / 2 - upper[1]};
        const std::size_t lowerAll = lower[0] + lower[1];
        inTwoHalves(n, 0, [&](std::size_t from, std::size_t to) {
            std::size_t down = from == 0 ? 0 : lower[0];
            std::size_t up = from == 0 ? lowerAll : lowerAll + upper[0];
            for (std::size_t k = from; k < to; ++k) {
                const std::uint64_t e = entries[k];
                sorted[(e >> 32) >= half ? up++ : down++] = e;
            }
        });
        struct Part {
            std::vector<std::pair<std::size_t, std::size_t>> repeats; // (slot, item) met there
            std::vector<std::uint64_t> waiting;                       // entries that ran past the end
        };
        Part parts[2];
        inTwoHalves(m_slots.size(), 0, [&](std::size_t begin, std::size_t end) {
            const std::size_t first = begin == 0 ? 0 : lowerAll;
            const std::size_t count = begin == 0 ? lowerAll : n - lowerAll;
            const std::span<std::uint64_t> mine(sorted.get() + first, count);
            sortByUpper32(mine, std::span<std::uint64_t>(entries.get() + first, count));
            Part &p = parts[begin > 0];
            for (const std::uint64_t e : mine) {
                const std::size_t k = std::size_t(e & low32);
                const std::uint64_t t = std::uint64_t(low[k]) << 32;
                std::size_t i = std::size_t(e >> 32);
                bool met = false;
                while (const std::uint64_t slot = m_slots[i]) {
                    if ((slot & ~low32) == t && equal(itemOf(slot), k)) {
                        met = true;
                        break;
                    }
                    if (++i == end)
                        break;
                }
                if (met)
                    p.repeats.emplace_back(i, k);
                else if (i == end)
                    p.waiting.push_back(e);
                else
                    m_slots[i] = t | (k + 1);
            }
        });
        // Repeats in order within each half; a key's items all have one home, so one half.
        for (const Part &p : parts) {
            for (const auto &[at, k] : p.repeats) {
                if (repeat(k, itemOf(m_slots[at])))
                    m_slots[at] = (m_slots[at] & ~low32) | (k + 1);
            }
        }
        for (const Part &p : parts) {
            for (const std::uint64_t e : p.waiting) {
                const std::size_t k = std::size_t(e & low32);
                placeOne(std::size_t(e >> 32), std::uint64_t(low[k]) << 32, k, equal, repeat);
            }
        }
    }

    std::vector<std::uint64_t> m_slots;
    int m_shift = 64;
};

} // namespace at
