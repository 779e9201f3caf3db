// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#include "app/core/import/idindex.h"
#include "app/core/import/slottable.h"

#include <QTest>
#include <algorithm>
#include <bit>
#include <string>
#include <unordered_map>
#include <vector>

// The tables of ids: the one the readers resolve references with (IdIndex), and under it the SlotTable
// that a dataset's event ids use too. Many ids are placed on two threads, each filling its half of the
// table (SlotTable::placeInTwoHalves); these tests hold that path to what one thread placing them in order
// gives: every repeat met in the order added, and each id found with its first item, or with its last
// where the later ones take the slot.
class TestIdIndex : public QObject {
    Q_OBJECT

    // What resolve() must say of `ids` added in order with values 0, 1, 2...: (value, first value).
    static std::vector<std::pair<int, int>> expectedRepeats(const std::vector<std::string> &ids)
    {
        std::unordered_map<std::string, int> first;
        std::vector<std::pair<int, int>> repeats;
        for (int i = 0; i < int(ids.size()); ++i) {
            const auto [at, added] = first.emplace(ids[size_t(i)], i);
            if (!added)
                repeats.emplace_back(i, at->second);
        }
        return repeats;
    }

    static void check(const std::vector<std::string> &ids)
    {
        at::IdIndex index;
        index.reserveKeys(ids.size());
        for (int i = 0; i < int(ids.size()); ++i)
            index.add(ids[size_t(i)], i);
        const std::vector<at::IdIndex::Repeat> repeats = index.resolve();
        const std::vector<std::pair<int, int>> expected = expectedRepeats(ids);
        QCOMPARE(repeats.size(), expected.size());
        for (size_t i = 0; i < repeats.size(); ++i) {
            QCOMPARE(repeats[i].value, expected[i].first);
            QCOMPARE(repeats[i].firstValue, expected[i].second);
            QCOMPARE(repeats[i].id, std::string_view(ids[size_t(repeats[i].value)]));
        }
        std::unordered_map<std::string, int> first;
        for (int i = 0; i < int(ids.size()); ++i)
            first.emplace(ids[size_t(i)], i);
        for (const auto &[id, value] : first)
            QCOMPARE(index.find(id), value);
        QCOMPARE(index.find("not-there"), -1);
    }

    // Ids `count` items long, with repeats, and with ids crowding the few slots before the middle and before
    // the end of a table of `slots` (those past the end wrap round to its start).
    static std::vector<std::string> crowdedIds(std::size_t count, std::size_t slots)
    {
        at::SlotTable table;
        table.reserve(slots / 2);
        std::vector<std::string> crowd;
        for (int i = 0; crowd.size() < 24; ++i) {
            const std::string id = "crowd-" + std::to_string(i);
            const std::size_t home = table.home(at::SlotTable::hash(id));
            const std::size_t edge = crowd.size() < 12 ? slots / 2 : slots;
            if (home >= edge - 3 && home < edge)
                crowd.push_back(id);
        }
        std::vector<std::string> ids;
        for (std::size_t i = 0; ids.size() < count; ++i) {
            ids.push_back(i % 101 == 0 && i >= 30000 ? ids[i - 30000] : "ev-" + std::to_string(i));
            if (i % 4000 == 0) // each crowding id three times, spread through the others
                ids.push_back(crowd[(i / 4000) % 24]);
        }
        ids.resize(count);
        return ids;
    }

private Q_SLOTS:
    void slotTableFindsFirstOrLast_data()
    {
        QTest::addColumn<bool>("lastWins");
        QTest::addColumn<int>("count");
        QTest::newRow("first, one thread") << false << 100000;
        QTest::newRow("first, two threads") << false << 200000;
        QTest::newRow("last, one thread") << true << 100000;
        QTest::newRow("last, two threads") << true << 200000;
    }

    void slotTableFindsFirstOrLast()
    {
        QFETCH(bool, lastWins);
        QFETCH(int, count);
        const std::size_t n = std::size_t(count);
        QCOMPARE(n >= at::SlotTable::twoThreadsFrom, count == 200000);
        std::size_t slots = 16;
        while (slots < 2 * n)
            slots *= 2;
        const std::vector<std::string> ids = crowdedIds(n, slots);
        at::SlotTable table;
        QVERIFY(table.reserve(n));
        QCOMPARE(table.slotCount(), slots);
        std::vector<std::pair<std::size_t, std::size_t>> met;
        table.placeInSlotOrder(
            0, n, [&](std::size_t k) { return at::SlotTable::hash(ids[k]); },
            [&](std::size_t j, std::size_t k) { return ids[j] == ids[k]; },
            [&](std::size_t k, std::size_t j) {
                met.emplace_back(k, j);
                return lastWins;
            });
        // What one thread inserting in order meets and keeps.
        std::unordered_map<std::string, std::size_t> kept;
        std::vector<std::pair<std::size_t, std::size_t>> expected;
        for (std::size_t k = 0; k < n; ++k) {
            const auto [at, added] = kept.emplace(ids[k], k);
            if (!added) {
                expected.emplace_back(k, at->second);
                if (lastWins)
                    at->second = k;
            }
        }
        QVERIFY(expected.size() > 600);
        // The repeats of one id in the order added; those of different ids may come in any order.
        std::sort(met.begin(), met.end());
        QCOMPARE(met, expected);
        for (const auto &[id, k] : kept) {
            const std::ptrdiff_t found =
                table.find(at::SlotTable::hash(id), [&](std::size_t j) { return ids[j] == id; });
            QCOMPARE(found, std::ptrdiff_t(k));
        }
        QCOMPARE(table.find(at::SlotTable::hash("not-there"), [](std::size_t) { return true; }), -1);
    }

    void manyIdsWithRepeats()
    {
        // 200,000 ids (the table: 2^19 slots), every 97th the id of one 50,000 places before it.
        std::vector<std::string> ids;
        for (int i = 0; i < 200000; ++i)
            ids.push_back(i % 97 == 0 && i >= 50000 ? ids[size_t(i - 50000)] : "ev-" + std::to_string(i));
        check(ids);
    }

    void idsCrowdingTheMiddleOfTheTable()
    {
        // Ids whose slot is among the four before the middle of the table, each twice, more than the four
        // slots hold: those that run past the lower half's end are placed after both halves, and a repeat
        // among them still finds its first.
        const std::size_t slots = std::size_t(1) << 19;
        const int shift = 64 - std::countr_zero(slots);
        std::vector<std::string> crowd;
        for (int i = 0; crowd.size() < 12; ++i) {
            const std::string id = "mid-" + std::to_string(i);
            const std::size_t home = std::size_t(at::SlotTable::hash(id) >> shift);
            if (home >= slots / 2 - 4 && home < slots / 2)
                crowd.push_back(id);
        }
        std::vector<std::string> ids;
        for (int i = 0; i < 200000 - 24; ++i) {
            ids.push_back("ev-" + std::to_string(i));
            if (i % 8000 == 0) // spread through the others, each id twice
                ids.push_back(crowd[size_t(i / 8000) % 12]);
        }
        QCOMPARE(ids.size(), size_t(200000 - 24 + 25));
        check(ids);
    }
};

QTEST_GUILESS_MAIN(TestIdIndex)
#include "tst_idindex.moc"
