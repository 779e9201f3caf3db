// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
// The network's model, without widgets: which lines a dataset makes, where each stands at a date (either
// side of an event, through imprecise periods, fading), node sizes as of a date with their bounds, what a
// filter keeps, the CSV of the lines in force, and a layout that is the same every time and overlaps nothing.
#include "app/core/import/json/jsonreader.h"
#include "app/core/network/edgetime.h"
#include "app/core/network/networkdata.h"
#include "app/core/network/networkmoment.h"
#include "app/core/network/nodesizing.h"
#include "tests/support/synthetic.h"

#include <QSet>
#include <QTest>
#include <cmath>

using namespace Qt::StringLiterals;
using namespace at;

namespace {

double jd(const char *isoDate)
{
    return double(QDate::fromString(QString::fromLatin1(isoDate), Qt::ISODate).toJulianDay());
}

} // namespace

class TestNetworkModel : public QObject {
    Q_OBJECT
    std::shared_ptr<const Dataset> m_embedded;
    std::shared_ptr<const Dataset> m_ranged;

    const Dataset &d() const { return *m_embedded; }
    int entity(const char *id) const { return d().entityIndex(QString::fromLatin1(id)); }
    int event(const char *id) const { return d().eventIndex(QString::fromLatin1(id)); }
    const Event &ev(const char *id) const { return d().events[size_t(event(id))]; }

    // "a-b" for each line of the event, as entity ids in dataset order.
    QStringList linesOf(const NetworkGraph &g, const char *eventId) const
    {
        QStringList out;
        const NetworkGraph::Range r = g.edgesOfEvent(event(eventId));
        for (quint32 i = r.first; i < r.last; ++i)
            out << d().entities[g.edges()[i].a].id + u'-' + d().entities[g.edges()[i].b].id;
        return out;
    }

    // The events of the lines drawn at `date`, by id.
    QSet<QString> eventsDrawn(const NetworkGraph &g, double date) const
    {
        std::vector<quint32> all(g.edges().size());
        std::iota(all.begin(), all.end(), 0u);
        std::vector<DrawnEdge> drawn;
        edgesAt(d(), g, all, date, &drawn);
        QSet<QString> out;
        for (const DrawnEdge &e : drawn)
            out << d().string(d().events[g.edges()[e.edge].event].id);
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        const LoadResult embedded = readEmbeddedDataset();
        QVERIFY(embedded);
        m_embedded = *embedded;
        // A ranged event with an imprecise end, which the embedded dataset has none of.
        const LoadResult ranged = readDatasetFile(QStringLiteral(AT_TEST_DATA "/network/ranged.json"));
        QVERIFY2(ranged, qPrintable(at::errorsOf(ranged).value(0).toString()));
        m_ranged = *ranged;
    }

    // Parents hold their products: Sina with Weibo and SinaUC, Tencent with QQ and WeChat.
    void familiesHoldTheirProducts()
    {
        const NetworkGraph g = NetworkGraph::build(d());
        QCOMPARE(g.entityCount(), 21);
        QCOMPARE(g.families().size(), 14);
        const NetworkFamily &sina = g.families()[g.familyOf(entity("sina"))];
        QCOMPARE(sina.root, entity("sina"));
        QCOMPARE(sina.members, QList<int>({entity("sina"), entity("weibo"), entity("sinauc")}));
        const NetworkFamily &tencent = g.families()[g.familyOf(entity("qq"))];
        QCOMPARE(tencent.members, QList<int>({entity("tencent"), entity("qq"), entity("wechat")}));
        QCOMPARE(g.familyOf(entity("wechat")), g.familyOf(entity("tencent")));
        QCOMPARE(g.families()[g.familyOf(entity("baidu"))].members, QList<int>({entity("baidu")}));
    }

