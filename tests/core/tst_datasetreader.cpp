// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#include "app/core/dataset.h"
#include "app/core/import/json/jsonreader.h"
#include "app/core/import/textutil.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
QString loaderDir()
{
    return QStringLiteral(AT_TEST_DATA "/loader");
}
QByteArray readAll(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return f.readAll();
}
} // namespace

class TestDatasetReader : public QObject {
    Q_OBJECT
private Q_SLOTS:
    // A pool that another is appended to shares that one's buffer as its next segment: every reference
    // into either finds its text, later text goes after both, and an empty pool takes the buffer as its own.
    void textPoolAppendsAnotherWithoutCopying()
    {
        at::TextPool first;
        const at::TextRef a = first.add(u"alpha");
        at::TextPool second;
        const at::TextRef b = second.add(u"beta");
        const at::TextRef empty = second.add(u"");
        const at::TextRef c = second.add(u"gamma");
        first.append(second);
        QCOMPARE(first.size(), 14);
        QCOMPARE(first.string(a), u"alpha"_s);
        QCOMPARE(first.string(b.movedBy(5)), u"beta"_s);
        QCOMPARE(first.string(empty.movedBy(5)), u""_s);
        QCOMPARE(first.string(c.movedBy(5)), u"gamma"_s);
        QCOMPARE(first.view(c.movedBy(5)).data(), second.view(c).data()); // shared, not copied
        const at::TextRef d = first.add(u"delta");
        QCOMPARE(d.offset, 14u);
        QCOMPARE(first.string(d), u"delta"_s);
        QCOMPARE(second.string(c), u"gamma"_s); // the other pool keeps its text

        // Appended again: three segments, each found by its offsets.
        at::TextPool third;
        const at::TextRef xy = third.add(u"xy");
        first.append(third);
        QCOMPARE(first.size(), 21);
        QCOMPARE(first.string(xy.movedBy(19)), u"xy"_s);
        QCOMPARE(first.string(d), u"delta"_s);
        QCOMPARE(first.string(a), u"alpha"_s);

        at::TextPool none;
        none.append(first);
        QCOMPARE(none.size(), 21);
        QCOMPARE(none.string(a), u"alpha"_s);
        QCOMPARE(none.string(xy.movedBy(19)), u"xy"_s);
        at::TextPool nothing;
        none.append(nothing);
        QCOMPARE(none.size(), 21);
    }

    // ASCII is kept a byte a character, anything else as UTF-16 at an even address, also when it follows
    // an odd number of bytes, in a pool appended at an odd offset, or decoded from UTF-8.
    void textPoolKeepsAsciiNarrowAndTheRestWide()
    {
        at::TextPool pool;
        const at::TextRef ascii = pool.add(u"abc");
        const at::TextRef chinese = pool.add(u"新浪微博");
        const at::TextRef mixed = at::text::addUtf8(pool, "Caf\xC3\xA9 \xE5\xBE\xAE\xF0\x9F\x98\x80");
        const at::TextRef fromUtf8 = at::text::addUtf8(pool, "ev-000001");
        QCOMPARE(bool(ascii.wide), false);
        QCOMPARE(ascii.offset, 0u);
        QCOMPARE(bool(chinese.wide), true);
        QCOMPARE(chinese.offset, 4u); // after one byte that aligns it
        QCOMPARE(quint32(chinese.length), 4u);
        QCOMPARE(chinese.bytes(), quint64(8));
        QCOMPARE(bool(mixed.wide), true);
        QCOMPARE(mixed.offset, 12u);
        QCOMPARE(quint32(mixed.length), 8u); // "Café 微" and a surrogate pair
        QCOMPARE(bool(fromUtf8.wide), false);
        QCOMPARE(fromUtf8.offset, 28u);
        QCOMPARE(pool.size(), 37);
        QCOMPARE(pool.string(ascii), u"abc"_s);
        QCOMPARE(pool.string(chinese), u"新浪微博"_s);
        QCOMPARE(pool.string(mixed), u"Café 微😀"_s);
        QCOMPARE(pool.string(fromUtf8), u"ev-000001"_s);
        QCOMPARE(pool.view(ascii).size_bytes(), 3);
        QCOMPARE(pool.view(chinese).size_bytes(), 8);
        QCOMPARE(pool.ascii(fromUtf8), std::string_view("ev-000001"));
        QCOMPARE(pool.ascii(chinese), std::string_view());

        at::TextPool later;
        const at::TextRef odd = later.add(u"x");
        const at::TextRef weibo = later.add(u"微博");
        QCOMPARE(weibo.offset, 2u);
        pool.append(later); // at offset 37: odd
        QCOMPARE(pool.string(odd.movedBy(37)), u"x"_s);
        QCOMPARE(pool.string(weibo.movedBy(37)), u"微博"_s);
        QCOMPARE(quintptr(pool.view(weibo.movedBy(37)).data()) % 2, quintptr(0));
        const at::TextRef after = pool.add(u"腾讯");
        // Aligned in its own buffer, which starts at offset 37: right after the six bytes there.
        QCOMPARE(after.offset, 43u);
        QCOMPARE(pool.string(after), u"腾讯"_s);
        QCOMPARE(quintptr(pool.view(after).data()) % 2, quintptr(0));
    }

