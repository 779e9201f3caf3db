// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
// The timeline's pure logic: time scale, lane layout and its saved state, the
// event index, lane placement (clusters, tracks, labels), and what the renderer draws (labels never overlap,
// hit-testing finds what was drawn).
#include "app/core/colors.h"
#include "app/core/eventfilter.h"
#include "app/core/import/json/jsonreader.h"
#include "tests/support/synthetic.h"
#include "ui/timeline/render/eventindex.h"
#include "ui/timeline/render/frameplan.h"
#include "ui/timeline/render/lanelayout.h"
#include "ui/timeline/render/laneplacement.h"
#include "ui/timeline/render/paintkit.h"
#include "ui/timeline/render/timelinechrome.h"
#include "ui/timeline/render/timelinelegend.h"
#include "ui/timeline/render/timelinerenderer.h"
#include "ui/timeline/render/timescale.h"

#include <QImage>
#include <QPainter>
#include <QTest>
#include <map>
#include <random>

using namespace at;
using namespace at::paintkit;
using namespace Qt::StringLiterals;

namespace {
double jd(int y, int m, int d)
{
    return double(QDate(y, m, d).toJulianDay());
}
const QLocale english(QLocale::English, QLocale::UnitedStates);
const QLocale chinese(QLocale::Chinese, QLocale::China);

std::shared_ptr<const Dataset> embedded()
{
    static const LoadResult r = readEmbeddedDataset();
    return *r;
}

// The embedded dataset indexed, a renderer on it, and its lanes at their default heights.
struct EmbeddedTimeline {
    std::shared_ptr<const Dataset> d = embedded();
    EventIndex index;
    TimelineRenderer r;
    LaneLayout layout;
    EmbeddedTimeline()
    {
        index.build(*d, nullptr);
        r.setData(d.get(), &index);
        layout.reset(*d);
        layout.setRowHeights(r.defaultLaneHeight(), r.style().groupHeight);
    }
    // The window's frame of `size` from `from` to `to`, painted; r.frame() is its plan.
    QImage render(QSize size, double from, double to)
    {
        QImage image(size, QImage::Format_RGB32);
        const QRect plot = r.geometry(image.rect()).plot;
        QPainter p(&image);
        r.render(p, image.rect(), TimeScale(from, to, plot.x(), plot.width()), layout, 0, {});
        return image;
    }
};

// Lanes A, B and C of one sector; "link", an alliance of A and C, and "other", B's alone, both on 14 June
// 2011.
std::shared_ptr<const Dataset> crossingDataset()
{
    auto d = std::make_shared<Dataset>();
    Source source;
    source.id = u"s"_s;
    source.title = LocalText{u"Article"_s, {}};
    d->sources.append(source);
    for (const QString &id : {u"a"_s, u"b"_s, u"c"_s}) {
        Entity e;
        e.id = e.nameEn = e.nameZh = id;
        e.sector = Sector::Portal;
        d->entities.append(e);
    }
    auto add = [&](const QString &id, Kind kind, std::initializer_list<quint16> parties) {
        Event e;
        e.start = FuzzyDate::fromDate(QDate(2011, 6, 14));
        e.id = d->pool.add(id);
        e.title = d->pool.add(QString(u"Event "_s + id));
        e.kind = kind;
        e.partiesBegin = quint32(d->parties.size());
        for (quint16 p : parties)
            d->parties.push_back(p);
        e.partyCount = quint16(parties.size());
        d->events.push_back(e);
    };
    add(u"link"_s, Kind::Alliance, {0, 2});
    add(u"other"_s, Kind::Launch, {1});
    d->finish();
    return d;
}
} // namespace

class TestTimelineLogic : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void timeScaleMapping();
    void zoomKeepsAnchor_data();
    void zoomKeepsAnchor();
    void zoomAndPanStayWithinLimits();
    void laneLayoutGroupsBySector();
    void laneLayoutCollapseHideMove();
    void laneStateRoundTrip();
    void laneStateToleratesOtherDatasets();
    void indexMatchesBruteForce();
    void indexAppliesFilter();
    void placementClustersAndTracks();
    void placementLabels();
    void placementByPriorityAndLeaders();
    void placementPinsLabelsAtTheLeftEdge();
    void placementKeepsLabelsInside();
    void placementNeverOverlaps();
    void renderedLabelsNeverOverlap_data();
    void renderedLabelsNeverOverlap();
    void hitTestFindsDrawnEvents();
    void framePlanWithoutPainter();
    void sameTimeEventsShareTheirXInEveryLane_data();
    void sameTimeEventsShareTheirXInEveryLane();
    void linkLeavesAGapAtAnotherEventsMarker();
    void impreciseDateDrawnAsItsPeriod();
    void legendWrapsInsteadOfLeavingEntriesOut();
    void groupHeaderFitsItsRow();
    void coarseAxisLabelsAreWholeOrLeftOut();
    void denseRowsBecomeDensityStrips();
};

void TestTimelineLogic::timeScaleMapping()
{
    TimeScale s(jd(2011, 1, 1), jd(2012, 1, 1), 100, 730);
    QCOMPARE(s.toX(jd(2011, 1, 1)), 100.0);
    QCOMPARE(s.toX(jd(2012, 1, 1)), 830.0);
    QCOMPARE(s.pixelsPerDay(), 2.0);
    QCOMPARE(s.toTime(s.toX(jd(2011, 6, 14))), jd(2011, 6, 14));
    s.setPixelRange(0, 365);
    QCOMPARE(s.from(), jd(2011, 1, 1));
    QCOMPARE(s.to(), jd(2012, 1, 1));
    QCOMPARE(s.pixelsPerDay(), 1.0);
}

void TestTimelineLogic::zoomKeepsAnchor_data()
{
    QTest::addColumn<double>("factor");
    QTest::addColumn<double>("anchorX");
    QTest::newRow("in at left third") << 1.2 << 300.0;
    QTest::newRow("in a lot near the right") << 40.0 << 950.0;
    QTest::newRow("out at centre") << 0.8 << 500.0;
    QTest::newRow("out a little at the edge") << 0.95 << 110.0;
}

void TestTimelineLogic::zoomKeepsAnchor()
{
    QFETCH(double, factor);
    QFETCH(double, anchorX);
    TimeScale s(jd(2011, 1, 1), jd(2012, 1, 1), 100, 900);
    s.setLimits(1, jd(2000, 1, 1), jd(2020, 1, 1));
    const double before = s.toTime(anchorX);
    const double span = s.span();
    s.zoom(factor, anchorX);
    QVERIFY(std::abs(s.toTime(anchorX) - before) < 1e-6);
    QVERIFY(std::abs(s.span() - span / factor) < 1e-6);
}