    // One line per pair of parties, none between a company and its own product, side by side per pair.
    void linesPerEventAndPair()
    {
        const NetworkGraph g = NetworkGraph::build(d());
        QCOMPARE(g.edges().size(), size_t(23));
        QCOMPARE(linesOf(g, "sina-msn-alliance"), QStringList({u"sina-msn-china"_s, u"weibo-msn-china"_s}));
        QCOMPARE(linesOf(g, "qq-360-ultimatum"), QStringList({u"tencent-qihoo-360"_s, u"qq-qihoo-360"_s}));
        QCOMPARE(linesOf(g, "baidu-sohu-weibo-investment"),
                 QStringList({u"baidu-sohu"_s, u"baidu-sohu-weibo"_s}));
        QCOMPARE(linesOf(g, "alibaba-weibo-stake"), QStringList({u"weibo-alibaba"_s}));
        QVERIFY(linesOf(g, "wechat-launch").isEmpty()); // one party: no line
        // Sina and MSN China: the alliance, the finance channel and the SinaUC offer, in time order, side by
        // side.
        const NetworkGraph::Range alliance = g.edgesOfEvent(event("sina-msn-alliance"));
        const NetworkGraph::Range channel = g.edgesOfEvent(event("sina-msn-finance-channel"));
        QCOMPARE(g.edges()[alliance.first].slots, quint16(3));
        QCOMPARE(g.edges()[alliance.first].slot, quint16(0));
        QCOMPARE(g.edges()[channel.first].slot, quint16(1));
        QCOMPARE(g.edgesOf(entity("msn-china")).size(), size_t(6));
        // Links between families: Sina's family and MSN China share six lines.
        const auto links = g.familyLinks();
        const int sina = g.familyOf(entity("sina"));
        const int msn = g.familyOf(entity("msn-china"));
        const auto it = std::find_if(links.begin(), links.end(), [&](const FamilyLink &l) {
            return (l.a == sina && l.b == msn) || (l.a == msn && l.b == sina);
        });
        QVERIFY(it != links.end());
        QCOMPARE(it->weight, 6.0);
    }

    // A line appears on its event's day and not the day before; a day-precise point event is over the
    // next day and fades to its floor over a year.
    void dayPreciseEventEitherSide()
    {
        const Event &e = ev("weibo-china-telecom"); // 2011-06-03
        QCOMPARE(edgeTimeAt(e, jd("2011-06-02") + 0.999).phase, EdgePhase::NotYet);
        QCOMPARE(edgeTimeAt(e, jd("2011-06-03")).phase, EdgePhase::InForce);
        QCOMPARE(edgeTimeAt(e, jd("2011-06-03") + 0.5).strength, 1.0);
        const EdgeTime next = edgeTimeAt(e, jd("2011-06-04"));
        QCOMPARE(next.phase, EdgePhase::Ended);
        QCOMPARE(next.strength, 1.0);
        QCOMPARE(edgeTimeAt(e, jd("2011-06-04") + edgeFadeDays / 2).strength,
                 1.0 - 0.5 * (1.0 - endedEdgeFloor));
        QCOMPARE(edgeTimeAt(e, jd("2011-06-04") + edgeFadeDays).strength, endedEdgeFloor);
        QCOMPARE(edgeTimeAt(e, jd("2013-12-31")).strength, endedEdgeFloor);
        QCOMPARE(edgeSettledFrom(e), jd("2011-06-04") + edgeFadeDays);

        const NetworkGraph g = NetworkGraph::build(d());
        QVERIFY(!eventsDrawn(g, jd("2011-06-02")).contains(u"weibo-china-telecom"_s));
        QVERIFY(eventsDrawn(g, jd("2011-06-03")).contains(u"weibo-china-telecom"_s));
        QVERIFY(eventsDrawn(g, jd("2013-06-03")).contains(u"weibo-china-telecom"_s)); // faded, still there
    }

