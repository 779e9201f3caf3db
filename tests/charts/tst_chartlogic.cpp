// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
// The model-layer logic behind the charts (userseries.h, marketshare.h, serieslod.h), on the embedded
// dataset: which series are charted and with what, how a qualifier is marked, market shares computed from
// a record with what the sources leave open kept open, and the level-of-detail index of a long series.
#include "app/core/import/json/jsonreader.h"
#include "app/core/marketshare.h"
#include "app/core/numberformat.h"
#include "app/core/serieslod.h"
#include "app/core/userseries.h"

#include <QTest>
#include <cmath>

using namespace Qt::StringLiterals;
using namespace at;

class TestChartLogic : public QObject {
    Q_OBJECT
    std::shared_ptr<const Dataset> m_data;
    const QLocale m_en{QLocale::English, QLocale::UnitedKingdom};
    const QLocale m_zh{QLocale::Chinese, QLocale::China};

    const Dataset &d() const { return *m_data; }
    static double middleOf(const char16_t *date) { return FuzzyDate::parse(QStringView(date))->middle(); }
    int imMarket() const { return indexOfMarket(u"im-active-2010q3"); }
    int microblogMarket() const { return indexOfMarket(u"weibo-registered-2011q1"); }
    int indexOfMarket(const char16_t *id) const
    {
        for (int i = 0; i < d().markets.size(); ++i) {
            if (d().markets[i].id == QStringView(id))
                return i;
        }
        return -1;
    }

    // A series of `n` points, one a day from 1 Jan 2010, whose value is `f(i)`; source i % 3.
    template <typename F> static std::vector<SeriesPoint> dailyPoints(qsizetype n, F f)
    {
        std::vector<SeriesPoint> points(static_cast<size_t>(n));
        const qint32 start = qint32(QDate(2010, 1, 1).toJulianDay());
        for (qsizetype i = 0; i < n; ++i) {
            SeriesPoint &p = points[size_t(i)];
            p.date = FuzzyDate::fromDate(QDate::fromJulianDay(start + i));
            p.value = f(i);
            p.source = quint16(i % 3);
        }
        return points;
    }

private Q_SLOTS:
    void initTestCase()
    {
        const LoadResult r = readEmbeddedDataset();
        QVERIFY(r.hasValue());
        m_data = *r;
    }

    // Every count series is charted, one per entity and metric; the stake (a percentage) is not.
    void userCountSeriesAreTheCountSeriesInDatasetOrder()
    {
        QStringList ids;
        for (int i : userCountSeries(d()))
            ids << d().series[i].id;
        QCOMPARE(ids,
                 QStringList({u"qq-active-accounts"_s, u"qq-peak-concurrent"_s, u"weibo-users-as-stated"_s,
                              u"weibo-registered-users"_s, u"twitter-accounts"_s,
                              u"wechat-registered-users"_s, u"wechat-users-as-stated"_s}));
        QVERIFY(!isUserCountSeries(d().series[d().seriesIndex(u"alibaba-weibo-stake")]));
    }