void TestTimelineLogic::zoomAndPanStayWithinLimits()
{
    TimeScale s(jd(2011, 1, 1), jd(2012, 1, 1), 0, 1000);
    s.setLimits(2, jd(2010, 1, 1), jd(2014, 1, 1));
    s.zoom(1e6, 500);
    QCOMPARE(s.span(), 2.0);
    s.zoom(1e-6, 500);
    QCOMPARE(s.from(), jd(2010, 1, 1));
    QCOMPARE(s.to(), jd(2014, 1, 1));
    s.setRange(jd(2011, 1, 1), jd(2011, 2, 1));
    s.pan(1e7); // far to the left: stops at the start
    QCOMPARE(s.from(), jd(2010, 1, 1));
    QCOMPARE(s.span(), 31.0);
    s.pan(-1e7);
    QCOMPARE(s.to(), jd(2014, 1, 1));
    s.centerOn(jd(2012, 1, 1));
    QCOMPARE(s.from() + s.span() / 2, jd(2012, 1, 1));
    // Drag semantics: content follows the pointer, so a drag to the right shows earlier times.
    const double from = s.from();
    s.pan(100);
    QCOMPARE(s.from(), from - 100 / s.pixelsPerDay());
}

void TestTimelineLogic::laneLayoutGroupsBySector()
{
    const auto d = embedded();
    QVERIFY(d);
    LaneLayout l;
    l.reset(*d);
    l.setRowHeights(40, 20);
    // Sectors in the vocabulary's order, each with its entities in dataset order.
    QCOMPARE(l.groups().first(), Sector::InstantMessaging);
    QCOMPARE(l.rows()[0].type, LaneRow::Type::Group);
    QCOMPARE(l.rows()[0].sector, Sector::InstantMessaging);
    QCOMPARE(l.rows()[1].entity, d->entityIndex(u"sinauc"));
    QCOMPARE(l.rows()[1].top, 20.0);
    QCOMPARE(l.rows()[2].top, 60.0);
    QCOMPARE(int(l.rows().size()), int(d->entities.size()) + int(l.groups().size()));
    QCOMPARE(l.totalHeight(), 40.0 * d->entities.size() + 20.0 * l.groups().size());
    for (int e = 0; e < d->entities.size(); ++e) {
        const int row = l.rowOfEntity(e);
        QVERIFY(row >= 0);
        QCOMPARE(l.rows()[size_t(row)].entity, e);
        QCOMPARE(l.rows()[size_t(row)].sector, d->entities[e].sector);
        QCOMPARE(l.rowAt(l.rows()[size_t(row)].top + 1), row);
    }
    QCOMPARE(l.rowAt(-1), -1);
    QCOMPARE(l.rowAt(l.totalHeight()), -1);
}

void TestTimelineLogic::laneLayoutCollapseHideMove()
{
    const auto d = embedded();
    LaneLayout l;
    l.reset(*d);
    l.setRowHeights(40, 20);
    const int weibo = d->entityIndex(u"weibo");
    const int sohuWeibo = d->entityIndex(u"sohu-weibo");
    const int twitter = d->entityIndex(u"twitter");
    QCOMPARE(l.lanes(Sector::Microblog), (QList<int>{weibo, sohuWeibo, twitter}));

    l.setCollapsed(Sector::Microblog, true);
    const int header = l.rowOfEntity(weibo);
    QVERIFY(l.rows()[size_t(header)].isGroup());
    QCOMPARE(l.rowOfEntity(twitter), header);
    QCOMPARE(l.rows()[size_t(header)].height, 40.0); // a collapsed group is a lane of its own
    QCOMPARE(l.entitiesOfRow(header), (QList<int>{weibo, sohuWeibo, twitter}));
    l.setCollapsed(Sector::Microblog, false);

    l.setHidden(sohuWeibo, true);
    QCOMPARE(l.rowOfEntity(sohuWeibo), -1);
    QCOMPARE(l.hiddenCount(Sector::Microblog), 1);
    QCOMPARE(l.rows()[size_t(l.rowOfEntity(twitter))].top, l.rows()[size_t(l.rowOfEntity(weibo))].top + 40);

    l.moveLane(twitter, 0);
    QCOMPARE(l.lanes(Sector::Microblog), (QList<int>{twitter, weibo, sohuWeibo}));
    QVERIFY(l.rowOfEntity(twitter) < l.rowOfEntity(weibo));
    l.moveGroup(Sector::Microblog, 0);
    QCOMPARE(l.groups().first(), Sector::Microblog);
    QCOMPARE(l.rowOfEntity(twitter), 1);
    l.showAllLanes();
    QVERIFY(l.rowOfEntity(sohuWeibo) >= 0);
}

void TestTimelineLogic::laneStateRoundTrip()
{
    const auto d = embedded();
    LaneLayout l;
    l.reset(*d);
    l.moveGroup(Sector::Telecom, 0);
    l.moveLane(d->entityIndex(u"china-unicom"), 0);
    l.setHidden(d->entityIndex(u"kaixin001"), true);
    l.setCollapsed(Sector::Portal, true);
    const QStringList state = l.saveState(*d);
    QCOMPARE(state[0], u"alliance-timeline-lanes 1"_s);
    QCOMPARE(state[1], u"group telecom"_s);
    QCOMPARE(state[2], u"lane china-unicom"_s);
    QCOMPARE(state[3], u"lane china-telecom"_s);
    QVERIFY(state.contains(u"lane kaixin001 hidden"_s));
    QVERIFY(state.contains(u"group portal collapsed"_s));

    LaneLayout restored;
    restored.restoreStateBytes(l.saveStateBytes(*d), *d);
    QCOMPARE(restored.saveState(*d), state);
    QCOMPARE(restored.groups(), l.groups());
    QVERIFY(restored.isHidden(d->entityIndex(u"kaixin001")));
    QVERIFY(restored.isCollapsed(Sector::Portal));
}

void TestTimelineLogic::laneStateToleratesOtherDatasets()
{
    const auto d = embedded();
    LaneLayout l;
    // Unknown ids and sectors are skipped; what the state does not mention keeps the default order.
    l.restoreState({u"alliance-timeline-lanes 1"_s, u"group nonsense"_s, u"group search"_s,
                    u"lane no-such-company hidden"_s, u"lane baidu"_s, u"group microblog"_s,
                    u"lane twitter"_s},
                   *d);
    QCOMPARE(l.groups()[0], Sector::Search);
    QCOMPARE(l.groups()[1], Sector::Microblog);
    QCOMPARE(l.lanes(Sector::Microblog).first(), d->entityIndex(u"twitter"));
    QCOMPARE(l.lanes(Sector::Microblog).size(), 3);
    QCOMPARE(l.entityCount(), int(d->entities.size()));
    int lanes = 0;
    for (const LaneRow &r : l.rows())
        lanes += r.isGroup() ? 0 : 1;
    QCOMPARE(lanes, int(d->entities.size()));
    // A state from another program or version is ignored as a whole.
    l.restoreState({u"something else"_s, u"group search"_s}, *d);
    QCOMPARE(l.groups().first(), Sector::InstantMessaging);
}

