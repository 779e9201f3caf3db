// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
// Export and import of annotations (JSON, CSV) and the Markdown report.

#include "app/core/annotations/annotationedits.h"
#include "app/core/annotations/annotationio.h"
#include "app/core/annotations/annotationstore.h"
#include "app/core/atomicfile.h"
#include "app/core/import/json/jsonreader.h"
#include "app/core/quotemodel.h"
#include "tests/annotations/annotationtesthelpers.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace at;
using namespace at::testing;

namespace {

// Everything that could trip a writer or a reader: CJK, line breaks, quotes, commas, markup, formula-like
// starts, leading apostrophes, empty text, and both kinds of target.
QList<Annotation> awkwardAnnotations()
{
    QList<Annotation> list;
    const QStringList texts = {u"第一行\n第二行，还有“引号”"_s,
                               u"<img src=x> & <b>bold</b>"_s,
                               u"\"quoted\", with, commas\r\nand CRLF"_s,
                               u"=SUM(A1:A2)"_s,
                               u"-5 is negative"_s,
                               u"'=already quoted"_s,
                               u"''+two apostrophes"_s,
                               u"@mention"_s,
                               QString(),
                               u"  leading and trailing spaces  "_s};
    for (int i = 0; i < texts.size(); ++i) {
        Annotation a = sample(i % 2 ? u"sina-msn-alliance"_s : u"sina-china-unicom"_s, texts[i], i);
        a.importance = Importance(i % 3);
        if (i == 3)
            a.tags = {};
        if (i == 4)
            a.tags = {u"中文标签"_s, u"=tag"_s};
        list << a;
    }
    Annotation p = sample(QString(), u"a data point"_s, 42);
    p.target = AnnotationTarget::point(u"qq-active-accounts"_s, u"2010-Q3"_s);
    list << p;
    Annotation span = sample(QString(), u"Weibo's telecom push"_s, 43);
    span.target = AnnotationTarget::span(u"weibo"_s, QDate(2011, 6, 1), QDate(2011, 12, 31));
    list << span;
    Annotation period = sample(QString(), u"3Q war"_s, 44);
    period.target = AnnotationTarget::period(QDate(2010, 9, 27), QDate(2010, 11, 21));
    period.editedBy = u"reviewer"_s;
    list << period;
    return list;
}

const char *validJson = R"({
  "format": "alliance-timeline-annotations",
  "version": 1,
  "annotations": [
    {
      "uuid": "6f1c2d3e-4a5b-4c6d-8e7f-0123456789ab",
      "target": "event",
      "eventId": "sina-msn-alliance",
      "text": "fine",
      "tags": ["a"],
      "importance": "normal",
      "author": "me",
      "created": "2024-05-01T12:00:00.000Z",
      "edited": "2024-05-01T12:00:00.000Z"
    }
  ]
}
)";

const char *csvHeader = "uuid,target,event_id,series_id,point_date,entity_id,from,to,date,title,text,tags,"
                        "importance,author,created,"
                        "edited,edited_by\r\n";
const char *csvRow = "6f1c2d3e-4a5b-4c6d-8e7f-0123456789ab,event,sina-msn-alliance,,,,,,,,fine,a,normal,me,"
                     "2024-05-01T12:00:00.000Z,2024-05-01T12:00:00.000Z,me\r\n";

} // namespace

class TestAnnotationIo : public QObject {
    Q_OBJECT