    void seriesValuesQualifiersAndMetricsAsInTheJson_data()
    {
        QTest::addColumn<QString>("series");
        QTest::addColumn<QString>("entity");
        QTest::addColumn<Metric>("metric");
        QTest::addColumn<QList<double>>("values");
        QTest::addColumn<QList<Qualifier>>("qualifiers");
        QTest::addColumn<QStringList>("dates");
        QTest::newRow("qq active") << u"qq-active-accounts"_s << u"qq"_s << Metric::ActiveAccounts
                                   << QList<double>{600e6} << QList<Qualifier>{Qualifier::Over}
                                   << QStringList{u"2010-Q3"_s};
        QTest::newRow("qq peak") << u"qq-peak-concurrent"_s << u"qq"_s << Metric::PeakConcurrentUsers
                                 << QList<double>{120e6} << QList<Qualifier>{Qualifier::Exact}
                                 << QStringList{u"2010-Q4"_s};
        QTest::newRow("weibo users") << u"weibo-users-as-stated"_s << u"weibo"_s << Metric::UsersAsStated
                                     << QList<double>{50e6, 500e6}
                                     << QList<Qualifier>{Qualifier::Exact, Qualifier::Over}
                                     << QStringList{u"2010-Q4"_s, u"2012-12-31"_s};
        QTest::newRow("weibo registered")
            << u"weibo-registered-users"_s << u"weibo"_s << Metric::RegisteredUsers << QList<double>{140e6}
            << QList<Qualifier>{Qualifier::Exact} << QStringList{u"2011-Q1"_s};
        QTest::newRow("twitter") << u"twitter-accounts"_s << u"twitter"_s << Metric::Accounts
                                 << QList<double>{300e6} << QList<Qualifier>{Qualifier::Over}
                                 << QStringList{u"2011-06"_s};
        QTest::newRow("wechat registered")
            << u"wechat-registered-users"_s << u"wechat"_s << Metric::RegisteredUsers << QList<double>{300e6}
            << QList<Qualifier>{Qualifier::AtLeast} << QStringList{u"2013-01-15"_s};
        QTest::newRow("wechat users")
            << u"wechat-users-as-stated"_s << u"wechat"_s << Metric::UsersAsStated << QList<double>{400e6}
            << QList<Qualifier>{Qualifier::Approaching} << QStringList{u"2013"_s};
    }
    void seriesValuesQualifiersAndMetricsAsInTheJson()
    {
        QFETCH(QString, series);
        QFETCH(QString, entity);
        QFETCH(Metric, metric);
        QFETCH(QList<double>, values);
        QFETCH(QList<Qualifier>, qualifiers);
        QFETCH(QStringList, dates);
        const int index = d().seriesIndex(series);
        QVERIFY(userCountSeries(d()).contains(index));
        const Series &s = d().series[index];
        QCOMPARE(d().entities[s.entity].id, entity);
        QCOMPARE(s.metric, metric);
        QCOMPARE(s.unit, Unit::Count);
        const auto points = d().pointsOf(s);
        QCOMPARE(qsizetype(points.size()), values.size());
        for (qsizetype i = 0; i < values.size(); ++i) {
            QCOMPARE(points[size_t(i)].value, values[i]);
            QCOMPARE(points[size_t(i)].qualifier, qualifiers[i]);
            QCOMPARE(points[size_t(i)].date, *FuzzyDate::parse(dates[i]));
            QCOMPARE(pointTime(points[size_t(i)]), points[size_t(i)].date.middle());
        }
    }

    void markerShowsTheQualifier()
    {
        QCOMPARE(markerFor(Qualifier::Exact), PointMarker::Filled);
        QCOMPARE(markerFor(Qualifier::Approximately), PointMarker::Hollow);
        QCOMPARE(markerFor(Qualifier::AtLeast), PointMarker::OpenUp);
        QCOMPARE(markerFor(Qualifier::Over), PointMarker::OpenUp);
        QCOMPARE(markerFor(Qualifier::Approaching), PointMarker::OpenDown);
    }

    void pointSearchByTime()
    {
        const auto points = d().pointsOf(d().series[d().seriesIndex(u"weibo-users-as-stated")]);
        const double q4 = middleOf(u"2010-Q4");
        const double endOf2012 = middleOf(u"2012-12-31");
        QCOMPARE(firstPointAtOrAfter(points, q4 - 1), 0);
        QCOMPARE(firstPointAtOrAfter(points, q4), 0);
        QCOMPARE(firstPointAfter(points, q4), 1);
        QCOMPARE(firstPointAtOrAfter(points, endOf2012), 1);
        QCOMPARE(firstPointAfter(points, endOf2012), 2);
    }

    void pointToolTipIsPlainTextWithEveryFact()
    {
        const int qq = d().seriesIndex(u"qq-active-accounts");
        QCOMPARE(pointToolTip(d(), qq, 0, m_en),
                 u"QQ — active accounts\nQ3 2010\nmore than 600 million\n"
                 "Claim: Tencent's QQ has more than 600 million active accounts; MSN ranks second after it.\n"
                 "Source: Microsoft China Venture Partnes with Sina, ¶5"_s);
        QCOMPARE(pointToolTip(d(), qq, 1, m_en), QString());
        QCOMPARE(pointToolTip(d(), -1, 0, m_en), QString());
    }

