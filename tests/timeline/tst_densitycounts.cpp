// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
// Density strips counted from the event index's running counts: the columns as doubled times, the counts
// per column, and the strips of planned frames at every zoom, each against what a walk over the events
// gives.
#include "tests/support/synthetic.h"
#include "ui/timeline/render/densitycolumns.h"
#include "ui/timeline/render/eventindex.h"
#include "ui/timeline/render/frameplan.h"
#include "ui/timeline/render/lanelayout.h"

#include <QTest>
#include <cmath>
#include <random>

using namespace at;
using namespace Qt::StringLiterals;

namespace {

const qint64 day0 = QDate(2009, 7, 1).toJulianDay();

// Two lanes: "busy" with 50,000 events, 500 on each of 100 days from day0 (1 July 2009), and "quiet" with
// four: three of those (on day0, day0 + 10 and day0 + 99) and June 2009 as a month, whose middle (15.5
// June, time2 2 x day0 - 31) is a half day. The dataset is big enough for running counts, the quiet lane
// too sparse for one.
std::shared_ptr<const Dataset> twoLanes()
{
    auto d = std::make_shared<Dataset>();
    Source source;
    source.id = u"s"_s;
    source.title = LocalText{u"Article"_s, {}};
    d->sources.append(source);
    for (const QString &id : {u"busy"_s, u"quiet"_s}) {
        Entity e;
        e.id = e.nameEn = e.nameZh = id;
        e.sector = Sector::Portal;
        d->entities.append(e);
    }
    for (int i = 0; i < 50000; ++i) {
        const int day = i / 500;
        const bool quiet = (day == 0 && i % 500 == 0) || ((day == 10 || day == 99) && i % 500 == 1);
        Event e;
        e.start = FuzzyDate::fromDate(QDate::fromJulianDay(day0 + day));
        e.id = d->pool.add(u"e%1"_s.arg(i));
        e.title = e.id;
        e.kind = Kind::Alliance;
        e.partiesBegin = quint32(d->parties.size());
        d->parties.push_back(0);
        if (quiet)
            d->parties.push_back(1);
        e.partyCount = quiet ? 2 : 1;
        d->events.push_back(e);
    }
    Event month;
    month.start = FuzzyDate::fromDate(QDate(2009, 6, 1), Precision::Month);
    month.id = d->pool.add(u"june"_s);
    month.title = month.id;
    month.kind = Kind::Launch;
    month.partiesBegin = quint32(d->parties.size());
    d->parties.push_back(1);
    month.partyCount = 1;
    d->events.push_back(month);
    d->finish();
    return d;
}

// Synthetic events over five years, without series or quotes.
std::shared_ptr<Dataset> fiveYears(int events, int lanes)
{
    SyntheticSpec spec;
    spec.events = events;
    spec.lanes = lanes;
    spec.years = 5;
    spec.series = 0;
    spec.quotes = 0;
    return makeSyntheticDataset(spec);
}

// What the strips counted before the running counts: a walk over the entries of [from, to], each in
// column int((2t - 2 from) x pixelsPerDay / 2), the last column taking those past it.
std::vector<quint32> walkedCounts(const EventIndex &index, const QList<int> &entities, double from, double to,
                                  double ppd, int width)
{
    std::vector<quint32> counts(size_t(width), 0);
    const double from2 = from * 2;
    const double k = ppd / 2;
    for (int e : entities) {
        const auto [a, b] = index.positions(e, from, to);
        for (size_t i = a; i < b; ++i) {
            const int col = std::min(width - 1, int((index.lane(e).time2[i] - from2) * k));
            ++counts[size_t(std::max(0, col))];
        }
    }
    return counts;
}

// And zoomed out in a big dataset: each entry on its nearest day, column c holding the days from
// floor(from + c / ppd + 0.5) up to the next column's, the last column one day more.
std::vector<quint32> dayCounts(const EventIndex &index, const QList<int> &entities, double from, double ppd,
                               int width)
{
    std::vector<qint64> firstDay(size_t(width) + 1);
    for (int c = 0; c <= width; ++c)
        firstDay[size_t(c)] = qint64(std::floor(from + c / ppd + 0.5));
    ++firstDay[size_t(width)];
    std::vector<quint32> counts(size_t(width), 0);
    for (int e : entities) {
        for (qint32 t2 : index.lane(e).time2) {
            const auto day = qint64(std::floor((t2 + 1) / 2.0));
            const auto c = std::upper_bound(firstDay.begin(), firstDay.end(), day) - firstDay.begin() - 1;
            if (c >= 0 && c < width)
                ++counts[size_t(c)];
        }
    }
    return counts;
}

} // namespace

