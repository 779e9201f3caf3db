// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#include "app/core/import/csv/csvahead.h"
#include "app/core/import/csv/csvparser.h"
#include "app/core/import/csv/csvreader.h"
#include "app/core/import/json/jsonreader.h"
#include "app/core/import/loadprogress.h"
#include "tests/import/reference/datasetdescription.h"
#include "tests/support/synthetic.h"

#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// The smallest complete set of tables: two entities, a source, two events.
const QByteArray sources = "id,title,publisher,author,published,paragraphs\ns1,Article,P,A,2011-06,5\n";
const QByteArray entities =
    "id,nameEn,nameZh,parent,sector\na,Alpha,阿尔法,,portal\nb,Beta,贝塔,a,microblog\n";
const QByteArray eventsHeader = "id,start,end,kind,status,parties,title,summary,source,paragraph\n";
const QByteArray events = eventsHeader + "e1,2011-06-14,,alliance,confirmed,a;b,T1,S1,s1,2\n"
                                         "e2,2010-Q3,2011,plan,rumoured,b,T2,S2,s1,3\n";
const QByteArray seriesHeader = "series,entity,metric,unit,date,value,qualifier,source,paragraph,claim\n";

struct Table {
    QString name;
    QByteArray bytes;
};

at::LoadResult read(const QList<Table> &tables, const at::Dataset *base = nullptr, int maxErrors = 100)
{
    QList<at::CsvInput> inputs;
    for (const Table &t : tables)
        inputs.append(at::CsvInput{t.name, t.bytes});
    at::LoadOptions options;
    options.maxErrors = maxErrors;
    return at::readCsvTables(inputs, base, options);
}

// Just the messages, for exact comparisons.
QStringList errorsOf(const QList<Table> &tables, const at::Dataset *base = nullptr)
{
    return at::toStrings(at::errorsOf(read(tables, base)));
}

QList<Table> withEvents(const QByteArray &eventRows)
{
    return {{u"sources.csv"_s, sources},
            {u"entities.csv"_s, entities},
            {u"events.csv"_s, eventsHeader + eventRows}};
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return f.readAll();
}

QList<Table> exampleTables()
{
    QList<Table> tables;
    for (const char *name : {"events", "series", "quotes", "entities", "sources"})
        tables.append(
            {QString::fromLatin1(name) + u".csv"_s, readFile(QStringLiteral(AT_SOURCE_DIR "/resources/csv/") +
                                                             QString::fromLatin1(name) + u".csv"_s)});
    return tables;
}

} // namespace

