// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#include "app/core/import/json/jsonreader.h"
#include "app/core/import/mergedatasets.h"
#include "tests/import/minimaljson.h"

#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;

// Adding one complete dataset to another: every index of the addition moves past the base's records, the
// base does not change, and any id the base has already is reported instead (all of them, up to the limit).

namespace {

// minimal.json with every id given a prefix, and its events moved a year on so that they sort between
// and after the base's.
std::shared_ptr<const at::Dataset> renamed(const QByteArray &prefix)
{
    QByteArray json = minimalJson();
    for (const char *id : {"s1", "a", "b", "e1", "e2", "b-users", "m1", "q1"})
        json.replace(QByteArray("\"" + QByteArray(id) + "\""), QByteArray("\"" + prefix + id + "\""));
    json.replace("\"2011-06-14\"", "\"2010-06-14\"");
    const auto r = at::readDatasetJson(json, u"added.json"_s);
    if (!r.hasValue())
        qFatal("%s", qPrintable(at::toStrings(at::errorsOf(r)).join(u'\n')));
    return *r;
}

std::shared_ptr<const at::Dataset> base()
{
    const auto r = at::readDatasetJson(minimalJson(), u"base.json"_s);
    if (!r.hasValue())
        qFatal("minimal.json does not load");
    return *r;
}

QStringList eventIds(const at::Dataset &d)
{
    QStringList ids;
    for (const at::Event &e : d.events)
        ids << d.string(e.id);
    return ids;
}

} // namespace

