// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
// What the filter keeps of the embedded dataset, for every view at once: the events, the companies and
// their series, the quotes; companies bring the ones under them; imprecise dates count as their periods;
// the view state works it out once per filter and dataset.
#include "app/core/filterscope.h"
#include "app/core/import/json/jsonreader.h"
#include "app/core/viewstate.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

class TestFilterScope : public QObject {
    Q_OBJECT
    std::shared_ptr<const at::Dataset> m_data;

    const at::Dataset &d() const { return *m_data; }
    int entity(const QString &id) const { return d().entityIndex(id); }

    QStringList events(const at::FilterScope &scope) const
    {
        QStringList out;
        for (size_t i = 0; i < d().events.size(); ++i) {
            if (scope.keepsEvent(i))
                out << d().string(d().events[i].id);
        }
        return out;
    }
    QStringList entities(const at::FilterScope &scope) const
    {
        QStringList out;
        for (int i = 0; i < d().entities.size(); ++i) {
            if (scope.keepsEntity(i))
                out << d().entities[i].id;
        }
        return out;
    }
    QStringList series(const at::FilterScope &scope) const
    {
        QStringList out;
        for (int i = 0; i < d().series.size(); ++i) {
            if (scope.keepsSeries(i))
                out << d().series[i].id;
        }
        return out;
    }
    QStringList quotes(const at::FilterScope &scope) const
    {
        QStringList out;
        for (int i = 0; i < d().quotes.size(); ++i) {
            if (scope.keepsQuote(i))
                out << d().quotes[i].id;
        }
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        const auto r = at::readEmbeddedDataset();
        QVERIFY(r.hasValue());
        m_data = *r;
    }

    void anEmptyFilterKeepsEverything()
    {
        const at::FilterScope scope(d(), {});
        QVERIFY(scope.keepsAll());
        QCOMPARE(scope.events(), (at::FilterScope::Count{27, 27}));
        QCOMPARE(scope.entities(), (at::FilterScope::Count{21, 21}));
        QCOMPARE(scope.series(), (at::FilterScope::Count{8, 8}));
        QCOMPARE(scope.quotes(), (at::FilterScope::Count{20, 20}));
    }

    // A text finds the events that mention it, the companies it names and those taking part in what it
    // finds, their series, and the quotes about them.
    void aTextKeepsWhatMentionsIt()
    {
        at::EventFilter f;
        f.text = u"WeChat"_s;
        const at::FilterScope scope(d(), f);
        QCOMPARE(events(scope),
                 (QStringList{u"wechat-launch"_s, u"wechat-300m"_s, u"wechat-shopping-login"_s}));
        QCOMPARE(entities(scope), (QStringList{u"tencent"_s, u"wechat"_s}));
        QCOMPARE(series(scope), (QStringList{u"wechat-registered-users"_s, u"wechat-users-as-stated"_s}));
        QCOMPARE(quotes(scope), QStringList{u"wang-gao-wechat-challenge"_s});
        QCOMPARE(scope.events(), (at::FilterScope::Count{3, 27}));
        QCOMPARE(scope.quotes(), (at::FilterScope::Count{1, 20}));
    }

    void aChineseTextToo()
    {
        at::EventFilter f;
        f.text = u"联通"_s;
        const at::FilterScope scope(d(), f);
        QCOMPARE(events(scope), (QStringList{u"sina-china-unicom"_s, u"weibo-video-plan"_s}));
        QCOMPARE(entities(scope), (QStringList{u"sina"_s, u"weibo"_s, u"china-unicom"_s}));
    }