class TestCsvReader : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void smallSetLoadsExactly()
    {
        const auto r = read(withEvents("e1,2011-06-14,,alliance,confirmed,a;b,T1,S1,s1,2\n"
                                       "e2,2010-Q3,2011,plan,rumoured,b,T2,,s1,3\n"));
        QVERIFY2(r.hasValue(), qPrintable(at::toStrings(at::errorsOf(r)).join(u'\n')));
        const at::Dataset &d = **r;
        QCOMPARE(d.entities.size(), 2);
        QCOMPARE(d.entities[1].nameZh, u"贝塔"_s);
        QCOMPARE(d.entities[1].parent, 0);
        QCOMPARE(d.events.size(), size_t(2));
        // In time order: Q3 2010 first.
        QCOMPARE(d.string(d.events[0].id), u"e2"_s);
        QCOMPARE(d.events[0].end.toIsoString(), u"2011"_s);
        QCOMPARE(d.events[0].kind, at::Kind::Plan);
        QCOMPARE(d.string(d.events[0].summary), QString());
        QCOMPARE(d.partiesOf(d.events[1]).size(), size_t(2));
        QCOMPARE(d.entities[d.partiesOf(d.events[1])[1]].id, u"b"_s);
        QCOMPARE(d.sources[d.events[1].source].id, u"s1"_s);
        QCOMPARE(d.events[1].paragraph, quint16(2));
        QCOMPARE(d.eventIndex(u"e1"), 1);
    }

    void versionTwoTablesHaveChineseColumnsAndCitations()
    {
        // A table is of version 2 when a column only version 2 has is in its header; tables of both
        // versions mix in one import.
        const QByteArray sources2 = "id,title,title_zh,publisher,author,published,paragraphs,note_zh\n"
                                    "s1,Article,文章,P,A,2011-06,5,注释\n"
                                    "s2,Other,,P,A,2011,9,\n";
        const QByteArray events2 = "id,start,end,kind,status,parties,title,title_zh,summary,citations\n"
                                   "e1,2011-06-14,,alliance,confirmed,a;b,T1,标题一,S1,\"s1:2,3; s2:7\"\n"
                                   "e2,2010-Q3,2011,plan,rumoured,b,,标题二,S2,s1:3\n";
        const QByteArray series2 =
            "series,entity,metric,unit,date,value,qualifier,claim,claim_zh,citations\n"
            "b-users,b,registeredUsers,count,2011-Q1,140000000,exact,C,说法,\"s2:1,4\"\n";
        const QByteArray quotes2 = "id,speaker,speaker_zh,role,organisation,text,text_zh,translation_zh,"
                                   "paraphrase,date,events,entities,citations\n"
                                   "q1,X,某人,R,O,words,,话,false,2011-06,e1,a,s1:5\n"
                                   "q2,Y,,,,hoped,希望,,true,2011-07,,b,\"s2:2,3,5\"\n";
        const auto r = read({{u"sources.csv"_s, sources2},
                             {u"entities.csv"_s, entities},
                             {u"events.csv"_s, events2},
                             {u"series.csv"_s, series2},
                             {u"quotes.csv"_s, quotes2}});
        QVERIFY2(r.hasValue(), qPrintable(at::toStrings(at::errorsOf(r)).join(u'\n')));
        const at::Dataset &d = **r;
        QCOMPARE(d.sources[0].title, (at::LocalText{u"Article"_s, u"文章"_s}));
        QCOMPARE(d.sources[0].note, (at::LocalText{QString(), u"注释"_s}));
        const at::Event &e1 = d.events[size_t(d.eventIndex(u"e1"))];
        QCOMPARE(d.texts(e1.title), (at::LocalText{u"T1"_s, u"标题一"_s}));
        QCOMPARE(d.citationText(d.citationsOf(e1)), u"Article, ¶2–3; Other, ¶7"_s);
        const at::Event &e2 = d.events[size_t(d.eventIndex(u"e2"))];
        QCOMPARE(d.texts(e2.title), (at::LocalText{QString(), u"标题二"_s}));
        const at::SeriesPoint &p = d.pointsOf(d.series[0])[0];
        QCOMPARE(d.texts(p.claim), (at::LocalText{u"C"_s, u"说法"_s}));
        QCOMPARE(d.citationText(d.citationsOf(p)), u"Other, ¶1, 4"_s);
        const at::Quote &q1 = d.quotes[d.quoteIndex(u"q1")];
        QCOMPARE(q1.speaker, (at::LocalText{u"X"_s, u"某人"_s}));
        QCOMPARE(q1.translation, u"话"_s);
        QCOMPARE(q1.citations, (QList<at::Citation>{{0, 5}}));
        const at::Quote &q2 = d.quotes[d.quoteIndex(u"q2")];
        QCOMPARE(q2.text, (at::LocalText{u"hoped"_s, u"希望"_s}));
        QCOMPARE(q2.citations, (QList<at::Citation>{{1, 2}, {1, 3}, {1, 5}}));
    }

    void versionTwoTablesAreChecked()
    {
        const QByteArray header = "id,start,end,kind,status,parties,title,title_zh,summary,citations\n";
        QCOMPARE(
            errorsOf({{u"sources.csv"_s, sources},
                      {u"entities.csv"_s, entities},
                      {u"events.csv"_s, header + "e1,2011-06-14,,alliance,confirmed,a,T1,,S1,\"s1:3,2\"\n"
                                                 "e2,2011-06-14,,alliance,confirmed,a,T2,,S2,s1:2;s1:4\n"
                                                 "e3,2011-06-14,,alliance,confirmed,a,T3,,S3,s1\n"
                                                 "e4,2011-06-14,,alliance,confirmed,a,,,S4,\n"
                                                 "e5,2011-06-14,,alliance,confirmed,a,T5,,S5,s9:1;s1:x\n"}}),
            (QStringList{
                u"events.csv:2:44: error: citations: 2 is not after the paragraph before it, 3"_s,
                u"events.csv:3:44: error: citations: source \"s1\" is cited twice; list its paragraphs once"_s,
                u"events.csv:4:44: error: citations: must name at least one paragraph"_s,
                u"events.csv:5:37: error: title: must not be empty"_s,
                u"events.csv:5:42: error: citations: must cite at least one source"_s,
                u"events.csv:6:44: error: citations: unknown source \"s9\""_s,
                u"events.csv:6:44: error: citations: expected a whole number, found \"x\""_s}));
        // Version 1 columns in a table that another column makes version 2.
        QCOMPARE(
            errorsOf({{u"sources.csv"_s, sources},
                      {u"entities.csv"_s, entities},
                      {u"events.csv"_s, "id,start,end,kind,status,parties,title,title_zh,summary,source,"
                                        "paragraph\ne1,2011-06-14,,alliance,confirmed,a,T1,,S1,s1,2\n"}}),
            (QStringList{
                u"events.csv:1:1: error: missing column \"citations\" of a table of events"_s,
                u"events.csv:1:57: error: the column \"source\" is of format version 1, but the column "
                u"\"title_zh\" makes this a table of version 2, which has \"citations\" instead"_s,
                u"events.csv:1:64: error: the column \"paragraph\" is of format version 1, but the column "
                u"\"title_zh\" makes this a table of version 2, which has \"citations\" instead"_s}));
    }

    void examplesImportOnTheirOwnAndOnTheEmbeddedDataset()
    {
        const auto alone = read(exampleTables());
        QVERIFY2(alone.hasValue(), qPrintable(at::toStrings(at::errorsOf(alone)).join(u'\n')));
        QCOMPARE((*alone)->events.size(), size_t(3));
        QCOMPARE((*alone)->series.size(), 1);
        QCOMPARE((*alone)->points.size(), size_t(3));
        QCOMPARE((*alone)->quotes.size(), 2);
        QCOMPARE((*alone)->sources.size(), 2);
        QCOMPARE((*alone)->entities.size(), 3);

        const auto embedded = at::readEmbeddedDataset();
        QVERIFY(embedded.hasValue());
        const auto added = read(exampleTables(), embedded->get());
        QVERIFY2(added.hasValue(), qPrintable(at::toStrings(at::errorsOf(added)).join(u'\n')));
        const at::Dataset &d = **added;
        QCOMPARE(d.events.size(), (*embedded)->events.size() + 3);
        QCOMPARE(d.entities.size(), (*embedded)->entities.size() + 3);
        // The loaded records keep their places; the new ones follow.
        QCOMPARE(d.entities[0].id, (*embedded)->entities[0].id);
        QCOMPARE(d.entities.last().id, u"example-contoso"_s);
        QVERIFY(d.eventIndex(u"sina-msn-alliance") >= 0);
        const int alliance = d.eventIndex(u"example-alliance");
        QVERIFY(alliance >= 0);
        const at::Event &e = d.events[size_t(alliance)];
        QCOMPARE(d.string(e.title), u"Northwind and Contoso team up, on paper"_s);
        QCOMPARE(d.string(e.summary),
                 u"Two lines of summary:\nthe second line is inside the same quoted field."_s);
        QCOMPARE(e.start.toIsoString(), u"2012-W10"_s);
        QCOMPARE(e.end.toIsoString(), u"2012-09"_s);
        QCOMPARE(d.sources[e.source].id, u"example-notebook"_s);
        const int stake = d.eventIndex(u"example-stake-rumour");
        QCOMPARE(d.string(d.events[size_t(stake)].title), u"Contoso said to buy a \"meaningful\" stake"_s);
        // The series' points are in date order, whatever the row order.
        const at::Series &s = d.series.last();
        QCOMPARE(s.id, u"example-chat-users"_s);
        QCOMPARE(d.entities[s.entity].id, u"example-northwind-chat"_s);
        QCOMPARE(d.pointsOf(s).size(), size_t(3));
        QCOMPARE(d.pointsOf(s)[1].value, 5000000.0);
        QCOMPARE(d.pointsOf(s)[1].qualifier, at::Qualifier::Over);
        // Quotes point at events through the sorted order.
        const int q = d.quoteIndex(u"example-quote-alliance");
        QVERIFY(q >= 0);
        QCOMPARE(d.quotes[q].events.size(), 1);
        QCOMPARE(d.string(d.events[size_t(d.quotes[q].events[0])].id), u"example-alliance"_s);
        QCOMPARE(d.quotes[q].paraphrase, true);
    }

    void crlfAndLoneCrReadLikeLf()
    {
        const QByteArray lf =
            "e1,2011-06-14,,alliance,confirmed,a;b,\"T1, with comma\",\"S1\nline two\",s1,2\n";
        for (const QByteArray &ending : {QByteArray("\r\n"), QByteArray("\r")}) {
            QList<Table> tables = withEvents(lf);
            for (Table &t : tables) {
                // Line ends outside quotes change; the one inside the quoted summary is kept as written.
                t.bytes.replace("\n", "\x01");
                t.bytes.replace("S1\x01line", "S1\nline");
                t.bytes.replace("\x01", ending);
            }
            const auto r = read(tables);
            QVERIFY2(r.hasValue(), qPrintable(at::toStrings(at::errorsOf(r)).join(u'\n')));
            const at::Dataset &d = **r;
            QCOMPARE(d.string(d.events[0].title), u"T1, with comma"_s);
            QCOMPARE(d.string(d.events[0].summary), u"S1\nline two"_s);
            QCOMPARE(d.entities[1].nameZh, u"贝塔"_s);
        }
    }

    void quotedFieldsHoldCommasLineBreaksAndDoubledQuotes()
    {
        const auto r = read(withEvents("e1,2011-06-14,,alliance,confirmed,\"a;b\",\"He said \"\"yes, "
                                       "now\"\"\",\"one\r\ntwo, three\",s1,2\n"));
        QVERIFY2(r.hasValue(), qPrintable(at::toStrings(at::errorsOf(r)).join(u'\n')));
        QCOMPARE((*r)->string((*r)->events[0].title), u"He said \"yes, now\""_s);
        QCOMPARE((*r)->string((*r)->events[0].summary), u"one\r\ntwo, three"_s);
        // Line numbers after a quoted line break count it.
        const auto bad = errorsOf(withEvents(
            "e1,2011-06-14,,alliance,confirmed,a,T,\"x\ny\",s1,2\ne2,never,,plan,confirmed,a,T,S,s1,2\n"));
        QCOMPARE(
            bad,
            QStringList{
                u"events.csv:4:4: error: start: \"never\" is not a date (YYYY-MM-DD, YYYY-Www, YYYY-MM, YYYY-Qn or YYYY, years 1900 to 2100)"_s});
    }

    void quotingMistakesSayWhere()
    {
        QCOMPARE(
            errorsOf(withEvents("e1,2011-06-14,,alliance,confirmed,a,\"T1,S1,s1,2\n")),
            QStringList{
                u"events.csv:2:37: error: a quoted field is not closed; a field that starts with \" ends with \""_s});
        QCOMPARE(
            errorsOf(withEvents("e1,2011-06-14,,alliance,confirmed,a,T\"1,S1,s1,2\n")),
            QStringList{
                u"events.csv:2:38: error: a quote in a field that does not start with one; put the field in quotes and write the quote twice (\"\")"_s});
        QCOMPARE(
            errorsOf(withEvents("e1,2011-06-14,,alliance,confirmed,a,\"T1\"x,S1,s1,2\n")),
            QStringList{
                u"events.csv:2:41: error: text after the closing quote of a field; a quote inside a quoted field is written twice (\"\")"_s});
    }

    void missingAndExtraColumns()
    {
        // In the header.
        QList<Table> tables = withEvents("e1,2011-06-14,,alliance,confirmed,a,T1,S1,s1,2\n");
        tables[2].bytes.replace("title,", "titel,");
        QCOMPARE(at::toStrings(at::errorsOf(read(tables))),
                 (QStringList{u"events.csv:1:1: error: missing column \"title\" of a table of events"_s,
                              u"events.csv:1:34: error: unknown column \"titel\" in a table of events"_s}));
        tables = withEvents("");
        tables[2].bytes = "id,start,end,kind,status,parties,title,summary,source,paragraph,paragraph\n";
        QCOMPARE(at::toStrings(at::errorsOf(read(tables))),
                 QStringList{u"events.csv:1:65: error: the column \"paragraph\" appears twice"_s});
        // A quoted name across a line break: the names after it are on the next line.
        tables[2].bytes =
            "id,start,end,kind,status,parties,title,summary,source,\"note\nmore\",paragraph,paragraph\n";
        const QStringList acrossLines = at::toStrings(at::errorsOf(read(tables)));
        QCOMPARE(acrossLines.size(), 2);
        QVERIFY2(acrossLines[0].startsWith(u"events.csv:1:55: error: unknown column \"note"_s),
                 qPrintable(acrossLines[0]));
        QCOMPARE(acrossLines[1], u"events.csv:2:17: error: the column \"paragraph\" appears twice"_s);
        // In a row: every row is checked, and the rest of the file still is.
        QCOMPARE(errorsOf(withEvents("e1,2011-06-14\n"
                                     "e2,2011-06-14,,alliance,confirmed,a,T1,S1,s1,2,extra\n"
                                     "e3,2011-06-14,,alliance,confirmed,zz,T1,S1,s1,2\n")),
                 (QStringList{u"events.csv:2:1: error: the row has 2 fields; the header has 10"_s,
                              u"events.csv:3:48: error: the row has 11 fields; the header has 10"_s,
                              u"events.csv:4:35: error: parties: unknown entity \"zz\""_s}));
        // A header that is no table at all.
        QCOMPARE(
            errorsOf({{u"notes.csv"_s, "date,what\n2011,something\n"}}),
            QStringList{
                u"notes.csv:1:1: error: the first line names no table this program reads: it should be the header of events, series, quotes, entities or sources (see resources/csv/README.md)"_s});
    }

    void duplicateIdsInAFileAndAcrossFiles()
    {
        QCOMPARE(errorsOf(withEvents("e1,2011-06-14,,alliance,confirmed,a,T1,S1,s1,2\n"
                                     "e2,2011-06-14,,alliance,confirmed,a,T1,S1,s1,2\n"
                                     "e1,2011-06-15,,alliance,confirmed,a,T1,S1,s1,2\n")),
                 QStringList{u"events.csv:4:1: error: id: duplicate id \"e1\" (also line 2)"_s});
        QList<Table> tables = withEvents("e1,2011-06-14,,alliance,confirmed,a,T1,S1,s1,2\n");
        tables.append({u"more-events.csv"_s, eventsHeader +
                                                 "e9,2011-06-14,,alliance,confirmed,a,T1,S1,s1,2\n"
                                                 "e1,2011-06-14,,alliance,confirmed,a,T1,S1,s1,2\n"});
        tables.append({u"more-entities.csv"_s, "id,nameEn,nameZh,parent,sector\n  b ,B,B,,portal\n"});
        QCOMPARE(
            at::toStrings(at::errorsOf(read(tables))),
            (QStringList{u"more-events.csv:3:1: error: id: duplicate id \"e1\" (also events.csv:2)"_s,
                         u"more-entities.csv:2:1: error: id: duplicate id \"b\" (also entities.csv:3)"_s}));
    }

    // The CSV reader refuses a store over the text limit too (LoadOptions::maxTextBytes). Here the pool
    // holds "e1", "T1", "S1", "e2" (8 bytes), "微博" as UTF-16 at the next even offset (8 to 12) and "S2":
    // 14 bytes.
    void textOverTheStoresLimitIsRefused()
    {
        const QList<Table> tables = withEvents("e1,2011-06-14,,alliance,confirmed,a,T1,S1,s1,2\n"
                                               "e2,2011-06-15,,alliance,confirmed,a,微博,S2,s1,2\n");
        QList<at::CsvInput> inputs;
        for (const Table &t : tables)
            inputs.append(at::CsvInput{t.name, t.bytes});
        at::LoadOptions options;
        options.maxTextBytes = 14;
        const auto fits = at::readCsvTables(inputs, nullptr, options);
        QVERIFY2(fits.hasValue(), qPrintable(at::toStrings(at::errorsOf(fits)).join(u'\n')));
        QCOMPARE((*fits)->pool.size(), 14);
        QCOMPARE((*fits)->string((*fits)->events[1].title), u"微博"_s);
        options.maxTextBytes = 13;
        QCOMPARE(
            at::toStrings(at::errorsOf(at::readCsvTables(inputs, nullptr, options))),
            QStringList{
                u"sources.csv: error: the text of the dataset takes 14 bytes; this program holds at most 13"_s});
    }

    void idsAlreadyLoadedClash()
    {
        const auto embedded = at::readEmbeddedDataset();
        QVERIFY(embedded.hasValue());
        const QByteArray rows =
            "sina-msn-alliance,2010-11-11,,alliance,confirmed,sina;weibo,T,S,ft-msn-sina,3\n"
            "new-one,2010-11-12,,launch,confirmed,sina,T,S,ft-msn-sina,3\n";
        const QByteArray clashing = eventsHeader + rows;
        const auto r = at::readCsvTables({at::CsvInput{u"events.csv"_s, clashing}}, embedded->get());
        QCOMPARE(
            at::toStrings(at::errorsOf(r)),
            QStringList{
                u"events.csv:2:1: error: id: \"sina-msn-alliance\" is already loaded; import with \"Replace\" or give it another id"_s});
        QVERIFY(r.error().first().idClash);
        // Without the clash the same rows add to the loaded dataset, naming its entities and sources.
        const QByteArray fine = eventsHeader + rows.mid(rows.indexOf('\n') + 1);
        const auto ok = at::readCsvTables({at::CsvInput{u"events.csv"_s, fine}}, embedded->get());
        QVERIFY(ok.hasValue());
        QCOMPARE((*ok)->events.size(), (*embedded)->events.size() + 1);
    }

    void datesOutOfRange()
    {
        QCOMPARE(
            errorsOf(withEvents("e1,1850,,alliance,confirmed,a,T,S,s1,2\n"
                                "e2,2101-01-01,,alliance,confirmed,a,T,S,s1,2\n"
                                "e3,2011-13-01,,alliance,confirmed,a,T,S,s1,2\n"
                                "e4,2011-02-29,,alliance,confirmed,a,T,S,s1,2\n"
                                "e5,2011-06,2010,alliance,confirmed,a,T,S,s1,2\n")),
            (QStringList{
                u"events.csv:2:4: error: start: \"1850\" is not a date (YYYY-MM-DD, YYYY-Www, YYYY-MM, YYYY-Qn or YYYY, years 1900 to 2100)"_s,
                u"events.csv:3:4: error: start: \"2101-01-01\" is not a date (YYYY-MM-DD, YYYY-Www, YYYY-MM, YYYY-Qn or YYYY, years 1900 to 2100)"_s,
                u"events.csv:4:4: error: start: \"2011-13-01\" is not a date (YYYY-MM-DD, YYYY-Www, YYYY-MM, YYYY-Qn or YYYY, years 1900 to 2100)"_s,
                u"events.csv:5:4: error: start: \"2011-02-29\" is not a date (YYYY-MM-DD, YYYY-Www, YYYY-MM, YYYY-Qn or YYYY, years 1900 to 2100)"_s,
                u"events.csv:6:12: error: end: 2010 is before the start 2011-06"_s}));
    }

    void numbersThatOverflow()
    {
        QList<Table> tables = withEvents("");
        tables.append({u"series.csv"_s,
                       seriesHeader + "s,a,registeredUsers,count,2011,1e999,exact,s1,2,C\n"
                                      "s,a,registeredUsers,count,2012,-5,exact,s1,99999999999999999999,C\n"
                                      "p,a,stake,percent,2012,101,exact,s1,2,C\n"
                                      "p,a,stake,percent,2013,1,exact,s1,0x10,C\n"
                                      "p,a,stake,percent,2014,nan,exact,s1,6,C\n"});
        QCOMPARE(at::toStrings(at::errorsOf(read(tables))),
                 (QStringList{
                     u"series.csv:2:32: error: value: 1e999 is out of range"_s,
                     u"series.csv:3:32: error: value: -5 is negative"_s,
                     u"series.csv:3:44: error: paragraph: 99999999999999999999 is not between 1 and 65535"_s,
                     u"series.csv:4:24: error: value: 101 is over 100 percent"_s,
                     u"series.csv:5:35: error: paragraph: expected a whole number, found \"0x10\""_s,
                     u"series.csv:6:24: error: value: is not a finite number"_s,
                     u"series.csv:6:37: error: paragraph: 6 is beyond the 5 paragraphs of source \"s1\""_s}));
    }

    void seriesPointsAreSortedAndChecked()
    {
        QList<Table> tables = withEvents("");
        tables.append({u"series.csv"_s, seriesHeader +
                                            "s,a,registeredUsers,count,2012,20,exact,s1,2,later\n"
                                            "s,a,registeredUsers,count,2011-Q2,10,over,s1,2,earlier\n"});
        const auto r = read(tables);
        QVERIFY2(r.hasValue(), qPrintable(at::toStrings(at::errorsOf(r)).join(u'\n')));
        QCOMPARE((*r)->string((*r)->pointsOf((*r)->series[0])[0].claim), u"earlier"_s);
        tables[3].bytes += "s,b,registeredUsers,usd,2011-Q2,10,exact,s1,2,again\n";
        QCOMPARE(at::toStrings(at::errorsOf(read(tables))),
                 (QStringList{u"series.csv:4:3: error: entity: series \"s\" is of entity \"a\" (line 2)"_s,
                              u"series.csv:4:21: error: unit: series \"s\" is in count (line 2)"_s}));
        tables[3].bytes = seriesHeader + "s,a,registeredUsers,count,2011-Q2,10,exact,s1,2,one\n"
                                         "s,a,registeredUsers,count,2011-Q2,11,exact,s1,2,two\n";
        QCOMPARE(
            at::toStrings(at::errorsOf(read(tables))),
            QStringList{
                u"series.csv:3:27: error: date: series \"s\" has a point at 2011-Q2 already (line 2)"_s});
    }

    void partiesAreChecked()
    {
        QCOMPARE(
            errorsOf(withEvents("e1,2011-06-14,,alliance,confirmed,a;zz,T,S,s1,2\n"
                                "e2,2011-06-14,,alliance,confirmed,a; b ;a,T,S,s1,2\n"
                                "e3,2011-06-14,,alliance,confirmed, ; ,T,S,s1,2\n")),
            (QStringList{
                u"events.csv:2:35: error: parties: unknown entity \"zz\""_s,
                u"events.csv:3:35: error: parties: \"a\" is listed twice"_s,
                u"events.csv:4:35: error: parties: must name at least one entity (ids separated by ';')"_s}));
    }

    void entityParentsMustNotLoop()
    {
        QList<Table> tables = withEvents("");
        tables[1].bytes =
            "id,nameEn,nameZh,parent,sector\na,A,A,b,portal\nb,B,B,a,portal\nc,C,C,a,portal\nd,D,D,,portal\n";
        QCOMPARE(at::toStrings(at::errorsOf(read(tables))),
                 (QStringList{u"entities.csv:2:7: error: parent: the parent chain loops back to \"a\""_s,
                              u"entities.csv:3:7: error: parent: the parent chain loops back to \"b\""_s,
                              u"entities.csv:4:7: error: parent: the parent chain loops back to \"c\""_s}));
    }

    void encodings()
    {
        // A UTF-8 byte order mark (Excel's "CSV UTF-8") is skipped.
        QList<Table> tables = withEvents("e1,2011-06-14,,alliance,confirmed,a,T1,S1,s1,2\n");
        tables[2].bytes.prepend("\xEF\xBB\xBF");
        QVERIFY(read(tables).hasValue());
        // Anything that is not UTF-8 is refused, saying where.
        tables = withEvents("e1,2011-06-14,,alliance,confirmed,a,Caf\xE9,S1,s1,2\n");
        QCOMPARE(
            at::toStrings(at::errorsOf(read(tables))),
            QStringList{
                u"events.csv:2:40: error: invalid UTF-8; save the file as UTF-8 (GBK, Big5 and other encodings are not read)"_s});
        // An empty file.
        QCOMPARE(errorsOf({{u"events.csv"_s, QByteArray()}}),
                 QStringList{u"events.csv: error: the file is empty"_s});
        QCOMPARE(errorsOf({{u"events.csv"_s, QByteArray("\xEF\xBB\xBF")}}),
                 QStringList{u"events.csv: error: the file is empty"_s});
    }

    void blankLinesAndAHeaderOnlyAreFine()
    {
        const auto r = read(withEvents("\ne1,2011-06-14,,alliance,confirmed,a,T1,S1,s1,2\n\n\n"));
        QVERIFY2(r.hasValue(), qPrintable(at::toStrings(at::errorsOf(r)).join(u'\n')));
        QCOMPARE((*r)->events.size(), size_t(1));
        QVERIFY(read(withEvents("")).hasValue());
    }

    void errorsAreCappedButCollected()
    {
        QByteArray rows;
        for (int i = 0; i < 150; ++i)
            rows += "x" + QByteArray::number(i) + ",never,,plan,confirmed,a,T,S,s1,1\n";
        const auto r = read(withEvents(rows), nullptr, 100);
        QCOMPARE(at::errorsOf(r).size(), 100);
        QCOMPARE(
            at::errorsOf(r)[99].toString(),
            u"events.csv:101:5: error: start: \"never\" is not a date (YYYY-MM-DD, YYYY-Www, YYYY-MM, YYYY-Qn or YYYY, years 1900 to 2100)"_s);
    }

    void aLowLimitListsTheFirstErrors()
    {
        // Whatever the limit, the list is the first errors of the full one (both found by fuzz_csv_reader).
        // Entities are read twice, ids first: an id found bad in that pass is still listed after the
        // problem of an earlier line.
        QList<Table> tables = withEvents("");
        tables[1].bytes = "id,nameEn,nameZh,parent,sector\na,A,A,zz,portal\nB!,B,B,,portal\nb,B,B,,portal\n";
        const QStringList all{
            u"entities.csv:2:7: error: parent: unknown entity \"zz\""_s,
            u"entities.csv:3:1: error: id: \"B!\" is not a valid id (lower-case letters, digits and '-', at most 64)"_s};
        QCOMPARE(at::toStrings(at::errorsOf(read(tables))), all);
        QCOMPARE(at::toStrings(at::errorsOf(read(tables, nullptr, 1))), all.mid(0, 1));
        // A file that fills the list is still read to its end while a file listed before it is unread:
        // its later rows define what that file names.
        tables = {{u"events.csv"_s, eventsHeader + "e1,2011-06-14,,alliance,confirmed,a,T,S,s2,2\n"},
                  {u"entities.csv"_s, entities},
                  {u"sources.csv"_s, sources},
                  {u"more-sources.csv"_s,
                   "id,title,publisher,author,published,paragraphs\ns3,T,P,A,never,5\ns2,T,P,A,2011,5\n"}};
        const QString never =
            u"more-sources.csv:2:10: error: published: \"never\" is not a date (YYYY-MM-DD, YYYY-Www, YYYY-MM, YYYY-Qn or YYYY, years 1900 to 2100)"_s;
        QCOMPARE(at::toStrings(at::errorsOf(read(tables))), QStringList{never});
        QCOMPARE(at::toStrings(at::errorsOf(read(tables, nullptr, 1))), QStringList{never});
        // Reading the entities' ids is not reading their rows: a later file of entities still gets its ids
        // read, though a file between them has enough errors.
        tables = {{u"entities.csv"_s, "id,nameEn,nameZh,parent,sector\nbad,row\nc,C,C,x,bank\n"},
                  {u"sources.csv"_s, "id,title,publisher,author,published,paragraphs,titel,x\n"},
                  {u"more-entities.csv"_s, "id,nameEn,nameZh,parent,sector\nx,X,X,,portal\n"}};
        const QStringList first{
            u"entities.csv:2:1: error: the row has 2 fields; the header has 5"_s,
            u"entities.csv:3:9: error: sector: \"bank\" is not one of instantMessaging, microblog, portal, search, eCommerce, telecom, securitySoftware, socialNetwork"_s};
        QCOMPARE(at::toStrings(at::errorsOf(read(tables))).mid(0, 2), first);
        QCOMPARE(at::toStrings(at::errorsOf(read(tables, nullptr, 2))), first);
    }

    // Tables big enough to be cut into records on the worker thread (csv/csvahead.h), in many chunks: the
    // same dataset as its JSON, and a problem in the last row is reported as in a small table.
    void bigTablesReadLikeTheirJson()
    {
        at::SyntheticSpec spec;
        spec.events = 6000;
        spec.chinese = true;
        const at::SyntheticCsv csv = at::syntheticDatasetCsv(spec);
        QVERIFY(csv.events.size() >= qsizetype(at::CsvAhead::aheadBytes));
        QVERIFY(csv.events.count('\n') > 2 * qsizetype(at::CsvAhead::chunkRecords));
        const QList<Table> tables{{u"sources.csv"_s, csv.sources},
                                  {u"entities.csv"_s, csv.entities},
                                  {u"events.csv"_s, csv.events},
                                  {u"series.csv"_s, csv.series},
                                  {u"quotes.csv"_s, csv.quotes}};
        const at::LoadResult fromCsv = read(tables);
        QVERIFY2(fromCsv, qPrintable(at::toStrings(at::errorsOf(fromCsv)).join(u'\n')));
        const at::LoadResult fromJson = at::readDatasetJson(at::syntheticDatasetJson(spec), u"f.json"_s);
        QVERIFY(fromJson);
        QCOMPARE((*fromCsv)->events.size(), size_t(6000));
        QCOMPARE(at::describe(**fromCsv), at::describe(**fromJson));

        QList<Table> bad = tables;
        const qsizetype lines = bad[2].bytes.count('\n');
        bad[2].bytes += "ev-late,2011-13-01\n";
        QCOMPARE(errorsOf(bad),
                 QStringList{
                     u"events.csv:%1:1: error: the row has 2 fields; the header has %2"_s.arg(lines + 1).arg(
                         bad[2].bytes.left(bad[2].bytes.indexOf('\n')).count(',') + 1)});
    }

    // An events table is read in two ranges, the second from a line break past its middle on the other
    // thread (csv/csvreader.cpp). Read split and whole, every table gives the same messages, in the same
    // order, at every limit, and the same dataset.
    void eventsReadInTwoRanges()
    {
        at::SyntheticSpec spec;
        spec.events = 3000;
        spec.quotes = 300; // quotes name events of both halves
        spec.chinese = true;
        const at::SyntheticCsv csv = at::syntheticDatasetCsv(spec);
        const QList<Table> good{{u"sources.csv"_s, csv.sources},
                                {u"entities.csv"_s, csv.entities},
                                {u"events.csv"_s, csv.events},
                                {u"series.csv"_s, csv.series},
                                {u"quotes.csv"_s, csv.quotes}};
        const auto readSplit = [](const QList<Table> &tables, int maxErrors, std::size_t from) {
            QList<at::CsvInput> inputs;
            for (const Table &t : tables)
                inputs.append(at::CsvInput{t.name, t.bytes});
            at::LoadOptions options;
            options.maxErrors = maxErrors;
            options.csvTwoRangesBytes = from;
            return at::readCsvTables(inputs, nullptr, options);
        };
        // Empty when reading split gives what reading whole gives.
        const auto difference = [&](const QList<Table> &tables, int maxErrors = 100) -> QString {
            const at::LoadResult split = readSplit(tables, maxErrors, 0);
            const at::LoadResult whole = readSplit(tables, maxErrors, at::LoadOptions::never);
            const QStringList a = at::toStrings(at::errorsOf(split));
            const QStringList b = at::toStrings(at::errorsOf(whole));
            if (a != b)
                return u"split:\n  %1\nwhole:\n  %2"_s.arg(a.join(u"\n  "), b.join(u"\n  "));
            if (split.hasValue() != whole.hasValue())
                return u"one built a dataset"_s;
            if (split.hasValue() && at::describe(**split) != at::describe(**whole))
                return u"different datasets"_s;
            return {};
        };
        // The bytes a read reported to its progress.
        const auto progressDone = [](const QList<Table> &tables, std::size_t from) {
            QList<at::CsvInput> inputs;
            for (const Table &t : tables)
                inputs.append(at::CsvInput{t.name, t.bytes});
            at::LoadOptions options;
            options.csvTwoRangesBytes = from;
            at::LoadProgress progress;
            options.progress = &progress;
            (void)at::readCsvTables(inputs, nullptr, options);
            return progress.done.load();
        };
        const QByteArray &events = good[2].bytes;
        const qsizetype headerEnd = events.indexOf('\n') + 1;
        const qsizetype middle = headerEnd + (events.size() - headerEnd) / 2;
        // The line that starts the n-th row (1: the first after the header), and the row at a byte.
        const auto rowStart = [](const QByteArray &table, int n) {
            qsizetype p = table.indexOf('\n');
            for (; n > 1; --n)
                p = table.indexOf('\n', p + 1);
            return p + 1;
        };
        const int middleRow = int(events.left(middle).count('\n'));
        QString diff;

        QCOMPARE(at::describe(**readSplit(good, 100, 0)),
                 at::describe(**readSplit(good, 100, at::LoadOptions::never)));
        QCOMPARE((*readSplit(good, 100, 0))->events.size(), size_t(3000));

        // Errors in both ranges, the last event taking the id of the fifth, a row of two fields past the
        // middle, and a quote naming an event that is not there: at every limit, the first of one list.
        QList<Table> bad = good;
        QByteArray &e = bad[2].bytes;
        const auto replaceInRow = [&](QByteArray &table, int row, QByteArrayView from, QByteArrayView to) {
            const qsizetype at = table.indexOf(from, rowStart(table, row));
            QVERIFY(at > 0 && at < table.indexOf('\n', rowStart(table, row)));
            table.replace(at, from.size(), to);
        };
        replaceInRow(e, 40, ",company-", ",nobody-");
        replaceInRow(e, middleRow + 200, ",company-", ",nobody-");
        const QByteArray fifth = e.mid(rowStart(e, 5), e.indexOf(',', rowStart(e, 5)) - rowStart(e, 5));
        e.replace(rowStart(e, 2990), e.indexOf(',', rowStart(e, 2990)) - rowStart(e, 2990), fifth);
        e.insert(rowStart(e, middleRow + 300), "ev-short,2011\n");
        bad[4].bytes.replace(bad[4].bytes.indexOf(",ev-") + 1, 7, "ev-none");
        for (const int limit : {1, 2, 3, 4, 100})
            QVERIFY2((diff = difference(bad, limit)).isEmpty(),
                     qPrintable(u"limit %1: %2"_s.arg(limit).arg(diff)));
        const QStringList errors = at::toStrings(at::errorsOf(readSplit(bad, 100, 0)));
        QCOMPARE(errors.size(), 5);
        QVERIFY2(errors[0].startsWith(u"events.csv:41:"_s) && errors[0].contains(u"nobody-"_s),
                 qPrintable(errors[0]));
        QVERIFY2(errors[1].startsWith(u"events.csv:%1:"_s.arg(middleRow + 201)), qPrintable(errors[1]));
        QCOMPARE(errors[2],
                 u"events.csv:%1:1: error: the row has 2 fields; the header has %2"_s.arg(middleRow + 301)
                     .arg(events.left(headerEnd).count(',') + 1));
        QCOMPARE(errors[3], u"events.csv:2992:1: error: id: duplicate id \"%1\" (also line 6)"_s.arg(
                                QString::fromLatin1(fifth)));
        QVERIFY2(errors[4].startsWith(u"quotes.csv:"_s) && errors[4].contains(u"ev-none"_s),
                 qPrintable(errors[4]));

        // A problem in the second range only, below a limit the first range fills.
        bad = good;
        replaceInRow(bad[2].bytes, middleRow + 100, ",company-", ",nobody-");
        QVERIFY2((diff = difference(bad, 1)).isEmpty(), qPrintable(diff));
        replaceInRow(bad[2].bytes, 10, ",company-", ",nobody-");
        for (const int limit : {1, 2})
            QVERIFY2((diff = difference(bad, limit)).isEmpty(), qPrintable(diff));

        // The first line break past the middle inside a quoted field: the first range's row runs past it,
        // and the first range reads on alone.
        bad = good;
        QByteArray lines = "\"";
        for (int i = 0; i < 400; ++i)
            lines += "ab\n";
        replaceInRow(bad[2].bytes, middleRow, ",Synthetic event",
                     QByteArray("," + lines + "Synthetic event"));
        {
            QByteArray &t = bad[2].bytes;
            const qsizetype open = t.indexOf(lines);
            t.insert(t.indexOf(',', open + lines.size()), '"'); // the summary's end
            const qsizetype m = headerEnd + (t.size() - headerEnd) / 2;
            QVERIFY(open < m && m < open + lines.size()); // the middle is inside the quotes
        }
        QVERIFY2((diff = difference(bad)).isEmpty(), qPrintable(diff));
        QVERIFY(readSplit(bad, 100, 0).hasValue());
        // The range read to the end and was dropped: its bytes are not counted a second time.
        QCOMPARE(progressDone(bad, 0), progressDone(bad, at::LoadOptions::never));
        replaceInRow(bad[2].bytes, middleRow + 1000, ",company-", ",nobody-");
        QVERIFY2((diff = difference(bad)).isEmpty(), qPrintable(diff));
        QCOMPARE(at::errorsOf(readSplit(bad, 100, 0)).first().line,
                 middleRow + 1001); // rowStart() counts lines

        // Line endings: CRLF, and a lone CR, throughout.
        for (const QByteArray &ending : {QByteArray("\r\n"), QByteArray("\r")}) {
            QList<Table> other = good;
            other[2].bytes.replace("\n", ending);
            other[2].bytes.insert(rowStart(good[2].bytes, 2800) + 2800 * (ending.size() - 1),
                                  "X"); // an id of capitals
            QVERIFY2((diff = difference(other)).isEmpty(), qPrintable(diff));
            QCOMPARE(at::errorsOf(readSplit(other, 100, 0)).size(), 1);
            QCOMPARE(at::errorsOf(readSplit(other, 100, 0)).first().line, 2801);
        }

        // Progress counts every byte of the rows once, split or not; a cancelled read says so either way.
        {
            QList<at::CsvInput> inputs;
            for (const Table &t : good)
                inputs.append(at::CsvInput{t.name, t.bytes});
            qint64 done[2] = {0, 0};
            QStringList cancelled[2];
            for (const int split : {0, 1}) {
                at::LoadOptions options;
                options.csvTwoRangesBytes = split ? 0 : at::LoadOptions::never;
                at::LoadProgress progress;
                options.progress = &progress;
                QVERIFY(at::readCsvTables(inputs, nullptr, options).hasValue());
                done[split] = progress.done;
                progress.cancelRequested = true;
                const at::LoadResult r = at::readCsvTables(inputs, nullptr, options);
                QVERIFY(!r.hasValue());
                cancelled[split] = at::toStrings(at::errorsOf(r));
            }
            QCOMPARE(done[1], done[0]);
            QVERIFY(done[0] > qint64(events.size()) - headerEnd);
            QCOMPARE(cancelled[1], cancelled[0]);
            QCOMPARE(cancelled[1], QStringList{u"sources.csv: error: the import was cancelled"_s});
        }

        // Blank lines around the middle, and syntax errors in either range.
        bad = good;
        bad[2].bytes.insert(rowStart(events, middleRow + 1), "\n\n");
        bad[2].bytes.insert(rowStart(events, middleRow), "\n");
        QVERIFY2((diff = difference(bad)).isEmpty(), qPrintable(diff));
        QVERIFY(readSplit(bad, 100, 0).hasValue());
        for (const int row : {100, middleRow + 100}) {
            bad = good;
            bad[2].bytes.insert(rowStart(events, row) + 3, "\"");
            QVERIFY2((diff = difference(bad)).isEmpty(), qPrintable(diff));
            // The rest of the table is not read: the quotes that name its events say so after it.
            const QList<at::LoadError> found = at::errorsOf(readSplit(bad, 100, 0));
            QCOMPARE(
                found.first().toString(),
                u"events.csv:%1:4: error: a quote in a field that does not start with one; put the field in "
                "quotes and write the quote twice (\"\")"_s.arg(row + 1));
            QVERIFY(found.size() == 1 || found[1].file == u"quotes.csv"_s);
        }
    }

    // A text of 16 MiB or more is counted in two halves, one on another thread: a line break at the
    // middle is counted once.
    void linesOfABigTextAreCounted()
    {
        QByteArray text;
        const int lines = 2200000;
        text.reserve(8 * lines + 2);
        for (int i = 0; i < lines; ++i)
            text += "abcdefg\n";
        QVERIFY(text.size() >= (qsizetype(16) << 20));
        QCOMPARE(at::CsvParser::countLines(std::string_view(text.constData(), size_t(text.size()))),
                 size_t(lines + 1));
        text.prepend('\n'); // the byte at the middle is now a line feed
        QCOMPARE(text[text.size() / 2], '\n');
        QCOMPARE(at::CsvParser::countLines(std::string_view(text.constData(), size_t(text.size()))),
                 size_t(lines + 2));
    }

    void truncatedTablesAreRefusedOrComplete()
    {
        // Cut at every byte: never a crash, never a half-read table. A cut at a row's end is a complete,
        // shorter table; anywhere else the last row is short or a quote is open.
        const QList<Table> full = exampleTables();
        for (int t = 0; t < full.size(); ++t) {
            const QByteArray bytes = full[t].bytes;
            int complete = 0;
            for (qsizetype n = 0; n < bytes.size(); ++n) {
                QList<Table> cut = full;
                cut[t].bytes = bytes.left(n);
                const auto r = read(cut);
                QVERIFY2(r.hasValue() != !at::errorsOf(r).isEmpty(), qPrintable(QString::number(n)));
                for (const at::LoadError &e : at::errorsOf(r))
                    QVERIFY2(e.toString().startsWith(full[t].name) || e.file != full[t].name,
                             qPrintable(e.toString()));
                complete += r.hasValue();
            }
            QVERIFY2(complete >= 1, qPrintable(full[t].name));
        }
    }
};

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
