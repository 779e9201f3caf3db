// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#include "app/core/import/json/jsonreader.h"
#include "tests/import/minimaljson.h"
#include "tests/import/reference/datasetdescription.h"
#include "tests/import/reference/referencereader.h"
#include "tests/support/synthetic.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;

// The fast dataset reader (app/core/datasetreader.cpp) must say exactly what the reader first written for
// the project says (reference/referencereader.cpp), error for error, and build the same dataset. This
// compares them on the corpus, on every truncation of two files, on thousands of seeded mutations, on
// files big enough to be read in many batches, and on the nesting limit.

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return f.readAll();
}

// Empty when both readers agree; else what differs.
QString difference(QByteArrayView bytes, int maxErrors = 100)
{
    at::LoadOptions options;
    options.maxErrors = maxErrors;
    options.maxBytes = qint64(1) << 40;
    const auto fast = at::readDatasetJson(bytes, u"f.json"_s, options);
    const auto reference = at::reference::readDatasetJson(bytes, u"f.json"_s, options);
    const QStringList a = at::toStrings(at::errorsOf(fast));
    const QStringList b = at::toStrings(at::errorsOf(reference));
    if (a != b)
        return u"errors differ:\n fast: %1\n reference: %2"_s.arg(a.join(u"\n       "),
                                                                  b.join(u"\n            "));
    if (fast.hasValue() != reference.hasValue())
        return u"one built a dataset, the other did not"_s;
    if (fast.hasValue() && at::describe(**fast) != at::describe(**reference))
        return u"the datasets differ"_s;
    return {};
}

QStringList corpus()
{
    QStringList files;
    const QString dir = QStringLiteral(AT_TEST_DATA "/loader");
    for (const QString &sub : {u"good"_s, u"bad"_s}) {
        for (const QString &f : QDir(dir + u'/' + sub).entryList({u"*.json"_s}, QDir::Files, QDir::Name))
            files << dir + u'/' + sub + u'/' + f;
    }
    files << QStringLiteral(AT_SOURCE_DIR "/resources/data/alliances-2010-2013.json");
    return files;
}

// A file of `events` synthetic events, read in several batches.
QByteArray synthetic(int events)
{
    at::SyntheticSpec spec;
    spec.events = events;
    spec.lanes = 40;
    spec.series = 4;
    spec.pointsPerSeries = 50;
    spec.quotes = 30;
    return at::syntheticDatasetJson(spec);
}

} // namespace

