// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#include "app/core/numberformat.h"
#include "app/core/vocabulary.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestNumberFormat : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void counts_data()
    {
        QTest::addColumn<double>("value");
        QTest::addColumn<QString>("english");
        QTest::addColumn<QString>("chinese");
        QTest::newRow("858m") << 858e6 << u"858 million"_s << u"8.58 亿"_s;
        QTest::newRow("600m") << 600e6 << u"600 million"_s << u"6 亿"_s;
        QTest::newRow("50m") << 50e6 << u"50 million"_s << u"5000 万"_s;
        QTest::newRow("120m") << 120e6 << u"120 million"_s << u"1.2 亿"_s;
        QTest::newRow("1.5bn") << 1.5e9 << u"1.5 billion"_s << u"15 亿"_s;
        QTest::newRow("small") << 950.0 << u"950"_s << u"950"_s;
    }
    void counts()
    {
        QFETCH(double, value);
        QFETCH(QString, english);
        QFETCH(QString, chinese);
        QCOMPARE(at::formatCount(value, QLocale(QLocale::English, QLocale::UnitedKingdom)), english);
        QCOMPARE(at::formatCount(value, QLocale(QLocale::Chinese, QLocale::China)), chinese);
    }
    void units()
    {
        const QLocale en(QLocale::English, QLocale::UnitedKingdom);
        const QLocale zh(QLocale::Chinese, QLocale::China);
        QCOMPARE(at::formatValue(586e6, int(at::Unit::Usd), en), u"$586 million"_s);
        QCOMPARE(at::formatValue(586e6, int(at::Unit::Usd), zh), u"5.86 亿美元"_s);
        QCOMPARE(at::formatValue(18, int(at::Unit::Percent), en), u"18%"_s);
    }
};

QTEST_GUILESS_MAIN(TestNumberFormat)
#include "tst_numberformat.moc"
