// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
// The one axis-tick engine: the timeline's two rows of dates and the charts' date and count axes, in English
// and Chinese, from the same calendar steps.
#include "app/core/axisticks.h"
#include "app/core/numberformat.h"

#include <QSet>
#include <QTest>
#include <cmath>

using namespace at;
using namespace Qt::StringLiterals;

namespace {
double jd(int y, int m, int d)
{
    return double(QDate(y, m, d).toJulianDay());
}
const QLocale english(QLocale::English, QLocale::UnitedStates);
const QLocale chinese(QLocale::Chinese, QLocale::China);

QStringList labels(const std::vector<Tick> &ticks)
{
    QStringList out;
    for (const Tick &t : ticks)
        out << t.label;
    return out;
}

// 7 pixels a character: what the tests below reckon with.
double sevenPerCharacter(const QString &text)
{
    return 7.0 * double(text.size());
}
} // namespace

class TestAxisTicks : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void calendarSteps();
    void tickLabels_data();
    void tickLabels();
    void tickTimesAreDayBoundaries();
    void tickUnitFollowsZoom_data();
    void tickUnitFollowsZoom();
    void chartDateTicks_data();
    void chartDateTicks();
    void chartDateTicksAreSpacedByTheirLabels();
    void countTicksAreWordedInTheLocale();
    void countTicksAreRoundAndNeverRepeat_data();
    void countTicksAreRoundAndNeverRepeat();
    void numberTicksTakeQuarterSteps();
};

void TestAxisTicks::calendarSteps()
{
    // One origin for every step, so that ticks stay put while the axis pans.
    QCOMPARE(calendar::floor(QDate(2011, 6, 15), {TickUnit::Week, 1}), QDate(2011, 6, 13)); // a Monday
    QCOMPARE(calendar::floor(QDate(2011, 8, 15), {TickUnit::Month, 6}), QDate(2011, 7, 1));
    QCOMPARE(calendar::floor(QDate(2011, 8, 15), {TickUnit::Quarter, 1}), QDate(2011, 7, 1));
    QCOMPARE(calendar::floor(QDate(2011, 8, 15), {TickUnit::Year, 5}), QDate(2010, 1, 1));
    QCOMPARE(calendar::floor(QDate(2011, 8, 15), {TickUnit::Decade, 2}), QDate(2000, 1, 1));
    QCOMPARE(calendar::floor(QDate(-5, 3, 1), {TickUnit::Year, 10}), QDate(-10, 1, 1));
    QCOMPARE(calendar::next(QDate(2011, 7, 1), {TickUnit::Month, 6}), QDate(2012, 1, 1));
    QCOMPARE(calendar::next(QDate(2011, 6, 13), {TickUnit::Week, 2}), QDate(2011, 6, 27));
}