void TestTimelineLogic::indexMatchesBruteForce()
{
    SyntheticSpec spec;
    spec.events = 60000; // over the threshold for per-day counts
    spec.lanes = 12;
    spec.years = 5;
    const auto d = makeSyntheticDataset(spec);
    EventIndex index;
    index.build(*d, nullptr);
    QVERIFY(index.hasDayCounts());
    QCOMPARE(index.acceptedCount(), qsizetype(d->events.size()));
    const double from = d->events[20000].time() + 0.25;
    const double to = from + 40;
    for (int lane = 0; lane < 12; ++lane) {
        QList<quint32> expected, expectedRanges, expectedBrackets;
        for (size_t i = 0; i < d->events.size(); ++i) {
            const Event &e = d->events[i];
            const auto parties = d->partiesOf(e);
            if (std::find(parties.begin(), parties.end(), quint16(lane)) == parties.end())
                continue;
            if (e.time() >= from && e.time() <= to)
                expected << quint32(i);
            if (e.isRanged() && e.endTime() >= from && e.time() <= to)
                expectedRanges << quint32(i);
            if (!e.isRanged() && e.start.precision != Precision::Day && e.start.last() + 0.5 >= from &&
                e.start.first - 0.5 <= to)
                expectedBrackets << quint32(i);
        }
        const auto [a, b] = index.positions(lane, from, to);
        QList<quint32> got;
        for (size_t k = a; k < b; ++k)
            got << index.lane(lane).events[k];
        QCOMPARE(got, expected);
        QList<quint32> gotRanges;
        index.forEachRange(lane, from, to, [&](const EventIndex::Range &r) { gotRanges << r.event; });
        QCOMPARE(gotRanges, expectedRanges);
        QList<quint32> gotBrackets;
        double lastStart = -1e9;
        index.forEachBracket(lane, from, to, [&](const EventIndex::Range &r) {
            QVERIFY(r.start2 * 0.5 >= lastStart); // in order of start
            lastStart = r.start2 * 0.5;
            gotBrackets << r.event;
        });
        std::sort(gotBrackets.begin(), gotBrackets.end());
        QVERIFY(!expectedBrackets.isEmpty());
        QCOMPARE(gotBrackets, expectedBrackets);
        // Per-day counts agree with the positions.
        const qint64 d0 = qint64(std::ceil(from)) - index.firstDay();
        const qint64 d1 = qint64(std::floor(to)) + 1 - index.firstDay();
        const auto [c, e] = index.positions(lane, std::ceil(from) - 0.5, std::floor(to) + 0.49);
        QCOMPARE(index.countDays(lane, d0, d1), quint32(e - c));
    }
    // The index costs about 29 bytes an event here (a time and an index per party, ranges, brackets, which
    // a quarter of these events have, per-day counts).
    QVERIFY(index.memoryBytes() < d->events.size() * 32);
}

void TestTimelineLogic::indexAppliesFilter()
{
    const auto d = embedded();
    EventFilter f;
    f.kinds = {Kind::Alliance};
    EventIndex index;
    index.build(*d, &f);
    int alliances = 0;
    for (size_t i = 0; i < d->events.size(); ++i) {
        QCOMPARE(index.accepts(i), d->events[i].kind == Kind::Alliance);
        alliances += d->events[i].kind == Kind::Alliance ? 1 : 0;
    }
    QCOMPARE(index.acceptedCount(), qsizetype(alliances));
    const int sina = d->entityIndex(u"sina");
    for (quint32 e : index.lane(sina).events)
        QCOMPARE(d->events[e].kind, Kind::Alliance);
    QVERIFY(!index.lane(sina).events.empty());
}

// The label `out` placed for `event`, or null.
static const PlacedLabel *labelOf(const LanePlacement &out, quint32 event)
{
    const auto it = std::find_if(out.labels.begin(), out.labels.end(),
                                 [event](const PlacedLabel &l) { return l.event == event; });
    return it == out.labels.end() ? nullptr : &*it;
}

void TestTimelineLogic::placementClustersAndTracks()
{
    PlacementParams p;
    p.tracks = 2;
    p.markerRadius = 5;
    p.labelWidth = [](quint32) { return 50.0f; };
    LanePlacement out;
    // Two events on the same spot fan out over the two tracks.
    std::vector<PlacementItem> two{{100, 1}, {100, 2}};
    placeLane(two, p, out);
    QCOMPARE(out.markers.size(), size_t(2));
    QCOMPARE(out.badges.size(), size_t(0));
    QCOMPARE(out.markers[0].track, quint8(0));
    QCOMPARE(out.markers[1].track, quint8(1));
    QCOMPARE(out.markers[1].x, 100.0f);
    // Three do not fit: one badge with their count.
    out.clear();
    std::vector<PlacementItem> three{{100, 1}, {101, 2}, {104, 3}};
    placeLane(three, p, out);
    QCOMPARE(out.markers.size(), size_t(0));
    QCOMPARE(out.badges.size(), size_t(1));
    QCOMPARE(out.badges[0].count(), 3u);
    QCOMPARE(out.badges[0].left, 95.0f);
    QCOMPARE(out.badges[0].right, std::max(109.0f, 95.0f + p.badgeWidth(3)));
    // Spread out, each is a marker in the first track.
    out.clear();
    std::vector<PlacementItem> apart{{100, 1}, {200, 2}, {300, 3}};
    placeLane(apart, p, out);
    QCOMPARE(out.markers.size(), size_t(3));
    for (const PlacedMarker &m : out.markers)
        QCOMPARE(m.track, quint8(0));
}

void TestTimelineLogic::placementLabels()
{
    PlacementParams p;
    p.tracks = 1;
    p.markerRadius = 5;
    p.minLabelWidth = 36;
    p.left = 0; // the plot starts at the first marker: its label cannot go left of it
    p.labelWidth = [](quint32 e) { return e == 1 ? 200.0f : 30.0f; };
    LanePlacement out;
    std::vector<PlacementItem> items{{0, 1, 0}, {60, 2, 0}, {75, 3, 0}};
    placeLane(items, p, out);
    QCOMPARE(out.markers.size(), size_t(3));
    QCOMPARE(out.labels.size(), size_t(2));
    // Event 1: from 9 (marker right + gap) to 51 (next marker's left - gap): 42 pixels, elided.
    QCOMPARE(out.labels[0].event, 1u);
    QCOMPARE(out.labels[0].left, 9.0f);
    QCOMPARE(out.labels[0].width, 42.0f);
    QVERIFY(out.labels[0].elided);
    // Event 2 has 6 pixels right of its marker and none left of it (event 1's label): no label.
    QCOMPARE(out.labels[1].event, 3u);
    QCOMPARE(out.labels[1].left, 84.0f);
    QCOMPARE(out.labels[1].width, 30.0f);
    QVERIFY(!out.labels[1].elided);
    for (const PlacedLabel &l : out.labels)
        QVERIFY(!l.leader());
}

