// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#include "app/core/import/csv/csvparser.h"
#include "app/core/import/csv/csvreader.h"
#include "app/core/import/datasetimport.h"
#include "app/core/import/json/jsonreader.h"
#include "app/core/import/json/jsonsyntax.h"
#include "app/core/import/loadprogress.h"
#include "app/core/import/textposition.h"
#include "tests/import/minimaljson.h"
#include "tests/support/synthetic.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// What happens to the files analysts really have: empty ones, folders, byte order marks, other encodings,
// Windows line ends, truncated copies, numbers and nesting that no reader should take. Files go through
// runImport(), the path File > Import, drag and drop and --dataset all take; the JSON cases that need no
// file go straight to readDatasetJson(). Every message is compared whole: file, line and column (CSV and
// JSON syntax) or JSON path, and the words.

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return f.readAll();
}

const QByteArray sourcesCsv = "id,title,publisher,author,published,paragraphs\ns1,Article,P,A,2011-06,5\n";
const QByteArray entitiesCsv =
    "id,nameEn,nameZh,parent,sector\na,Alpha,阿尔法,,portal\nb,Beta,贝塔,a,microblog\n";
const QByteArray eventsHeader = "id,start,end,kind,status,parties,title,summary,source,paragraph\n";

QStringList errorsOfJson(const QByteArray &bytes)
{
    return at::toStrings(at::errorsOf(at::readDatasetJson(bytes, u"f.json"_s)));
}

QByteArray utf16(const QByteArray &utf8, bool bigEndian)
{
    const QString text = QString::fromUtf8(utf8);
    QByteArray out = bigEndian ? QByteArray("\xFE\xFF") : QByteArray("\xFF\xFE");
    for (const QChar c : text) {
        const char hi = char(c.unicode() >> 8);
        const char lo = char(c.unicode() & 0xFF);
        out += bigEndian ? QByteArray{&hi, 1} + QByteArray{&lo, 1} : QByteArray{&lo, 1} + QByteArray{&hi, 1};
    }
    return out;
}

// The start of the UTF-8 character that byte `n` is in the middle of, or n.
qsizetype characterStart(const QByteArray &bytes, qsizetype n)
{
    while (n > 0 && n < bytes.size() && (uchar(bytes[n]) & 0xC0) == 0x80)
        --n;
    return n;
}

// The start of the literal (null, true, false) or number that ends at `n`.
qsizetype tokenStart(const QByteArray &bytes, qsizetype n)
{
    while (n > 0 &&
           (QChar::isLetterOrNumber(uchar(bytes[n - 1])) || bytes[n - 1] == '-' || bytes[n - 1] == '.'))
        --n;
    return n;
}

} // namespace

