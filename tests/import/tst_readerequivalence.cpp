#include "datasetreader.h"
#include "referencereader.h"
#include "synthetic.h"

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

// Everything in a dataset, one fact per line, ids instead of indexes.
QStringList describe(const at::Dataset &d)
{
    QStringList out;
    for (const at::Source &s : d.sources)
        out << u"source %1|%2|%3|%4|%5|%6|%7"_s
                   .arg(s.id, s.title, s.publisher, s.author, s.published.toIsoString(), s.publishedNote)
                   .arg(s.paragraphs);
    for (const at::Entity &e : d.entities)
        out << u"entity %1|%2|%3|%4|%5|%6"_s.arg(e.id, e.nameEn, e.nameZh,
                                                 e.parent >= 0 ? d.entities[e.parent].id : u"-"_s,
                                                 at::jsonName(e.sector), e.note);
    for (const at::Event &e : d.events) {
        QStringList parties;
        for (quint16 p : d.partiesOf(e))
            parties << d.entities[p].id;
        out << u"event %1|%2|%3|%4|%5|%6|%7|%8|%9"_s.arg(
                   d.string(e.id), e.start.toIsoString(), e.end.toIsoString(), at::jsonName(e.kind),
                   at::jsonName(e.status), parties.join(u';'), d.string(e.title), d.string(e.summary),
                   d.string(e.dateNote)) +
                   u"|%1|%2"_s.arg(d.sources[e.source].id).arg(e.paragraph);
    }
    for (const at::Series &s : d.series) {
        out << u"series %1|%2|%3|%4"_s.arg(s.id, s.entity >= 0 ? d.entities[s.entity].id : u"-"_s,
                                           at::jsonName(s.metric), at::jsonName(s.unit));
        for (const at::SeriesPoint &p : d.pointsOf(s))
            out << u"  point %1|%2|%3|%4|%5|%6|%7"_s
                       .arg(p.date.toIsoString(), QString::number(p.value, 'g', 17),
                            at::jsonName(p.qualifier), d.string(p.claim), d.string(p.dateNote),
                            d.sources[p.source].id)
                       .arg(p.paragraph);
    }
    for (const at::Market &m : d.markets) {
        QStringList members, others;
        for (int s : m.members)
            members << d.series[s].id;
        for (int e : m.otherIncludes)
            others << d.entities[e].id;
        out << u"market %1|%2|%3|%4|%5|%6|%7|%8|%9"_s.arg(
                   m.id, at::jsonName(m.sector), m.nameEn, m.nameZh, at::jsonName(m.metric),
                   m.date.toIsoString(), m.hasTotal ? QString::number(m.total, 'g', 17) : u"-"_s,
                   members.join(u';'), others.join(u';')) +
                   u"|%1|%2"_s.arg(m.source >= 0 ? d.sources[m.source].id : u"-"_s).arg(m.paragraph);
    }
    for (const at::Quote &q : d.quotes) {
        QStringList events, entities;
        for (int e : q.events)
            events << d.string(d.events[size_t(e)].id);
        for (int e : q.entities)
            entities << d.entities[e].id;
        out << u"quote %1|%2|%3|%4|%5|%6|%7|%8|%9"_s.arg(q.id, q.speaker, q.role, q.organisation, q.text,
                                                         q.paraphrase ? u"p"_s : u"q"_s, q.date.toIsoString(),
                                                         events.join(u';'), entities.join(u';')) +
                   u"|%1|%2|%3"_s.arg(q.dateNote, q.source >= 0 ? d.sources[q.source].id : u"-"_s)
                       .arg(q.paragraph);
    }
    return out;
}

// Empty when both readers agree; else what differs.
QString difference(QByteArrayView bytes, int maxErrors = 100)
{
    at::LoadOptions options;
    options.maxErrors = maxErrors;
    options.maxBytes = qint64(1) << 40;
    const auto fast = at::readDatasetJson(bytes, u"f.json"_s, options);
    const auto reference = at::reference::readDatasetJson(bytes, u"f.json"_s, options);
    const QStringList a = at::toStrings(fast.errors);
    const QStringList b = at::toStrings(reference.errors);
    if (a != b)
        return u"errors differ:\n fast: %1\n reference: %2"_s.arg(a.join(u"\n       "),
                                                                  b.join(u"\n            "));
    if (fast.ok() != reference.ok())
        return u"one built a dataset, the other did not"_s;
    if (fast.ok() && describe(*fast.dataset) != describe(*reference.dataset))
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
        const QString repeated = at::toStrings(at::readDatasetJson(bad, u"f.json"_s).errors).join(u'\n');
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

    void nestingAtTheLimit()
    {
        const QByteArray good = readAll(QStringLiteral(AT_TEST_DATA "/loader/good/minimal.json"));
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
        const QByteArray good = readAll(QStringLiteral(AT_TEST_DATA "/loader/good/minimal.json"));
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