void TestAxisTicks::tickLabels_data()
{
    QTest::addColumn<double>("from");
    QTest::addColumn<double>("to");
    QTest::addColumn<int>("unit");
    QTest::addColumn<int>("step");
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QStringList>("minor");
    QTest::addColumn<QStringList>("major");
    const double d0 = jd(2011, 6, 13) - 0.5, d1 = jd(2011, 6, 16) + 0.4;
    QTest::newRow("days en") << d0 << d1 << int(TickUnit::Day) << 1 << english
                             << QStringList{u"13"_s, u"14"_s, u"15"_s, u"16"_s} << QStringList{u"Jun 2011"_s};
    QTest::newRow("days zh") << d0 << d1 << int(TickUnit::Day) << 1 << chinese
                             << QStringList{u"13日"_s, u"14日"_s, u"15日"_s, u"16日"_s}
                             << QStringList{u"2011年6月"_s};
    const double w0 = jd(2011, 3, 1), w1 = jd(2011, 3, 20);
    QTest::newRow("weeks en") << w0 << w1 << int(TickUnit::Week) << 1 << english
                              << QStringList{u"28 Feb"_s, u"7 Mar"_s, u"14 Mar"_s}
                              << QStringList{u"Mar 2011"_s};
    QTest::newRow("weeks zh") << w0 << w1 << int(TickUnit::Week) << 1 << chinese
                              << QStringList{u"2月28日"_s, u"3月7日"_s, u"3月14日"_s}
                              << QStringList{u"2011年3月"_s};
    const double m0 = jd(2011, 1, 15), m1 = jd(2011, 4, 10);
    QTest::newRow("months en") << m0 << m1 << int(TickUnit::Month) << 1 << english
                               << QStringList{u"Jan"_s, u"Feb"_s, u"Mar"_s, u"Apr"_s}
                               << QStringList{u"2011"_s};
    QTest::newRow("months zh") << m0 << m1 << int(TickUnit::Month) << 1 << chinese
                               << QStringList{u"1月"_s, u"2月"_s, u"3月"_s, u"4月"_s}
                               << QStringList{u"2011年"_s};
    const double q0 = jd(2010, 11, 1), q1 = jd(2011, 5, 1);
    QTest::newRow("quarters en") << q0 << q1 << int(TickUnit::Quarter) << 1 << english
                                 << QStringList{u"Q4"_s, u"Q1"_s, u"Q2"_s}
                                 << QStringList{u"2010"_s, u"2011"_s};
    QTest::newRow("quarters zh") << q0 << q1 << int(TickUnit::Quarter) << 1 << chinese
                                 << QStringList{u"第4季度"_s, u"第1季度"_s, u"第2季度"_s}
                                 << QStringList{u"2010年"_s, u"2011年"_s};
    const double y0 = jd(2009, 6, 1), y1 = jd(2012, 2, 1);
    QTest::newRow("years en") << y0 << y1 << int(TickUnit::Year) << 1 << english
                              << QStringList{u"2009"_s, u"2010"_s, u"2011"_s, u"2012"_s}
                              << QStringList{u"2000s"_s, u"2010s"_s};
    QTest::newRow("years zh") << y0 << y1 << int(TickUnit::Year) << 1 << chinese
                              << QStringList{u"2009年"_s, u"2010年"_s, u"2011年"_s, u"2012年"_s}
                              << QStringList{u"2000年代"_s, u"2010年代"_s};
    QTest::newRow("five years") << jd(2001, 3, 1) << jd(2016, 3, 1) << int(TickUnit::Year) << 5 << english
                                << QStringList{u"2000"_s, u"2005"_s, u"2010"_s, u"2015"_s}
                                << QStringList{u"2000s"_s, u"2010s"_s};
    const double c0 = jd(1995, 1, 1), c1 = jd(2021, 1, 1);
    QTest::newRow("decades en") << c0 << c1 << int(TickUnit::Decade) << 1 << english
                                << QStringList{u"1990s"_s, u"2000s"_s, u"2010s"_s, u"2020s"_s}
                                << QStringList{};
    QTest::newRow("decades zh") << c0 << c1 << int(TickUnit::Decade) << 1 << chinese
                                << QStringList{u"1990年代"_s, u"2000年代"_s, u"2010年代"_s, u"2020年代"_s}
                                << QStringList{};
}

void TestAxisTicks::tickLabels()
{
    QFETCH(double, from);
    QFETCH(double, to);
    QFETCH(int, unit);
    QFETCH(int, step);
    QFETCH(QLocale, locale);
    QFETCH(QStringList, minor);
    QFETCH(QStringList, major);
    const AxisTicks t = AxisTicks::make(from, to, TickUnit(unit), step, locale);
    QCOMPARE(labels(t.minor), minor);
    QCOMPARE(labels(t.major), major);
}

void TestAxisTicks::tickTimesAreDayBoundaries()
{
    const AxisTicks t = AxisTicks::make(jd(2011, 1, 15), jd(2011, 4, 10), TickUnit::Month, 1, english);
    QCOMPARE(t.minor.size(), size_t(4));
    QCOMPARE(t.minor[1].time, jd(2011, 2, 1) - 0.5);
    QCOMPARE(t.minor[1].endTime, jd(2011, 3, 1) - 0.5);
    QCOMPARE(t.minor[1].date, QDate(2011, 2, 1));
    // An event on 14 June is drawn at its Julian day: the middle of its day, between two day ticks.
    const AxisTicks d = AxisTicks::make(jd(2011, 6, 13), jd(2011, 6, 16), TickUnit::Day, 1, english);
    QVERIFY(d.minor[1].time < jd(2011, 6, 14) && d.minor[1].endTime > jd(2011, 6, 14));
}