    // finish() orders and indexes a large dataset in two halves on two threads: an event out of place
    // right where the halves meet is found, and every id is found where its event ends up.
    void finishOrdersAndIndexesInHalves()
    {
        auto d = std::make_shared<at::Dataset>();
        const int n = 300001;
        const QDate first(2000, 1, 1);
        for (int i = 0; i < n; ++i) {
            at::Event e;
            e.start = at::FuzzyDate::fromDate(first.addDays(i / 10));
            e.id = d->pool.add(u"e%1"_s.arg(i, 6, 10, QChar(u'0')));
            d->events.push_back(e);
        }
        // e149999 (day 14999) and e150000 (day 15000) swapped: only the pair across the halves is out of
        // order.
        std::swap(d->events[size_t(n / 2 - 1)], d->events[size_t(n / 2)]);
        d->finish();
        for (int i = 0; i < n; ++i) {
            if (d->view(d->events[size_t(i)].id) != u"e%1"_s.arg(i, 6, 10, QChar(u'0')))
                QFAIL(qPrintable(u"event %1 is %2"_s.arg(i).arg(d->string(d->events[size_t(i)].id))));
        }
        for (int i : {0, 1, n / 2 - 1, n / 2, n - 1})
            QCOMPARE(d->eventIndex(u"e%1"_s.arg(i, 6, 10, QChar(u'0'))), i);
        QCOMPARE(d->eventIndex(u"e300001"), -1);
    }

    void minimalFileLoadsExactly()
    {
        const auto r = at::readDatasetFile(loaderDir() + u"/good/minimal.json"_s);
        QVERIFY2(r.hasValue(), qPrintable(at::toStrings(at::errorsOf(r)).join(u'\n')));
        const at::Dataset &d = **r;
        QCOMPARE(d.sources.size(), 1);
        QCOMPARE(d.sources[0].paragraphs, 5);
        QCOMPARE(d.entities.size(), 2);
        QCOMPARE(d.entities[1].nameZh, u"贝塔"_s);
        QCOMPARE(d.entities[1].parent, 0);
        QCOMPARE(d.entities[1].sector, at::Sector::Microblog);
        // Events are sorted by time: e2 (Q3 2010 to 2011) comes before e1 (14 June 2011).
        QCOMPARE(d.events.size(), size_t(2));
        QCOMPARE(d.string(d.events[0].id), u"e2"_s);
        QCOMPARE(d.events[0].start.toIsoString(), u"2010-Q3"_s);
        QCOMPARE(d.events[0].end.toIsoString(), u"2011"_s);
        QCOMPARE(d.events[0].kind, at::Kind::Plan);
        QCOMPARE(d.events[0].status, at::Status::Rumoured);
        QCOMPARE(d.string(d.events[0].dateNote), u"derived"_s);
        QCOMPARE(d.string(d.events[1].title), u"T1"_s);
        QCOMPARE(d.partiesOf(d.events[1]).size(), size_t(2));
        QCOMPARE(d.eventIndex(u"e1"), 1);
        QCOMPARE(d.series[0].pointCount, 1u);
        QCOMPARE(d.pointsOf(d.series[0])[0].value, 140000000.0);
        QCOMPARE(d.markets[0].hasTotal, false);
        QCOMPARE(d.markets[0].members, QList<int>{0});
        // Quote links were re-pointed to the sorted event order.
        QCOMPARE(d.quotes[0].events, QList<int>{1});
    }