    // "QQ more than 600m of 858m active IM accounts, Q3 2010": QQ at least 69.9%, the rest at most 30.1%
    // and unknown, named by what the source says it includes.
    void imSharesFromTheRecord()
    {
        const int market = imMarket();
        QVERIFY(market >= 0);
        const MarketShares s = computeMarketShares(d(), market);
        QCOMPARE(s.market, market);
        QVERIFY(s.hasTotal);
        QCOMPARE(s.total, 858e6);
        QCOMPARE(s.totalBound, Bound::Exact);
        QCOMPARE(s.slices.size(), 1);
        const MarketSlice &qq = s.slices[0];
        QCOMPARE(qq.series, d().seriesIndex(u"qq-active-accounts"));
        QCOMPARE(qq.point, 0);
        QCOMPARE(qq.entity, d().entityIndex(u"qq"));
        QCOMPARE(qq.value, 600e6);
        QCOMPARE(qq.bound, Bound::AtLeast);
        QVERIFY(qq.share);
        QCOMPARE(*qq.share, 600.0 / 858.0);
        QVERIFY(s.remainder);
        QCOMPARE(s.remainder->value, 258e6);
        QCOMPARE(s.remainder->bound, Bound::AtMost);
        QCOMPARE(s.remainder->share, 258.0 / 858.0);
        QCOMPARE(s.remainder->includes, QList<int>{d().entityIndex(u"msn-china")});
        QCOMPARE(s.otherIncludes, QList<int>{d().entityIndex(u"msn-china")});

        QCOMPARE(formatShare(*qq.share, qq.bound, m_en), u"69.9%"_s);
        QCOMPARE(boundedShareText(*qq.share, qq.bound, m_en), u"at least 69.9%"_s);
        QCOMPARE(boundedShareText(s.remainder->share, s.remainder->bound, m_en), u"at most 30.1%"_s);
        QCOMPARE(boundedCountText(s.remainder->value, s.remainder->bound, m_en), u"at most 258 million"_s);
        QCOMPARE(sliceLabel(d(), s, 0, m_en), u"QQ: at least 69.9%"_s);
        QCOMPARE(remainderLabel(d(), s, m_en), u"Other, including MSN China (no breakdown given)"_s);
        QCOMPARE(sliceLabel(d(), s, 1, m_en), QString());
    }

    void imSharesInChinese()
    {
        const MarketShares s = computeMarketShares(d(), imMarket());
        QCOMPARE(formatCount(s.total, m_zh), u"8.58 亿"_s);
        QCOMPARE(boundedCountText(s.total, s.totalBound, m_zh), u"8.58 亿"_s);
        QCOMPARE(formatCount(s.remainder->value, m_zh), u"2.58 亿"_s);
        QCOMPARE(formatShare(*s.slices[0].share, Bound::AtLeast, m_zh), u"69.9%"_s);
    }

    // A bound rounds the way that keeps it true: 69.93% at least is "69.9%", 30.07% at most "30.1%".
    void shareRoundingKeepsBoundsTrue()
    {
        QCOMPARE(formatShare(0.6999, Bound::AtLeast, m_en), u"69.9%"_s);
        QCOMPARE(formatShare(0.6999, Bound::Exact, m_en), u"70%"_s);
        QCOMPARE(formatShare(0.3001, Bound::AtMost, m_en), u"30.1%"_s);
        QCOMPARE(formatShare(0.3001, Bound::Exact, m_en), u"30%"_s);
        QCOMPARE(formatShare(0.25, Bound::AtLeast, m_en), u"25%"_s);
        QCOMPARE(boundedShareText(0.12, Bound::About, m_en), u"about 12%"_s);
        QCOMPARE(boundedShareText(0.12, Bound::Exact, m_en), u"12%"_s);
    }

    void boundsOfQualifiers()
    {
        QCOMPARE(boundOf(Qualifier::Exact), Bound::Exact);
        QCOMPARE(boundOf(Qualifier::AtLeast), Bound::AtLeast);
        QCOMPARE(boundOf(Qualifier::Over), Bound::AtLeast);
        QCOMPARE(boundOf(Qualifier::Approaching), Bound::AtMost);
        QCOMPARE(boundOf(Qualifier::Approximately), Bound::About);
    }