    // Choosing Tencent keeps QQ and WeChat, their events and series.
    void aCompanyBringsTheOnesUnderIt()
    {
        at::EventFilter f;
        f.entities = {entity(u"tencent"_s)};
        const at::FilterScope scope(d(), f);
        QCOMPARE(events(scope), (QStringList{u"qq-360-ultimatum"_s, u"qq-360-truce"_s, u"wechat-launch"_s,
                                             u"wechat-300m"_s, u"wechat-shopping-login"_s}));
        QCOMPARE(entities(scope), (QStringList{u"tencent"_s, u"qq"_s, u"wechat"_s}));
        QCOMPARE(series(scope), (QStringList{u"qq-active-accounts"_s, u"qq-peak-concurrent"_s,
                                             u"wechat-registered-users"_s, u"wechat-users-as-stated"_s}));
        QCOMPARE(quotes(scope),
                 (QStringList{u"liu-xingliang-butterfly"_s, u"xie-wen-pressure"_s, u"pony-ma-threat"_s,
                              u"experts-self-defence"_s, u"wang-gao-wechat-challenge"_s}));
    }

    void aSectorKeepsItsCompanies()
    {
        at::EventFilter f;
        f.sectors = {at::Sector::Microblog};
        const at::FilterScope scope(d(), f);
        QCOMPARE(entities(scope), (QStringList{u"weibo"_s, u"sohu-weibo"_s, u"twitter"_s}));
        QCOMPARE(series(scope), (QStringList{u"weibo-users-as-stated"_s, u"weibo-registered-users"_s,
                                             u"twitter-accounts"_s}));
        QCOMPARE(scope.events().kept, 16);
        QCOMPARE(scope.quotes().kept, 14);
    }

    // Kinds narrow the events and so the quotes about them; every company keeps its figures.
    void aKindKeepsQuotesThroughTheirEvents()
    {
        at::EventFilter f;
        f.kinds = {at::Kind::Alliance};
        const at::FilterScope scope(d(), f);
        QCOMPARE(events(scope), (QStringList{u"sina-msn-alliance"_s, u"weibo-china-telecom"_s,
                                             u"sina-china-unicom"_s, u"sina-alibaba-alliance"_s}));
        QCOMPARE(scope.series(), (at::FilterScope::Count{8, 8}));
        QCOMPARE(scope.quotes().kept, 11);
        QVERIFY(!quotes(scope).contains(u"pony-ma-threat"_s)); // linked to no event
    }

    // "2013" covers the whole year: a range from June 2013 keeps it; one that ends in 2012 does not.
    void anImpreciseDateIsItsPeriod()
    {
        at::EventFilter f;
        f.from = double(QDate(2013, 6, 1).toJulianDay());
        const at::FilterScope scope(d(), f);
        QVERIFY(events(scope).contains(u"alibaba-weibo-stake"_s));
        QVERIFY(!events(scope).contains(u"wechat-300m"_s));        // 15 January 2013
        QVERIFY(quotes(scope).contains(u"li-yanchuan-privacy"_s)); // dated 2013, linked to nothing
        f = {};
        f.to = double(QDate(2012, 12, 31).toJulianDay());
        QVERIFY(!events(at::FilterScope(d(), f)).contains(u"alibaba-weibo-stake"_s));
        QVERIFY(events(at::FilterScope(d(), f)).contains(u"wechat-launch"_s)); // 2011
    }

    void theStateWorksItOutOncePerFilterAndDataset()
    {
        at::ViewState state;
        QSignalSpy spy(&state, &at::ViewState::filterChanged);
        const auto all = state.scope(m_data);
        QVERIFY(all->keepsAll());
        QCOMPARE(state.scope(m_data), all); // the same, shared
        at::EventFilter f;
        f.text = u"WeChat"_s;
        state.setFilter(f);
        QCOMPARE(spy.count(), 1);
        state.setFilter(f); // no change, no signal
        QCOMPARE(spy.count(), 1);
        const auto wechat = state.scope(m_data);
        QCOMPARE(wechat->events().kept, 3);
        QCOMPARE(state.scope(m_data), wechat);
        // Another dataset (a reload): worked out again.
        const auto reloaded = *at::readEmbeddedDataset();
        QVERIFY(state.scope(reloaded) != wechat);
        QCOMPARE(state.scope(reloaded)->events().kept, 3);
    }
};

QTEST_GUILESS_MAIN(TestFilterScope)
#include "tst_filterscope.moc"