    // A store holds at most 4 GiB of text (a TextRef's offset has 32 bits); a read over the limit is
    // refused whole, with what it took. The limit is an option, so a small file shows it: minimal.json's
    // pooled text is 20 ASCII bytes (ids, titles, summaries, a date note, a claim).
    void textOverTheStoresLimitIsRefused()
    {
        const QByteArray bytes = readAll(loaderDir() + u"/good/minimal.json"_s);
        at::LoadOptions options;
        options.maxTextBytes = 20;
        const auto fits = at::readDatasetJson(bytes, u"minimal.json"_s, options);
        QVERIFY2(fits.hasValue(), qPrintable(at::toStrings(at::errorsOf(fits)).join(u'\n')));
        QCOMPARE((*fits)->pool.size(), 20);
        options.maxTextBytes = 19;
        const auto over = at::readDatasetJson(bytes, u"minimal.json"_s, options);
        QVERIFY(!over.hasValue());
        QCOMPARE(
            at::toStrings(at::errorsOf(over)),
            QStringList{
                u"minimal.json: error: the text of the dataset takes 20 bytes; this program holds at most 19"_s});
    }

    void versionTwoLoadsBothLanguagesAndEveryCitation()
    {
        const auto r = at::readDatasetFile(loaderDir() + u"/good/minimal-v2.json"_s);
        QVERIFY2(r.hasValue(), qPrintable(at::toStrings(at::errorsOf(r)).join(u'\n')));
        const at::Dataset &d = **r;
        using at::TextLanguage;
        QCOMPARE(d.sources[0].title, (at::LocalText{u"Article"_s, u"文章"_s}));
        QCOMPARE(d.sources[0].publishedNote, (at::LocalText{u"month only"_s, u"仅有月份"_s}));
        QCOMPARE(d.sources[0].note, (at::LocalText{QString(), u"只有中文的注释"_s}));
        QCOMPARE(d.sources[1].title, (at::LocalText{u"Second article"_s, QString()}));
        QCOMPARE(d.entities[0].note, (at::LocalText{u"a note"_s, u"注释"_s}));

        const at::Event &e1 = d.events[size_t(d.eventIndex(u"e1"))];
        QCOMPARE(d.texts(e1.title), (at::LocalText{u"T1"_s, u"标题一"_s}));
        QCOMPARE(d.string(e1.title), u"T1"_s);
        // A text with only Chinese: the pool holds the Chinese, and English asks fall back to it, marked.
        QCOMPARE(d.texts(e1.summary), (at::LocalText{QString(), u"只有中文"_s}));
        QCOMPARE(d.string(e1.summary), u"只有中文"_s);
        const at::ShownText summary = d.text(e1.summary, TextLanguage::English);
        QCOMPARE(summary.text, u"只有中文"_s);
        QVERIFY(summary.fellBack);
        QCOMPARE(summary.language, TextLanguage::Chinese);
        const at::ShownText title = d.text(e1.title, TextLanguage::Chinese);
        QCOMPARE(title.text, u"标题一"_s);
        QVERIFY(!title.fellBack);
        QCOMPARE(d.texts(e1.dateNote), at::LocalText{});

        // Two sources, the first with two paragraphs; the primary is the record's own source/paragraph.
        const at::Citations c1 = d.citationsOf(e1);
        QCOMPARE(c1.size(), 3);
        QCOMPARE(c1[0], (at::Citation{0, 2}));
        QCOMPARE(c1[1], (at::Citation{0, 3}));
        QCOMPARE(c1[2], (at::Citation{1, 7}));
        QCOMPARE(e1.source, quint16(0));
        QCOMPARE(e1.paragraph, quint16(2));
        QCOMPARE(d.citationText(c1), u"Article, ¶2–3; Second article, ¶7"_s);
        QCOMPARE(d.citationText(c1, TextLanguage::Chinese), u"文章, ¶2–3; Second article, ¶7"_s);
        const at::Event &e2 = d.events[size_t(d.eventIndex(u"e2"))];
        QCOMPARE(d.citationsOf(e2).size(), 1);
        QCOMPARE(d.citationsOf(e2).front(), (at::Citation{0, 3}));
        QCOMPARE(d.texts(e2.dateNote), (at::LocalText{u"derived"_s, u"推算"_s}));

        const at::SeriesPoint &point = d.pointsOf(d.series[0])[0];
        QCOMPARE(d.texts(point.claim), (at::LocalText{u"C"_s, u"说法"_s}));
        QCOMPARE(d.citationText(d.citationsOf(point)), u"Second article, ¶1, 4"_s);
        QCOMPARE(d.markets[0].citations, (QList<at::Citation>{{1, 4}, {0, 4}}));
        QCOMPARE(d.markets[0].source, 1);
        QCOMPARE(d.markets[0].note, (at::LocalText{u"market note"_s, u"市场注释"_s}));

        // A verbatim quote stays what was printed; its Chinese is our translation.
        const at::Quote &q1 = d.quotes[d.quoteIndex(u"q1")];
        QCOMPARE(q1.speaker, (at::LocalText{u"X"_s, u"某人"_s}));
        QCOMPARE(q1.translation, u"话"_s);
        const at::QuoteWords zh = q1.words(TextLanguage::Chinese);
        QCOMPARE(zh.words.text, u"words"_s);
        QVERIFY(zh.verbatim);
        QVERIFY(!zh.words.fellBack);
        QCOMPARE(zh.translation, u"话"_s);
        QCOMPARE(q1.words(TextLanguage::English).translation, QString());
        // A paraphrase is our wording, in the language asked.
        const at::Quote &q2 = d.quotes[d.quoteIndex(u"q2")];
        const at::QuoteWords q2zh = q2.words(TextLanguage::Chinese);
        QCOMPARE(q2zh.words.text, u"希望建立一个平台"_s);
        QVERIFY(!q2zh.verbatim);
        QCOMPARE(q2zh.translation, QString());
        QCOMPARE(q2.citations, (QList<at::Citation>{{1, 2}, {1, 3}, {1, 5}}));
        QCOMPARE(d.citationText(q2.citations), u"Second article, ¶2–3, 5"_s);
        QCOMPARE(q2.dateNote.in(TextLanguage::Chinese).fellBack, true);
    }