    // A record without a total: the member's own figure, no share and no remainder.
    void microblogRecordWithoutTotalHasNoShares()
    {
        const int market = microblogMarket();
        QVERIFY(market >= 0);
        const MarketShares s = computeMarketShares(d(), market);
        QVERIFY(!s.hasTotal);
        QVERIFY(!s.remainder);
        QCOMPARE(s.slices.size(), 1);
        QCOMPARE(s.slices[0].series, d().seriesIndex(u"weibo-registered-users"));
        QCOMPARE(s.slices[0].value, 140e6);
        QCOMPARE(s.slices[0].bound, Bound::Exact);
        QVERIFY(!s.slices[0].share);
        QCOMPARE(s.otherIncludes, QList<int>{d().entityIndex(u"sohu-weibo")});
        QCOMPARE(sliceLabel(d(), s, 0, m_en), u"Sina Weibo: 140 million"_s);
        QCOMPARE(remainderLabel(d(), s, m_en), u"Other, including Sohu Microblog (no breakdown given)"_s);
        QCOMPARE(computeMarketShares(d(), -1).market, -1);
        QCOMPARE(computeMarketShares(d(), int(d().markets.size())).slices.size(), 0);
    }

    // The record in force is the latest whose date's period has begun by the time (from the quarter's first
    // day on); none before the first.
    void marketAsOfFollowsTime()
    {
        const double q3 = double(QDate(2010, 7, 1).toJulianDay());
        const double q1 = double(QDate(2011, 1, 1).toJulianDay());
        QCOMPARE(marketsOfSector(d(), Sector::InstantMessaging), QList<int>{imMarket()});
        QCOMPARE(marketsOfSector(d(), Sector::Microblog), QList<int>{microblogMarket()});
        QCOMPARE(marketAsOf(d(), Sector::InstantMessaging, 0), -1);
        QCOMPARE(marketAsOf(d(), Sector::InstantMessaging, q3 - 0.51), -1);
        QCOMPARE(marketAsOf(d(), Sector::InstantMessaging, q3 - 0.5), imMarket()); // 1 July begins
        QCOMPARE(marketAsOf(d(), Sector::InstantMessaging, q3), imMarket());
        QCOMPARE(marketAsOf(d(), Sector::InstantMessaging, q1 + 1000), imMarket());
        QCOMPARE(marketAsOf(d(), Sector::Microblog, q3), -1);
        QCOMPARE(marketAsOf(d(), Sector::Microblog, q1 - 0.51), -1);
        QCOMPARE(marketAsOf(d(), Sector::Microblog, q1), microblogMarket());
    }

    void marketFootnoteNamesSourceParagraphAndDate()
    {
        const QString note = marketFootnote(d(), {imMarket()}, m_en);
        QVERIFY2(note.startsWith(u"Figures for Q3 2010. Source: Microsoft China Venture Partnes with Sina"_s),
                 qPrintable(note));
        QVERIFY2(note.contains(u"¶5"_s), qPrintable(note));
        const CitedParagraphs cited = marketCitations(d(), {imMarket()});
        QCOMPARE(cited.keys(), QList<int>{d().sourceIndex(u"ft-msn-sina")});
        QCOMPARE(cited.value(d().sourceIndex(u"ft-msn-sina")), QList<int>{5});
        QCOMPARE(marketFootnote(d(), {}, m_en), QString());
    }

    void seriesCitationsListParagraphs()
    {
        const int weibo = d().seriesIndex(u"weibo-users-as-stated");
        const CitedParagraphs cited = seriesCitations(d(), {weibo});
        // Every paragraph its points cite: the Q4 2010 figure relies on two.
        QCOMPARE(cited.value(d().sourceIndex(u"technode-sina-enemy")), (QList<int>{1, 3}));
        QCOMPARE(cited.value(d().sourceIndex(u"sina-alibaba")), QList<int>{4});
        QCOMPARE(cited.size(), 2);
        // Longer than the limit: the sources without their paragraphs.
        const CitedParagraphs brief = seriesCitations(d(), {weibo}, 1);
        QCOMPARE(brief.size(), 2);
        QVERIFY(brief.value(d().sourceIndex(u"sina-alibaba")).isEmpty());
    }