void TestAxisTicks::tickUnitFollowsZoom_data()
{
    QTest::addColumn<double>("pixelsPerDay");
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<int>("unit");
    QTest::addColumn<int>("step");
    // A label needs 7 pixels a character plus 10 (month labels 10% more): "28" 24 px a day, "28 Sep" 52 px
    // a week, "Jan" 34.1 px a month, "Q4" 24 px a quarter, "2000" 38 px a year, "2000s" 45 px a decade.
    QTest::newRow("30 px/day") << 30.0 << english << int(TickUnit::Day) << 1;
    QTest::newRow("15 px/day") << 15.0 << english << int(TickUnit::Day) << 2;
    QTest::newRow("8 px/day") << 8.0 << english << int(TickUnit::Week) << 1;
    QTest::newRow("5 px/day") << 5.0 << english << int(TickUnit::Week) << 2;
    QTest::newRow("2 px/day") << 2.0 << english << int(TickUnit::Month) << 1;
    QTest::newRow("0.8 px/day") << 0.8 << english << int(TickUnit::Month) << 2;
    QTest::newRow("0.3 px/day") << 0.3 << english << int(TickUnit::Quarter) << 1;
    QTest::newRow("0.2 px/day") << 0.2 << english << int(TickUnit::Year) << 1;
    QTest::newRow("0.06 px/day") << 0.06 << english << int(TickUnit::Year) << 2;
    QTest::newRow("0.03 px/day") << 0.03 << english << int(TickUnit::Year) << 5;
    QTest::newRow("0.015 px/day") << 0.015 << english << int(TickUnit::Decade) << 1;
    // Chinese labels are longer for quarters ("第4季度", 38 px) and years ("2000年", 45 px).
    QTest::newRow("0.45 px/day zh") << 0.45 << chinese << int(TickUnit::Quarter) << 1;
    QTest::newRow("0.3 px/day zh") << 0.3 << chinese << int(TickUnit::Year) << 1;
    QTest::newRow("0.1 px/day zh") << 0.1 << chinese << int(TickUnit::Year) << 2;
}

void TestAxisTicks::tickUnitFollowsZoom()
{
    QFETCH(double, pixelsPerDay);
    QFETCH(QLocale, locale);
    QFETCH(int, unit);
    QFETCH(int, step);
    const double from = jd(2011, 1, 1);
    const AxisTicks t = AxisTicks::make(from, from + 1000 / pixelsPerDay, pixelsPerDay, locale,
                                        [](const QString &text) { return 7.0 * double(text.size()); });
    QCOMPARE(int(t.unit), unit);
    QCOMPARE(t.step, step);
}

void TestAxisTicks::chartDateTicks_data()
{
    QTest::addColumn<double>("from");
    QTest::addColumn<double>("to");
    QTest::addColumn<double>("pixels");
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QStringList>("labels");
    QTest::newRow("days") << jd(2011, 6, 13) - 0.2 << jd(2011, 6, 16) + 0.2 << 800.0 << english
                          << QStringList{u"13 Jun 2011"_s, u"14 Jun 2011"_s, u"15 Jun 2011"_s,
                                         u"16 Jun 2011"_s};
    QTest::newRow("quarters zh") << jd(2010, 12, 1) << jd(2011, 11, 1) << 500.0 << chinese
                                 << QStringList{u"2011年1月"_s, u"2011年4月"_s, u"2011年7月"_s,
                                                u"2011年10月"_s};
    QTest::newRow("years") << jd(2009, 6, 1) << jd(2013, 6, 1) << 400.0 << english
                           << QStringList{u"2010"_s, u"2011"_s, u"2012"_s, u"2013"_s};
    QTest::newRow("years zh") << jd(2009, 6, 1) << jd(2013, 6, 1) << 400.0 << chinese
                              << QStringList{u"2010年"_s, u"2011年"_s, u"2012年"_s, u"2013年"_s};
}

void TestAxisTicks::chartDateTicks()
{
    QFETCH(double, from);
    QFETCH(double, to);
    QFETCH(double, pixels);
    QFETCH(QLocale, locale);
    QFETCH(QStringList, labels);
    const ChartTicks t = dateTicks(from, to, pixels, locale, sevenPerCharacter);
    QCOMPARE(t.labels, labels);
    QCOMPARE(t.ticks.size(), labels.size());
    // A chart's tick is on the first day itself (a Julian day), not on the boundary before it.
    for (double tick : t.ticks)
        QCOMPARE(tick, std::round(tick));
}