void TestTimelineLogic::placementByPriorityAndLeaders()
{
    // Three markers close together in the first of two tracks, each with a label of 200 pixels.
    PlacementParams p;
    p.tracks = 2;
    p.markerRadius = 5;
    p.left = 0;
    p.right = 1000;
    p.labelWidth = [](quint32) { return 200.0f; };
    // Left to right by default: A goes to the second track with a leader from its marker, C beside its
    // marker; B has room nowhere.
    LanePlacement out;
    placeLane(std::vector<PlacementItem>{{100, 1, 5}, {120, 2, 5}, {140, 3, 5}}, p, out);
    QCOMPARE(out.markers.size(), size_t(3));
    for (const PlacedMarker &m : out.markers)
        QCOMPARE(m.track, quint8(0));
    const PlacedLabel *a = labelOf(out, 1);
    QVERIFY(a && a->leader());
    QCOMPARE(a->track, quint8(1));
    QCOMPARE(a->markerTrack, quint8(0));
    QCOMPARE(a->anchor, 100.0f);
    QCOMPARE(a->left, 103.0f);
    QVERIFY(!a->elided);
    QVERIFY(!labelOf(out, 2));
    QVERIFY(labelOf(out, 3) && !labelOf(out, 3)->leader() && !labelOf(out, 3)->elided);
    // B first (an alliance among milestones): B whole with the leader, A only elided, C as before.
    out.clear();
    placeLane(std::vector<PlacementItem>{{100, 1, 5}, {120, 2, 1}, {140, 3, 5}}, p, out);
    const PlacedLabel *b = labelOf(out, 2);
    QVERIFY(b && b->leader() && !b->elided);
    QCOMPARE(b->left, 123.0f);
    a = labelOf(out, 1);
    QVERIFY(a && a->elided && !a->leader());
    QVERIFY(a->left + a->width <= 91.0f); // left of its marker
    QVERIFY(labelOf(out, 3) && !labelOf(out, 3)->elided);
}

void TestTimelineLogic::placementPinsLabelsAtTheLeftEdge()
{
    PlacementParams p;
    p.tracks = 2;
    p.markerRadius = 5;
    p.minLabelWidth = 36;
    p.left = 0;
    p.right = 1000;
    p.labelWidth = [](quint32) { return 100.0f; };
    // A marker out of view keeps its label only where all of it is in view: at x = -9 the label would
    // start at 0, at -10 it would be cut.
    LanePlacement out;
    placeLane(std::vector<PlacementItem>{{-10, 1, 0}, {-9, 2, 0}, {60, 3, 5}}, p, out);
    QVERIFY(!labelOf(out, 1));
    QVERIFY(labelOf(out, 2) && labelOf(out, 2)->left == 0.0f && !labelOf(out, 2)->elided);
    // Pinned labels start at left + gap, after every marker's label whatever their priority: the first
    // whole in the track with room (the second: the first has event 3's marker at 55), the next elided to
    // the 47 pixels before it, the third nowhere.
    out.clear();
    placeLane(std::vector<PlacementItem>{{60, 3, 5}},
              std::vector<PlacementItem>{{-50, 7, 0}, {-40, 8, 1}, {-30, 9, 1}}, p, out);
    QVERIFY(labelOf(out, 3) && labelOf(out, 3)->left == 69.0f && labelOf(out, 3)->track == 0);
    const PlacedLabel *first = labelOf(out, 7);
    QVERIFY(first);
    QCOMPARE(first->left, 4.0f);
    QCOMPARE(first->track, quint8(1));
    QCOMPARE(first->width, 100.0f);
    QVERIFY(!first->elided && !first->leader());
    QCOMPARE(first->anchor, 0.0f);
    const PlacedLabel *second = labelOf(out, 8);
    QVERIFY(second);
    QCOMPARE(second->track, quint8(0));
    QCOMPARE(second->left, 4.0f);
    QCOMPARE(second->width, 47.0f);
    QVERIFY(second->elided && !second->leader());
    QVERIFY(!labelOf(out, 9));
    // One track: a marker whose label has room only left of it keeps that room, though a pinned label of
    // higher priority would have taken it (it gets none).
    p.tracks = 1;
    p.labelWidth = [](quint32) { return 30.0f; };
    out.clear();
    placeLane(std::vector<PlacementItem>{{60, 3, 5}, {80, 4, 5}}, std::vector<PlacementItem>{{-50, 7, 0}}, p,
              out);
    QVERIFY(labelOf(out, 3));
    QCOMPARE(labelOf(out, 3)->left, 21.0f);
    QVERIFY(!labelOf(out, 7));
    // An event whose marker, just left of the plot, has its own label (from x + r + gap = 3) is not pinned
    // a second time, though another track has room.
    p.tracks = 2;
    out.clear();
    placeLane(std::vector<PlacementItem>{{-6, 5, 5}}, std::vector<PlacementItem>{{-6, 5, 5}}, p, out);
    QCOMPARE(out.labels.size(), size_t(1));
    QCOMPARE(out.labels[0].left, 3.0f);
}

void TestTimelineLogic::placementKeepsLabelsInside()
{
    // A marker near the plot's right edge: its label goes whole to its left, not cut at the edge.
    PlacementParams p;
    p.tracks = 1;
    p.markerRadius = 5;
    p.left = 0;
    p.right = 1000;
    p.labelWidth = [](quint32) { return 100.0f; };
    LanePlacement out;
    placeLane(std::vector<PlacementItem>{{990, 1, 0}}, p, out);
    QCOMPARE(out.labels.size(), size_t(1));
    QCOMPARE(out.labels[0].left, 881.0f);
    QCOMPARE(out.labels[0].width, 100.0f);
    QVERIFY(!out.labels[0].elided);
    // A kept marker (the selection) stays a marker when its cluster becomes a badge.
    p.tracks = 2;
    p.keepMarker = 7;
    out.clear();
    placeLane(std::vector<PlacementItem>{{500, 6, 1}, {501, 7, 1}, {502, 8, 1}, {503, 9, 1}}, p, out);
    QCOMPARE(out.markers.size(), size_t(1));
    QCOMPARE(out.markers[0].event, 7u);
    QCOMPARE(out.markers[0].track, quint8(0));
    QCOMPARE(out.badges.size(), size_t(1));
    QCOMPARE(out.badges[0].count(), 3u);
    QCOMPARE(out.badges[0].track, quint8(1));
}

void TestTimelineLogic::placementNeverOverlaps()
{
    std::mt19937 rng(7);
    for (int round = 0; round < 200; ++round) {
        PlacementParams p;
        p.tracks = 1 + int(rng() % 3);
        p.markerRadius = 5;
        p.labelWidth = [](quint32 e) { return float(20 + e % 150); };
        p.markerExtra = [](quint32 e) { return e % 7 == 0 ? 9.0f : 0.0f; };
        std::vector<PlacementItem> items;
        float x = 0;
        const int n = 5 + int(rng() % 200);
        for (int i = 0; i < n; ++i) {
            x += float(rng() % 40) * (rng() % 3 == 0 ? 0.0f : 1.0f);
            items.push_back({x, quint32(rng() % 1000)});
        }
        LanePlacement out;
        placeLane(items, p, out);
        // Everything in a track, as [left, right) intervals: none may overlap.
        std::vector<std::vector<std::pair<float, float>>> tracks(static_cast<size_t>(p.tracks));
        size_t placed = 0;
        for (const PlacedMarker &m : out.markers) {
            tracks[m.track].push_back({m.x - 5, m.x + 5});
            ++placed;
        }
        for (const PlacedBadge &b : out.badges) {
            tracks[b.track].push_back({b.left, b.right});
            placed += b.count();
        }
        for (const PlacedLabel &l : out.labels)
            tracks[l.track].push_back({l.left, l.left + l.width});
        QCOMPARE(placed, items.size()); // every event is somewhere
        for (auto &t : tracks) {
            std::sort(t.begin(), t.end());
            for (size_t k = 1; k < t.size(); ++k)
                QVERIFY2(t[k].first >= t[k - 1].second - 1e-3f,
                         qPrintable(QStringLiteral("round %1").arg(round)));
        }
    }
}

