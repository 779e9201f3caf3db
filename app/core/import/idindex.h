// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#pragma once

#include "app/core/import/prefault.h"
#include "app/core/import/slottable.h"

#include <cstdint>
#include <memory>
#include <string_view>
#include <vector>

namespace at {

// Ids (UTF-8 bytes) to the position of the record that first used them. The readers look up millions of
// ids; this keeps them as bytes in a few large blocks and an open-addressing table of 64-bit slots, so
// that a lookup costs one hash and a short probe, with no QString made. Keys are copied in, so they may
// point into buffers that are about to be reused.
class IdIndex {
public:
    // Inserts `id` for `value` unless it is there; returns the value it already had, or -1.
    int insert(std::string_view id, int value);
    // The value for `id`, or -1.
    int find(std::string_view id) const;
    // The id inserted with `value` (a linear search: for error messages only), or empty.
    std::string_view keyOf(int value) const;
    int size() const { return int(m_keys.size()); }
    // Room for `count` ids without growing.
    void reserve(std::size_t count);
    // Room for `count` ids to add(), without the table that resolve() makes.
    void reserveKeys(std::size_t count);

    // For a million ids at once: add() keeps them, resolve() puts them in the table in slot order (see
    // radixsort.h) and returns the ones already there, as insert() would have, in the order added.
    // Until resolve(), find() does not see them.
    void add(std::string_view id, int value);
    struct Repeat {
        int value;      // the repeat
        int firstValue; // the one that had the id first
        std::string_view id;
    };
    std::vector<Repeat> resolve();

    // Takes the ids `other` added, after those added here, as if they had been added here with their
    // values plus `valueShift`. `other` has only added ids, never resolved or inserted any.
    void append(IdIndex &&other, int valueShift = 0);

    // At the end of a read: when every id was added once, in order, with the values 0, 1, 2... and all are
    // placed, the table's items are those values, and a Dataset whose records are in that order can take
    // it as its own (Dataset::finish) instead of hashing the ids again. Then this gives the table away and
    // find() answers -1 from here on; otherwise returns an empty table and keeps its own.
    SlotTable takeTableOfValues();

private:
    struct Key {
        const char *bytes;
        std::uint32_t length;
        int value;
        std::uint64_t hash;
        std::string_view view() const { return {bytes, length}; }
    };
    const char *store(std::string_view s);
    // Places keys [from, to) in the table; calls repeat(k, firstValue) for ids already there.
    template <typename F> void place(std::size_t from, std::size_t to, F repeat);
    // Makes the table hold `count` keys; if it had to grow, puts the keys placed so far back in.
    void reserveTable(std::size_t count);

    std::vector<Key> m_keys;
    WriteAhead m_keysAhead;   // maps in the room reserved for keys, ahead of add()
    std::size_t m_placed = 0; // keys before this one are in the table (or were repeats)
    SlotTable m_table;
    bool m_valuesInOrder = true; // key k has the first key's value + k, and no id came twice
    std::vector<std::unique_ptr<char[]>> m_blocks;
    std::size_t m_blockUsed = 0;
    std::size_t m_blockSize = 0;
};

} // namespace at
