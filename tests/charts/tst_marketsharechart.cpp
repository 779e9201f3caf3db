// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
// The market-share chart (Qt Charts): the record in force at the current time, shares with their bounds and
// the unknown remainder, a footnote naming the source and date, numbers in the locale's way, the shared
// selection, the slices' colours on a grabbed image, and data-derived text shown literally.
#include "app/core/colors.h"
#include "app/core/viewstate.h"
#include "tests/charts/chartfixtures.h"
#include "ui/charts/marketsharechart.h"

#include <QAbstractAxis>
#include <QChart>
#include <QChartView>
#include <QFontMetricsF>
#include <QGraphicsScene>
#include <QGraphicsTextItem>
#include <QLabel>
#include <QPieSeries>
#include <QPieSlice>
#include <QTest>
#include <cmath>
#include <memory>
#include <numbers>

using namespace Qt::StringLiterals;
using namespace at;
using chartfixtures::middleOf;

class TestMarketShareChart : public QObject {
    Q_OBJECT
    Document m_embedded;
    Document m_markup;
    const QLocale m_en{QLocale::English, QLocale::UnitedKingdom};
    const QLocale m_zh{QLocale::Chinese, QLocale::China};

    const Dataset &d() const { return m_embedded.dataset(); }
    int market(const Dataset &data, QStringView id) const
    {
        for (int i = 0; i < data.markets.size(); ++i) {
            if (data.markets[i].id == id)
                return i;
        }
        return -1;
    }

    static std::unique_ptr<MarketShareChart> makeChart(const Document *document, ViewState *state,
                                                       Sector sector, const QLocale &locale)
    {
        auto chart = std::make_unique<MarketShareChart>(document, state, sector);
        chart->setLocale(locale);
        chart->resize(900, 500);
        chart->show();
        if (!QTest::qWaitForWindowExposed(chart.get()))
            return nullptr;
        return chart;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(chartfixtures::loadEmbedded(m_embedded));
        QVERIFY(chartfixtures::loadMarkup(m_markup));
    }

    // The record drawn is the latest at or before the current time; none before the first.
    void followsTheCurrentTime()
    {
        ViewState state;
        const auto chart = makeChart(&m_embedded, &state, Sector::InstantMessaging, m_en);
        QVERIFY(chart);
        QCOMPARE(chart->sector(), Sector::InstantMessaging);
        QCOMPARE(chart->currentMarket(), -1);
        QCOMPARE(chart->donut(), nullptr);
        QVERIFY(chart->keyTexts().isEmpty());
        QCOMPARE(chart->noteText(), u"No market figures yet: the first record is for Q3 2010."_s);
        // In force from the quarter's first day.
        const double q3 = double(QDate(2010, 7, 1).toJulianDay());
        state.setCurrentTime(q3 - 1);
        QCOMPARE(chart->currentMarket(), -1);
        QVERIFY(chart->noteText().startsWith(u"No market figures yet at "_s));
        state.setCurrentTime(q3);
        QCOMPARE(chart->currentMarket(), market(d(), u"im-active-2010q3"));
        QVERIFY(chart->donut());
        state.setCurrentTime(double(QDate(2013, 6, 1).toJulianDay()));
        QCOMPARE(chart->currentMarket(), market(d(), u"im-active-2010q3"));
        state.setCurrentTime(q3 - 1);
        QCOMPARE(chart->currentMarket(), -1);
        QCOMPARE(chart->donut(), nullptr);
    }