void TestTimelineLogic::renderedLabelsNeverOverlap_data()
{
    QTest::addColumn<double>("span");
    QTest::newRow("two weeks") << 14.0;
    QTest::newRow("two months") << 61.0;
    QTest::newRow("half a year") << 182.0;
    QTest::newRow("two years") << 730.0;
    QTest::newRow("everything") << 0.0;
}

void TestTimelineLogic::renderedLabelsNeverOverlap()
{
    QFETCH(double, span);
    SyntheticSpec spec;
    spec.events = 20000;
    spec.lanes = 20;
    spec.years = 4;
    spec.burstShare = 0.5; // crowded days
    const auto d = makeSyntheticDataset(spec);
    EventIndex index;
    index.build(*d, nullptr);
    TimelineRenderer r;
    r.setData(d.get(), &index);
    r.setLocale(english);
    LaneLayout layout;
    layout.reset(*d);
    layout.setRowHeights(r.defaultLaneHeight(), r.style().groupHeight);
    QImage image(1600, 1000, QImage::Format_RGB32);
    const double centre = d->events[d->events.size() / 2].time();
    const double s = span > 0 ? span : index.lastTime() - index.firstTime();
    for (double scroll : {0.0, 300.0}) {
        QPainter p(&image);
        r.render(p, image.rect(), TimeScale(centre - s / 2, centre + s / 2, 0, 1600), layout, scroll, {});
        p.end();
        const FramePlan &f = r.frame();
        std::vector<QRectF> labels;
        for (const FramePlan::Label &l : f.labels)
            labels.push_back(l.rect);
        if (span > 0 && span < 100)
            QVERIFY(labels.size() > 20);
        QVERIFY(labels.size() < 600);
        // No two labels overlap, and no label covers a marker or a count badge.
        for (size_t i = 0; i < labels.size(); ++i) {
            for (size_t j = i + 1; j < labels.size(); ++j)
                QVERIFY2(!labels[i].intersects(labels[j]),
                         qPrintable(QStringLiteral("labels %1 and %2").arg(i).arg(j)));
            for (const FramePlan::Item &item : f.items) {
                if (item.type != FramePlan::Item::Type::Bar)
                    QVERIFY2(!labels[i].intersects(item.rect),
                             qPrintable(QStringLiteral("label %1,%2 %3x%4 item %5 at %6,%7 %8x%9")
                                            .arg(labels[i].x())
                                            .arg(labels[i].y())
                                            .arg(labels[i].width())
                                            .arg(labels[i].height())
                                            .arg(int(item.type))
                                            .arg(item.rect.x())
                                            .arg(item.rect.y())
                                            .arg(item.rect.width())
                                            .arg(item.rect.height())));
            }
        }
    }
}

void TestTimelineLogic::hitTestFindsDrawnEvents()
{
    EmbeddedTimeline t;
    auto &[d, index, r, layout] = t;
    QImage image(1600, 1200, QImage::Format_RGB32);
    QPainter p(&image);
    r.render(p, image.rect(), TimeScale(jd(2010, 9, 1), jd(2013, 12, 31), 0, 1600), layout, 0, {});
    p.end();
    int markers = 0;
    for (const FramePlan::Item &item : r.frame().items) {
        if (item.type != FramePlan::Item::Type::Marker)
            continue;
        ++markers;
        const TimelineHit hit = r.hitTest(item.rect.center(), layout);
        QCOMPARE(hit.type, TimelineHit::Type::Event);
        QCOMPARE(hit.event, int(item.event));
        QCOMPARE(hit.row, item.row);
        // The marker is in the row of one of the event's parties, at the x of its time.
        const LaneRow &row = layout.rows()[size_t(item.row)];
        const auto parties = d->partiesOf(d->events[item.event]);
        QVERIFY(std::find(parties.begin(), parties.end(), quint16(row.entity)) != parties.end());
        // Events of the same time are spread out within their period (day, week, month...) once it is wide
        // enough on screen; otherwise exactly at it.
        const FuzzyDate &start = d->events[item.event].start;
        const double halfPeriod = (start.last() - start.first + 1) * r.frame().scale.pixelsPerDay() / 2;
        QVERIFY(std::abs(item.rect.center().x() - r.frame().scale.toX(d->events[item.event].time())) <=
                halfPeriod);
    }
    QVERIFY(markers > 20);
    // The gutter names lanes; empty plot is nothing.
    const LaneRow &lane = layout.rows()[1];
    const QPointF inGutter(10, r.frame().plot.top() + lane.top + 5);
    QCOMPARE(r.hitTest(inGutter, layout).type, TimelineHit::Type::LaneHeader);
    QCOMPARE(r.hitTest(inGutter, layout).row, 1);
    QCOMPARE(r.hitTest(QPointF(r.frame().plot.right() - 3, r.frame().plot.top() + lane.top + 5), layout).type,
             TimelineHit::Type::None);
    QCOMPARE(r.hitTest(QPointF(800, 10), layout).type, TimelineHit::Type::Axis);
}