class TestMerge : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void indexesMovePastTheBase()
    {
        const auto b = base();
        const auto added = renamed("x");
        const QStringList baseEvents = eventIds(*b);
        const at::LoadResult m = at::mergeDatasets(*b, *added, u"added.json"_s);
        QVERIFY2(m.hasValue(), qPrintable(at::toStrings(at::errorsOf(m)).join(u'\n')));
        const at::Dataset &d = **m;
        QCOMPARE(d.sources.size(), 2);
        QCOMPARE(d.entities.size(), 4);
        QCOMPARE(d.series.size(), 2);
        QCOMPARE(d.markets.size(), 2);
        QCOMPARE(d.quotes.size(), 2);
        // Events in time order across both: x-e1 moved to 2010-06-14, between e2 (2010-Q3 is later: its
        // middle is in August) and e1.
        QCOMPARE(eventIds(d), (QStringList{u"xe1"_s, u"e2"_s, u"xe2"_s, u"e1"_s}));
        // Every reference of the addition points at the addition's records.
        const at::Event &xe1 = d.events[size_t(d.eventIndex(u"xe1"))];
        QStringList parties;
        for (quint16 p : d.partiesOf(xe1))
            parties << d.entities[p].id;
        QCOMPARE(parties, (QStringList{u"xa"_s, u"xb"_s}));
        QCOMPARE(d.sources[xe1.source].id, u"xs1"_s);
        QCOMPARE(d.string(xe1.title), u"T1"_s);
        QCOMPARE(d.entities[d.entityIndex(u"xb")].parent, d.entityIndex(u"xa"));
        const at::Series &xs = d.series[d.seriesIndex(u"xb-users")];
        QCOMPARE(d.entities[xs.entity].id, u"xb"_s);
        QCOMPARE(d.pointsOf(xs).size(), size_t(1));
        QCOMPARE(d.string(d.pointsOf(xs)[0].claim), u"C"_s);
        QCOMPARE(d.sources[d.pointsOf(xs)[0].source].id, u"xs1"_s);
        const at::Market &xm = d.markets[1];
        QCOMPARE(xm.id, u"xm1"_s);
        QCOMPARE(d.series[xm.members.value(0)].id, u"xb-users"_s);
        QCOMPARE(d.entities[xm.otherIncludes.value(0)].id, u"xa"_s);
        QCOMPARE(d.sources[xm.source].id, u"xs1"_s);
        const at::Quote &xq = d.quotes[d.quoteIndex(u"xq1")];
        QCOMPARE(xq.events.size(), 1);
        QCOMPARE(d.string(d.events[size_t(xq.events[0])].id), u"xe1"_s);
        QCOMPARE(d.entities[xq.entities.value(0)].id, u"xa"_s);
        // The base's own references are unchanged.
        const at::Quote &q = d.quotes[d.quoteIndex(u"q1")];
        QCOMPARE(d.string(d.events[size_t(q.events[0])].id), u"e1"_s);
        // Neither input changed.
        QCOMPARE(eventIds(*b), baseEvents);
        QCOMPARE(b->entities.size(), 2);
        QCOMPARE(added->entities[0].id, u"xa"_s);
    }

    void clashesAreListedAndNothingIsMerged()
    {
        const auto b = base();
        const at::LoadResult m = at::mergeDatasets(*b, *b, u"again.json"_s);
        QVERIFY(!m.hasValue());
        QCOMPARE(
            at::toStrings(at::errorsOf(m)),
            (QStringList{
                u"again.json: error: sources: \"s1\" is already loaded; import with \"Replace\" or give it another id"_s,
                u"again.json: error: entities: \"a\" is already loaded; import with \"Replace\" or give it another id"_s,
                u"again.json: error: entities: \"b\" is already loaded; import with \"Replace\" or give it another id"_s,
                u"again.json: error: events: \"e2\" is already loaded; import with \"Replace\" or give it another id"_s,
                u"again.json: error: events: \"e1\" is already loaded; import with \"Replace\" or give it another id"_s,
                u"again.json: error: series: \"b-users\" is already loaded; import with \"Replace\" or give it another id"_s,
                u"again.json: error: markets: \"m1\" is already loaded; import with \"Replace\" or give it another id"_s,
                u"again.json: error: quotes: \"q1\" is already loaded; import with \"Replace\" or give it another id"_s,
            }));
        for (const at::LoadError &e : m.error())
            QVERIFY(e.idClash);
        QCOMPARE(at::mergeDatasets(*b, *b, u"again.json"_s, 3).error().size(), 3);
        // One clash among new records is enough to refuse the whole file.
        const auto one = renamed("y");
        at::Dataset clashing = *one;
        clashing.sources[0].id = u"s1"_s;
        clashing.finish();
        QCOMPARE(
            at::toStrings(at::mergeDatasets(*b, clashing, u"y.json"_s).error()),
            QStringList{
                u"y.json: error: sources: \"s1\" is already loaded; import with \"Replace\" or give it another id"_s});
        // When the base came from another file of the same import (nothing, or only some, loaded before),
        // the message says so: "Replace" would not help.
        const at::Dataset nothing;
        QCOMPARE(
            at::toStrings(at::mergeDatasets(*b, clashing, u"y.json"_s, 100, &nothing).error()),
            QStringList{
                u"y.json: error: sources: \"s1\" is also in another file of this import; give one of them another id"_s});
        QCOMPARE(at::toStrings(at::mergeDatasets(*b, *b, u"again.json"_s, 100, b.get()).error()).size(), 8);
        QVERIFY(at::toStrings(at::mergeDatasets(*b, *b, u"again.json"_s, 100, b.get()).error())
                    .filter(u"another file"_s)
                    .isEmpty());
    }

    void anEmptyAdditionGivesTheBase()
    {
        const auto b = base();
        const at::LoadResult m = at::mergeDatasets(*b, at::Dataset(), u"empty.json"_s);
        QVERIFY(m.hasValue());
        QCOMPARE(eventIds(**m), eventIds(*b));
        QCOMPARE((*m)->entities.size(), b->entities.size());
    }

    void tooManyEntitiesTogether()
    {
        // Parties are 16-bit: the two together may not name more than 65536 entities.
        at::Dataset many;
        for (int i = 0; i < 65000; ++i)
            many.entities.append(at::Entity{u"n%1"_s.arg(i), u"N"_s, u"N"_s, -1, at::Sector::Portal, {}});
        many.finish();
        at::Dataset more;
        for (int i = 0; i < 600; ++i)
            more.entities.append(at::Entity{u"m%1"_s.arg(i), u"M"_s, u"M"_s, -1, at::Sector::Portal, {}});
        more.finish();
        QCOMPARE(
            at::toStrings(at::mergeDatasets(many, more, u"more.json"_s).error()),
            QStringList{
                u"more.json: error: entities: together there are 65600 entities; this program reads at most 65536"_s});
    }
};

QTEST_GUILESS_MAIN(TestMerge)
#include "tst_merge.moc"