    // A slice's label is shown only where the ring can hold it; the key beside always has the share. The
    // bars' metric and unit are in their title, which has the chart's width.
    void sliceLabelsOnlyWhereTheyFit()
    {
        ViewState state;
        state.setCurrentTime(middleOf(u"2010-Q3"));
        const auto chart = makeChart(&m_embedded, &state, Sector::InstantMessaging, m_en);
        QVERIFY(chart);
        QPieSlice *qqSlice = chart->sliceOf(d().seriesIndex(u"qq-active-accounts"));
        QVERIFY(qqSlice);
        auto ringWidth = [&] {
            const QRectF area = chart->shareChart()->plotArea();
            return std::min(area.width(), area.height()) / 2 *
                   (chart->donut()->pieSize() - chart->donut()->holeSize());
        };
        const qreal labelWidth = QFontMetricsF(qqSlice->labelFont()).horizontalAdvance(qqSlice->label());
        chart->resize(1480, 300); // a bottom dock
        QTRY_VERIFY(ringWidth() < labelWidth);
        QVERIFY(!qqSlice->isLabelVisible());
        chart->resize(1600, 1000); // a floating window
        QTRY_VERIFY(ringWidth() > labelWidth + 6);
        QVERIFY(qqSlice->isLabelVisible());
        QCOMPARE(chart->historyChart()->title(), u"Records over time, active accounts (millions)"_s);
        for (QAbstractAxis *axis : chart->historyChart()->axes(Qt::Vertical))
            QCOMPARE(axis->titleText(), QString());
        // Made in a bottom dock, the history's plot is short, and Qt Charts would show its value labels as
        // "..." for want of width.
        auto docked = std::make_unique<MarketShareChart>(&m_embedded, &state, Sector::InstantMessaging);
        docked->setLocale(m_en);
        docked->resize(1600, 250);
        docked->show();
        QVERIFY(QTest::qWaitForWindowExposed(docked.get()));
        QVERIFY(docked->historyChart()->plotArea().height() < 100);
        QStringList labels;
        for (QGraphicsItem *item : docked->historyChart()->scene()->items()) {
            if (auto *text = qgraphicsitem_cast<QGraphicsTextItem *>(item); text && text->isVisible())
                labels << text->toPlainText();
        }
        for (const QString &value : {u"0"_s, u"400"_s, u"800"_s})
            QVERIFY2(labels.contains(value), qPrintable(labels.join(u" | "_s)));
        QVERIFY2(!labels.contains(u"..."_s), qPrintable(labels.join(u" | "_s)));
    }

    // QQ "more than 600m" of 858m: at least 69.9%, and the rest unknown, named by what it includes.
    void imSharesWithTheUnknownRemainder()
    {
        ViewState state;
        state.setCurrentTime(middleOf(u"2010-Q3"));
        const auto chart = makeChart(&m_embedded, &state, Sector::InstantMessaging, m_en);
        QVERIFY(chart);
        const int qq = d().seriesIndex(u"qq-active-accounts");
        QCOMPARE(chart->titleText(), u"China instant messaging, active accounts — Q3 2010"_s);
        QCOMPARE(chart->noteText(), u"Shares of a stated total of 858 million active accounts."_s);
        QCOMPARE(
            chart->keyTexts(),
            QStringList(
                {u"QQ: at least 69.9%\nmore than 600 million"_s,
                 u"Other, including MSN China (no breakdown given)\nat most 30.1%; at most 258 million"_s}));
        QCOMPARE(chart->currentShares().slices.size(), 1);
        QVERIFY(chart->currentShares().remainder);
        QVERIFY(chart->donut());
        QCOMPARE(chart->donut()->count(), 2);
        QPieSlice *qqSlice = chart->sliceOf(qq);
        QVERIFY(qqSlice);
        QCOMPARE(qqSlice->value(), 600e6);
        QCOMPARE(qqSlice->label(), u"≥ 69.9%"_s);
        QCOMPARE(qqSlice->brush().color(), entityColor(d().entityIndex(u"qq")));
        QPieSlice *rest = chart->sliceOf(-1);
        QVERIFY(rest);
        QCOMPARE(rest->value(), 258e6);
        QCOMPARE(rest->label(), u"≤ 30.1%"_s);
        // Unknown is hatched, never a colour that could pass for a company.
        QCOMPARE(rest->brush().style(), Qt::BDiagPattern);
        QCOMPARE(chart->sliceOf(d().seriesIndex(u"weibo-registered-users")), nullptr);
        const QString footnote = chart->footnoteText();
        QVERIFY2(
            footnote.startsWith(u"Figures for Q3 2010. Source: Microsoft China Venture Partnes with Sina"_s),
            qPrintable(footnote));
        QVERIFY2(footnote.contains(u"¶5"_s), qPrintable(footnote));
    }

