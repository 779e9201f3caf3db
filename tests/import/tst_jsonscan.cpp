// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
// The JSON reader cuts each array into batches with a scan compiled twice: for the x86-64 baseline (SSE2)
// and, chosen at run time, for AVX2 with POPCNT. Whatever the bytes, both must find the same members and cut
// the same batches; otherwise the readers would differ between machines.
#include "app/core/import/json/jsonpieces.h"
#include "tests/support/synthetic.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QTest>
#include <random>
#include <simdjson.h>

using namespace Qt::StringLiterals;

namespace {

// "" when both scans agree on `bytes`, else what differs. `twoPartsFrom`: as JsonPieces's.
QString difference(const QByteArray &bytes, size_t twoPartsFrom = at::JsonPieces::twoPartsBytes)
{
    at::JsonPieces fastest(bytes, at::JsonPieces::Scan::Fastest, twoPartsFrom);
    at::JsonPieces baseline(bytes, at::JsonPieces::Scan::Baseline, twoPartsFrom);
    const auto a = fastest.split();
    const auto b = baseline.split();
    if (a != b)
        return u"split %1 vs %2"_s.arg(int(a)).arg(int(b));
    if (a == at::JsonPieces::Split::NotPieces)
        return {};
    if (fastest.members().size() != baseline.members().size())
        return u"%1 members vs %2"_s.arg(fastest.members().size()).arg(baseline.members().size());
    for (size_t i = 0; i < fastest.members().size(); ++i) {
        const auto &x = fastest.members()[i];
        const auto &y = baseline.members()[i];
        if (x.key != y.key || x.begin != y.begin || x.end != y.end || x.array != y.array ||
            x.count != y.count || x.batches.size() != y.batches.size())
            return u"member %1 (%2)"_s.arg(i).arg(QString::fromStdString(y.key));
        for (size_t k = 0; k < x.batches.size(); ++k) {
            if (x.batches[k].begin != y.batches[k].begin || x.batches[k].end != y.batches[k].end)
                return u"member %1 batch %2: %3-%4 vs %5-%6"_s.arg(i)
                    .arg(k)
                    .arg(x.batches[k].begin)
                    .arg(x.batches[k].end)
                    .arg(y.batches[k].begin)
                    .arg(y.batches[k].end);
        }
    }
    return {};
}

// What the reader gets from a split of `bytes`: each member's key and place, and for an array its count and
// its elements (each batch parsed and its elements written compactly), or where its batches stop parsing,
// after which the reader parses the document whole. `inTwoParts`: the keys of the arrays scanned in two.
QStringList pieces(const QByteArray &bytes, size_t twoPartsFrom, QStringList *inTwoParts = nullptr)
{
    at::JsonPieces doc(bytes, at::JsonPieces::Scan::Fastest, twoPartsFrom);
    const bool split = doc.split() == at::JsonPieces::Split::Pieces;
    if (inTwoParts) {
        inTwoParts->clear();
        for (const auto &m : doc.members())
            if (m.inTwoParts)
                *inTwoParts << QString::fromStdString(m.key);
    }
    if (!split)
        return {u"parsed whole"_s};
    QStringList out;
    simdjson::dom::parser parser;
    for (const auto &m : doc.members()) {
        out << u"%1 %2-%3 array %4 count %5"_s.arg(QString::fromStdString(m.key))
                   .arg(m.begin)
                   .arg(m.end)
                   .arg(m.array)
                   .arg(m.count);
        size_t index = 0;
        for (const auto &b : m.batches) {
            if (b.first != index) {
                out << u"batch at %1 says it starts at element %2, not %3"_s.arg(b.begin).arg(b.first).arg(
                    index);
                break;
            }
            const std::string text = '[' + std::string(bytes.constData() + b.begin, b.end - b.begin) + ']';
            simdjson::dom::array elements;
            if (parser.parse(text).get_array().get(elements)) {
                // The reader then parses the document whole, as when it cannot be cut; scans cut in other
                // places find such damage at a cut or in a batch.
                return {u"parsed whole"_s};
            }
            for (simdjson::dom::element e : elements) {
                out << QString::fromStdString(simdjson::minify(e));
                ++index;
            }
        }
    }
    return out;
}

QByteArray synthetic(int events)
{
    at::SyntheticSpec spec;
    spec.events = events;
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    if (!at::writeSyntheticDatasetJson(spec, &buffer))
        qFatal("cannot write the synthetic dataset");
    return buffer.data();
}

} // namespace

