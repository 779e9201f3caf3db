// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#include "app/core/import/idindex.h"

#include "app/core/import/prefault.h"
#include "app/core/import/radixsort.h"

#include <QtGlobal>
#include <algorithm>
#include <bit>
#include <cstring>
#include <thread>

namespace at {

std::uint64_t IdIndex::hash(std::string_view s)
{
    // Eight bytes at a time, each word multiplied in and folded, then a final mix: ids are short and
    // alike ("ev-000001"), and a lookup per reference makes this one of the readers' hottest loops. The
    // mix spreads them over the high bits that pick the slot.
    std::uint64_t h = 0x9E3779B97F4A7C15ull ^ s.size();
    const char *p = s.data();
    std::size_t n = s.size();
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

const char *IdIndex::store(std::string_view s)
{
    if (m_blocks.empty() || m_blockUsed + s.size() > m_blockSize) {
        // Small files stay small; big ones get 1 MiB blocks, faulted in at once.
        m_blockSize =
            std::max(s.size(), std::clamp<std::size_t>(m_blockSize * 2, 4096, std::size_t(1) << 20));
        m_blocks.push_back(std::make_unique_for_overwrite<char[]>(m_blockSize));
        if (m_blockSize >= (std::size_t(1) << 20))
            prefaultForWriting(m_blocks.back().get(), m_blockSize);
        m_blockUsed = 0;
    }
    char *to = m_blocks.back().get() + m_blockUsed;
    if (!s.empty())
        std::memcpy(to, s.data(), s.size());
    m_blockUsed += s.size();
    return to;
}

int IdIndex::place(std::size_t k, std::uint64_t h)
{
    const std::size_t mask = m_slots.size() - 1;
    const std::uint64_t t = tag(h);
    std::size_t i = home(h);
    while (const std::uint64_t slot = m_slots[i]) {
        if ((slot & ~0xFFFFFFFFull) == t) {
            const Key &other = m_keys[(slot & 0xFFFFFFFFu) - 1];
            if (other.view() == m_keys[k].view())
                return other.value;
        }
        i = (i + 1) & mask;
    }
    m_slots[i] = t | std::uint64_t(k + 1);
    return -1;
}

template <typename F> void IdIndex::placeInSlotOrder(std::size_t from, std::size_t to, F repeat)
{
    // From the first key, the table is empty: many keys are placed on two threads.
    if (from == 0 && to - from >= (std::size_t(1) << 17)) {
        placeInTwoHalves(from, to, repeat);
        return;
    }
    // The keys are read once in order here; the placing below reads only these two arrays, not the
    // 24-byte keys scattered over the table's order.
    std::vector<std::uint64_t> order;
    std::vector<std::uint32_t> low;
    order.reserve(to - from);
    low.reserve(to - from);
    for (std::size_t k = from; k < to; ++k) {
        order.push_back((std::uint64_t(home(m_keys[k].hash)) << 32) | (k - from));
        low.push_back(std::uint32_t(m_keys[k].hash));
    }
    sortByUpper32(order); // stable: among equal ids the first added is placed first
    for (const std::uint64_t o : order) {
        const std::size_t k = from + std::size_t(o & 0xFFFFFFFFu);
        const std::uint64_t h = ((o >> 32) << m_shift) | low[k - from];
        if (const int first = place(k, h); first >= 0)
            repeat(k, first);
    }
}

template <typename F> void IdIndex::placeInTwoHalves(std::size_t from, std::size_t to, F repeat)
{
    const std::size_t half = m_slots.size() / 2;
    std::vector<std::uint32_t> low(to - from); // the hash's low half, by key
    struct Part {
        std::vector<std::uint64_t> order;  // home << 32 | key - from, for the keys whose home is in the half
        std::vector<std::size_t> deferred; // keys whose probe ran past the half's end, in slot order
        std::vector<std::pair<std::size_t, int>> repeats;
    };
    Part parts[2];
    const auto run = [&](int part) {
        Part &p = parts[part];
        const std::size_t begin = part == 0 ? 0 : half;
        const std::size_t end = part == 0 ? half : m_slots.size();
        p.order.reserve((to - from) / 2 + (to - from) / 16);
        for (std::size_t k = from; k < to; ++k) {
            const std::size_t h = home(m_keys[k].hash);
            if (h >= begin && h < end) {
                p.order.push_back((std::uint64_t(h) << 32) | (k - from));
                low[k - from] = std::uint32_t(m_keys[k].hash);
            }
        }
        sortByUpper32(p.order); // stable: among equal ids (one home, one half) the first added comes first
        for (const std::uint64_t o : p.order) {
            const std::size_t k = from + std::size_t(o & 0xFFFFFFFFu);
            const std::uint64_t t = tag(((o >> 32) << m_shift) | low[k - from]);
            std::size_t i = std::size_t(o >> 32);
            int first = -1;
            while (const std::uint64_t slot = m_slots[i]) {
                if ((slot & ~0xFFFFFFFFull) == t) {
                    const Key &other = m_keys[(slot & 0xFFFFFFFFu) - 1];
                    if (other.view() == m_keys[k].view()) {
                        first = other.value;
                        break;
                    }
                }
                if (++i == end)
                    break;
            }
            if (first >= 0)
                p.repeats.emplace_back(k, first);
            else if (i == end)
                p.deferred.push_back(k); // a later equal id runs past the end too, and comes after
            else
                m_slots[i] = t | std::uint64_t(k + 1);
        }
    };
    std::thread second(run, 1);
    run(0);
    second.join();
    // Repeats go out half by half, not in the order added: resolve() sorts them.
    for (const Part &p : parts) {
        for (const auto &[k, first] : p.repeats)
            repeat(k, first);
    }
    for (const Part &p : parts) {
        for (const std::size_t k : p.deferred) {
            if (const int first = place(k, m_keys[k].hash); first >= 0)
                repeat(k, first);
        }
    }
}

void IdIndex::rehash(std::size_t slots)
{
    m_slots.clear();
    m_slots.shrink_to_fit();
    m_slots.reserve(slots);
    prefaultForWriting(m_slots.data(), slots * sizeof(std::uint64_t));
    m_slots.assign(slots, 0);
    m_shift = 64 - std::countr_zero(slots);
    // Slot order here too; repeats were never in the table and stay out.
    placeInSlotOrder(0, m_placed, [](std::size_t, int) {});
}

void IdIndex::reserveKeys(std::size_t count)
{
    if (count > m_keys.capacity()) {
        m_keysAhead = WriteAhead(); // before the buffer it maps goes
        std::vector<Key> keys;
        keys.reserve(count);
        keys.insert(keys.end(), m_keys.begin(), m_keys.end());
        m_keys = std::move(keys);
        // Mapped in on the other core as keys are added (a million take 24 MB), not before the first.
        m_keysAhead = WriteAhead(m_keys.data(), m_keys.capacity() * sizeof(Key));
        m_keysAhead.advance(m_keys.size() * sizeof(Key));
    }
}

void IdIndex::append(IdIndex &&other, int valueShift)
{
    Q_ASSERT(other.m_placed == 0);
    if (m_keys.size() + other.m_keys.size() > m_keys.capacity())
        m_keysAhead = WriteAhead(); // the buffer is about to move
    const std::size_t first = m_keys.size();
    m_keys.insert(m_keys.end(), other.m_keys.begin(), other.m_keys.end());
    if (valueShift != 0) {
        for (std::size_t i = first; i < m_keys.size(); ++i)
            m_keys[i].value += valueShift;
    }
    m_keysAhead.advance(m_keys.size() * sizeof(Key));
    if (other.m_blocks.empty())
        return;
    // The keys point into the other's blocks, which move here; the last of them is the one to fill next.
    for (std::unique_ptr<char[]> &b : other.m_blocks)
        m_blocks.push_back(std::move(b));
    m_blockUsed = other.m_blockUsed;
    m_blockSize = other.m_blockSize;
    other = IdIndex();
}

void IdIndex::reserve(std::size_t count)
{
    reserveKeys(count);
    std::size_t slots = 16;
    while (slots < count * 2)
        slots *= 2;
    if (slots > m_slots.size())
        rehash(slots);
}

int IdIndex::insert(std::string_view id, int value)
{
    if (m_placed < m_keys.size())
        resolve(); // keep the table whole before an immediate insert
    if ((m_keys.size() + 1) * 2 > m_slots.size())
        rehash(std::max<std::size_t>(16, m_slots.size() * 2));
    const std::uint64_t h = hash(id);
    // Look before copying the id in.
    const std::size_t mask = m_slots.size() - 1;
    const std::uint64_t t = tag(h);
    for (std::size_t i = home(h); const std::uint64_t slot = m_slots[i]; i = (i + 1) & mask) {
        if ((slot & ~0xFFFFFFFFull) == t) {
            const Key &k = m_keys[(slot & 0xFFFFFFFFu) - 1];
            if (k.view() == id)
                return k.value;
        }
    }
    if (m_keys.size() == m_keys.capacity())
        m_keysAhead = WriteAhead(); // the buffer is about to move
    m_keys.push_back(Key{store(id), std::uint32_t(id.size()), value, h});
    place(m_keys.size() - 1, h);
    m_placed = m_keys.size();
    return -1;
}

void IdIndex::add(std::string_view id, int value)
{
    if (m_keys.size() == m_keys.capacity())
        m_keysAhead = WriteAhead(); // the buffer is about to move
    m_keys.push_back(Key{store(id), std::uint32_t(id.size()), value, hash(id)});
    m_keysAhead.advance(m_keys.size() * sizeof(Key));
}

std::vector<IdIndex::Repeat> IdIndex::resolve()
{
    std::vector<Repeat> repeats;
    if (m_placed == m_keys.size())
        return repeats;
    std::size_t slots = std::max<std::size_t>(16, m_slots.size());
    while (slots < m_keys.size() * 2)
        slots *= 2;
    if (slots > m_slots.size()) {
        const std::size_t pending = m_placed;
        rehash(slots); // places the keys before m_placed only
        m_placed = pending;
    }
    placeInSlotOrder(m_placed, m_keys.size(), [&](std::size_t k, int first) {
        repeats.push_back(Repeat{m_keys[k].value, first, m_keys[k].view()});
    });
    m_placed = m_keys.size();
    std::sort(repeats.begin(), repeats.end(),
              [](const Repeat &a, const Repeat &b) { return a.value < b.value; });
    return repeats;
}

int IdIndex::find(std::string_view id) const
{
    if (m_slots.size() == 0)
        return -1;
    const std::size_t mask = m_slots.size() - 1;
    const std::uint64_t h = hash(id);
    const std::uint64_t t = tag(h);
    for (std::size_t i = home(h); const std::uint64_t slot = m_slots[i]; i = (i + 1) & mask) {
        if ((slot & ~0xFFFFFFFFull) == t) {
            const Key &k = m_keys[(slot & 0xFFFFFFFFu) - 1];
            if (k.view() == id)
                return k.value;
        }
    }
    return -1;
}

std::string_view IdIndex::keyOf(int value) const
{
    for (const Key &k : m_keys) {
        if (k.value == value)
            return k.view();
    }
    return {};
}

} // namespace at