    // The exact lines drawn at a date, either side of events: those not over with their phase (by event and
    // pair), and how many over ones are drawn fading. Worked out by hand from the dataset's dates.
    void linesDrawnAtDates_data()
    {
        QTest::addColumn<QString>("date");
        QTest::addColumn<QStringList>("live");
        QTest::addColumn<int>("ended");
        QTest::newRow("before anything") << u"2010-09-30"_s << QStringList() << 0;
        // Kaixin001's traffic deal is dated 2010-Q4: uncertain from its first day.
        QTest::newRow("Q4 begins") << u"2010-10-01"_s
                                   << QStringList{u"weibo-kaixin001-traffic weibo-kaixin001 uncertain"_s}
                                   << 0;
        // The ultimatum is dated to its week (1-7 November), the SinaUC offer to its month.
        QTest::newRow("ultimatum week")
            << u"2010-11-04"_s
            << QStringList{u"sinauc-offers-live-messenger sina-msn-china uncertain"_s,
                           u"sinauc-offers-live-messenger sinauc-msn-china uncertain"_s,
                           u"qq-360-ultimatum tencent-qihoo-360 uncertain"_s,
                           u"qq-360-ultimatum qq-qihoo-360 uncertain"_s,
                           u"weibo-kaixin001-traffic weibo-kaixin001 uncertain"_s}
            << 0;
        // The day before Sina's agreement with China Unicom, and its day.
        const QStringList q2{u"baidu-sohu-weibo-investment baidu-sohu uncertain"_s,
                             u"baidu-sohu-weibo-investment baidu-sohu-weibo uncertain"_s,
                             u"weibo-twitter-top100-forecast weibo-twitter uncertain"_s};
        QTest::newRow("2011-06-13") << u"2011-06-13"_s << q2 << 12;
        QTest::newRow("2011-06-14") << u"2011-06-14"_s
                                    << q2 + QStringList{u"sina-china-unicom sina-china-unicom in_force"_s,
                                                        u"sina-china-unicom weibo-china-unicom in_force"_s,
                                                        u"weibo-video-plan sina-china-unicom in_force"_s,
                                                        u"weibo-video-plan weibo-china-unicom in_force"_s}
                                    << 12;
        // Q2 over: its lines are over too.
        QTest::newRow("2011-07-01") << u"2011-07-01"_s << QStringList() << 19;
        // 2013: the Sina-Alibaba lines are uncertain all year.
        QTest::newRow("2013-07-02") << u"2013-07-02"_s
                                    << QStringList{u"sina-alibaba-alliance sina-alibaba uncertain"_s,
                                                   u"sina-alibaba-alliance weibo-alibaba uncertain"_s,
                                                   u"alibaba-weibo-stake weibo-alibaba uncertain"_s,
                                                   u"sina-alibaba-connectivity-plan sina-alibaba uncertain"_s}
                                    << 19;
    }
    void linesDrawnAtDates()
    {
        QFETCH(QString, date);
        QFETCH(QStringList, live);
        QFETCH(int, ended);
        const double t = jd(date.toLatin1().constData());
        const NetworkGraph g = NetworkGraph::build(d());
        std::vector<quint32> all(g.edges().size());
        std::iota(all.begin(), all.end(), 0u);
        std::vector<DrawnEdge> drawn;
        edgesAt(d(), g, all, t, &drawn);
        QStringList liveDrawn;
        int endedDrawn = 0;
        for (const DrawnEdge &e : drawn) {
            const NetworkEdge &edge = g.edges()[e.edge];
            if (e.time.phase == EdgePhase::Ended) {
                ++endedDrawn;
                continue;
            }
            liveDrawn << d().string(d().events[edge.event].id) + u' ' + d().entities[edge.a].id + u'-' +
                             d().entities[edge.b].id + u' ' +
                             (e.time.phase == EdgePhase::InForce ? u"in_force"_s : u"uncertain"_s);
        }
        liveDrawn.sort();
        live.sort();
        QCOMPARE(liveDrawn, live);
        QCOMPARE(endedDrawn, ended);
        // What the CSV lists: exactly the live ones.
        QCOMPARE(qsizetype(edgesInForceAt(d(), g, all, t).size()), live.size());
    }