class TestDensityCounts : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void timeColumns();
    void timeColumnsAreTheWalksToTheBit();
    void dayColumns();
    void runningCountsOnlyInDenseLanes();
    void countBeforeAndAddCounts();
    void addCountsAgreesWithPositions();
    void stripsCountAsBefore_data();
    void stripsCountAsBefore();
};

void TestDensityCounts::timeColumns()
{
    std::vector<qint64> b;
    // Four pixels a day from day 100: doubled times 200, 201, 202 fall in columns 0, 2 and 3 (4, clamped).
    timeColumnBounds(b, 100, 101, 4, 4);
    QCOMPARE(b, (std::vector<qint64>{200, 201, 201, 202, 203}));
    // Half a pixel a day from day 100.3: columns of eight doubled times from 201 (the first in view) to
    // 220 (the last), column c from the first time2 with (time2 - 200.6) / 4 >= c.
    timeColumnBounds(b, 100.3, 110.3, 0.5, 5);
    QCOMPARE(b, (std::vector<qint64>{201, 205, 209, 213, 217, 221}));
    // Nothing in view between two doubled times: every column empty.
    timeColumnBounds(b, 100.1, 100.4, 10, 3);
    QCOMPARE(b, (std::vector<qint64>{201, 201, 201, 201}));
}

void TestDensityCounts::timeColumnsAreTheWalksToTheBit()
{
    // At scales whose column edges fall on doubled times up to rounding, a bound is the first time2 that
    // the walk's own expression puts in its column or later.
    std::mt19937 rng(7);
    std::uniform_real_distribution<double> start(2400000, 2500000), unit(0, 1);
    int checked = 0;
    for (int round = 0; round < 400; ++round) {
        // Half the rounds start on a day or a half day at a ratio of small whole numbers of pixels a day
        // (3 / 11, 9 / 4...), where an edge lands on a doubled time but the division misses it by a bit.
        const bool whole = round % 2 == 1;
        const double from = whole ? std::round(start(rng)) + 0.5 * (round % 4 == 1) : start(rng);
        const int width = 1 + int(unit(rng) * 300);
        const double ppd =
            whole ? (1 + round % 13) / double(1 + round % 11) : std::pow(2.0, -4 + unit(rng) * 10);
        const double to = from + width / ppd;
        std::vector<qint64> b;
        timeColumnBounds(b, from, to, ppd, width);
        QCOMPARE(b.size(), size_t(width) + 1);
        const auto lo = qint64(std::ceil(from * 2));
        const auto hi = qint64(std::floor(to * 2));
        QCOMPARE(b.front(), lo);
        QCOMPARE(b.back(), hi + 1);
        for (qint64 t = lo; t <= hi; ++t) {
            const int col = std::clamp(int((double(t) - from * 2) * (ppd / 2)), 0, width - 1);
            if (!(b[size_t(col)] <= t && t < b[size_t(col) + 1]))
                QFAIL(qPrintable(u"round %1: time2 %2 is not in column %3"_s.arg(round).arg(t).arg(col)));
            ++checked;
        }
    }
    QVERIFY(checked > 10000);
}

void TestDensityCounts::dayColumns()
{
    std::vector<qint64> b;
    // Two days a pixel from day 100.2: days 100-101, 102-103, 104-106 (the last column one more), an entry
    // on day D from time2 2D - 1 (the half day before it rounds up to it).
    dayColumnBounds(b, 100.2, 0.5, 3);
    QCOMPARE(b, (std::vector<qint64>{199, 203, 207, 213}));
    dayColumnBounds(b, 99.4, 1, 2);
    QCOMPARE(b, (std::vector<qint64>{197, 199, 203}));
}

