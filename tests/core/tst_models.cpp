// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#include "app/core/document.h"
#include "app/core/entitymodel.h"
#include "app/core/eventfilterproxy.h"
#include "app/core/eventmodel.h"
#include "app/core/import/json/jsonreader.h"
#include "app/core/quotemodel.h"
#include "app/core/roles.h"
#include "app/core/seriesmodel.h"
#include "app/core/viewstate.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

class TestModels : public QObject {
    Q_OBJECT
    at::Document m_document;
    const QLocale m_en{QLocale::English, QLocale::UnitedKingdom};
    const QLocale m_zh{QLocale::Chinese, QLocale::China};

    int eventRow(const QString &id) const { return m_document.dataset().eventIndex(id); }

private Q_SLOTS:
    void initTestCase()
    {
        const auto r = at::readEmbeddedDataset();
        QVERIFY(r.hasValue());
        m_document.setDataset(*r, u"embedded"_s);
    }

    void eventModel()
    {
        at::EventModel model(&m_document);
        model.setLocale(m_en);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 27);
        QCOMPARE(model.columnCount(), int(at::EventModel::ColumnCount));
        const int row = eventRow(u"sina-china-unicom"_s);
        QVERIFY(row >= 0);
        auto cell = [&](int column, int role) { return model.index(row, column).data(role); };
        QCOMPARE(cell(at::EventModel::DateColumn, Qt::DisplayRole).toString(), u"14 Jun 2011"_s);
        QCOMPARE(cell(at::EventModel::DateColumn, at::RawRole).toDouble(),
                 double(QDate(2011, 6, 14).toJulianDay()));
        QCOMPARE(cell(at::EventModel::KindColumn, Qt::DisplayRole).toString(), u"alliance"_s);
        QCOMPARE(cell(at::EventModel::StatusColumn, at::RawRole).toInt(), int(at::Status::Confirmed));
        QCOMPARE(cell(at::EventModel::PartiesColumn, Qt::DisplayRole).toString(),
                 u"Sina Corp, Sina Weibo, China Unicom"_s);
        QCOMPARE(cell(0, at::IdRole).toString(), u"sina-china-unicom"_s);
        QCOMPARE(cell(0, at::ParagraphRole).toInt(), 6);
        QCOMPARE(cell(at::EventModel::SourceColumn, Qt::DisplayRole).toString(),
                 m_document.dataset()
                         .sources[m_document.dataset().sourceIndex(u"weibo-telecoms")]
                         .title.primary() +
                     u", ¶6"_s);
        model.setLocale(m_zh);
        QCOMPARE(cell(at::EventModel::PartiesColumn, Qt::DisplayRole).toString(),
                 u"新浪、新浪微博、中国联通"_s);
        QCOMPARE(cell(at::EventModel::DateColumn, Qt::DisplayRole).toString(), u"2011年6月14日"_s);
        // Rows are in time order.
        for (int r = 1; r < model.rowCount(); ++r)
            QVERIFY(model.index(r - 1, 0).data(at::TimeRole).toDouble() <=
                    model.index(r, 0).data(at::TimeRole).toDouble());
    }

    void eventFilterProxy()
    {
        at::EventModel model(&m_document);
        at::EventFilterProxy proxy(&m_document);
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(proxy.rowCount(), 27);
        at::EventFilter f;
        f.kinds = {at::Kind::Alliance};
        proxy.setFilter(f);
        QCOMPARE(proxy.rowCount(), 4); // MSN China, China Telecom, China Unicom, Alibaba
        f = {};
        f.statuses = {at::Status::Rumoured};
        proxy.setFilter(f);
        QCOMPARE(proxy.rowCount(), 2);
        f = {};
        f.text = u"联通"_s; // Chinese entity names are searched too
        proxy.setFilter(f);
        QCOMPARE(proxy.rowCount(), 2);
        f = {};
        f.text = u"ALIBABA"_s; // case-insensitive
        proxy.setFilter(f);
        QCOMPARE(proxy.rowCount(), 3);
        f = {};
        f.sectors = {at::Sector::Telecom};
        proxy.setFilter(f);
        QCOMPARE(proxy.rowCount(), 4);
        f = {};
        f.entities = {m_document.dataset().entityIndex(u"qihoo-360")};
        proxy.setFilter(f);
        QCOMPARE(proxy.rowCount(), 2);
        f = {};
        f.from = double(QDate(2011, 1, 1).toJulianDay());
        f.to = double(QDate(2011, 12, 31).toJulianDay());
        proxy.setFilter(f);
        // The 2011 events, including WeChat's launch (year 2011) and the two placed only in Q2 2011.
        QCOMPARE(proxy.rowCount(), 9);
        proxy.setFilter({});
        QCOMPARE(proxy.rowCount(), 27);

        // Sorted by date: each at the first day it may be, and of two that start the same day the more
        // precise first. The dataset has such dates: the week of 8 Nov 2010 and 11 Nov 2010; 2011 (WeChat's
        // launch) and the 2011 days.
        proxy.sort(at::EventModel::DateColumn, Qt::AscendingOrder);
        const at::Dataset &d = m_document.dataset();
        int ties = 0;
        for (int r = 1; r < proxy.rowCount(); ++r) {
            const at::FuzzyDate &a = d.events[size_t(proxy.mapToSource(proxy.index(r - 1, 0)).row())].start;
            const at::FuzzyDate &b = d.events[size_t(proxy.mapToSource(proxy.index(r, 0)).row())].start;
            QVERIFY2(a.first <= b.first, qPrintable(QString::number(r)));
            if (a.first == b.first)
                QVERIFY2(a.last() <= b.last(), qPrintable(QString::number(r)));
            // Sorting by the middle would have put these the other way round.
            ties += a.middle() > b.middle() ? 1 : 0;
        }
        QVERIFY(ties >= 1);
    }

    void seriesModel()
    {
        at::SeriesModel model(&m_document);
        model.setLocale(m_en);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 8);
        const int s = m_document.dataset().seriesIndex(u"qq-active-accounts");
        const QModelIndex series = model.index(s, 0);
        QCOMPARE(series.data().toString(), u"QQ — active accounts"_s);
        QCOMPARE(model.rowCount(series), 1);
        const QModelIndex value = model.index(0, at::SeriesModel::ValueColumn, series);
        QCOMPARE(value.data().toString(), u"more than 600 million"_s);
        QCOMPARE(value.data(at::RawRole).toDouble(), 600e6);
        QCOMPARE(model.index(0, at::SeriesModel::QualifierColumn, series).data(at::RawRole).toInt(),
                 int(at::Qualifier::Over));
        QCOMPARE(model.index(0, at::SeriesModel::DateColumn, series).data().toString(), u"Q3 2010"_s);
        QCOMPARE(model.parent(value), series);
        model.setLocale(m_zh);
        QCOMPARE(model.index(0, at::SeriesModel::ValueColumn, model.index(s, 0)).data().toString(),
                 u"more than 6 亿"_s);
    }

    void quoteModel()
    {
        at::QuoteModel model(&m_document);
        model.setLocale(m_en);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 20);
        const int row = m_document.dataset().quoteIndex(u"xie-wen-pressure");
        QCOMPARE(model.index(row, at::QuoteModel::SpeakerColumn).data().toString(), u"Xie Wen"_s);
        QCOMPARE(
            model.index(row, at::QuoteModel::TextColumn).data().toString(),
            u"If Sina is serious about this and moves fast enough, they could create significant pressure on QQ, Sohu and Netease"_s);
        QCOMPARE(model.index(row, 0).data(at::QuoteModel::ParaphraseRole).toBool(), false);
        const int para = m_document.dataset().quoteIndex(u"liu-zhenyu-aggregation");
        QVERIFY(
            model.index(para, at::QuoteModel::TextColumn).data().toString().startsWith(u"(paraphrase) "_s));
        // Date order.
        for (int r = 1; r < model.rowCount(); ++r)
            QVERIFY(model.index(r - 1, 0).data(at::TimeRole).toDouble() <=
                    model.index(r, 0).data(at::TimeRole).toDouble());
    }

    void entityModel()
    {
        at::EntityModel model(&m_document);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 21);
        const int weibo = m_document.dataset().entityIndex(u"weibo");
        model.setLocale(m_zh);
        QCOMPARE(model.index(weibo).data().toString(), u"新浪微博"_s);
        model.setLocale(m_en);
        QCOMPARE(model.index(weibo).data().toString(), u"Sina Weibo"_s);
        QCOMPARE(model.index(weibo).data(at::EntityModel::ParentRole).toInt(),
                 m_document.dataset().entityIndex(u"sina"));
    }

    void modelsResetWhenTheDatasetIsReplaced()
    {
        at::Document doc;
        at::EventModel model(&doc);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        doc.setDataset(m_document.sharedDataset(), u"x"_s);
        QCOMPARE(reset.count(), 1);
        QCOMPARE(model.rowCount(), 27);
    }

    void viewStateSignalsOnlyOnChange()
    {
        at::ViewState state;
        QSignalSpy sel(&state, &at::ViewState::selectionChanged);
        QSignalSpy time(&state, &at::ViewState::currentTimeChanged);
        state.select(at::Selection::event(3));
        state.select(at::Selection::event(3));
        state.setCurrentTime(2455000);
        state.setCurrentTime(2455000);
        QCOMPARE(sel.count(), 1);
        QCOMPARE(time.count(), 1);
        QCOMPARE(state.selection(), at::Selection::event(3));
    }
};

QTEST_GUILESS_MAIN(TestModels)
#include "tst_models.moc"
