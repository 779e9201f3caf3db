// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#include "app/core/import/idindex.h"

#include <QTest>
#include <bit>
#include <string>
#include <unordered_map>
#include <vector>

// The table of ids the readers resolve references with. A million ids are placed on two threads, each
// filling its half of the table (IdIndex::placeInTwoHalves); these tests hold that path to what one
// thread placing them in order gives: every repeat with the value its id had first, in the order added.
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

private Q_SLOTS:
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
            const std::size_t home = std::size_t(at::IdIndex::hash(id) >> shift);
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