void TestAxisTicks::chartDateTicksAreSpacedByTheirLabels()
{
    // 2010 to 2014 over 1000 pixels: a label such as "Jul 2010" needs 56 px and a gap of 14 ("MM"). A
    // quarter is about 62 px wide there, a half-year about 125: half-years it is.
    const ChartTicks t = dateTicks(jd(2010, 1, 1), jd(2014, 1, 1), 1000, english, sevenPerCharacter);
    QCOMPARE(t.ticks.first(), jd(2010, 1, 1));
    QCOMPARE(t.ticks[1], jd(2010, 7, 1));
    QCOMPARE(t.labels[1], u"Jul 2010"_s);
    QCOMPARE(t.ticks.size(), 9);
    // The months between are sub-ticks.
    QVERIFY(t.subTicks.contains(jd(2010, 2, 1)));
    QVERIFY(!t.subTicks.contains(jd(2010, 7, 1)));
}

void TestAxisTicks::countTicksAreWordedInTheLocale()
{
    const ChartTicks en = countTicks(0, 900e6, false, 6, english);
    QCOMPARE(en.labels,
             (QStringList{u"0"_s, u"200 million"_s, u"400 million"_s, u"600 million"_s, u"800 million"_s}));
    const ChartTicks zh = countTicks(0, 900e6, false, 6, chinese);
    QCOMPARE(zh.labels.size(), en.labels.size());
    for (qsizetype i = 0; i < zh.ticks.size(); ++i)
        QCOMPARE(zh.labels[i], formatCount(zh.ticks[i], chinese));
}

void TestAxisTicks::countTicksAreRoundAndNeverRepeat_data()
{
    QTest::addColumn<double>("to");
    QTest::addColumn<int>("maxTicks");
    QTest::addColumn<QStringList>("labels");
    // The user-count chart's range on a short axis: quarters of a billion rather than 0 and 500 million.
    QTest::newRow("943 million, 4") << 943e6 << 4
                                    << QStringList{u"0"_s, u"250 million"_s, u"500 million"_s,
                                                   u"750 million"_s};
    QTest::newRow("943 million, 8") << 943e6 << 8
                                    << QStringList{u"0"_s, u"200 million"_s, u"400 million"_s,
                                                   u"600 million"_s, u"800 million"_s};
    // A chart with nothing on it: counts are whole, so 0 and 1, not 0, 0.2 ... rounded to "0, 0, 0, 1, 1".
    QTest::newRow("empty") << 1.1 << 6 << QStringList{u"0"_s, u"1"_s};
    // Counts are whole: no step of 2.5 below ten.
    QTest::newRow("twelve") << 12.0 << 6 << QStringList{u"0"_s, u"5"_s, u"10"_s};
}

void TestAxisTicks::countTicksAreRoundAndNeverRepeat()
{
    QFETCH(double, to);
    QFETCH(int, maxTicks);
    QFETCH(QStringList, labels);
    const ChartTicks t = countTicks(0, to, false, maxTicks, english);
    QCOMPARE(t.labels, labels);
    QCOMPARE(QSet<QString>(t.labels.begin(), t.labels.end()).size(), t.labels.size());
    // Chinese reads the same ticks in 亿 and 万.
    const ChartTicks zh = countTicks(0, to, false, maxTicks, chinese);
    QCOMPARE(zh.ticks, t.ticks);
    for (qsizetype i = 0; i < zh.ticks.size(); ++i)
        QCOMPARE(zh.labels[i], formatCount(zh.ticks[i], chinese));
}

void TestAxisTicks::numberTicksTakeQuarterSteps()
{
    QCOMPARE(numberTicks(0, 1, 5, english).labels,
             (QStringList{u"0.00"_s, u"0.25"_s, u"0.50"_s, u"0.75"_s, u"1.00"_s}));
    QCOMPARE(numberTicks(0, 1, 4, english).labels, (QStringList{u"0.0"_s, u"0.5"_s, u"1.0"_s}));
}

QTEST_MAIN(TestAxisTicks)
#include "tst_axisticks.moc"