    void lodOfFewPointsDrawsThemAll()
    {
        const auto points = dailyPoints(10, [](qsizetype i) { return double(i * i); });
        const SeriesLod lod(points);
        QVERIFY(lod.isExact());
        QCOMPARE(lod.size(), 10);
        QCOMPARE(lod.minValue(), 0.0);
        QCOMPARE(lod.maxValue(), 81.0);
        QCOMPARE(lod.minPositiveValue(), 1.0);
        QCOMPARE(lod.sources(), QList<int>({0, 1, 2}));
        const double t0 = double(QDate(2010, 1, 1).toJulianDay());
        QCOMPARE(lod.time(3), t0 + 3);
        QCOMPARE(lod.countIn(t0 + 2, t0 + 5), 4);
        // The window runs one point beyond each edge.
        QCOMPARE(lod.window(t0 + 2, t0 + 5), std::make_pair(qsizetype(1), qsizetype(7)));
        QCOMPARE(lod.window(t0 - 100, t0 + 100), std::make_pair(qsizetype(0), qsizetype(10)));
        std::vector<QPointF> out;
        lod.sample(t0 + 2, t0 + 5, 100, out);
        QCOMPARE(out.size(), size_t(6));
        QCOMPARE(out.front(), QPointF(t0 + 1, 1));
        QCOMPARE(out.back(), QPointF(t0 + 6, 36));
    }

    // A million points on 100 columns: at most four points a column (plus the neighbours beyond each edge),
    // in time order, and the extremes kept: the drawn line is the same as with every point.
    void lodReducesDenseSeriesKeepingExtremes()
    {
        const qsizetype n = 1'000'000;
        auto f = [](qsizetype i) { return i == 500'123 ? 5000.0 : (i == 250'007 ? -7.0 : double(i % 97)); };
        const auto points = dailyPoints(n, f);
        const SeriesLod lod(points);
        QCOMPARE(lod.minValue(), -7.0);
        QCOMPARE(lod.maxValue(), 5000.0);
        const double t0 = double(QDate(2010, 1, 1).toJulianDay());
        std::vector<QPointF> out;
        lod.sample(t0, t0 + double(n - 1), 100, out);
        QVERIFY(out.size() <= size_t(4 * 102));
        QVERIFY(out.size() >= size_t(2 * 100));
        QVERIFY(std::is_sorted(out.begin(), out.end(),
                               [](const QPointF &a, const QPointF &b) { return a.x() < b.x(); }));
        auto has = [&](qsizetype i) {
            return std::find(out.begin(), out.end(), QPointF(t0 + double(i), f(i))) != out.end();
        };
        QVERIFY(has(500'123));
        QVERIFY(has(250'007));
        QVERIFY(has(0));
        QVERIFY(has(n - 1));
        // Every sample is a real point of the series.
        for (const QPointF &p : out) {
            const auto i = qsizetype(p.x() - t0);
            QCOMPARE(p.y(), f(i));
        }
        // A sampled index reads fewer points but hands out the same windows and counts.
        const SeriesLod quick(points, 16);
        QVERIFY(!quick.isExact());
        QCOMPARE(quick.countIn(t0 + 10, t0 + 20), 11);
        QCOMPARE(quick.window(t0 + 10, t0 + 20), lod.window(t0 + 10, t0 + 20));
    }

    void lodOfNothingDrawsNothing()
    {
        const SeriesLod lod;
        QCOMPARE(lod.size(), 0);
        std::vector<QPointF> out;
        lod.sample(0, 10, 100, out);
        QVERIFY(out.empty());
        const auto points = dailyPoints(5, [](qsizetype) { return 0.0; });
        const SeriesLod zeros(points);
        QCOMPARE(zeros.minPositiveValue(), 0.0);
        zeros.sample(10, 0, 100, out);
        QVERIFY(out.empty());
    }
};

QTEST_GUILESS_MAIN(TestChartLogic)
#include "tst_chartlogic.moc"