    // An event known to the year is uncertain all that year, then over; before it, absent.
    void imprecisePointEventIsUncertainUntilItsYearHasPassed()
    {
        const Event &e = ev("sina-alibaba-alliance"); // 2013
        QCOMPARE(edgeTimeAt(e, jd("2012-12-31")).phase, EdgePhase::NotYet);
        QCOMPARE(edgeTimeAt(e, jd("2013-01-01")).phase, EdgePhase::Uncertain);
        QCOMPARE(edgeTimeAt(e, jd("2013-07-02")).phase, EdgePhase::Uncertain);
        QCOMPARE(edgeTimeAt(e, jd("2013-12-31") + 0.99).phase, EdgePhase::Uncertain);
        const EdgeTime after = edgeTimeAt(e, jd("2014-01-01"));
        QCOMPARE(after.phase, EdgePhase::Ended);
        QCOMPARE(after.strength, 1.0);
        // A quarter: 2011-Q2.
        const Event &q = ev("baidu-sohu-weibo-investment");
        QCOMPARE(edgeTimeAt(q, jd("2011-03-31")).phase, EdgePhase::NotYet);
        QCOMPARE(edgeTimeAt(q, jd("2011-04-01")).phase, EdgePhase::Uncertain);
        QCOMPARE(edgeTimeAt(q, jd("2011-06-30")).phase, EdgePhase::Uncertain);
        QCOMPARE(edgeTimeAt(q, jd("2011-07-01")).phase, EdgePhase::Ended);
    }

    // A ranged event is in force from its start to its end; an imprecise end is uncertain for its period.
    void rangedEventWithImpreciseEnd()
    {
        const Event &e = m_ranged->events[0]; // 2011-06-14 .. 2012-Q1
        QCOMPARE(edgeTimeAt(e, jd("2011-06-13")).phase, EdgePhase::NotYet);
        QCOMPARE(edgeTimeAt(e, jd("2011-06-14")).phase, EdgePhase::InForce);
        QCOMPARE(edgeTimeAt(e, jd("2011-12-31")).phase, EdgePhase::InForce);
        QCOMPARE(edgeTimeAt(e, jd("2012-01-01")).phase, EdgePhase::Uncertain);
        QCOMPARE(edgeTimeAt(e, jd("2012-03-31")).phase, EdgePhase::Uncertain);
        QCOMPARE(edgeTimeAt(e, jd("2012-04-01")).phase, EdgePhase::Ended);
        QCOMPARE(edgeTimeAt(e, jd("2012-04-01")).strength, 1.0);
        QCOMPARE(edgeSettledFrom(e), jd("2012-04-01") + edgeFadeDays);
    }

    // Tentative statuses and plans are dashed, as on the timeline.
    void tentativeLines()
    {
        QVERIFY(isTentativeEdge(ev("weibo-china-telecom")));         // alliance, announced
        QVERIFY(isTentativeEdge(ev("baidu-sohu-weibo-investment"))); // rumoured
        QVERIFY(isTentativeEdge(ev("weibo-video-plan")));            // plan
        QVERIFY(!isTentativeEdge(ev("sina-china-unicom")));          // alliance, confirmed
    }

    // The lines in force at a date: begun and not over, or uncertain.
    void linesInForce()
    {
        const NetworkGraph g = NetworkGraph::build(d());
        const NetworkSelection all = selectEdges(g, FilterScope());
        const auto inForce = edgesInForceAt(d(), g, all.edges, jd("2011-06-14"));
        QSet<QString> events;
        for (const DrawnEdge &e : inForce)
            events << d().string(d().events[g.edges()[e.edge].event].id);
        QCOMPARE(events,
                 QSet<QString>({u"sina-china-unicom"_s, u"weibo-video-plan"_s,
                                u"baidu-sohu-weibo-investment"_s, u"weibo-twitter-top100-forecast"_s}));
        QCOMPARE(inForce.size(), size_t(7));
    }