class TestJsonScan : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void bothScansCutTheSameBatches()
    {
        // Many batches, strings with escapes and brackets, and every file of the readers' test data.
        const QByteArray big = synthetic(3000);
        QVERIFY(big.size() > 3 * qsizetype(at::JsonPieces::batchBytes));
        QCOMPARE(difference(big), QString());
        at::JsonPieces pieces(big);
        QCOMPARE(pieces.split(), at::JsonPieces::Split::Pieces);
        for (const auto &m : pieces.members()) {
            if (m.key == "events") {
                QCOMPARE(m.count, size_t(3000));
                QVERIFY(m.batches.size() > 3);
            }
        }
        // Quotes, brackets and backslashes inside strings, nested arrays and objects.
        const QByteArray tricky =
            "{\"events\":[{\"t\":\"a \\\"quoted\\\" [bracket], {brace}\"},{\"t\":\"\\\\\"},"
            "{\"t\":\"]\"},[[[1,2],[3]],{\"x\":{\"y\":[{}]}}],\"\\u005b\"],\"n\":{\"a\":[1,2]}}";
        QCOMPARE(difference(tricky), QString());
        for (const QString &dir : {u"good"_s, u"bad"_s}) {
            const QDir d(QStringLiteral(AT_TEST_DATA "/loader/") + dir);
            for (const QString &name : d.entryList({u"*.json"_s}, QDir::Files)) {
                QFile f(d.filePath(name));
                QVERIFY(f.open(QIODevice::ReadOnly));
                QVERIFY2(difference(f.readAll()).isEmpty(), qPrintable(name));
            }
        }
    }

    void bothScansAgreeOnDamagedText()
    {
        // Bytes the scans look at, put anywhere in a document of several batches: quotes, backslashes,
        // brackets, commas. Some damage still splits (into other batches), most does not; either way alike.
        const QByteArray text = synthetic(1200);
        const char bytes[] = {'"', '\\', '[', ']', '{', '}', ',', ' ', 'x'};
        std::mt19937 random(20261204);
        for (int round = 0; round < 300; ++round) {
            QByteArray damaged = text;
            for (int k = 0; k < 1 + round % 4; ++k) {
                const auto at = qsizetype(random() % quint32(damaged.size()));
                damaged[at] = bytes[random() % sizeof bytes];
            }
            const QString d = difference(damaged);
            QVERIFY2(d.isEmpty(), qPrintable(u"round %1: %2"_s.arg(round).arg(d)));
            const QString d2 = difference(damaged, 0);
            QVERIFY2(d2.isEmpty(), qPrintable(u"round %1, in two parts: %2"_s.arg(round).arg(d2)));
            QCOMPARE(pieces(damaged, 0), pieces(damaged, at::JsonPieces::never));
        }
    }

    // A large array is scanned in two parts at once, the second from an element start guessed near the
    // middle; the guess is taken only where the first part, arriving there, finds it true.
    void aScanInTwoPartsFindsWhatOneFinds_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QStringList>("inTwoParts"); // arrays whose second part was taken
        QTest::addColumn<int>("count");              // elements of the first array
        const auto repeat = [](const QByteArray &element, int n, const char *separator = ",") {
            QByteArrayList list;
            for (int k = 0; k < n; ++k)
                list << QByteArray(element).replace("#", QByteArray::number(k));
            return list.join(separator);
        };
        QTest::newRow("objects") << "{\"a\":[" + repeat("{\"t\":#}", 400) + "]}" << QStringList{u"a"_s}
                                 << 400;
        QTest::newRow("objects and whitespace")
            << "{\"a\": [ " + repeat("{\"t\": [#, {}]}\n", 300, " ,\n\t") + " ] }" << QStringList{u"a"_s}
            << 300;
        // The guess falls in a string that holds "},{": the first part arrives inside the string.
        QTest::newRow("in a string") << "{\"a\":[{\"t\":\"" + repeat("x},{", 500, "") + "\"}]}"
                                     << QStringList() << 1;
        // The same in an array of strings, where the first part arrives between the array's brackets; from
        // the guess, the string reads as the array's end.
        QTest::newRow("in a string element")
            << "{\"a\":[\"" + repeat("x", 2000, "") + "},{}]}\"]}" << QStringList() << 1;
        // The guess falls between the elements of an array inside the one element.
        QTest::newRow("deeper") << "{\"a\":[{\"p\":[" + repeat("{\"t\":#}", 400) + "]}]}" << QStringList()
                                << 1;
        // Escapes before the guess, and a backslash-quote pair in the string the guess falls in.
        QTest::newRow("escapes") << "{\"a\":[" + repeat("{\"t\":\"\\\"#\\\\\"}", 300) + "]}"
                                 << QStringList{u"a"_s} << 300;
        QTest::newRow("escaped quote before the guess")
            << "{\"a\":[{\"t\":\"" + repeat("\\\"},{", 500, "") + "\"}]}" << QStringList() << 1;
        // The guess is past the first array, which ends before the first part reaches it; the second
        // array's own guess is inside it.
        QTest::newRow("past the array")
            << "{\"a\":[{\"t\":1},{\"t\":2}],\"b\":[" + repeat("{\"u\":#}", 400) + "]}" << QStringList{u"b"_s}
            << 2;
        // The second part breaks: the document is parsed whole, as the first part alone would find.
        QTest::newRow("broken after the guess")
            << "{\"a\":[" + repeat("{\"t\":#}", 400) + ",{\"t\":0}}]}" << QStringList() << 0;
        // Elements of a batch each, so that the comma before the guess ends a batch.
        QTest::newRow("a batch an element")
            << "{\"a\":[" + repeat("{\"t\":\"" + QByteArray(at::JsonPieces::batchBytes, 'x') + "#\"}", 8) +
                   "]}"
            << QStringList{u"a"_s} << 8;
        QTest::newRow("no end") << "{\"a\":[" + repeat("{\"t\":#}", 400) << QStringList() << 0;
        QTest::newRow("no objects") << "{\"a\":[" + repeat("[#]", 400) + "]}" << QStringList() << 400;
    }
    void aScanInTwoPartsFindsWhatOneFinds()
    {
        QFETCH(QByteArray, json);
        QFETCH(QStringList, inTwoParts);
        QFETCH(int, count);
        QStringList taken;
        const QStringList two = pieces(json, 0, &taken);
        QCOMPARE(two, pieces(json, at::JsonPieces::never));
        QCOMPARE(taken, inTwoParts);
        QCOMPARE(difference(json, 0), QString());
        if (count > 0)
            QCOMPARE(two.at(0).section(u' ', -1).toInt(), count);
        else
            QCOMPARE(two, QStringList{u"parsed whole"_s});
    }

    void aLargeFileIsScannedInTwoParts()
    {
        const QByteArray big = synthetic(3000);
        QStringList taken;
        const QStringList two = pieces(big, 0, &taken);
        QCOMPARE(two, pieces(big, at::JsonPieces::never));
        QVERIFY(two.size() > 3000);
        // The other arrays end before their guesses, or (the series) their guesses fall between points.
        QCOMPARE(taken, (QStringList{u"events"_s, u"quotes"_s}));
        QCOMPARE(difference(big, 0), QString());
        // Below the threshold, one part.
        pieces(big, size_t(big.size()) + 1, &taken);
        QCOMPARE(taken, QStringList());
    }
};

QTEST_GUILESS_MAIN(TestJsonScan)
#include "tst_jsonscan.moc"
