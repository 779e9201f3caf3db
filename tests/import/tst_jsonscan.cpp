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

using namespace Qt::StringLiterals;

namespace {

// "" when both scans agree on `bytes`, else what differs.
QString difference(const QByteArray &bytes)
{
    at::JsonPieces fastest(bytes, at::JsonPieces::Scan::Fastest);
    at::JsonPieces baseline(bytes, at::JsonPieces::Scan::Baseline);
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
        }
    }
};

QTEST_GUILESS_MAIN(TestJsonScan)
#include "tst_jsonscan.moc"