void TestDensityCounts::runningCountsOnlyInDenseLanes()
{
    const auto d = twoLanes();
    EventIndex index;
    index.build(*d, nullptr);
    QVERIFY(index.hasDayCounts());
    QCOMPARE(index.firstTime(), day0 - 15.5);
    QCOMPARE(index.lastTime(), double(day0 + 99));
    QCOMPARE(index.firstDay(), day0 - 15); // 16 June, the nearest day to June's middle
    // From time2 2 x day0 - 31 to 2 x (day0 + 99): a slot per half day and one for the total, 4 bytes each.
    QCOMPARE(index.lane(0).before2.size(), size_t(231));
    QCOMPARE(index.lane(0).before2.front(), 0u);
    QCOMPARE(index.lane(0).before2[31], 0u);   // below 2 x day0
    QCOMPARE(index.lane(0).before2[32], 500u); // below 2 x day0 + 1
    QCOMPARE(index.lane(0).before2.back(), 50000u);
    QVERIFY(index.lane(1).before2.empty());
    // Four entries are fewer than one for every two of the 231 slots: no count, just the entries.
    QCOMPARE(index.lane(1).time2.size(), size_t(4));
}

void TestDensityCounts::countBeforeAndAddCounts()
{
    const auto d = twoLanes();
    EventIndex index;
    index.build(*d, nullptr);
    // The busy lane (a running count): 500 entries a day.
    QCOMPARE(index.countBefore(0, 0), 0u);
    QCOMPARE(index.countBefore(0, 2 * day0), 0u);
    QCOMPARE(index.countBefore(0, 2 * day0 + 1), 500u);
    QCOMPARE(index.countBefore(0, 2 * (day0 + 37)), 37u * 500);
    QCOMPARE(index.countBefore(0, 2 * (day0 + 99) + 1), 50000u);
    QCOMPARE(index.countBefore(0, qint64(1) << 40), 50000u);
    // The quiet lane (a binary search): June's middle (time2 2 x day0 - 31), day0, day0 + 10, day0 + 99.
    QCOMPARE(index.countBefore(1, 2 * day0 - 31), 0u);
    QCOMPARE(index.countBefore(1, 2 * day0 - 30), 1u);
    QCOMPARE(index.countBefore(1, 2 * day0 + 1), 2u);
    QCOMPARE(index.countBefore(1, 2 * (day0 + 99)), 3u);
    QCOMPARE(index.countBefore(1, 2 * (day0 + 99) + 1), 4u);
    // Days as the strips count them zoomed out, from firstDay() (16 June, where June's middle rounds to):
    // day0 is day 15 of them.
    QCOMPARE(index.countDays(1, -1, 0), 0u);
    QCOMPARE(index.countDays(1, 0, 1), 1u);
    QCOMPARE(index.countDays(1, 1, 15), 0u);
    QCOMPARE(index.countDays(0, 15, 25), 5000u);
    QCOMPARE(index.countDays(1, 15, 25), 1u);
    QCOMPARE(index.countDays(1, -100, 1000), 4u);

    const std::vector<qint64> bounds{2 * day0 - 31, 2 * day0, 2 * day0 + 1, 2 * (day0 + 50),
                                     2 * (day0 + 100)};
    std::vector<quint32> counts(4, 7);
    QCOMPARE(index.addCounts(0, bounds, counts.data()), quint64(50000));
    QCOMPARE(counts, (std::vector<quint32>{7, 507, 24507, 25007}));
    counts.assign(4, 0);
    QCOMPARE(index.addCounts(1, bounds, counts.data()), quint64(4));
    QCOMPARE(counts, (std::vector<quint32>{1, 1, 1, 1}));
    // Columns without room (equal bounds) stay empty; what lies outside the bounds is not counted.
    const std::vector<qint64> narrow{2 * day0 + 1, 2 * (day0 + 10), 2 * (day0 + 10), 2 * (day0 + 10) + 1};
    counts.assign(3, 0);
    QCOMPARE(index.addCounts(1, narrow, counts.data()), quint64(1));
    QCOMPARE(counts, (std::vector<quint32>{0, 0, 1}));
    counts.assign(3, 0);
    QCOMPARE(index.addCounts(0, narrow, counts.data()), quint64(5000));
    QCOMPARE(counts, (std::vector<quint32>{4500, 0, 500}));
}