    // The filter keeps the lines of the events it keeps; as nodes, the companies it keeps and the other end
    // of each kept line; the rest is drawn faint.
    void filterKeepsLinesOfKeptEvents()
    {
        const NetworkGraph g = NetworkGraph::build(d());
        EventFilter filter;
        filter.entities = {entity("qihoo-360")};
        const NetworkSelection kept = selectEdges(g, FilterScope(d(), filter));
        QVERIFY(kept.filtered);
        QCOMPARE(kept.edges.size(), size_t(3)); // the ultimatum's two lines and the truce's one
        QVERIFY(kept.keptNodes[size_t(entity("qihoo-360"))]);
        QVERIFY(kept.keptNodes[size_t(entity("qq"))]);
        QVERIFY(kept.keptNodes[size_t(entity("tencent"))]);
        QVERIFY(!kept.keptNodes[size_t(entity("sina"))]);
        QCOMPARE(std::count(kept.keptNodes.begin(), kept.keptNodes.end(), true), 3);
        // A sector keeps its companies as nodes even where no kept line ends at them (NetEase), and the other
        // ends of its companies' lines.
        EventFilter portals;
        portals.sectors = {Sector::Portal};
        const NetworkSelection byPortal = selectEdges(g, FilterScope(d(), portals));
        QStringList nodes;
        for (int i = 0; i < g.entityCount(); ++i) {
            if (byPortal.keptNodes[size_t(i)])
                nodes << d().entities[i].id;
        }
        QCOMPARE(nodes, QStringList({u"sina"_s, u"weibo"_s, u"sinauc"_s, u"msn-china"_s, u"china-unicom"_s,
                                     u"alibaba"_s, u"baidu"_s, u"sohu"_s, u"sohu-weibo"_s, u"netease"_s}));
        QCOMPARE(byPortal.edges.size(), size_t(14));
        const NetworkSelection all = selectEdges(g, FilterScope());
        QVERIFY(!all.filtered);
        QCOMPARE(all.edges.size(), size_t(23));
        QVERIFY(std::all_of(all.keptNodes.begin(), all.keptNodes.end(), [](bool b) { return b; }));
    }

    // Sizes as of the cursor, one metric only, on one scale, a lower bound kept as one, no figure no size.
    void sizesAsOfTheCursor()
    {
        QCOMPARE(sizeMetrics(d()),
                 QList<Metric>({Metric::ActiveAccounts, Metric::RegisteredUsers, Metric::PeakConcurrentUsers,
                                Metric::UsersAsStated, Metric::Accounts}));
        const NodeSizing users(d(), Metric::UsersAsStated);
        QCOMPARE(users.maxValue(), 500e6);
        const int weibo = entity("weibo");
        // Weibo: 50 million in 2010-Q4 (from the quarter's middle, as the chart draws it), more than 500
        // million on 31 Dec 2012.
        QVERIFY(!users.figureAt(weibo, jd("2010-11-15")).isKnown());
        const NodeFigure q4 = users.figureAt(weibo, jd("2010-11-16"));
        QVERIFY(q4.isKnown());
        QCOMPARE(q4.value, 50e6);
        QCOMPARE(q4.qualifier, Qualifier::Exact);
        QCOMPARE(users.radiusShare(q4.value), std::sqrt(0.1));
        const NodeFigure late = users.figureAt(weibo, jd("2013-01-01"));
        QCOMPARE(late.value, 500e6);
        QCOMPARE(late.qualifier, Qualifier::Over);
        QVERIFY(isLowerBound(late.qualifier));
        QCOMPARE(users.radiusShare(late.value), 1.0);
        // WeChat: approaching 400 million in 2013 (an upper bound), from the year's middle.
        QVERIFY(!users.figureAt(entity("wechat"), jd("2013-07-01")).isKnown());
        const NodeFigure wechat = users.figureAt(entity("wechat"), jd("2013-07-02"));
        QCOMPARE(wechat.qualifier, Qualifier::Approaching);
        QCOMPARE(users.radiusShare(wechat.value), std::sqrt(0.8));
        // No figure, no claim: Tencent has none, and QQ's active accounts are another metric.
        QVERIFY(!users.figureAt(entity("tencent"), jd("2013-07-02")).isKnown());
        QVERIFY(!users.figureAt(entity("qq"), jd("2013-07-02")).isKnown());
        const NodeSizing active(d(), Metric::ActiveAccounts);
        QCOMPARE(active.maxValue(), 600e6);
        QCOMPARE(active.figureAt(entity("qq"), jd("2011-01-01")).qualifier, Qualifier::Over);
        QVERIFY(!active.figureAt(weibo, jd("2013-01-01")).isKnown());
        // Without a metric nothing is sized.
        QVERIFY(!NodeSizing().metric());
        QVERIFY(!NodeSizing().figureAt(weibo, jd("2013-01-01")).isKnown());
    }