void TestTimelineLogic::framePlanWithoutPainter()
{
    // A frame is planned from the dataset, the lane layout, the time scale and the size alone: no painter.
    const auto d = embedded();
    EventIndex index;
    index.build(*d, nullptr);
    FramePlanner planner;
    planner.setData(d.get(), &index);
    planner.setLocale(english);
    LaneLayout layout;
    layout.reset(*d);
    layout.setRowHeights(planner.defaultLaneHeight(), planner.style().groupHeight);
    const QRect target(0, 0, 1600, int(layout.totalHeight()) + 200); // every row on screen
    const double from = index.firstTime() - 60, to = index.lastTime() + 60;
    FramePlan f;
    planner.plan(f, target, TimeScale(from, to, 0, 1600), layout, 0, {});

    QCOMPARE(f.plot, planner.geometry(target).plot);
    QCOMPARE(f.scale.toX(from), double(f.plot.left()));
    QCOMPARE(f.scale.toX(to), double(f.plot.left() + f.plot.width()));
    // Every row, in order, where the layout puts it; open groups' headers hold no events.
    QCOMPARE(f.rows.size(), layout.rows().size());
    for (size_t i = 0; i < f.rows.size(); ++i) {
        const LaneRow &row = layout.rows()[i];
        QCOMPARE(f.rows[i].row, int(i));
        QCOMPARE(f.rows[i].top, f.plot.top() + row.top);
        QCOMPARE(f.rows[i].mode, row.isGroup() ? FramePlan::Row::Mode::Header : FramePlan::Row::Mode::Detail);
    }
    // Each lane shows each of its events once, as a marker or inside a count badge.
    for (size_t i = 0; i < f.rows.size(); ++i) {
        const LaneRow &row = layout.rows()[i];
        if (row.isGroup())
            continue;
        int expected = 0;
        for (const Event &e : d->events) {
            const auto parties = d->partiesOf(e);
            expected += std::find(parties.begin(), parties.end(), quint16(row.entity)) != parties.end();
        }
        int shown = 0;
        for (const FramePlan::Item &item : f.items) {
            if (item.row == int(i) && item.type != FramePlan::Item::Type::Bar)
                shown += int(item.count);
        }
        QCOMPARE(shown, expected);
    }
    // A link runs from the top marker of its event to the bottom one.
    for (const FramePlan::Link &link : f.links) {
        QVERIFY(d->events[link.event].partyCount > 1);
        double top = 1e9, bottom = -1e9;
        for (const FramePlan::Item &item : f.items) {
            if (item.type == FramePlan::Item::Type::Marker && item.event == link.event) {
                top = std::min(top, item.rect.center().y());
                bottom = std::max(bottom, item.rect.center().y());
            }
        }
        QCOMPARE(link.top, top);
        QCOMPARE(link.bottom, bottom);
    }
    QVERIFY(!f.links.empty());
    // A label is beside its event's marker, on its line, or in another track with a leader line from the
    // marker; it overlaps no other label.
    QVERIFY(!f.labels.empty());
    for (size_t i = 0; i < f.labels.size(); ++i) {
        const FramePlan::Label &label = f.labels[i];
        const QPointF marker = f.markerCenter(int(label.event), label.row);
        QVERIFY(!marker.isNull());
        if (label.leader.isNull()) {
            QVERIFY(label.rect.left() > marker.x() || label.rect.right() < marker.x());
            QVERIFY(std::abs(label.rect.center().y() - marker.y()) <= 1);
        } else {
            QCOMPARE(label.leader.x1(), marker.x());
            QCOMPARE(label.leader.x2(), marker.x());
            QVERIFY(std::abs(label.leader.y2() - label.rect.center().y()) <= 1);
        }
        for (size_t j = i + 1; j < f.labels.size(); ++j)
            QVERIFY(!label.rect.intersects(f.labels[j].rect));
    }
}

void TestTimelineLogic::sameTimeEventsShareTheirXInEveryLane_data()
{
    QTest::addColumn<double>("span");
    QTest::newRow("a week") << 7.0;
    QTest::newRow("a month") << 31.0;
    QTest::newRow("a year") << 365.0;
    QTest::newRow("everything") << 0.0;
}

void TestTimelineLogic::sameTimeEventsShareTheirXInEveryLane()
{
    // Events of one day are spread within the day once it is wide enough, the same way in every lane: an
    // event's markers stand in one column, and its link runs through all of them.
    QFETCH(double, span);
    const auto d = embedded();
    EventIndex index;
    index.build(*d, nullptr);
    FramePlanner planner;
    planner.setData(d.get(), &index);
    LaneLayout layout;
    layout.reset(*d);
    layout.setRowHeights(planner.defaultLaneHeight(), planner.style().groupHeight);
    const QRect target(0, 0, 1600, int(layout.totalHeight()) + 200);
    const int event = d->eventIndex(u"sina-china-unicom");
    const double centre = d->events[size_t(event)].time();
    const double s = span > 0 ? span : index.lastTime() - index.firstTime() + 120;
    FramePlan f;
    planner.plan(f, target, TimeScale(centre - s / 2, centre + s / 2, 0, 1600), layout, 0, {});
    std::map<quint32, double> xOf;
    int checked = 0;
    for (const FramePlan::Item &item : f.items) {
        if (item.type != FramePlan::Item::Type::Marker)
            continue;
        const auto [it, added] = xOf.emplace(item.event, item.rect.center().x());
        if (!added) {
            QCOMPARE(item.rect.center().x(), it->second);
            ++checked;
        }
    }
    QVERIFY(checked > 0);
    for (const FramePlan::Link &link : f.links) {
        for (const FramePlan::Item &item : f.items) {
            if (item.type == FramePlan::Item::Type::Marker && item.event == link.event) {
                QVERIFY(std::abs(item.rect.center().x() - (link.x - 1)) <= 0.5);
                QVERIFY(item.rect.center().y() >= link.top && item.rect.center().y() <= link.bottom);
            }
        }
    }
    if (span > 0 && span <= 31) {
        // Zoomed in, the deals of 14 June 2011 stand apart, each within the day.
        int other = -1;
        for (size_t e = 0; e < d->events.size(); ++e) {
            if (int(e) != event && d->events[e].start == d->events[size_t(event)].start)
                other = int(e);
        }
        QVERIFY(other >= 0 && xOf.count(quint32(other)) && xOf.count(quint32(event)));
        QVERIFY(xOf[quint32(other)] != xOf[quint32(event)]);
        for (int e : {event, other})
            QVERIFY(std::abs(xOf[quint32(e)] - f.scale.toX(d->events[size_t(e)].time())) <=
                    f.scale.pixelsPerDay() / 2);
    }
}

void TestTimelineLogic::linkLeavesAGapAtAnotherEventsMarker()
{
    // Lanes A, B and C in this order; an alliance of A and C and an event of B alone, on the same day. Where
    // both stand in one column, the link from A to C crosses B's marker: it leaves a gap there, so that
    // nobody reads B as a party.
    const auto d = crossingDataset();
    EventIndex index;
    index.build(*d, nullptr);
    TimelineRenderer r;
    r.setData(d.get(), &index);
    LaneLayout layout;
    layout.reset(*d);
    layout.setRowHeights(r.defaultLaneHeight(), r.style().groupHeight);
    QImage image(800, 400, QImage::Format_RGB32);
    const double day = d->events.front().time();
    QPainter p(&image);
    r.render(p, image.rect(), TimeScale(day - 2000, day + 2000, 0, 800), layout, 0, {});
    p.end();
    const FramePlan &f = r.frame();
    const int link = d->eventIndex(u"link"), other = d->eventIndex(u"other");
    QCOMPARE(f.links.size(), size_t(1));
    const FramePlan::Link &l = f.links.front();
    QCOMPARE(int(l.event), link);
    const QPointF b = f.markerCenter(other, layout.rowOfEntity(d->entityIndex(u"b")));
    QVERIFY(!b.isNull());
    QVERIFY(std::abs(b.x() - (l.x - 1)) <= 0.5); // the same column
    QCOMPARE(l.gapsEnd - l.gapsBegin, 1u);
    const FramePlan::Gap &gap = f.linkGaps[l.gapsBegin];
    QVERIFY(gap.top < b.y() - 5 && gap.bottom > b.y() + 5);
    // In pixels: the line's colour above and below the gap, not just outside B's marker.
    const QColor line = over(withAlpha(kindColor(Kind::Alliance), 210), r.palette().color(QPalette::Base));
    const int x = int(l.x - 1);
    QCOMPARE(image.pixel(x, int(gap.top) - 3), line.rgb());
    QCOMPARE(image.pixel(x, int(gap.bottom) + 3), line.rgb());
    QVERIFY(image.pixel(x, int(b.y()) - 6) != line.rgb());
    QVERIFY(image.pixel(x, int(b.y()) + 6) != line.rgb());
    // Zoomed in to the day, the two stand apart: no gap.
    QPainter q(&image);
    r.render(q, image.rect(), TimeScale(day - 1, day + 1, 0, 800), layout, 0, {});
    q.end();
    QCOMPARE(r.frame().links.size(), size_t(1));
    QCOMPARE(r.frame().links.front().gapsEnd, r.frame().links.front().gapsBegin);
}