    void chineseNumbers()
    {
        ViewState state;
        state.setCurrentTime(middleOf(u"2010-Q3"));
        const auto chart = makeChart(&m_embedded, &state, Sector::InstantMessaging, m_zh);
        QVERIFY(chart);
        QVERIFY2(chart->titleText().startsWith(u"中国即时通信活跃账户 — "_s), qPrintable(chart->titleText()));
        QVERIFY2(chart->noteText().contains(u"8.58 亿"_s), qPrintable(chart->noteText()));
        const QStringList keys = chart->keyTexts();
        QCOMPARE(keys.size(), 2);
        QVERIFY2(keys[0].startsWith(u"QQ: "_s) && keys[0].contains(u"69.9%"_s) && keys[0].contains(u"6 亿"_s),
                 qPrintable(keys[0]));
        QVERIFY2(keys[1].contains(u"MSN中国"_s) && keys[1].contains(u"2.58 亿"_s), qPrintable(keys[1]));
    }

    // No total in the record: the member's own figure, no donut, no shares.
    void microblogRecordWithoutTotal()
    {
        ViewState state;
        const auto chart = makeChart(&m_embedded, &state, Sector::Microblog, m_en);
        QVERIFY(chart);
        state.setCurrentTime(middleOf(u"2010-Q3"));
        QCOMPARE(chart->currentMarket(), -1);
        state.setCurrentTime(middleOf(u"2011-Q1"));
        QCOMPARE(chart->currentMarket(), market(d(), u"weibo-registered-2011q1"));
        QCOMPARE(chart->donut(), nullptr);
        QCOMPARE(chart->sliceOf(-1), nullptr);
        QCOMPARE(chart->keyTexts(),
                 QStringList({u"Sina Weibo: 140 million"_s, u"Sohu Microblog: no figure given"_s}));
        QVERIFY(chart->noteText().startsWith(u"The sources give no total for this market"_s));
        QVERIFY2(chart->footnoteText().startsWith(u"Figures for Q1 2011. Source: "_s),
                 qPrintable(chart->footnoteText()));
    }

    // A selected point or entity pulls its slice out.
    void followsTheSelection()
    {
        ViewState state;
        state.setCurrentTime(middleOf(u"2010-Q3"));
        const auto chart = makeChart(&m_embedded, &state, Sector::InstantMessaging, m_en);
        QVERIFY(chart);
        const int qq = d().seriesIndex(u"qq-active-accounts");
        QVERIFY(!chart->sliceOf(qq)->isExploded());
        state.select(Selection::dataPoint(qq, 0));
        QVERIFY(chart->sliceOf(qq)->isExploded());
        state.select(Selection::none());
        QVERIFY(!chart->sliceOf(qq)->isExploded());
        state.select(Selection::entity(d().entityIndex(u"qq")));
        QVERIFY(chart->sliceOf(qq)->isExploded());
        state.select(Selection::entity(d().entityIndex(u"weibo")));
        QVERIFY(!chart->sliceOf(qq)->isExploded());
    }