class TestReaderEquivalence : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void corpusFiles_data()
    {
        QTest::addColumn<QString>("path");
        for (const QString &f : corpus())
            QTest::newRow(qPrintable(QFileInfo(f).fileName())) << f;
    }
    void corpusFiles()
    {
        QFETCH(QString, path);
        const QByteArray bytes = readAll(path);
        const QString diff = difference(bytes);
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
        QVERIFY2(difference(bytes, 1).isEmpty(), "with one error allowed");
    }

    void everyTruncation()
    {
        for (const QString &name : {u"good/minimal.json"_s, u"bad/several-errors.json"_s}) {
            const QByteArray bytes = readAll(QStringLiteral(AT_TEST_DATA "/loader/") + name);
            for (qsizetype n = 0; n <= bytes.size(); ++n) {
                const QString diff = difference(bytes.left(n));
                QVERIFY2(diff.isEmpty(),
                         qPrintable(name + u" cut at "_s + QString::number(n) + u": "_s + diff));
            }
        }
    }

    void seededMutations()
    {
        // Fixed seed: the same 4000 files every run. Tokens that make JSON interesting to a reader.
        QRandomGenerator rng(20101111);
        const QList<QByteArray> tokens{"{",
                                       "}",
                                       "[",
                                       "]",
                                       ",",
                                       ":",
                                       "\"",
                                       "\\",
                                       "\\u0000",
                                       "\\ud800",
                                       "null",
                                       "true",
                                       "1e999",
                                       "-1",
                                       "0",
                                       "65536",
                                       "1.5",
                                       "\"x\"",
                                       "\"id\"",
                                       "\"events\"",
                                       "\"parties\"",
                                       "\"2011-13-01\"",
                                       "\"e1\"",
                                       "\"a\"",
                                       "\xC3\xA9",
                                       "\xFF",
                                       " ",
                                       "\n",
                                       "\"title\": \"t\", ",
                                       "{\"id\":\"e1\"}",
                                       "\xEF\xBB\xBF"};
        QList<QByteArray> bases;
        for (const QString &f : corpus())
            bases << readAll(f);
        for (int i = 0; i < 4000; ++i) {
            QByteArray bytes = bases[rng.bounded(int(bases.size()))];
            const int edits = 1 + rng.bounded(3);
            for (int e = 0; e < edits && !bytes.isEmpty(); ++e) {
                const auto at = qsizetype(rng.bounded(int(bytes.size())));
                switch (rng.bounded(4)) {
                case 0:
                    bytes.remove(at, 1 + rng.bounded(8));
                    break;
                case 1:
                    bytes.insert(at, tokens[rng.bounded(int(tokens.size()))]);
                    break;
                case 2:
                    bytes.insert(at, bytes.mid(rng.bounded(int(bytes.size())), 1 + rng.bounded(40)));
                    break;
                default:
                    bytes[at] = char(rng.bounded(256));
                    break;
                }
            }
            const QString diff = difference(bytes, 1 + rng.bounded(10) * 12);
            QVERIFY2(diff.isEmpty(), qPrintable(u"mutation %1: %2\n--- input:\n%3"_s.arg(i).arg(
                                         diff, QString::fromUtf8(bytes.left(4000)))));
        }
    }

    void bigFilesInManyBatches()
    {
        const QByteArray good = synthetic(4000);
        QVERIFY(good.size() > 1000000); // several batches of 256 KB
        QString diff = difference(good);
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
        // Problems far into the file: a bad date, a repeated id, a syntax error, a wrong type.
        const qsizetype late = good.lastIndexOf("\"start\": ") > 0 ? good.lastIndexOf("\"start\": ")
                                                                   : good.lastIndexOf("\"start\":");
        QVERIFY(late > 0);
        QByteArray bad = good;
        bad.insert(late + bad.mid(late).indexOf(':') + 1, "\"never\", \"x\":");
        diff = difference(bad);
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
        // The last event takes the first one's id (the writer may or may not put a space after the colon).
        bad = good;
        const QByteArray idKey = good.contains("\"id\": \"ev-") ? "\"id\": \"" : "\"id\":\"";
        const qsizetype firstId = good.indexOf(QByteArray(idKey + "ev-")) + idKey.size();
        const qsizetype lastId = good.lastIndexOf(QByteArray(idKey + "ev-")) + idKey.size();
        QVERIFY(firstId >= idKey.size() && lastId > firstId);
        const QByteArray firstValue = good.mid(firstId, good.indexOf('"', firstId) - firstId);
        bad.replace(lastId, good.indexOf('"', lastId) - lastId, firstValue);
        QVERIFY2((diff = difference(bad)).isEmpty(), qPrintable(diff));
        const QString repeated =
            at::toStrings(at::errorsOf(at::readDatasetJson(bad, u"f.json"_s))).join(u'\n');
        QVERIFY2(repeated.contains(u"duplicate id \"%1\""_s.arg(QString::fromLatin1(firstValue))),
                 qPrintable(repeated));
        bad = good;
        bad.insert(bad.size() * 3 / 4, "}}");
        QVERIFY2((diff = difference(bad)).isEmpty(), qPrintable(diff));
        bad = good;
        bad.replace("\"paragraph\":", "\"paragraph\":\"\",\"x\":");
        QVERIFY2((diff = difference(bad)).isEmpty(), qPrintable(diff));
        QVERIFY2((diff = difference(bad, 7)).isEmpty(), qPrintable(diff));
    }

    // An array of events of four batches or more is read in two ranges, the second on another thread
    // (jsonreader.cpp, EventRange), and what that range built is moved behind the first: its text, its
    // Chinese, its citations, its ids, its errors. The readers must still agree on files with problems in
    // either range and across them, at low error limits too.
    void eventsReadInTwoRanges()
    {
        at::SyntheticSpec spec;
        spec.events = 12000;
        spec.lanes = 40;
        spec.series = 2;
        spec.pointsPerSeries = 10;
        spec.quotes = 10;
        spec.chinese = true; // version 2: both languages, and a list of citations
        const QByteArray good = at::syntheticDatasetJson(spec);
        const qsizetype eventsBegin = good.indexOf("\"events\"");
        QVERIFY(good.indexOf("\"series\"") - eventsBegin > 8 * 256 * 1024); // four batches in each range
        // Where the n-th event of the file starts.
        auto event = [&](const QByteArray &json, int n) {
            qsizetype p = json.indexOf("{\"id\": \"ev-", eventsBegin);
            for (; n > 0 && p >= 0; --n)
                p = json.indexOf("{\"id\": \"ev-", p + 1);
            return p;
        };
        // Replaces the first `from` at or after the n-th event with `to`.
        auto change = [&](QByteArray &json, int n, QByteArrayView from, QByteArrayView to) {
            const qsizetype at = json.indexOf(from, event(json, n));
            QVERIFY(at > 0);
            json.replace(at, from.size(), to);
        };
        // The id of the n-th event.
        auto idOf = [&](const QByteArray &json, int n) {
            const qsizetype at = event(json, n) + 8;
            return json.mid(at, json.indexOf('"', at) - at);
        };
        QString diff;

        // Two citations for events in both ranges: the lists of citations move with their events.
        QByteArray cited = good;
        for (const int n : {10, 6100, 11990})
            change(cited, n, "\"paragraphs\": [", "\"paragraphs\": [1, ");
        QVERIFY2((diff = difference(cited)).isEmpty(), qPrintable(diff));
        const auto read = at::readDatasetJson(cited, u"f.json"_s);
        QVERIFY(read.hasValue());
        const at::Dataset &d = **read;
        for (const int n : {10, 6100, 11990}) {
            const int i = d.eventIndex(QString::fromLatin1(idOf(cited, n)));
            QVERIFY(i >= 0);
            QCOMPARE(d.citationsOf(d.events[size_t(i)]).span().size(), size_t(2));
        }
        QCOMPARE(d.events.size(), size_t(12000));
        QCOMPARE(d.chinese.size(), size_t(24000)); // every title and summary

        // Unknown parties in both ranges, and the last event taking the id of the sixth.
        QByteArray bad = good;
        change(bad, 100, "\"company-", "\"nobody-");
        change(bad, 11000, "\"company-", "\"nobody-");
        bad.replace(event(bad, 11500) + 8, idOf(bad, 11500).size(), idOf(bad, 5));
        for (const int limit : {1, 2, 3, 100})
            QVERIFY2((diff = difference(bad, limit)).isEmpty(),
                     qPrintable(u"limit %1: %2"_s.arg(limit).arg(diff)));
        const QStringList errors = at::toStrings(at::errorsOf(at::readDatasetJson(bad, u"f.json"_s)));
        QCOMPARE(errors.size(), 3);
        QVERIFY2(errors[0].contains(u"duplicate id \"%1\""_s.arg(QString::fromLatin1(idOf(bad, 5)))),
                 qPrintable(errors[0]));
        QVERIFY2(errors[1].contains(u"events[100].parties[0]"_s), qPrintable(errors[1]));
        QVERIFY2(errors[2].contains(u"events[11000].parties[0]"_s), qPrintable(errors[2]));

        // A problem in the second range only, below a limit filled by the first.
        bad = good;
        change(bad, 9000, "\"kind\": \"", "\"kind\": \"x");
        for (const int limit : {1, 2})
            QVERIFY2((diff = difference(bad, limit)).isEmpty(),
                     qPrintable(u"limit %1: %2"_s.arg(limit).arg(diff)));
        change(bad, 20, "\"kind\": \"", "\"kind\": \"x");
        QVERIFY2((diff = difference(bad, 1)).isEmpty(), qPrintable(diff));

        // A syntax error in the second range: the document is read whole, and the error says where.
        bad = good;
        bad.insert(event(bad, 10000), "}}");
        QVERIFY2((diff = difference(bad)).isEmpty(), qPrintable(diff));
    }

    void nestingAtTheLimit()
    {
        const QByteArray good = minimalJson();
        for (int depth = 1018; depth <= 1026; ++depth) {
            // Nested arrays as a value inside an event, inside a top-level scalar member and at the root.
            QByteArray inEvent = good;
            inEvent.replace("\"title\": \"T1\"",
                            QByteArray("\"title\": " + QByteArray(depth, '[') + QByteArray(depth, ']')));
            QString diff = difference(inEvent);
            QVERIFY2(diff.isEmpty(), qPrintable(QString::number(depth) + u": "_s + diff));
            QByteArray inTop = good;
            inTop.replace("\"version\": 1",
                          QByteArray("\"version\": " + QByteArray(depth, '[') + QByteArray(depth, ']')));
            QVERIFY2((diff = difference(inTop)).isEmpty(),
                     qPrintable(QString::number(depth) + u": "_s + diff));
            QVERIFY2(
                (diff = difference(QByteArray(QByteArray(depth, '[') + QByteArray(depth, ']')))).isEmpty(),
                qPrintable(diff));
        }
    }

    void oddTopLevels()
    {
        const QByteArray good = minimalJson();
        QList<QByteArray> inputs{"[]",   "5",          "\"text\"", "null",      "  \n ",    "{}",
                                 "{} x", "{\"a\":1,}", "{,}",      "{\"a\" 1}", "{\"a\":}", "{\"format\":5}"};
        QByteArray escapedKey = good;
        escapedKey.replace("\"events\"", "\"ev\\u0065nts\"");
        inputs << escapedKey;
        QByteArray controlInKey = good;
        controlInKey.replace("\"quotes\"", "\"quo\ttes\"");
        inputs << controlInKey;
        QByteArray twice = good;
        twice.replace("\"quotes\": [", "\"quotes\": [], \"quotes\": [");
        inputs << twice;
        QByteArray notArrays = good;
        notArrays.replace("\"events\": [", "\"events\": 5, \"x\": [");
        inputs << notArrays;
        QByteArray unknownBroken = good;
        unknownBroken.replace("\"version\": 1", "\"version\": 1, \"extra\": [1,,2]");
        inputs << unknownBroken;
        QByteArray trailingComma = good;
        trailingComma.replace("\"a\"\n   ]", "\"a\",\n   ]");
        inputs << trailingComma;
        for (const QByteArray &bytes : inputs) {
            const QString diff = difference(bytes);
            QVERIFY2(diff.isEmpty(), qPrintable(QString::fromUtf8(bytes.left(60)) + u": "_s + diff));
        }
    }
};

QTEST_GUILESS_MAIN(TestReaderEquivalence)
#include "tst_readerequivalence.moc"