class TestFileImport : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(bytes) != bytes.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

    static at::ImportResult import(const QStringList &files, qint64 maxBytes = qint64(256) * 1024 * 1024)
    {
        at::ImportRequest request;
        request.files = files;
        request.mode = at::ImportMode::Replace;
        request.sizeLimit = at::ImportLimit::given(maxBytes);
        return at::runImport(request);
    }
    static QStringList errorsOf(const QStringList &files) { return at::toStrings(import(files).errors); }

    // sources.csv, entities.csv and events.csv with the given rows, all three encoded by `encode`.
    QStringList csvSet(const QByteArray &eventRows, QByteArray (*encode)(const QByteArray &) = nullptr)
    {
        auto e = [encode](const QByteArray &b) { return encode ? encode(b) : b; };
        return {write(u"sources.csv"_s, e(sourcesCsv)), write(u"entities.csv"_s, e(entitiesCsv)),
                write(u"events.csv"_s, e(eventsHeader + eventRows))};
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void zeroByteFiles()
    {
        for (const QString &name : {u"empty.json"_s, u"empty.csv"_s, u"empty"_s}) {
            const QString path = write(name, QByteArray());
            QCOMPARE(errorsOf({path}), QStringList{path + u": error: the file is empty"_s});
        }
        // A file that holds only a UTF-8 byte order mark is empty too, as a table.
        const QString bomOnly = write(u"bom-only.csv"_s, "\xEF\xBB\xBF");
        QCOMPARE(errorsOf({bomOnly}), QStringList{bomOnly + u": error: the file is empty"_s});
    }

    void aFolderIsRefusedBeforeAnythingIsRead()
    {
        const QString folder = m_dir.filePath(u"folder.json"_s);
        QVERIFY(QDir().mkpath(folder));
        const QString good = write(u"good.json"_s, minimalJson());
        const auto r = import({good, folder});
        QVERIFY(!r.ok());
        QCOMPARE(at::toStrings(r.errors), QStringList{folder + u": error: is a folder, not a file"_s});
        QCOMPARE(errorsOf({m_dir.filePath(u"nothing.csv"_s)}),
                 QStringList{m_dir.filePath(u"nothing.csv"_s) + u": error: no such file"_s});
    }

    void filesOverTheCapAreRefused()
    {
        const QString path = write(u"big.json"_s, minimalJson());
        QCOMPARE(at::toStrings(import({path}, 1000).errors),
                 QStringList{path + u": error: the file is %1 bytes, over the import size limit of 1000 "
                                    u"bytes; to open it, raise \"Import size limit\" in Edit > Preferences, "
                                    u"or start with --max-file-size 1M"_s.arg(minimalJson().size())});
    }

    void utf8ByteOrderMark()
    {
        // RFC 8259 lets a JSON reader refuse one; it is refused, saying how to save the file.
        const QString json = write(u"bom.json"_s, "\xEF\xBB\xBF" + minimalJson());
        QCOMPARE(errorsOf({json}),
                 QStringList{
                     json +
                     u":1:1: error: the file starts with a byte order mark; save it as UTF-8 without one"_s});
        // Excel writes one in front of "CSV UTF-8": skipped, and columns count from after it.
        const QStringList tables =
            csvSet("e1,2011-06-14,,alliance,confirmed,a;b,T1,S1,s1,2\n",
                   [](const QByteArray &b) -> QByteArray { return "\xEF\xBB\xBF" + b; });
        QVERIFY2(import(tables).ok(), qPrintable(errorsOf(tables).join(u'\n')));
        const QStringList bad = csvSet("e1,never,,alliance,confirmed,a;b,T1,S1,s1,2\n",
                                       [](const QByteArray &b) -> QByteArray { return "\xEF\xBB\xBF" + b; });
        QCOMPARE(
            errorsOf(bad),
            QStringList{
                bad[2] +
                u":2:4: error: start: \"never\" is not a date (YYYY-MM-DD, YYYY-Www, YYYY-MM, YYYY-Qn or YYYY, years 1900 to 2100)"_s});
    }

    void aByteOrderMarkInsideTheTextIsACharacter()
    {
        // U+FEFF inside a value is text like any other: an id that starts with it is not a valid id.
        QByteArray json = minimalJson();
        json.replace("\"id\": \"s1\"", "\"id\": \"\xEF\xBB\xBFs1\"");
        QCOMPARE(
            errorsOf({write(u"inner.json"_s, json)}).value(0),
            write(u"inner.json"_s, json) +
                u": error: sources[0].id: \"\uFEFFs1\" is not a valid id (lower-case letters, digits and '-', at most 64)"_s);
        // A title keeps it.
        json = minimalJson();
        json.replace("\"title\": \"T1\"", "\"title\": \"\xEF\xBB\xBFT1\"");
        const auto r = at::readDatasetJson(json, u"f.json"_s);
        QVERIFY(r.hasValue());
        QCOMPARE((*r)->string((*r)->events[(*r)->eventIndex(u"e1")].title), u"\uFEFFT1"_s);
    }

    void utf16WithAByteOrderMarkIsConverted()
    {
        for (const bool bigEndian : {false, true}) {
            const QString json = write(u"utf16.json"_s, utf16(minimalJson(), bigEndian));
            const auto r = import({json});
            QVERIFY2(r.ok(), qPrintable(at::toStrings(r.errors).join(u'\n')));
            QCOMPARE(r.dataset->entities[0].nameZh, u"阿尔法"_s);
            QCOMPARE(r.dataset->events.size(), size_t(2));

            const QStringList tables = csvSet(
                "e1,2011-06-14,,alliance,confirmed,a;b,T1,S1,s1,2\n",
                bigEndian ? [](const QByteArray &b) { return utf16(b, true); }
                          : [](const QByteArray &b) { return utf16(b, false); });
            const auto t = import(tables);
            QVERIFY2(t.ok(), qPrintable(at::toStrings(t.errors).join(u'\n')));
            QCOMPARE(t.dataset->entities[1].nameZh, u"贝塔"_s);
            // Places are in characters, as in the UTF-8 file.
            const QStringList bad = csvSet("e1,2011-06-14,,alliance,confirmed,a;b,阿尔法,S1,s1,9\n",
                                           [](const QByteArray &b) { return utf16(b, false); });
            QCOMPARE(
                errorsOf(bad),
                QStringList{bad[2] +
                            u":2:49: error: paragraph: 9 is beyond the 5 paragraphs of source \"s1\""_s});
        }
    }

    void otherEncodingsAreRefused()
    {
        const QString noMark = write(u"nomark.csv"_s, utf16(sourcesCsv, false).mid(2));
        QCOMPARE(errorsOf({noMark}),
                 QStringList{
                     noMark +
                     u": error: the file looks like UTF-16 without a byte order mark; save it as UTF-8"_s});
        const QString utf32 = write(u"utf32.json"_s, QByteArray("\xFF\xFE\x00\x00{\x00\x00\x00", 8));
        QCOMPARE(errorsOf({utf32}), QStringList{utf32 + u": error: the file is UTF-32; save it as UTF-8"_s});
        // A mark that promises UTF-16, and then a lone surrogate or an odd number of bytes.
        const QString broken =
            write(u"broken.csv"_s, QByteArray("\xFF\xFEi\x00\n\x00x\x00\x00\xDCy\x00", 12));
        QCOMPARE(
            errorsOf({broken}),
            QStringList{broken + u":2:2: error: invalid UTF-16: a surrogate (U+DC00) without its pair"_s});
        const QString atTheEnd = write(u"end.csv"_s, QByteArray("\xFE\xFF\x00i\xD8\x00", 6));
        QCOMPARE(
            errorsOf({atTheEnd}),
            QStringList{atTheEnd + u":1:2: error: invalid UTF-16: a surrogate (U+D800) without its pair"_s});
        const QString odd = write(u"odd.json"_s, QByteArray("\xFF\xFE{\x00}", 5));
        QCOMPARE(
            errorsOf({odd}),
            QStringList{
                odd +
                u": error: the file starts with a UTF-16 byte order mark but has an odd number of bytes"_s});
    }

    void invalidUtf8SaysWhere()
    {
        // GBK (what a Chinese Windows saves by default), Latin-1, an overlong form, a surrogate, a cut
        // character at the end. Columns are characters: 阿 before the bad byte counts one.
        const QByteArray gbk = "\xB0\xA2\xB6\xFB\xB7\xA8"; // 阿尔法 in GBK
        QByteArray json = minimalJson();
        json.replace("\"T1\"", QByteArray("\"阿" + gbk + "\""));
        QCOMPARE(errorsOfJson(json), QStringList{u"f.json:45:15: error: invalid UTF-8"_s});
        const QList<QByteArray> bad{"\xE9", "\xC0\xAF", "\xED\xA0\x80", "\xF4\x90\x80\x80", "\xE4\xB8"};
        for (const QByteArray &b : bad) {
            json = minimalJson();
            json.replace("\"S1\"", QByteArray("\"S" + b + "\""));
            QCOMPARE(errorsOfJson(json), QStringList{u"f.json:46:17: error: invalid UTF-8"_s});
        }
        json = QByteArray(minimalJson() + "\xE4\xB8");
        QCOMPARE(errorsOfJson(json), QStringList{u"f.json:125:2: error: invalid UTF-8"_s});

        const QStringList tables =
            csvSet(QByteArray("e1,2011-06-14,,alliance,confirmed,a;b,阿" + gbk + ",S1,s1,2\n"));
        QCOMPARE(
            errorsOf(tables),
            QStringList{
                tables[2] +
                u":2:40: error: invalid UTF-8; save the file as UTF-8 (GBK, Big5 and other encodings are not read)"_s});
    }

    void crlfLineEnds()
    {
        QByteArray json = minimalJson();
        json.replace("\n", "\r\n");
        QVERIFY(at::readDatasetJson(json, u"f.json"_s).hasValue());
        // Places count lines the same way.
        json.replace("\"version\": 1,", "\"version\" 1,");
        QCOMPARE(errorsOfJson(json), QStringList{u"f.json:3:13: error: missing name separator"_s});

        const QByteArray rows = "e1,2011-06-14,,alliance,confirmed,a;b,T1,\"one\r\ntwo\",s1,2\r\n"
                                "e2,2011-06-14,,alliance,confirmed,a;b,T2,S2,s1,2\r\n"
                                "e3,2011-06-14,,alliance,confirmed,a;zz,T3,S3,s1,2\r\n";
        QStringList tables = csvSet(rows, [](const QByteArray &b) {
            QByteArray crlf = b;
            return crlf.replace("\r\n", "\n").replace("\n", "\r\n");
        });
        QCOMPARE(errorsOf(tables),
                 QStringList{tables[2] + u":5:35: error: parties: unknown entity \"zz\""_s});
        tables = csvSet(QByteArray(rows).replace(";zz", ""));
        const auto r = import(tables);
        QVERIFY2(r.ok(), qPrintable(at::toStrings(r.errors).join(u'\n')));
        // The line break inside the quoted field is kept as written; the ones between rows are not text.
        QCOMPARE(r.dataset->string(r.dataset->events[size_t(r.dataset->eventIndex(u"e1"))].summary),
                 u"one\r\ntwo"_s);
        QCOMPARE(r.dataset->string(r.dataset->events[size_t(r.dataset->eventIndex(u"e3"))].summary), u"S3"_s);
    }

    void quotedFields()
    {
        const QStringList tables =
            csvSet("e1,2011-06-14,,alliance,confirmed,\"a;b\",\"Alpha, Beta \"\"and\"\" more\","
                   "\"a\nb, \"\"c\"\"\n\",s1,2\n"
                   "e2,2011-06-14,,alliance,confirmed,\"a\",\"\"\"\",\"\",s1,\"2\"\n"
                   "e3,2011-06-14,,alliance,confirmed,\"a\",\"x\",\"\",s1,\"x2\"\n");
        // Line 6 is where e3 starts, after the two line breaks inside e1's summary.
        QCOMPARE(
            errorsOf(tables),
            QStringList{tables[2] + u":6:49: error: paragraph: expected a whole number, found \"x2\""_s});
        const QStringList good =
            csvSet("e1,2011-06-14,,alliance,confirmed,\"a;b\",\"Alpha, Beta \"\"and\"\" more\","
                   "\"a\nb, \"\"c\"\"\n\",s1,2\n"
                   "e2,2011-06-14,,alliance,confirmed,\"a\",\"\"\"\",\"\",s1,\"2\"\n");
        const auto r = import(good);
        QVERIFY2(r.ok(), qPrintable(at::toStrings(r.errors).join(u'\n')));
        const at::Dataset &d = *r.dataset;
        const at::Event &e1 = d.events[size_t(d.eventIndex(u"e1"))];
        QCOMPARE(d.string(e1.title), u"Alpha, Beta \"and\" more"_s);
        QCOMPARE(d.string(e1.summary), u"a\nb, \"c\"\n"_s);
        QCOMPARE(e1.partyCount, quint16(2));
        QCOMPARE(d.string(d.events[size_t(d.eventIndex(u"e2"))].title), u"\""_s);
        QCOMPARE(d.string(d.events[size_t(d.eventIndex(u"e2"))].summary), QString());
    }

    void missingAndExtraKeysInJson()
    {
        QByteArray json = minimalJson();
        json.replace("\"summary\": \"S2\"", "\"sumary\": \"S2\"");
        json.replace("\"claim\": \"C\"", "\"claim\": \"C\", \"note\": 1");
        QCOMPARE(errorsOfJson(json),
                 (QStringList{u"f.json: error: events[1]: unknown key \"sumary\""_s,
                              u"f.json: error: events[1]: missing key \"summary\""_s,
                              u"f.json: error: series[0].points[0]: unknown key \"note\""_s}));
    }

    // A header the reader stops at leaves every array to the check that the rest is valid JSON: that check
    // moves the progress as reading the records would have, and answers a cancel.
    void aHeaderProblemStillShowsProgressAndCancels()
    {
        at::SyntheticSpec spec;
        spec.events = 20000; // arrays of many batches
        const QByteArray good = at::syntheticDatasetJson(spec);
        QByteArray bad = good;
        bad.replace("\"version\": 1,", "\"version\": 7,");
        QVERIFY(bad != good);
        const auto read = [](const QByteArray &json, bool cancel, qint64 *done) {
            at::LoadProgress progress;
            progress.cancelRequested = cancel;
            at::LoadOptions options;
            options.progress = &progress;
            const QStringList errors =
                at::toStrings(at::errorsOf(at::readDatasetJson(json, u"f.json"_s, options)));
            *done = progress.done;
            return errors;
        };
        qint64 doneGood = 0, doneBad = 0, doneCancelled = 0;
        QCOMPARE(read(good, false, &doneGood), QStringList());
        QCOMPARE(read(bad, false, &doneBad),
                 QStringList{u"f.json: error: version: 7 is newer than this program reads (2)"_s});
        QCOMPARE(doneBad, doneGood);
        QCOMPARE(read(bad, true, &doneCancelled), QStringList{u"f.json: error: the import was cancelled"_s});
        QVERIFY2(doneCancelled > 0 && doneCancelled < good.size() / 10,
                 qPrintable(QString::number(doneCancelled)));
    }

    void duplicateIds()
    {
        QByteArray json = minimalJson();
        json.replace("\"id\": \"e2\"", "\"id\": \"e1\"");
        json.replace("\"id\": \"b\"", "\"id\": \"a\"");
        // The repeats first, then what follows from them: "b" is no longer there to be named.
        QCOMPARE(errorsOfJson(json),
                 (QStringList{u"f.json: error: entities[1].id: duplicate id \"a\" (also entities[0])"_s,
                              u"f.json: error: events[1].id: duplicate id \"e1\" (also events[0])"_s,
                              u"f.json: error: events[0].parties[1]: unknown entity \"b\""_s,
                              u"f.json: error: events[1].parties[0]: unknown entity \"b\""_s,
                              u"f.json: error: series[0].entity: unknown entity \"b\""_s}));
        // Two files of one import.
        const QString first = write(u"first.json"_s, minimalJson());
        QByteArray other = minimalJson();
        for (const char *id : {"s1", "a", "b", "b-users", "m1", "q1"})
            other.replace(QByteArray("\"" + QByteArray(id) + "\""),
                          QByteArray("\"x" + QByteArray(id) + "\""));
        const QString second = write(u"second.json"_s, other);
        // Replacing, nothing was loaded before: the clash is between the two files, which "Replace" cannot
        // mend.
        QCOMPARE(
            errorsOf({first, second}),
            (QStringList{
                second +
                    u": error: events: \"e2\" is also in another file of this import; give one of them another id"_s,
                second +
                    u": error: events: \"e1\" is also in another file of this import; give one of them another id"_s}));
        // A table of events that repeats an id of a dataset file of the same import.
        const QString events =
            write(u"events.csv"_s, eventsHeader + "e2,2011-06-14,,alliance,confirmed,a,T,S,s1,2\n");
        QCOMPARE(errorsOf({first, events}),
                 QStringList{events +
                             u":2:1: error: id: \"e2\" is also in another file of this import; give one "
                             u"of them another id"_s});
        // Added to what is loaded: a repeat of a loaded id says so, one of a file of this import says that.
        at::ImportRequest add;
        add.mode = at::ImportMode::Add;
        add.base = *at::readDatasetJson(minimalJson(), u"loaded.json"_s);
        QVERIFY(add.base);
        QByteArray third = other;
        third.replace("\"xs1\"", "\"ys1\"");
        third.replace("\"xa\"", "\"ya\"");
        third.replace("\"xb\"", "\"yb\"");
        third.replace("\"xb-users\"", "\"yb-users\"");
        third.replace("\"xm1\"", "\"ym1\"");
        third.replace("\"xq1\"", "\"yq1\"");
        third.replace("\"e1\"", "\"y1\"");
        third.replace("\"e2\"", "\"y2\"");
        const QString thirdPath = write(u"third.json"_s, third);
        add.files = {thirdPath, second};
        QCOMPARE(
            at::toStrings(at::runImport(add).errors),
            (QStringList{
                second +
                    u": error: events: \"e2\" is already loaded; import with \"Replace\" or give it another id"_s,
                second +
                    u": error: events: \"e1\" is already loaded; import with \"Replace\" or give it another id"_s}));
        add.files = {thirdPath, events};
        QCOMPARE(at::toStrings(at::runImport(add).errors),
                 QStringList{events +
                             u":2:1: error: id: \"e2\" is already loaded; import with \"Replace\" or "
                             u"give it another id"_s});
    }

    void datesOutOfRange()
    {
        QByteArray json = minimalJson();
        json.replace("2011-06-14", "2101-01-01");
        json.replace("2010-Q3", "2011-Q5");
        json.replace("\"2011\"", "\"1899\"");
        json.replace("2011-Q1", "2011-W54");
        json.replace("\"2011-06\"", "\"2012-02-30\"");
        QCOMPARE(
            errorsOfJson(json),
            (QStringList{
                u"f.json: error: sources[0].published: \"2012-02-30\" is not a date (YYYY-MM-DD, YYYY-Www, YYYY-MM, YYYY-Qn or YYYY, years 1900 to 2100)"_s,
                u"f.json: error: events[0].start: \"2101-01-01\" is not a date (YYYY-MM-DD, YYYY-Www, YYYY-MM, YYYY-Qn or YYYY, years 1900 to 2100)"_s,
                u"f.json: error: events[1].start: \"2011-Q5\" is not a date (YYYY-MM-DD, YYYY-Www, YYYY-MM, YYYY-Qn or YYYY, years 1900 to 2100)"_s,
                u"f.json: error: events[1].end: \"1899\" is not a date (YYYY-MM-DD, YYYY-Www, YYYY-MM, YYYY-Qn or YYYY, years 1900 to 2100)"_s,
                u"f.json: error: series[0].points[0].date: \"2011-W54\" is not a date (YYYY-MM-DD, YYYY-Www, YYYY-MM, YYYY-Qn or YYYY, years 1900 to 2100)"_s,
                u"f.json: error: markets[0].date: \"2011-W54\" is not a date (YYYY-MM-DD, YYYY-Www, YYYY-MM, YYYY-Qn or YYYY, years 1900 to 2100)"_s,
                u"f.json: error: quotes[0].date: \"2012-02-30\" is not a date (YYYY-MM-DD, YYYY-Www, YYYY-MM, YYYY-Qn or YYYY, years 1900 to 2100)"_s}));
        // The edges are in.
        json = minimalJson();
        json.replace("2011-06-14", "1900-01-01");
        json.replace("\"2011\"", "\"2100\"");
        QVERIFY(at::readDatasetJson(json, u"f.json"_s).hasValue());
    }

    void numbersThatOverflow()
    {
        struct Case {
            QByteArray value;
            QString error;
        };
        // The point's value is on line 75, from column 15; the event's paragraph on line 48, from column 17.
        const QList<Case> values{
            {"1e999", u"f.json:75:20: error: illegal number"_s},
            {"-1e999", u"f.json:75:21: error: illegal number"_s},
            {"99999999999999999999", u"f.json:75:15: error: 99999999999999999999 is out of range"_s},
            {"1.e5", u"f.json:75:15: error: 1.e5 is not a number in JSON's form"_s},
            {"1e308", QString()},
            {"1e-999", QString()},
        };
        for (const Case &c : values) {
            QByteArray json = minimalJson();
            json.replace("140000000", c.value);
            QCOMPARE(errorsOfJson(json), c.error.isEmpty() ? QStringList() : QStringList{c.error});
        }
        const QList<Case> paragraphs{
            {"4294967297", u"f.json: error: events[0].paragraph: 4294967297 is not between 1 and 65535"_s},
            {"18446744073709551615",
             u"f.json: error: events[0].paragraph: 18446744073709551615 is not between 1 and 65535"_s},
            {"18446744073709551616", u"f.json:48:17: error: 18446744073709551616 is out of range"_s},
            {"-9223372036854775808",
             u"f.json: error: events[0].paragraph: -9223372036854775808 is not between 1 and 65535"_s},
            {"-9223372036854775809", u"f.json:48:17: error: -9223372036854775809 is out of range"_s},
            {"2.0", u"f.json: error: events[0].paragraph: expected a whole number, found a number"_s},
        };
        for (const Case &c : paragraphs) {
            QByteArray json = minimalJson();
            json.replace("\"paragraph\": 2\n", QByteArray("\"paragraph\": " + c.value + "\n"));
            QCOMPARE(errorsOfJson(json), QStringList{c.error});
        }
    }

    void stringsQtWouldTake()
    {
        // Qt's parser lets these pass and simdjson does not: the reader still says where.
        const QList<std::pair<QByteArray, QString>> cases{
            {"T\t1",
             u"f.json:45:15: error: a control character (U+0009) in a string; write it as an escape such as \\t or \\n"_s},
            {"T\\x", u"f.json:45:15: error: an invalid escape sequence in a string"_s},
            {"T\\ud800", u"f.json:45:15: error: an unpaired surrogate escape in a string"_s},
            {"T\\udc00\\ud800", u"f.json:45:15: error: an unpaired surrogate escape in a string"_s},
        };
        for (const auto &[text, error] : cases) {
            QByteArray json = minimalJson();
            json.replace("\"T1\"", QByteArray("\"" + text + "\""));
            QCOMPARE(errorsOfJson(json), QStringList{error});
        }
        QByteArray json = minimalJson();
        json.replace("\"T1\"", "\"T\\ud83d\\ude00\\u0000\"");
        const auto r = at::readDatasetJson(json, u"f.json"_s);
        QVERIFY(r.hasValue());
        QCOMPARE((*r)->string((*r)->events[size_t((*r)->eventIndex(u"e1"))].title), u"T\U0001F600\u0000"_s);
        // The scanner alone, on the forms it tells apart.
        QCOMPARE(at::findJsonTokenProblem("[01]")->message, u"01 is not a number in JSON's form"_s);
        QCOMPARE(at::findJsonTokenProblem("[1, -]")->offset, 4);
        QCOMPARE(at::findJsonTokenProblem("[1e+400]")->message, u"1e+400 is out of range"_s);
        QCOMPARE(at::findJsonTokenProblem(QByteArray("[" + QByteArray(100, '9') + "]"))->message,
                 u"99999999999999999999999999999999\u2026 is out of range"_s);
        QVERIFY(!at::findJsonTokenProblem(
            "[0.000e400, -9223372036854775808, 18446744073709551615, \"\\ud83d\\ude00\"]"));
    }

    void deepNesting()
    {
        QCOMPARE(errorsOfJson(QByteArray(5000, '[') + QByteArray(5000, ']')),
                 QStringList{u"f.json:1:1026: error: too deeply nested document"_s});
        QByteArray json = minimalJson();
        json.replace("\"title\": \"T1\"",
                     QByteArray("\"title\": " + QByteArray(2000, '{') + QByteArray(2000, '}')));
        QCOMPARE(errorsOfJson(json), QStringList{u"f.json:45:15: error: unterminated object"_s});
        json = minimalJson();
        json.replace("\"title\": \"T1\"",
                     QByteArray("\"title\": " + QByteArray(2000, '[') + QByteArray(2000, ']')));
        QCOMPARE(errorsOfJson(json), QStringList{u"f.json:45:1035: error: too deeply nested document"_s});
        // Deep but within the limit: the value is just of the wrong type.
        json = minimalJson();
        json.replace("\"title\": \"T1\"",
                     QByteArray("\"title\": " + QByteArray(1000, '[') + QByteArray(1000, ']')));
        QCOMPARE(errorsOfJson(json),
                 QStringList{u"f.json: error: events[0].title: expected a string, found an array"_s});
    }

    void jsonTruncatedAtEveryByte()
    {
        // Every cut of a small valid file is refused with one error, at the place where the text stops (or
        // at the character or word it stops in), in Qt's words or the reader's.
        const QByteArray good = minimalJson();
        const QStringList messages{u"unterminated object"_s,           u"unterminated array"_s,
                                   u"unterminated string"_s,           u"illegal value"_s,
                                   u"invalid termination by number"_s, u"invalid UTF-8"_s};
        QCOMPARE(errorsOfJson(QByteArray()), QStringList{u"f.json: error: the file is empty"_s});
        for (qsizetype n = 1; n < good.size(); ++n) {
            const QByteArray cut = good.left(n);
            const auto r = at::readDatasetJson(cut, u"f.json"_s);
            const QString context = u"cut at %1: "_s.arg(n) + at::toStrings(at::errorsOf(r)).join(u'|');
            QVERIFY2(!r.hasValue() && at::errorsOf(r).size() == 1, qPrintable(context));
            const at::LoadError &e = r.error()[0];
            QVERIFY2(messages.contains(e.message) && e.path.isEmpty(), qPrintable(context));
            qsizetype at = n;
            if (e.message == u"invalid UTF-8")
                at = characterStart(good, n);
            else if (e.message == u"illegal value") // Qt's parser says where it read the word's first letter
                at = tokenStart(good, n) + 1;
            const at::TextPosition expected = at::positionOfOffset(good, at);
            QVERIFY2(e.line == expected.line && e.column == expected.column,
                     qPrintable(context + u" expected %1:%2"_s.arg(expected.line).arg(expected.column)));
        }
        QVERIFY(at::readDatasetJson(good, u"f.json"_s).hasValue());
        // Through a file too.
        const QString path = write(u"cut.json"_s, good.left(good.indexOf("\"events\"")));
        QCOMPARE(errorsOf({path}), QStringList{path + u":34:2: error: unterminated object"_s});
    }

    void csvTruncatedAtEveryByte()
    {
        // The example events.csv cut at every byte, with its sources and entities whole. A cut is either a
        // good, shorter table (the rows before the cut, and the cut row when what is left of it is still
        // valid, such as a shorter note) or refused with every problem on the row that was cut.
        const QString dir = QStringLiteral(AT_SOURCE_DIR "/resources/csv/");
        const QByteArray events = readAll(dir + u"events.csv"_s);
        const QString sources = write(u"sources.csv"_s, readAll(dir + u"sources.csv"_s));
        const QString entities = write(u"entities.csv"_s, readAll(dir + u"entities.csv"_s));
        // Where each record ends, and the line it starts on.
        std::vector<std::pair<qsizetype, int>> records;
        {
            at::CsvParser parser(std::string_view(events.data(), size_t(events.size())));
            std::vector<at::CsvParser::Field> fields;
            while (parser.next(fields) == at::CsvParser::Status::Record)
                records.emplace_back(qsizetype(parser.offset()), fields.front().line);
        }
        QCOMPARE(records.size(), size_t(4)); // the header and three events
        const QString cutPath = m_dir.filePath(u"events.csv"_s);
        QCOMPARE(errorsOf({sources, entities, write(u"events.csv"_s, QByteArray())}),
                 QStringList{cutPath + u": error: the file is empty"_s});
        for (qsizetype n = 1; n < events.size(); ++n) {
            write(u"events.csv"_s, events.left(n));
            const auto r = import({sources, entities, cutPath});
            size_t whole = 0; // records that end before the cut
            while (whole < records.size() && records[whole].first <= n)
                ++whole;
            const int cutRowLine = whole < records.size() ? records[whole].second : 0;
            const int lastLine = int(events.left(n).count('\n')) + 1;
            const QString context = u"cut at %1: "_s.arg(n) + at::toStrings(r.errors).join(u'|');
            if (r.ok()) {
                const size_t rows = whole == 0 ? 0 : whole - 1;
                QVERIFY2(r.dataset->events.size() == rows || r.dataset->events.size() == rows + 1,
                         qPrintable(context));
                continue;
            }
            QVERIFY2(!r.errors.isEmpty(), qPrintable(context));
            for (const at::LoadError &e : r.errors) {
                QVERIFY2(e.file == cutPath && e.line >= cutRowLine && e.line <= lastLine && e.column >= 1,
                         qPrintable(context));
            }
        }
        // A cut in the middle of a date, exactly.
        write(u"events.csv"_s, events.left(events.indexOf("2012-W10") + 6));
        QCOMPARE(errorsOf({sources, entities, cutPath}),
                 QStringList{cutPath + u":3:1: error: the row has 2 fields; the header has 11"_s});
    }
};

QTEST_GUILESS_MAIN(TestFileImport)
#include "tst_fileimport.moc"