void TestDensityCounts::addCountsAgreesWithPositions()
{
    // Lanes of about 1,700 to 4,200 entries over about 3,650 half-day slots: some dense, some sparse.
    const auto d = fiveYears(60000, 40);
    EventIndex index;
    index.build(*d, nullptr);
    int dense = 0, sparse = 0;
    std::mt19937 rng(11);
    std::uniform_real_distribution<double> at(index.firstTime() - 30, index.lastTime() + 30);
    for (int lane = 0; lane < index.laneCount(); ++lane) {
        (index.lane(lane).before2.empty() ? sparse : dense) += 1;
        std::vector<qint64> bounds;
        for (int i = 0; i < 20; ++i)
            bounds.push_back(qint64(std::floor(at(rng) * 2)));
        std::sort(bounds.begin(), bounds.end());
        std::vector<quint32> counts(bounds.size() - 1, 0);
        quint64 total = 0;
        for (size_t c = 0; c + 1 < bounds.size(); ++c) {
            // Entries in [bounds[c], bounds[c + 1]): by time, [b / 2, (b' - 1) / 2].
            const auto [a, b] = index.positions(lane, bounds[c] / 2.0, (bounds[c + 1] - 1) / 2.0);
            counts[c] = quint32(b - a);
            total += b - a;
        }
        std::vector<quint32> got(counts.size(), 0);
        QCOMPARE(index.addCounts(lane, bounds, got.data()), total);
        QCOMPARE(got, counts);
    }
    // Both ways of counting were checked.
    QVERIFY(dense > 0);
    QVERIFY(sparse > 0);
}

void TestDensityCounts::stripsCountAsBefore_data()
{
    QTest::addColumn<int>("events");
    QTest::addRow("big dataset, running counts") << 60000;
    QTest::addRow("small dataset, walks") << 20000;
}

void TestDensityCounts::stripsCountAsBefore()
{
    // Frames from everything down to a few days: every strip's counts are those of a walk over the
    // events (zoomed out, in a big dataset, of whole days).
    QFETCH(int, events);
    const auto d = fiveYears(events, 12);
    EventIndex index;
    index.build(*d, nullptr);
    QCOMPARE(index.hasDayCounts(), events >= 50000);
    FramePlanner planner;
    planner.setData(d.get(), &index);
    LaneLayout layout;
    layout.reset(*d);
    layout.setRowHeights(planner.defaultLaneHeight(), planner.style().groupHeight);
    const QRect target(0, 0, 1200, 2000);
    const double centre = (index.firstTime() + index.lastTime()) / 2 + 0.3;
    int strips = 0, zoomedIn = 0, zoomedOut = 0;
    FramePlan f;
    for (double span = index.lastTime() - index.firstTime() + 20; span > 3; span /= 1.3) {
        planner.plan(f, target, TimeScale(centre - span / 2, centre + span / 2, 0, 1), layout, 0, {});
        const TimeScale &s = f.scale;
        const int width = f.plot.width();
        const bool byDay = index.hasDayCounts() && s.pixelsPerDay() <= 1;
        int visible = 0;
        for (const FramePlan::Row &row : f.rows) {
            if (row.mode == FramePlan::Row::Mode::Detail)
                visible = -1; // markers count differently: compare only frames of strips alone
            if (row.mode != FramePlan::Row::Mode::Density)
                continue;
            const QList<int> entities = layout.entitiesOfRow(row.row);
            const std::vector<quint32> expected =
                byDay ? dayCounts(index, entities, s.from(), s.pixelsPerDay(), width)
                      : walkedCounts(index, entities, s.from(), s.to(), s.pixelsPerDay(), width);
            const std::vector<quint32> got(f.counts.begin() + qsizetype(row.countsBegin),
                                           f.counts.begin() + qsizetype(row.countsBegin) + width);
            QCOMPARE(got, expected);
            if (visible >= 0) {
                for (quint32 c : expected)
                    visible += int(c);
            }
            ++strips;
            (s.pixelsPerDay() > 1 ? zoomedIn : zoomedOut) += 1;
        }
        if (visible >= 0)
            QCOMPARE(f.visibleEvents, visible);
    }
    // Strips were checked on both sides of a pixel a day.
    QVERIFY(strips > 100);
    QVERIFY(zoomedIn > 20);
    QVERIFY(zoomedOut > 20);
}

QTEST_MAIN(TestDensityCounts)
#include "tst_densitycounts.moc"
