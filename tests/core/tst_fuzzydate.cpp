// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#include "app/core/fuzzydate.h"

#include <QTest>

using namespace Qt::StringLiterals;

using at::FuzzyDate;
using at::Precision;

class TestFuzzyDate : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDate>("first");
        QTest::addColumn<QDate>("last");
        QTest::addColumn<int>("precision");
        QTest::newRow("day") << u"2011-06-14"_s << QDate(2011, 6, 14) << QDate(2011, 6, 14)
                             << int(Precision::Day);
        QTest::newRow("leap day") << u"2012-02-29"_s << QDate(2012, 2, 29) << QDate(2012, 2, 29)
                                  << int(Precision::Day);
        QTest::newRow("iso week 45 of 2010")
            << u"2010-W45"_s << QDate(2010, 11, 8) << QDate(2010, 11, 14) << int(Precision::Week);
        QTest::newRow("iso week 1 starts in the old year")
            << u"2015-W01"_s << QDate(2014, 12, 29) << QDate(2015, 1, 4) << int(Precision::Week);
        QTest::newRow("month") << u"2010-11"_s << QDate(2010, 11, 1) << QDate(2010, 11, 30)
                               << int(Precision::Month);
        QTest::newRow("february") << u"2012-02"_s << QDate(2012, 2, 1) << QDate(2012, 2, 29)
                                  << int(Precision::Month);
        QTest::newRow("quarter") << u"2010-Q3"_s << QDate(2010, 7, 1) << QDate(2010, 9, 30)
                                 << int(Precision::Quarter);
        QTest::newRow("year") << u"2013"_s << QDate(2013, 1, 1) << QDate(2013, 12, 31)
                              << int(Precision::Year);
    }
    void parse()
    {
        QFETCH(QString, text);
        QFETCH(QDate, first);
        QFETCH(QDate, last);
        QFETCH(int, precision);
        const auto d = FuzzyDate::parse(text);
        QVERIFY(d.has_value());
        QCOMPARE(d->firstDate(), first);
        QCOMPARE(QDate::fromJulianDay(d->last()), last);
        QCOMPARE(int(d->precision), precision);
        QCOMPARE(d->toIsoString(), text);
    }

    void rejects_data()
    {
        QTest::addColumn<QString>("text");
        for (const char *bad : {"", "2011-13-01", "2011-02-30", "2011-00", "2011-6-14", "2011-06-14T00:00",
                                "1899", "2101", "2010-Q5", "2010-Q0", "2010-W54", "2010-W00", "2010-W53",
                                "20100", "abcd", "２０１０", "2010-", "2010-06-1x", " 2010"})
            QTest::newRow(bad) << QString::fromLatin1(bad);
    }
    void rejects()
    {
        QFETCH(QString, text);
        QVERIFY(!FuzzyDate::parse(text).has_value());
    }

    void middleOfPeriod()
    {
        // Views place an imprecise date at the middle of its period.
        const auto q3 = *FuzzyDate::parse(u"2010-Q3");
        QCOMPARE(q3.middle(), (QDate(2010, 7, 1).toJulianDay() + QDate(2010, 9, 30).toJulianDay()) / 2.0);
        const auto day = *FuzzyDate::parse(u"2011-06-03");
        QCOMPARE(day.middle(), double(QDate(2011, 6, 3).toJulianDay()));
    }

    void display_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("english");
        QTest::addColumn<QString>("chinese");
        QTest::newRow("day") << u"2011-06-14"_s << u"14 Jun 2011"_s << u"2011年6月14日"_s;
        QTest::newRow("week") << u"2010-W45"_s << u"week of 8 Nov 2010"_s << u"2010年11月8日当周"_s;
        QTest::newRow("month") << u"2010-11"_s << u"Nov 2010"_s << u"2010年11月"_s;
        QTest::newRow("quarter") << u"2010-Q3"_s << u"Q3 2010"_s << u"2010年第3季度"_s;
        QTest::newRow("year") << u"2013"_s << u"2013"_s << u"2013年"_s;
    }
    void display()
    {
        QFETCH(QString, text);
        QFETCH(QString, english);
        QFETCH(QString, chinese);
        const auto d = *FuzzyDate::parse(text);
        QCOMPARE(d.toDisplayString(QLocale(QLocale::English, QLocale::UnitedKingdom)), english);
        QCOMPARE(d.toDisplayString(QLocale(QLocale::Chinese, QLocale::China)), chinese);
    }

    // A quarter has begun from the first moment of its first day (day D runs from D - 0.5), not from its
    // middle.
    void begunByItsFirstDay()
    {
        const auto q3 = *FuzzyDate::parse(u"2010-Q3");
        const double july1 = double(QDate(2010, 7, 1).toJulianDay());
        QVERIFY(!q3.begunBy(july1 - 0.51));
        QVERIFY(q3.begunBy(july1 - 0.5));
        QVERIFY(q3.begunBy(july1));
        QVERIFY(q3.begunBy(q3.middle()));
        QVERIFY(!FuzzyDate().begunBy(july1));
    }

    // Lists sort a date at the first day it may be, the more precise first on the same first day.
    void sortsByFirstDayThenPrecision()
    {
        QStringList texts{u"2011-01-02"_s, u"2011"_s,    u"2011-Q1"_s,
                          u"2010-12-31"_s, u"2011-01"_s, u"2011-01-01"_s};
        std::sort(texts.begin(), texts.end(), [](const QString &a, const QString &b) {
            return FuzzyDate::sortsBefore(*FuzzyDate::parse(a), *FuzzyDate::parse(b));
        });
        QCOMPARE(texts, (QStringList{u"2010-12-31"_s, u"2011-01-01"_s, u"2011-01"_s, u"2011-Q1"_s, u"2011"_s,
                                     u"2011-01-02"_s}));
    }

    // A moment (when an annotation was written) reads like every other date, with a 24-hour clock.
    void dateTimeReadsLikeTheDates()
    {
        const QDateTime t(QDate(2026, 12, 3), QTime(8, 31), Qt::LocalTime);
        QCOMPARE(at::dateTimeDisplayString(t, QLocale(QLocale::English, QLocale::UnitedKingdom)),
                 u"3 Dec 2026, 08:31"_s);
        QCOMPARE(at::dateTimeDisplayString(t, QLocale(QLocale::Chinese, QLocale::China)),
                 u"2026年12月3日 08:31"_s);
        QCOMPARE(at::dateTimeDisplayString(QDateTime(), QLocale(QLocale::English)), QString());
    }
};

QTEST_GUILESS_MAIN(TestFuzzyDate)
#include "tst_fuzzydate.moc"