    void versionOneReadsAsBefore()
    {
        // Every text of a version 1 file is English; every record cites one paragraph.
        const auto r = at::readDatasetFile(loaderDir() + u"/good/minimal.json"_s);
        QVERIFY(r.hasValue());
        const at::Dataset &d = **r;
        QVERIFY(d.chinese.empty());
        QVERIFY(d.citationLists.empty());
        QCOMPARE(d.texts(d.events[1].title), (at::LocalText{u"T1"_s, QString()}));
        QCOMPARE(d.citationsOf(d.events[1]).size(), 1);
        QCOMPARE(d.citationsOf(d.events[1]).front(), (at::Citation{0, 2}));
        QCOMPARE(d.quotes[0].citations, (QList<at::Citation>{{0, 5}}));
        QCOMPARE(d.quotes[0].words(at::TextLanguage::Chinese).words.fellBack, true);
    }

    void badFiles_data()
    {
        QTest::addColumn<QString>("name");
        const QStringList files =
            QDir(loaderDir() + u"/bad"_s).entryList({u"*.json"_s}, QDir::Files, QDir::Name);
        QVERIFY(files.size() >= 20);
        for (const QString &f : files)
            QTest::newRow(qPrintable(f)) << f.chopped(5);
    }
    void badFiles()
    {
        // Each bad file is refused with exactly the messages in its .expected file, and no dataset.
        QFETCH(QString, name);
        const QByteArray bytes = readAll(loaderDir() + u"/bad/"_s + name + u".json"_s);
        const auto r = at::readDatasetJson(bytes, name + u".json"_s);
        QVERIFY(!r.hasValue());
        const QStringList expected =
            QString::fromUtf8(readAll(loaderDir() + u"/bad/"_s + name + u".expected"_s))
                .split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(at::toStrings(at::errorsOf(r)), expected);
    }

    void syntaxErrorSaysLineAndColumn()
    {
        const QByteArray bytes = "{\n  \"format\": \"alliance-timeline-dataset\",\n  \"version\" 1\n}";
        const auto r = at::readDatasetJson(bytes, u"syntax.json"_s);
        QVERIFY(!r.hasValue());
        QCOMPARE(at::errorsOf(r).size(), 1);
        QCOMPARE(at::errorsOf(r)[0].line, 3);
        // Qt's parser stops just after the offending token ("1" at column 13).
        QCOMPARE(at::errorsOf(r)[0].column, 14);
        QCOMPARE(at::errorsOf(r)[0].toString(), u"syntax.json:3:14: error: missing name separator"_s);
    }

