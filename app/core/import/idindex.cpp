// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#include "app/core/import/idindex.h"

#include "app/core/import/prefault.h"

#include <QtGlobal>
#include <algorithm>
#include <cstring>
#include <utility>

namespace at {

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

template <typename F> void IdIndex::place(std::size_t from, std::size_t to, F repeat)
{
    m_table.placeInSlotOrder(
        from, to, [this](std::size_t k) { return m_keys[k].hash; },
        [this](std::size_t j, std::size_t k) { return m_keys[j].view() == m_keys[k].view(); },
        [this, &repeat](std::size_t k, std::size_t j) {
            repeat(k, m_keys[j].value);
            return false; // the first keeps the id
        });
}

void IdIndex::reserveTable(std::size_t count)
{
    // Slot order here too; repeats were never in the table and stay out.
    if (m_table.reserve(count))
        place(0, m_placed, [](std::size_t, int) {});
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
    m_valuesInOrder = m_valuesInOrder && other.m_valuesInOrder &&
                      (other.m_keys.empty() || first == 0 ||
                       other.m_keys.front().value + valueShift == m_keys.front().value + int(first));
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
    // Its mapping ahead first: a move assignment frees the keys (declared first) before it would wait.
    other.m_keysAhead = WriteAhead();
    other = IdIndex();
}

void IdIndex::reserve(std::size_t count)
{
    reserveKeys(count);
    reserveTable(count);
}

int IdIndex::insert(std::string_view id, int value)
{
    if (m_placed < m_keys.size())
        resolve(); // keep the table whole before an immediate insert
    reserveTable(m_keys.size() + 1);
    // Look before copying the id in.
    const std::uint64_t h = SlotTable::hash(id);
    if (const std::ptrdiff_t k = m_table.find(h, [&](std::size_t j) { return m_keys[j].view() == id; });
        k >= 0) {
        m_valuesInOrder = false;
        return m_keys[std::size_t(k)].value;
    }
    if (m_keys.size() == m_keys.capacity())
        m_keysAhead = WriteAhead(); // the buffer is about to move
    m_valuesInOrder =
        m_valuesInOrder && (m_keys.empty() || value == m_keys.front().value + int(m_keys.size()));
    m_keys.push_back(Key{store(id), std::uint32_t(id.size()), value, h});
    m_table.put(h, m_keys.size() - 1);
    m_placed = m_keys.size();
    return -1;
}

void IdIndex::add(std::string_view id, int value)
{
    if (m_keys.size() == m_keys.capacity())
        m_keysAhead = WriteAhead(); // the buffer is about to move
    m_valuesInOrder =
        m_valuesInOrder && (m_keys.empty() || value == m_keys.front().value + int(m_keys.size()));
    m_keys.push_back(Key{store(id), std::uint32_t(id.size()), value, SlotTable::hash(id)});
    m_keysAhead.advance(m_keys.size() * sizeof(Key));
}

std::vector<IdIndex::Repeat> IdIndex::resolve()
{
    std::vector<Repeat> repeats;
    if (m_placed == m_keys.size())
        return repeats;
    reserveTable(m_keys.size());
    place(m_placed, m_keys.size(), [&](std::size_t k, int first) {
        repeats.push_back(Repeat{m_keys[k].value, first, m_keys[k].view()});
    });
    m_placed = m_keys.size();
    m_valuesInOrder = m_valuesInOrder && repeats.empty();
    std::sort(repeats.begin(), repeats.end(),
              [](const Repeat &a, const Repeat &b) { return a.value < b.value; });
    return repeats;
}

SlotTable IdIndex::takeTableOfValues()
{
    if (!m_valuesInOrder || m_placed != m_keys.size() || m_keys.empty() || m_keys.front().value != 0)
        return SlotTable();
    m_placed = 0; // find() looks no further
    return std::exchange(m_table, SlotTable());
}

int IdIndex::find(std::string_view id) const
{
    if (m_placed == 0)
        return -1; // not worth a hash: the loaded dataset's ids, when there is none, are asked per record
    const std::ptrdiff_t k =
        m_table.find(SlotTable::hash(id), [&](std::size_t j) { return m_keys[j].view() == id; });
    return k < 0 ? -1 : m_keys[std::size_t(k)].value;
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