    std::shared_ptr<const Dataset> m_dataset;
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        const LoadResult r = readEmbeddedDataset();
        QVERIFY(r.hasValue());
        m_dataset = *r;
    }

    void jsonRoundTrip()
    {
        const QList<Annotation> list = awkwardAnnotations();
        const QByteArray json = annotationsToJson(list, *m_dataset);
        const AnnotationReadResult r = readAnnotationsJson(json, u"x.json"_s);
        QVERIFY2(r, qPrintable(r ? QString() : toStrings(r.error()).join(u'\n')));
        QCOMPARE(*r, list);
        // For people: the event's date and title ride along.
        QVERIFY(json.contains(
            "\"eventId\": \"sina-msn-alliance\",\n      \"date\": \"2010-11-11\",\n      \"title\": "
            "\"Sina and MSN China form a strategic partnership\""));
        QVERIFY(json.startsWith("{\n  \"format\": \"alliance-timeline-annotations\",\n  \"version\": 2,\n"));
        // A span names its company and its days; a period only its days.
        QVERIFY(json.contains("\"target\": \"span\",\n      \"entityId\": \"weibo\",\n      \"from\": "
                              "\"2011-06-01\",\n      \"to\": \"2011-12-31\",\n      \"date\": "
                              "\"2011-06-01/2011-12-31\",\n"));
        QVERIFY(json.contains("\"target\": \"period\",\n      \"from\": \"2010-09-27\",\n      \"to\": "
                              "\"2010-11-21\",\n      \"date\": \"2010-09-27/2010-11-21\",\n      \"title\": "
                              "\"All companies\",\n"));
        // An empty list is a valid file too.
        const AnnotationReadResult empty =
            readAnnotationsJson(annotationsToJson({}, *m_dataset), u"e.json"_s);
        QVERIFY(empty);
        QVERIFY(empty->isEmpty());
    }

    void csvRoundTrip()
    {
        const QList<Annotation> list = awkwardAnnotations();
        const QByteArray csv = annotationsToCsv(list, *m_dataset);
        QVERIFY(csv.startsWith(QByteArray(QByteArray("\xEF\xBB\xBF") + QByteArray(csvHeader))));
        QVERIFY(csv.contains(",'=SUM(A1:A2),")); // neutralized for spreadsheets
        QVERIFY(csv.contains(",'-5 is negative,"));
        QVERIFY(csv.contains(",''=already quoted,"));
        QVERIFY(csv.contains(",2010-11-11,Sina and MSN China form a strategic partnership,"));
        const AnnotationReadResult r = readAnnotationsCsv(csv, u"x.csv"_s);
        QVERIFY2(r, qPrintable(r ? QString() : toStrings(r.error()).join(u'\n')));
        QCOMPARE(*r, list);
        // LF line ends, no byte order mark and columns in another order read the same.
        QByteArray lf = csv.mid(3);
        lf.replace("\r\n", "\n");
        QCOMPARE(readAnnotationsCsv(lf, u"lf.csv"_s).valueOr(QList<Annotation>()).size(), list.size());
        const QByteArray reordered =
            "text,uuid,target,event_id,series_id,point_date,tags,importance,author,created,"
            "edited\nhi,6f1c2d3e-4a5b-4c6d-8e7f-0123456789ab,event,e,,,,low,me,"
            "2024-05-01T12:00:00.000Z,2024-05-01T12:00:00.000Z\n";
        const AnnotationReadResult two = readAnnotationsCsv(reordered, u"r.csv"_s);
        QVERIFY2(two, qPrintable(two ? QString() : toStrings(two.error()).join(u'\n')));
        QCOMPARE(two->first().text, u"hi"_s);
    }

    void malformedJson_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QStringList>("errors");
        const QByteArray valid(validJson);
        auto with = [&](const char *from, const char *to) { return QByteArray(valid).replace(from, to); };
        QTest::newRow("syntax") << with("\"fine\",", "\"fine\"")
                                << QStringList{u"f.json:10:8: error: unterminated object"_s};
        QTest::newRow("importance")
            << with("\"normal\"", "\"urgent\"")
            << QStringList{u"f.json:11:7: error: annotations[0].importance: \"urgent\" is not an "
                           u"importance (low, normal or high)"_s};
        QTest::newRow("missing author")
            << with("      \"author\": \"me\",\n", "")
            << QStringList{u"f.json:5:5: error: annotations[0].author: missing"_s};
        QTest::newRow("tags type") << with("[\"a\"]", "5")
                                   << QStringList{
                                          u"f.json:10:7: error: annotations[0].tags: expected an array of "
                                          u"strings, found a number"_s};
        QTest::newRow("bad tag")
            << with("[\"a\"]", "[\"a;b\"]")
            << QStringList{u"f.json:10:7: error: annotations[0].tags: \"a;b\" is not a tag (1 to 64 "
                           u"characters, no commas, semicolons or line breaks)"_s};
        QTest::newRow("time")
            << with("\"2024-05-01T12:00:00.000Z\"\n", "\"yesterday\"\n")
            << QStringList{u"f.json:14:7: error: annotations[0].edited: \"yesterday\" is not a time "
                           u"such as 2011-06-14T08:30:00.000Z"_s};
        QTest::newRow("uuid")
            << with("6f1c2d3e-4a5b-4c6d-8e7f-0123456789ab", "not-a-uuid")
            << QStringList{u"f.json:6:7: error: annotations[0].uuid: \"not-a-uuid\" is not a UUID"_s};
        QTest::newRow("unknown key") << with("\"text\": \"fine\",", "\"txet\": \"fine\",")
                                     << QStringList{u"f.json:9:7: error: annotations[0].txet: unknown key"_s,
                                                    u"f.json:5:5: error: annotations[0].text: missing"_s};
        QTest::newRow("duplicate key")
            << with("\"text\": \"fine\",", "\"text\": \"fine\", \"text\": \"again\",")
            << QStringList{u"f.json:9:23: error: annotations[0].text: this key appears twice"_s};
        QTest::newRow("newer version")
            << with("\"version\": 1", "\"version\": 3")
            << QStringList{u"f.json:3:3: error: version: the file is of format version 3, "
                           u"written by a newer version of Alliance Timeline; this version "
                           u"reads version 2"_s};
        QTest::newRow("span backwards")
            << with("\"target\": \"event\",\n      \"eventId\": \"sina-msn-alliance\",",
                    "\"target\": \"span\", \"entityId\": \"sina\", \"from\": \"2011-12-31\", \"to\": "
                    "\"2011-06-01\",")
            << QStringList{u"f.json:7:67: error: annotations[0].to: the last day, 2011-06-01, is before the "
                           u"first, 2011-12-31"_s};
        QTest::newRow("period without days")
            << with("\"target\": \"event\",\n      \"eventId\": \"sina-msn-alliance\",",
                    "\"target\": \"period\",")
            << QStringList{u"f.json:5:5: error: annotations[0].from: missing"_s,
                           u"f.json:5:5: error: annotations[0].to: missing"_s};
        QTest::newRow("span day")
            << with("\"target\": \"event\",\n      \"eventId\": \"sina-msn-alliance\",",
                    "\"target\": \"span\", \"entityId\": \"sina\", \"from\": \"2011-6-1\", \"to\": "
                    "\"2011-12-31\",")
            << QStringList{
                   u"f.json:7:45: error: annotations[0].from: \"2011-6-1\" is not a day (YYYY-MM-DD)"_s};
        QTest::newRow("not annotations")
            << QByteArray("{\"format\": \"alliance-timeline-dataset\"}")
            << QStringList{u"f.json:1:2: error: format: not \"alliance-timeline-annotations\""_s};
        QByteArray twice = valid;
        const qsizetype start = valid.indexOf("    {");
        const qsizetype end = valid.indexOf("    }") + 5;
        twice.insert(end, QByteArray(",\n" + valid.mid(start, end - start)));
        QTest::newRow("duplicate uuid")
            << twice
            << QStringList{u"f.json:17:7: error: annotations[1].uuid: the uuid "
                           u"6f1c2d3e-4a5b-4c6d-8e7f-0123456789ab appears twice; first on "
                           u"line 6"_s};
        QTest::newRow("invalid utf-8")
            << with("fine", "fi\xff\xfe") << QStringList{u"f.json:9:18: error: invalid UTF-8"_s};
        QTest::newRow("empty") << QByteArray() << QStringList{u"f.json: error: the file is empty"_s};
    }

    void malformedJson()
    {
        QFETCH(QByteArray, json);
        QFETCH(QStringList, errors);
        const AnnotationReadResult r = readAnnotationsJson(json, u"f.json"_s);
        QVERIFY(!r);
        QCOMPARE(toStrings(r.error()).join(u'\n'), errors.join(u'\n'));
    }

    void malformedCsv_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<QStringList>("errors");
        const QByteArray header(csvHeader);
        const QByteArray row(csvRow);
        auto rowWith = [&](const char *from, const char *to) { return QByteArray(row).replace(from, to); };
        QTest::newRow("importance")
            << QByteArray(header + row +
                          rowWith(",normal,", ",urgent,").replace("0123456789ab", "0123456789ac"))
            << QStringList{u"f.csv:3:76: error: importance: \"urgent\" is not an importance "
                           u"(low, normal or high)"_s};
        QTest::newRow("empty author")
            << QByteArray(header + rowWith(",me,", ",,")) << QStringList{u"f.csv:2: error: author: empty"_s};
        QTest::newRow("open quote") << QByteArray(header + rowWith(",fine,", ",\"fine,"))
                                    << QStringList{u"f.csv:2:69: error: a quoted field is not closed"_s};
        QTest::newRow("field count") << QByteArray(header + rowWith(",fine,", ",fine,extra,"))
                                     << QStringList{
                                            u"f.csv:2: error: 18 fields in this row; the header has 17"_s};
        QTest::newRow("unknown column") << QByteArray(QByteArray(header).replace("title", "tilte") + row)
                                        << QStringList{u"f.csv:1:66: error: tilte: unknown column"_s};
        QTest::newRow("missing column")
            << QByteArray(QByteArray(header).replace(",author", "") + rowWith(",me,", ","))
            << QStringList{u"f.csv:1: error: author: the header has no such column"_s};
        QTest::newRow("time on a later line")
            << QByteArray(
                   header +
                   rowWith(",fine,", ",\"two\nlines\",").replace("12:00:00.000Z,me\r\n", "noon,me\r\n"))
            << QStringList{u"f.csv:3:45: error: edited: \"2024-05-01Tnoon\" is not a "
                           u"time such as 2011-06-14T08:30:00.000Z"_s};
        QTest::newRow("stray quote") << QByteArray(header + rowWith(",fine,", ",fi\"ne,"))
                                     << QStringList{u"f.csv:2:71: error: a quote inside an unquoted field"_s};
        QTest::newRow("point without date")
            << QByteArray(header + rowWith(",event,sina-msn-alliance,,,", ",point,,qq,,"))
            << QStringList{u"f.csv:2: error: point_date: empty"_s};
        QTest::newRow("span backwards")
            << QByteArray(header +
                          rowWith(",event,sina-msn-alliance,,,,,,", ",span,,,,weibo,2011-12-31,2011-06-01,"))
            << QStringList{
                   u"f.csv:2: error: to: the last day, 2011-06-01, is before the first, 2011-12-31"_s};
        QTest::newRow("span without company")
            << QByteArray(header +
                          rowWith(",event,sina-msn-alliance,,,,,,", ",span,,,,,2011-06-01,2011-12-31,"))
            << QStringList{u"f.csv:2: error: entity_id: empty"_s};
    }

    void malformedCsv()
    {
        QFETCH(QByteArray, csv);
        QFETCH(QStringList, errors);
        const AnnotationReadResult r = readAnnotationsCsv(csv, u"f.csv"_s);
        QVERIFY(!r);
        QCOMPARE(toStrings(r.error()).join(u'\n'), errors.join(u'\n'));
    }

    // A file over the limit is refused before it is parsed, and the message says what to do.
    void aFileOverTheLimitSaysWhatToDo()
    {
        const QString message =
            u"the file is 67108865 bytes, over the limit of 67108864 bytes for a file of annotations; split "
            u"it "
            "into smaller files and import each (an import adds to the annotations already there)"_s;
        const QByteArray big(maxAnnotationFileBytes + 1, ' ');
        QCOMPARE(toStrings(readAnnotationsJson(big, u"f.json"_s).error()),
                 QStringList{u"f.json: error: "_s + message});
        QCOMPARE(toStrings(readAnnotationsCsv(big, u"f.csv"_s).error()),
                 QStringList{u"f.csv: error: "_s + message});
        QTemporaryDir dir;
        const QString path = dir.filePath(u"big.json"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly) && file.resize(maxAnnotationFileBytes + 1)); // sparse
        file.close();
        QCOMPARE(toStrings(readAnnotationsFile(path).error()), QStringList{path + u": error: "_s + message});
        QVERIFY(readAnnotationsJson(QByteArray(maxAnnotationFileBytes, ' '), u"f.json"_s)
                    .error()
                    .first()
                    .message != message); // the limit itself is taken
    }

    void importMergesWithoutDuplicates()
    {
        AnnotationStore store;
        QVERIFY(store.create(m_dir.filePath(u"import.atws"_s)));
        QUndoStack stack;
        AnnotationEdits edits(&store, &stack);
        const QList<Annotation> list = awkwardAnnotations();
        const QString json = m_dir.filePath(u"a.json"_s);
        const QString csv = m_dir.filePath(u"a.csv"_s);
        QVERIFY(writeFileAtomically(json, annotationsToJson(list, *m_dataset)));
        QVERIFY(writeFileAtomically(csv, annotationsToCsv(list, *m_dataset)));

        AnnotationReadResult r = readAnnotationsFile(json);
        QVERIFY(r);
        ImportSummary s = edits.importAnnotations(*r).valueOr(ImportSummary{-1, -1, -1, -1});
        QCOMPARE(s.added, int(list.size()));
        QCOMPARE(store.count(), int(list.size()));
        // The same again, from CSV this time: nothing new.
        r = readAnnotationsFile(csv);
        QVERIFY(r);
        s = edits.importAnnotations(*r).valueOr(ImportSummary{-1, -1, -1, -1});
        QCOMPARE(s.added, 0);
        QCOMPARE(s.unchanged, int(list.size()));
        QCOMPARE(store.count(), int(list.size()));
        QCOMPARE(stack.count(), 1); // nothing to undo for an import that changed nothing

        // A newer version replaces ours; an older one does not.
        QList<Annotation> changed = {list[0], list[1]};
        changed[0].text = u"newer"_s;
        changed[0].edited = list[0].edited.addDays(1);
        changed[1].text = u"older"_s;
        changed[1].edited = list[1].edited.addDays(-1);
        s = edits.importAnnotations(changed).valueOr(ImportSummary{-1, -1, -1, -1});
        QCOMPARE(s.updated, 1);
        QCOMPARE(s.keptNewer, 1);
        QCOMPARE(store.find(list[0].id)->text, u"newer"_s);
        QCOMPARE(store.find(list[1].id)->text, list[1].text);
    }

    void malformedImportChangesNothing()
    {
        AnnotationStore store;
        const QString ws = m_dir.filePath(u"unchanged.atws"_s);
        QVERIFY(store.create(ws));
        QUndoStack stack;
        AnnotationEdits edits(&store, &stack);
        QVERIFY(edits.importAnnotations({sample(u"e"_s, u"existing"_s)}));
        const QByteArray before = fileBytes(ws);
        // The first annotation is fine, the second is not: neither is imported.
        QList<Annotation> two = {sample(u"e"_s, u"fine"_s), sample(u"e"_s, u"bad"_s, 1)};
        QByteArray csv = annotationsToCsv(two, *m_dataset);
        csv.replace(",high,analyst,2024-05-01T12:00:01", ",HIGH,analyst,2024-05-01T12:00:01");
        const QString file = m_dir.filePath(u"bad.csv"_s);
        QVERIFY(writeFileAtomically(file, csv));
        const AnnotationReadResult r = readAnnotationsFile(file);
        QVERIFY(!r);
        QCOMPARE(toStrings(r.error()).size(), 1);
        QVERIFY2(toStrings(r.error()).first().startsWith(file + u":3:"_s),
                 qPrintable(toStrings(r.error()).first()));
        QVERIFY(toStrings(r.error()).first().contains(u"error: importance: \"HIGH\" is not an importance"_s));
        QCOMPARE(store.count(), 1);
        QCOMPARE(stack.count(), 1);
        QCOMPARE(fileBytes(ws), before);
    }

    void markdownReport()
    {
        const Dataset &d = *m_dataset;
        Annotation a =
            sample(u"sina-msn-alliance"_s, u"<img src=x> matters\n# not a heading\n1. not a list"_s);
        a.tags = {u"msn"_s, u"weibo"_s};
        a.edited = QDateTime(QDate(2024, 5, 2), QTime(9, 30), Qt::UTC);
        Annotation missing = sample(u"gone-event"_s, u"orphan"_s);
        Annotation point = sample(QString(), u"check the *figure*"_s);
        point.target = AnnotationTarget::point(u"qq-active-accounts"_s, u"2010-Q3"_s);
        const QLocale en(QLocale::English, QLocale::UnitedKingdom);
        Annotation span = sample(QString(), u"telecom push"_s, 7);
        span.target = AnnotationTarget::span(u"weibo"_s, QDate(2011, 6, 1), QDate(2011, 12, 31));
        Annotation period = sample(QString(), u"3Q war"_s, 8);
        period.target = AnnotationTarget::period(QDate(2010, 9, 27), QDate(2010, 11, 21));
        Annotation goneCompany = sample(QString(), u"lost"_s, 9);
        goneCompany.target = AnnotationTarget::span(u"nobody"_s, QDate(2011, 1, 1), QDate(2011, 1, 31));
        const QString ranges = annotationReport({span, period, goneCompany}, d, en);
        // In time order, the period first; a company the dataset lacks goes with the unknown ones.
        QVERIFY2(ranges.contains(
                     u"# Annotated spans and periods\n\n## All companies, 27 Sept 2010 – 21 Nov 2010\n\n"
                     u"- **High** · analyst · "_s),
                 qPrintable(ranges));
        QVERIFY(ranges.contains(u"\n\n## Sina Weibo, 1 Jun 2011 – 31 Dec 2011\n\n- **High**"_s));
        QVERIFY(ranges.indexOf(u"All companies"_s) < ranges.indexOf(u"Sina Weibo"_s));
        QVERIFY(ranges.contains(u"# Annotations on events not in the loaded dataset\n\n## nobody "
                                u"2011-01-01/2011-01-31\n\n"_s));
        const QString md = annotationReport({a, missing, point}, d, en);
        const int e = d.eventIndex(u"sina-msn-alliance");
        const Event &ev = d.events[size_t(e)];
        QVERIFY(
            md.startsWith(u"# Annotated events\n\n3 annotation(s) on 1 event(s) and 1 data point(s).\n\n"_s));
        QVERIFY(
            md.contains(u"## Sina and MSN China form a strategic partnership\n\n- Date: 11 Nov 2010\n"_s));
        QVERIFY(md.contains(u"- Parties: Sina Corp, Sina Weibo, MSN China\n"_s));
        QVERIFY(md.contains(u"- Source: "_s + at::markdownEscape(d.citation(ev.source, ev.paragraph))));
        QVERIFY(md.contains(u"- Event id: sina\\-msn\\-alliance"_s) ||
                md.contains(u"- Event id: sina-msn-alliance"_s));
        // Quotes linked to the event.
        int quotes = 0;
        for (const Quote &q : d.quotes)
            if (q.events.contains(e)) {
                ++quotes;
                QVERIFY2(
                    md.contains(u"> "_s + at::markdownEscape(QuoteModel::citationText(d, q, en)) + u'\n'),
                    qPrintable(q.id));
            }
        QVERIFY(quotes > 0);
        // The annotation, escaped: no HTML, no heading, no list.
        QVERIFY2(md.contains(u"- **High** · analyst · 2024-05-02 09:30 UTC · tags: msn, weibo\n\n"
                             u"  \\<img src=x\\> matters\\\n  \\# not a heading\\\n  1\\. not a list\n"_s),
                 qPrintable(md));
        QVERIFY(!md.contains(QRegularExpression(u"(?<!\\\\)<"_s))); // every < escaped
        QVERIFY(md.contains(u"# Annotated data points\n\n## QQ"_s));
        QVERIFY(md.contains(u"check the \\*figure\\*"_s));
        QVERIFY(md.contains(u"# Annotations on events not in the loaded dataset\n\n## gone-event\n"_s));
    }

    void markdownEscape_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("escaped");
        QTest::newRow("plain") << u"plain text 中文"_s << u"plain text 中文"_s;
        QTest::newRow("html") << u"<b>x</b> & y"_s << u"\\<b\\>x\\</b\\> \\& y"_s;
        QTest::newRow("emphasis") << u"*a* _b_ `c` ~d~"_s << u"\\*a\\* \\_b\\_ \\`c\\` \\~d\\~"_s;
        QTest::newRow("link") << u"[x](http://e)"_s << u"\\[x\\](http://e)"_s;
        QTest::newRow("heading") << u"# h"_s << u"\\# h"_s;
        QTest::newRow("list") << u"- item"_s << u"\\- item"_s;
        QTest::newRow("quote") << u"> q"_s << u"\\> q"_s;
        QTest::newRow("ordered") << u"12. x"_s << u"12\\. x"_s;
        QTest::newRow("table") << u"a | b"_s << u"a \\| b"_s;
        QTest::newRow("backslash") << u"a\\b"_s << u"a\\\\b"_s;
    }

    void markdownEscape()
    {
        QFETCH(QString, text);
        QFETCH(QString, escaped);
        QCOMPARE(at::markdownEscape(text), escaped);
    }
};

QTEST_GUILESS_MAIN(TestAnnotationIo)
#include "tst_annotationio.moc"