    // Files from old Mac editors end lines with a lone CR, Windows ones with CRLF: both count as one break.
    void lineBreaksAreCountedAsEditorsCountThem()
    {
        for (const QByteArray &nl : {QByteArray("\r"), QByteArray("\r\n"), QByteArray("\n")}) {
            const QByteArray bytes =
                "{" + nl + "  \"format\": \"alliance-timeline-dataset\"," + nl + "  \"version\" 1" + nl + "}";
            const auto r = at::readDatasetJson(bytes, u"syntax.json"_s);
            QCOMPARE(at::errorsOf(r).size(), 1);
            QCOMPARE(at::errorsOf(r)[0].line, 3);
            QCOMPARE(at::errorsOf(r)[0].column, 14);
        }
        // Invalid UTF-8 after two lone CRs: line 3, column 3.
        const auto r = at::readDatasetJson("{\r\r  \xff}", u"bytes.json"_s);
        QCOMPARE(at::errorsOf(r).size(), 1);
        QCOMPARE(at::errorsOf(r)[0].toString(), u"bytes.json:3:3: error: invalid UTF-8"_s);
    }

    void truncatedFileIsRefusedAtEveryLength()
    {
        const QByteArray good = readAll(loaderDir() + u"/good/minimal.json"_s);
        for (qsizetype n = 0; n < good.size() - 1; ++n) {
            const auto r = at::readDatasetJson(good.left(n), u"cut.json"_s);
            QVERIFY2(!r.hasValue(), qPrintable(QString::number(n)));
            QVERIFY(!at::errorsOf(r).isEmpty());
        }
    }

    void errorsAreCappedButCollected()
    {
        QByteArray bytes = readAll(loaderDir() + u"/good/minimal.json"_s);
        // 150 bad events: all reported up to the limit, not just the first.
        QString events;
        for (int i = 0; i < 150; ++i)
            events +=
                uR"({"id":"x%1","start":"never","end":null,"kind":"plan","status":"confirmed","parties":["a"],"title":"t","summary":"","source":"s1","paragraph":1},)"_s
                    .arg(i);
        bytes.replace(QByteArray("\"events\": ["), QByteArray(QByteArray("\"events\": [") + events.toUtf8()));
        at::LoadOptions options;
        options.maxErrors = 100;
        const auto r = at::readDatasetJson(bytes, u"many.json"_s, options);
        QCOMPARE(at::errorsOf(r).size(), 100);
        QCOMPARE(
            at::errorsOf(r)[99].toString(),
            u"many.json: error: events[99].start: \"never\" is not a date (YYYY-MM-DD, YYYY-Www, YYYY-MM, YYYY-Qn or YYYY, years 1900 to 2100)"_s);
    }

    void sizeCapRefusesBeforeReading()
    {
        at::LoadOptions options;
        options.maxBytes = 100;
        const QString path = loaderDir() + u"/good/minimal.json"_s;
        const auto r = at::readDatasetFile(path, options);
        QCOMPARE(at::errorsOf(r).size(), 1);
        QCOMPARE(
            at::errorsOf(r)[0].toString(),
            path +
                u": error: the file is %1 bytes, over the import size limit of 100 bytes; to open it, "
                u"raise \"Import size limit\" in Edit > Preferences, or start with --max-file-size 1M"_s.arg(
                    QFileInfo(path).size()));
    }

    void folderAndMissingFile()
    {
        QTemporaryDir dir;
        auto r = at::readDatasetFile(dir.path());
        QCOMPARE(at::toStrings(at::errorsOf(r)),
                 QStringList{dir.path() + u": error: is a folder, not a file"_s});
        r = at::readDatasetFile(dir.path() + u"/nothing.json"_s);
        QCOMPARE(at::toStrings(at::errorsOf(r)),
                 QStringList{dir.path() + u"/nothing.json: error: no such file"_s});
    }

    void deepNestingIsAnError()
    {
        QByteArray deep(5000, '[');
        deep += QByteArray(5000, ']');
        const auto r = at::readDatasetJson(deep, u"deep.json"_s);
        QVERIFY(!r.hasValue());
        QCOMPARE(at::errorsOf(r).size(), 1);
    }

    void numberOverflowIsAnError()
    {
        QByteArray bytes = readAll(loaderDir() + u"/good/minimal.json"_s);
        bytes.replace("140000000", "1e999");
        const auto r = at::readDatasetJson(bytes, u"big.json"_s);
        QVERIFY(!r.hasValue());
        QCOMPARE(at::errorsOf(r).size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestDatasetReader)
#include "tst_datasetreader.moc"