void TestTimelineLogic::impreciseDateDrawnAsItsPeriod()
{
    // An event known only to the year is drawn as that year: a bracket in its kind's colour from 1 January
    // to 31 December under its marker, in every lane of its parties; a date known to the day has none, nor
    // has a week narrower on screen than the marker.
    EmbeddedTimeline t;
    auto &[d, index, r, layout] = t;
    QImage image(1200, int(layout.totalHeight()) + 100, QImage::Format_RGB32);
    const QRect plot = r.geometry(image.rect()).plot;
    QPainter p(&image);
    r.render(p, image.rect(),
             TimeScale(double(QDate(2010, 7, 1).toJulianDay()), double(QDate(2014, 1, 1).toJulianDay()),
                       plot.x(), plot.width()),
             layout, 0, {});
    p.end();
    const FramePlan &f = r.frame();
    const TimeScale &s = f.scale;
    auto spansOf = [&](const char16_t *id) {
        std::vector<FramePlan::Span> out;
        for (const FramePlan::Span &span : f.spans) {
            if (int(span.event) == d->eventIndex(QStringView(id)))
                out.push_back(span);
        }
        return out;
    };
    QCOMPARE(spansOf(u"wechat-300m").size(), size_t(0));           // 15 January 2013
    QCOMPARE(spansOf(u"qq-360-truce").size(), size_t(0));          // a week: a few pixels here
    QCOMPARE(spansOf(u"sina-alibaba-alliance").size(), size_t(3)); // 2013: Sina, Weibo, Alibaba Group
    const std::vector<FramePlan::Span> launch = spansOf(u"wechat-launch");
    QCOMPARE(launch.size(), size_t(1));
    const FramePlan::Span &span = launch.front();
    QCOMPARE(span.left, s.toX(double(QDate(2011, 1, 1).toJulianDay()) - 0.5));
    QCOMPARE(span.right, s.toX(double(QDate(2011, 12, 31).toJulianDay()) + 0.5));
    const int event = d->eventIndex(u"wechat-launch");
    const QPointF marker = f.markerCenter(event, span.row);
    QVERIFY(!marker.isNull());
    QVERIFY(std::abs(marker.x() - s.toX(d->events[size_t(event)].time())) < 0.01); // the middle: alone there
    const FramePlan::Row *row = nullptr;
    for (const FramePlan::Row &plan : f.rows)
        row = plan.row == span.row ? &plan : row;
    QVERIFY(row);
    QCOMPARE(span.y, marker.y() + row->radius + 2);
    // In pixels: the bracket's line left of the marker (its label is to the right), and its two ends.
    const QColor c = over(withAlpha(kindColor(Kind::Launch), 170), r.palette().color(QPalette::Base));
    const int y = int(std::round(span.y));
    for (int x : {int(std::round(span.left)) + 4, int(std::round(marker.x())) - 20})
        QCOMPARE(image.pixel(x, y), c.rgb());
    QCOMPARE(image.pixel(int(std::round(span.left)), y - 2), c.rgb());
    QCOMPARE(image.pixel(int(std::round(span.right)) - 1, y - 2), c.rgb());
    QVERIFY(image.pixel(int(std::round(span.left)) - 2, y) != c.rgb()); // and nothing beyond it
    QVERIFY(image.pixel(int(std::round(span.right)) + 2, y) != c.rgb());
    QVERIFY(image.pixel(int(std::round(span.left)) + 4, y + 2) != c.rgb()); // a line, not a bar
    QVERIFY(f.shown.imprecise);
}