    void strongestLinksPerFamily()
    {
        const std::vector<FamilyLink> links{{0, 1, 5}, {0, 2, 1}, {0, 3, 2}, {1, 2, 1}, {2, 3, 4}};
        // Family 0 keeps 0-1 and 0-3; family 1 keeps 0-1 and 1-2; family 2 keeps 2-3 and (the earlier of
        // two equal) 0-2; family 3 keeps 2-3 and 0-3.
        const auto kept = strongestLinks(links, 4, 2);
        QCOMPARE(kept.size(), size_t(5));
        const auto one = strongestLinks(links, 4, 1);
        QCOMPARE(one.size(), size_t(2)); // 0-1 (for 0 and 1) and 2-3 (for 2 and 3)
        QCOMPARE(one[0].weight, 5.0);
        QCOMPARE(one[1].weight, 4.0);
    }

    // One layout for the whole span, the same every time; products inside their family's circle; no two
    // families overlap.
    void layoutIsStableAndOverlapsNothing()
    {
        const auto first = buildNetworkData(d());
        QVERIFY(first);
        const auto second = buildNetworkData(d());
        QVERIFY(second);
        QCOMPARE(first->layout.centres.size(), size_t(21));
        for (size_t i = 0; i < first->layout.centres.size(); ++i)
            QCOMPARE(first->layout.centres[i], second->layout.centres[i]);
        const NetworkGraph &g = first->graph;
        const NetworkLayout &l = first->layout;
        QCOMPARE(l.hulls.size(), 4); // Sina, Tencent, Alibaba, Sohu
        for (const NetworkLayout::Hull &h : l.hulls) {
            for (int m : g.families()[h.family].members) {
                const QPointF c = l.centres[size_t(m)];
                QVERIFY(std::hypot(c.x() - h.centre.x(), c.y() - h.centre.y()) + 1.0 <= h.radius);
            }
        }
        // Every family's circle, including lone companies' discs, apart from every other.
        std::vector<std::pair<QPointF, double>> circles;
        for (const NetworkFamily &f : g.families()) {
            circles.emplace_back(l.centres[size_t(f.root)], familyShape(f.members.size()).radius);
        }
        for (size_t i = 0; i < circles.size(); ++i) {
            for (size_t j = i + 1; j < circles.size(); ++j) {
                const QPointF d = circles[i].first - circles[j].first;
                QVERIFY2(std::hypot(d.x(), d.y()) >= circles[i].second + circles[j].second - 1e-6,
                         qPrintable(QStringLiteral("families %1 and %2").arg(i).arg(j)));
            }
        }
        for (const QPointF &c : l.centres)
            QVERIFY(l.bounds.contains(c));
    }

    // A bigger network too: the same layout every time, whatever ran before it.
    void biggerLayoutIsTheSameEveryTime()
    {
        SyntheticSpec spec;
        spec.lanes = 150;
        spec.events = 12000;
        const auto big = makeSyntheticDataset(spec);
        const auto first = buildNetworkData(*big);
        QVERIFY(first);
        QVERIFY(buildNetworkData(d())); // something else in between
        const auto second = buildNetworkData(*big);
        QVERIFY(second);
        for (size_t i = 0; i < first->layout.centres.size(); ++i)
            QCOMPARE(first->layout.centres[i], second->layout.centres[i]);
    }

    // A cancel before the work starts gives no layout and says so.
    void cancelledLayout()
    {
        std::atomic_bool cancel{true};
        LayoutControl control;
        control.cancel = &cancel;
        QList<int> reported;
        control.progress = [&](int p) { reported << p; };
        const auto data = buildNetworkData(d(), control);
        QVERIFY(!data);
        QCOMPARE(data.error().kind, LayoutError::Kind::Cancelled);
        QCOMPARE(reported, QList<int>({0}));
        // Uncancelled: 0, then the layout's own steps, then 100.
        reported.clear();
        control.cancel = nullptr;
        QVERIFY(buildNetworkData(d(), control));
        QCOMPARE(reported.first(), 0);
        QVERIFY(reported.contains(-1));
        QCOMPARE(reported.last(), 100);
    }
};

QTEST_GUILESS_MAIN(TestNetworkModel)
#include "tst_networkmodel.moc"