    // On the grabbed image: QQ's colour inside the QQ slice (clockwise from twelve o'clock, 69.9% of the
    // ring), and not inside the remainder.
    void slicesInTheirColoursOnTheImage()
    {
        ViewState state;
        state.setCurrentTime(middleOf(u"2010-Q3"));
        const auto chart = makeChart(&m_embedded, &state, Sector::InstantMessaging, m_en);
        QVERIFY(chart);
        QChart *share = chart->shareChart();
        QVERIFY(share->scene() && !share->scene()->views().isEmpty());
        QGraphicsView *view = share->scene()->views().constFirst();
        const QRectF plot = share->plotArea();
        const double outer = std::min(plot.width(), plot.height()) / 2 * chart->donut()->pieSize();
        const double inner = std::min(plot.width(), plot.height()) / 2 * chart->donut()->holeSize();
        const double radius = (outer + inner) / 2;
        auto pointAt = [&](double fraction) {
            const double angle = fraction * 2 * std::numbers::pi;
            const QPointF scene(plot.center().x() + radius * std::sin(angle),
                                plot.center().y() - radius * std::cos(angle));
            return view->viewport()->mapTo(chart.get(), view->mapFromScene(scene));
        };
        const QImage image = chart->grab().toImage();
        const QRgb qqColor = entityColor(d().entityIndex(u"qq")).rgb();
        const QPoint inQq = pointAt(0.15);
        QCOMPARE(image.pixelColor(inQq).rgb(), qqColor);
        const QPoint inRest = pointAt(0.85);
        QVERIFY(image.pixelColor(inRest).rgb() != qqColor);
    }

    // Markup in a record's name and in an entity-free figure is shown as text; shares with "about".
    void markupIsShownLiterally()
    {
        ViewState state;
        state.setCurrentTime(middleOf(u"2011-Q2"));
        const auto chart = makeChart(&m_markup, &state, Sector::Microblog, m_en);
        QVERIFY(chart);
        QCOMPARE(chart->titleText(), u"<img src=x> market — Q2 2011"_s);
        QCOMPARE(
            chart->keyTexts(),
            QStringList({u"Beta: about 85.8%\nabout 858 million"_s,
                         u"Other, including Alpha (no breakdown given)\nabout 14.2%; about 142 million"_s}));
        QVERIFY2(chart->footnoteText().contains(u"<img src=x> Article"_s), qPrintable(chart->footnoteText()));
        // Every label holding data-derived text is plain text.
        const QList<QLabel *> labels = chart->findChildren<QLabel *>();
        int withMarkup = 0;
        for (const QLabel *label : labels) {
            if (label->text().contains(u"<img"_s)) {
                ++withMarkup;
                QCOMPARE(label->textFormat(), Qt::PlainText);
            }
        }
        QCOMPARE(withMarkup, 2); // the title and the footnote
    }

    // The share chart keeps the whole market (a share is of the whole) and marks what the filter leaves
    // out: its members pale, their keys greyed, and a note that says so.
    void marksWhatTheFilterKeeps()
    {
        ViewState state;
        state.setCurrentTime(middleOf(u"2013"));
        auto chart = makeChart(&m_embedded, &state, Sector::InstantMessaging, m_en);
        QVERIFY(chart);
        const int qq = d().seriesIndex(u"qq-active-accounts");
        QVERIFY(chart->sliceOf(qq));
        const QColor qqColour = chart->sliceOf(qq)->brush().color();
        const QColor otherColour = chart->sliceOf(-1)->brush().color();
        QVERIFY(!chart->noteText().contains(u"Pale"_s));

        EventFilter filter;
        filter.entities = {d().entityIndex(u"weibo")};
        state.setFilter(filter);
        QVERIFY2(chart->noteText().endsWith(u"Pale: outside the filter."_s), qPrintable(chart->noteText()));
        QVERIFY(chart->sliceOf(qq)->brush().color() != qqColour);
        QCOMPARE(chart->sliceOf(qq)->value(), 600000000.0); // the share itself does not change
        QCOMPARE(chart->sliceOf(-1)->brush().color(), otherColour);

        filter.entities = {d().entityIndex(u"tencent")}; // QQ comes with Tencent
        state.setFilter(filter);
        QCOMPARE(chart->sliceOf(qq)->brush().color(), qqColour);
        QVERIFY(!chart->noteText().contains(u"Pale"_s));
    }
};

QTEST_MAIN(TestMarketShareChart)
#include "tst_marketsharechart.moc"