void TestTimelineLogic::legendWrapsInsteadOfLeavingEntriesOut()
{
    // Places: entries flow left to right from a 10-pixel margin, each its symbol (14), its label and a
    // gap (14); one that would pass the last column starts a row, and one wider than a row has its own.
    std::vector<LegendEntry> sized;
    for (double w : {100.0, 100.0, 100.0, 400.0, 50.0})
        sized.push_back(LegendEntry{LegendEntry::Symbol::Kind, Kind::Alliance, u"x"_s, w});
    const std::vector<LegendPlace> places = placeLegend(sized, 300);
    QCOMPARE(places.size(), size_t(5));
    const std::vector<std::pair<int, double>> expected{{0, 10}, {0, 138}, {1, 10}, {2, 10}, {3, 10}};
    for (size_t i = 0; i < places.size(); ++i) {
        QCOMPARE(places[i].row, expected[i].first);
        QCOMPARE(places[i].x, expected[i].second);
    }
    QCOMPARE(legendRows(sized, 300), 4);
    QCOMPARE(legendRows(sized, 2000), 1);
    QCOMPARE(legendRows({}, 300), 1);

    // What a picture shows is all its legend names; the window's names everything, the grouped events'
    // badge last.
    const QFontMetricsF fm{QFont()};
    FramePlan::Shown shown;
    shown.kinds[size_t(Kind::Investment)] = true;
    shown.imprecise = true;
    const std::vector<LegendEntry> some = legendEntries(&shown, fm);
    QCOMPARE(some.size(), size_t(2));
    QCOMPARE(some[0].label, u"investment"_s);
    QCOMPARE(some[1].label, u"date known to the week, month, quarter or year"_s);
    QCOMPARE(some[1].labelWidth, fm.horizontalAdvance(some[1].label));
    const std::vector<LegendEntry> all = legendEntries(nullptr, fm);
    QCOMPARE(all.size(), size_t(count<Kind>() + 6));
    QCOMPARE(all.back().symbol, LegendEntry::Symbol::Badges);

    // In a frame too narrow for one row, the legend grows by rows at the foot of the frame, the plot
    // above it, and its last entry is drawn: the grey badge, found at the place the layout gave it.
    EmbeddedTimeline t;
    auto &[d, index, r, layout] = t;
    const QImage image = t.render(QSize(700, 500), jd(2010, 7, 1), jd(2014, 1, 1));
    const FramePlan &f = r.frame();
    QFont text;
    text.setPixelSize(r.style().fontPixelSize);
    const std::vector<LegendEntry> entries = legendEntries(nullptr, QFontMetricsF(text));
    const int rows = legendRows(entries, 700);
    QVERIFY2(rows >= 3, qPrintable(QString::number(rows))); // 12 entries do not fit in two rows of 700
    QCOMPARE(f.legend, QRect(0, 500 - rows * r.style().legendHeight, 700, rows * r.style().legendHeight));
    QCOMPARE(f.plot.bottom() + 1, f.legend.top());
    const LegendPlace last = placeLegend(entries, 700).back();
    QCOMPARE(last.row, rows - 1);
    const double cy = f.legend.top() + last.row * r.style().legendHeight + r.style().legendHeight / 2.0 + 0.5;
    const QPoint corner(int(last.x + 5 - 6 + 1), int(cy - 6 + 1)); // inside the square, clear of its "3"
    QCOMPARE(QColor(image.pixel(corner)), QColor(0xa0, 0xa0, 0xa0));

    // A picture's legend has the rows of what it shows, no more: the room of a row it does not need goes
    // to the lanes.
    TimelineDecorations picture;
    picture.picture = true;
    // At 740 pixels everything takes three rows; what this picture shows, two.
    LaneLayout fitted = layout;
    r.planAllRows(QRect(0, 0, 740, 600), jd(2010, 7, 1), jd(2014, 1, 1), fitted, picture);
    const FramePlan &pf = r.frame();
    QCOMPARE(legendRows(entries, 740), 3);
    QCOMPARE(legendRows(legendEntries(&pf.shown, QFontMetricsF(text)), 740), 2);
    QCOMPARE(pf.legend, QRect(0, 600 - 2 * r.style().legendHeight, 740, 2 * r.style().legendHeight));
    QCOMPARE(pf.plot.bottom() + 1, pf.legend.top());
    // The window's renderer is left as it was: a frame of its own names everything again.
    QCOMPARE(r.geometry(QRect(0, 0, 700, 500)).legend.height(), rows * r.style().legendHeight);
    // In a small frame the legend takes at most a third of what the axis leaves: two rows of 22 here.
    QCOMPARE(r.geometry(QRect(0, 0, 300, 200)).legend.height(), 2 * r.style().legendHeight);
    QCOMPARE(r.geometry(QRect(0, 0, 300, 200)).plot.height(), 200 - r.style().axisHeight - 44);
}

void TestTimelineLogic::groupHeaderFitsItsRow()
{
    // A header row at least as tall as the group font keeps it; a shorter one (a picture of many lanes)
    // gets a font that fits, never under 7 pixels.
    const TimelineFonts fonts = TimelineFonts::make(QFont(), TimelineStyle());
    const double full = QFontMetricsF(fonts.group).height();
    QCOMPARE(TimelineChrome::headerFont(fonts.group, 22), fonts.group);
    QCOMPARE(TimelineChrome::headerFont(fonts.group, std::ceil(full)), fonts.group);
    for (double rowHeight : {12.0, 10.0, 9.0}) {
        const QFont f = TimelineChrome::headerFont(fonts.group, rowHeight);
        QVERIFY2(QFontMetricsF(f).height() <= rowHeight, qPrintable(QString::number(rowHeight)));
        QVERIFY(f.bold());
        QVERIFY(f.pixelSize() < fonts.group.pixelSize());
    }
    QCOMPARE(TimelineChrome::headerFont(fonts.group, 3).pixelSize(), 7);
}

void TestTimelineLogic::coarseAxisLabelsAreWholeOrLeftOut()
{
    // From June 1999 to 2021 the axis's top row has decades; the 1990s have half a year on screen, too
    // little for "1990s", so the row is bare up to the 2000 tick, while "2000s" and "2010s" are drawn.
    EmbeddedTimeline t;
    auto &[d, index, r, layout] = t;
    const QImage image = t.render(QSize(1200, 400), jd(1999, 6, 1), jd(2021, 1, 1));
    const FramePlan &f = r.frame();
    QCOMPARE(f.ticks.major.front().label, u"1990s"_s);
    auto colours = [&](int from, int to) {
        QSet<QRgb> seen;
        for (int y = f.axis.top() + 2; y < f.axis.top() + f.axis.height() / 2 - 2; ++y)
            for (int x = from; x < to; ++x)
                seen.insert(image.pixel(x, y));
        return seen.size();
    };
    const int x2000 = int(std::floor(f.scale.toX(jd(2000, 1, 1))));
    QVERIFY(x2000 - f.axis.left() > 10 && x2000 - f.axis.left() < 40);
    QCOMPARE(colours(f.axis.left(), x2000 - 1), 1);
    QVERIFY(colours(x2000 + 2, x2000 + 40) > 2); // "2000s"

    // Nor at the right edge: until May 2020 the 2020s have about 20 pixels, and no "20" is shown.
    const QImage late = t.render(QSize(1200, 400), jd(2000, 1, 1), jd(2020, 5, 20));
    const int x2020 = int(std::ceil(r.frame().scale.toX(jd(2020, 1, 1))));
    QVERIFY(r.frame().axis.right() - x2020 > 10);
    QSet<QRgb> seen;
    for (int y = r.frame().axis.top() + 2; y < r.frame().axis.top() + r.frame().axis.height() / 2 - 2; ++y)
        for (int x = x2020 + 2; x <= r.frame().axis.right(); ++x)
            seen.insert(late.pixel(x, y));
    QCOMPARE(seen.size(), 1);
}

void TestTimelineLogic::denseRowsBecomeDensityStrips()
{
    SyntheticSpec spec;
    spec.events = 100000;
    spec.lanes = 10;
    spec.years = 10;
    const auto d = makeSyntheticDataset(spec);
    EventIndex index;
    index.build(*d, nullptr);
    TimelineRenderer r;
    r.setData(d.get(), &index);
    LaneLayout layout;
    layout.reset(*d);
    layout.setRowHeights(r.defaultLaneHeight(), r.style().groupHeight);
    QImage image(1600, 800, QImage::Format_RGB32);
    QPainter p(&image);
    r.render(p, image.rect(), TimeScale(index.firstTime(), index.lastTime(), 0, 1600), layout, 0, {});
    p.end();
    // Zoomed all the way out every lane is a strip of counts per pixel column: no markers, no labels, and
    // every event counted.
    QCOMPARE(int(r.frame().densityRows.size()), 10);
    QVERIFY(r.frame().labels.empty());
    QCOMPARE(r.frame().visibleEvents, int(d->parties.size()));
    const TimelineHit hit = r.hitTest(
        QPointF(r.frame().plot.center().x(), r.frame().plot.top() + layout.rows()[1].top + 20), layout);
    QCOMPARE(hit.type, TimelineHit::Type::Density);
    QVERIFY(hit.count > 0);
    QVERIFY(hit.event >= 0);
}

QTEST_MAIN(TestTimelineLogic)
#include "tst_timelinelogic.moc"
