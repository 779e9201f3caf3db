// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
// The content rules of the embedded dataset, checked on the file as shipped against its five articles:
// every cited paragraph exists, every quote not marked as a paraphrase is verbatim in a cited paragraph,
// every number a record states is written in the paragraphs it cites, every entity is referred to, every
// date not printed as such says how it was derived, and every record has its Chinese.
#include "tests/core/articles.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>
#include <algorithm>

using namespace Qt::StringLiterals;
using at::test::articleParagraphs;
using at::test::numbersNotIn;
using at::test::writtenNumbers;

namespace {

// One record of the file: where it is (for messages) and its JSON object.
struct Record {
    QString where; // "events[3] sina-msn-alliance"
    QJsonObject object;
};

// The texts of a localized field (a plain string or {"en", "zh"}), non-empty ones only.
QStringList texts(const QJsonValue &v)
{
    QStringList out;
    if (v.isString() && !v.toString().isEmpty())
        out << v.toString();
    const QJsonObject o = v.toObject();
    for (const QString &key : o.keys()) {
        if (!o.value(key).toString().isEmpty())
            out << o.value(key).toString();
    }
    return out;
}

// A record's citations as (source, paragraph) pairs, in citation order.
QList<std::pair<QString, int>> citations(const QJsonObject &record)
{
    QList<std::pair<QString, int>> out;
    for (const QJsonValue &c : record.value("citations"_L1).toArray()) {
        for (const QJsonValue &p : c["paragraphs"_L1].toArray())
            out.append({c["source"_L1].toString(), p.toInt()});
    }
    return out;
}

// The cited paragraphs' text, in citation order; a citation of a paragraph that does not exist adds
// "<missing SOURCE ¶N>" to `missing`.
QStringList citedParagraphs(const QJsonObject &record, QStringList *missing = nullptr)
{
    QStringList out;
    for (const auto &[source, n] : citations(record)) {
        const QStringList pars = articleParagraphs(source);
        if (n >= 1 && n <= pars.size())
            out << pars[n - 1];
        else if (missing)
            *missing << u"<missing %1 ¶%2>"_s.arg(source).arg(n);
    }
    return out;
}

QString numbersText(const QList<double> &numbers)
{
    QStringList s;
    for (double n : numbers)
        s << QString::number(n, 'g', 12);
    return s.join(u", ");
}

} // namespace

class TestContentRules : public QObject {
    Q_OBJECT
    QJsonObject m_file;
    QList<Record> m_citing; // events, series points, markets, quotes

    QList<Record> records(const char *array) const
    {
        QList<Record> out;
        const QJsonArray a = m_file.value(QLatin1StringView(array)).toArray();
        for (qsizetype i = 0; i < a.size(); ++i) {
            const QJsonObject o = a[i].toObject();
            out << Record{u"%1[%2] %3"_s.arg(QLatin1StringView(array)).arg(i).arg(o["id"_L1].toString()), o};
        }
        return out;
    }

    QList<Record> points() const
    {
        QList<Record> out;
        for (const Record &s : records("series")) {
            const QJsonArray a = s.object["points"_L1].toArray();
            for (qsizetype i = 0; i < a.size(); ++i)
                out << Record{s.where + u".points[%1]"_s.arg(i), a[i].toObject()};
        }
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        // The file the resources embed, as shipped.
        QFile f(QStringLiteral(AT_SOURCE_DIR "/resources/data/alliances-2010-2013.json"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QJsonParseError error;
        m_file = QJsonDocument::fromJson(f.readAll(), &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(m_file["version"_L1].toInt(), 2);
        m_citing = records("events") + points() + records("markets") + records("quotes");
        QCOMPARE(m_citing.size(), 27 + 9 + 2 + 20);
    }

    // The number reader the rules below rely on reads numbers as a person does.
    void numbersAreReadAsWritten_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QList<double>>("numbers");
        QTest::newRow("858m") << u"China had 858m active accounts"_s << QList<double>{858e6};
        QTest::newRow("million") << u"more than 600 million"_s << QList<double>{600e6};
        QTest::newRow("glued") << u"reached 120millions."_s << QList<double>{120e6};
        QTest::newRow("mn") << u"has reached 140 mn, while"_s << QList<double>{140e6};
        QTest::newRow("dollars") << u"for $586 million, and"_s << QList<double>{586e6};
        QTest::newRow("percent") << u"an 18 percent stake, 18%"_s << QList<double>{18, 18};
        QTest::newRow("亿") << u"约 3.8 亿美元"_s << QList<double>{380e6};
        QTest::newRow("万") << u"获得 5000 万用户"_s << QList<double>{50e6};
        QTest::newRow("words") << u"in two-three months, over the next three years"_s
                               << QList<double>{2, 3, 3};
        QTest::newRow("ordinal") << u"MSN ranks second in the third quarter"_s << QList<double>{2, 3};
        QTest::newRow("months") << u"On 3 June 2011; 11st Nov, 2010; may be"_s
                                << QList<double>{3, 2011, 11, 2010, 6, 11};
        QTest::newRow("中文数词") << u"未来三年，两三个月内，九种语言，十八位"_s
                                  << QList<double>{3, 2, 3, 9, 18};
        QTest::newRow("not figures") << u"one of the first, 一个平台，统一"_s << QList<double>{};
        QTest::newRow("separator") << u"1,500 users, 2 sites, 3"_s << QList<double>{1500, 2, 3};
    }
    void numbersAreReadAsWritten()
    {
        QFETCH(QString, text);
        QFETCH(QList<double>, numbers);
        QCOMPARE(writtenNumbers(text), numbers);
    }

    void aNumberNotInTheParagraphIsFound()
    {
        const QStringList p5{articleParagraphs(u"ft-msn-sina")[4]};
        QCOMPARE(numbersNotIn({u"QQ has over 600 million active accounts"_s}, {858e6}, p5), QList<double>{});
        QCOMPARE(numbersNotIn({u"超过 6 亿"_s, u"8.58 亿"_s}, {}, p5), QList<double>{});
        QCOMPARE(numbersNotIn({u"QQ has over 700 million active accounts"_s}, {858e6, 3e6}, p5),
                 (QList<double>{3e6, 700e6}));
    }

    void everySourceIsAnArticleWithItsParagraphCount()
    {
        const QList<Record> sources = records("sources");
        QCOMPARE(sources.size(), at::test::articleSourceIds().size());
        for (const Record &s : sources) {
            const QStringList pars = articleParagraphs(s.object["id"_L1].toString());
            QVERIFY2(!pars.isEmpty(), qPrintable(s.where));
            QCOMPARE(s.object["paragraphs"_L1].toInt(), pars.size());
        }
    }

    void everyCitedParagraphExists()
    {
        for (const Record &r : std::as_const(m_citing)) {
            // Version 2 citations only: several paragraphs of several sources.
            QVERIFY2(!r.object.contains("source"_L1) && !r.object.contains("paragraph"_L1),
                     qPrintable(r.where));
            QVERIFY2(!citations(r.object).isEmpty(), qPrintable(r.where));
            QStringList missing;
            const QStringList cited = citedParagraphs(r.object, &missing);
            QVERIFY2(missing.isEmpty(), qPrintable(r.where + u": "_s + missing.join(u", ")));
            QVERIFY2(!cited.isEmpty(), qPrintable(r.where));
        }
    }

    void everyQuoteIsVerbatimOrMarkedAsOurWords()
    {
        for (const Record &q : records("quotes")) {
            const QStringList cited = citedParagraphs(q.object);
            if (!q.object["paraphrase"_L1].toBool()) {
                // What the article printed, in one piece, in the article's language only.
                QVERIFY2(q.object["text"_L1].isString(), qPrintable(q.where));
                const QString text = q.object["text"_L1].toString();
                QVERIFY2(!text.isEmpty(), qPrintable(q.where));
                QVERIFY2(std::any_of(cited.cbegin(), cited.cend(),
                                     [&](const QString &p) { return p.contains(text); }),
                         qPrintable(q.where + u": not verbatim in a cited paragraph"_s));
                // Its Chinese is our translation, kept apart from the printed words.
                QVERIFY2(!q.object["translation"_L1]["zh"_L1].toString().isEmpty(), qPrintable(q.where));
            } else {
                // Our wording: no copy of a paragraph, and no translation of words nobody printed.
                QVERIFY2(!q.object.contains("translation"_L1), qPrintable(q.where));
                for (const QString &t : texts(q.object["text"_L1])) {
                    QVERIFY2(std::none_of(cited.cbegin(), cited.cend(),
                                          [&](const QString &p) { return p.contains(t); }),
                             qPrintable(q.where + u": a paraphrase copies its paragraph"_s));
                }
            }
        }
    }

    // Values, totals and every number written in a title, summary, claim, market note or paraphrase, in
    // either language, are in the paragraphs the record cites.
    void everyNumberIsInTheCitedParagraphs()
    {
        for (const Record &r : std::as_const(m_citing)) {
            QStringList written;
            for (const char *field : {"title", "summary", "claim", "note"})
                written << texts(r.object.value(QLatin1StringView(field)));
            if (r.object["paraphrase"_L1].toBool())
                written << texts(r.object["text"_L1]);
            QList<double> values;
            for (const char *field : {"value", "total"}) {
                if (r.object.value(QLatin1StringView(field)).isDouble())
                    values << r.object.value(QLatin1StringView(field)).toDouble();
            }
            const QList<double> missing = numbersNotIn(written, values, citedParagraphs(r.object));
            QVERIFY2(missing.isEmpty(),
                     qPrintable(r.where + u": not in the cited paragraphs: "_s + numbersText(missing)));
        }
    }

    void everyEntityIsReferredTo()
    {
        QSet<QString> referred;
        for (const Record &e : records("events")) {
            for (const QJsonValue &p : e.object["parties"_L1].toArray())
                referred << p.toString();
        }
        for (const Record &s : records("series"))
            referred << s.object["entity"_L1].toString();
        for (const Record &m : records("markets")) {
            for (const QJsonValue &p : m.object["otherIncludes"_L1].toArray())
                referred << p.toString();
        }
        for (const Record &q : records("quotes")) {
            for (const QJsonValue &p : q.object["entities"_L1].toArray())
                referred << p.toString();
        }
        for (const Record &e : records("entities"))
            QVERIFY2(referred.contains(e.object["id"_L1].toString()),
                     qPrintable(e.where + u": nothing refers to it"_s));
    }

    // A record without a dateNote has a day as its date, printed whole (day, month name, year) in one of
    // the paragraphs it cites; every other date was derived and says how.
    void everyDerivedDateSaysHow()
    {
        for (const Record &r : std::as_const(m_citing)) {
            if (r.object.contains("sector"_L1))
                continue; // a market's date is its members' date
            const QString date = r.object.contains("start"_L1) ? r.object["start"_L1].toString()
                                                               : r.object["date"_L1].toString();
            if (!texts(r.object["dateNote"_L1]).isEmpty())
                continue;
            const QStringList parts = date.split(u'-');
            QVERIFY2(parts.size() == 3,
                     qPrintable(r.where + u": "_s + date + u" is not printed, and has no dateNote"_s));
            const QList<double> wanted{parts[2].toDouble(), parts[1].toDouble(), parts[0].toDouble()};
            const QStringList cited = citedParagraphs(r.object);
            const bool printed = std::any_of(cited.cbegin(), cited.cend(), [&](const QString &p) {
                const QList<double> n = writtenNumbers(p);
                return std::all_of(wanted.cbegin(), wanted.cend(), [&](double v) { return n.contains(v); });
            });
            QVERIFY2(printed,
                     qPrintable(r.where + u": "_s + date + u" is not printed, and has no dateNote"_s));
        }
    }

    // Every human-readable field has both languages; a name that has no certain Chinese form is given as
    // printed in both.
    void everyRecordHasItsChinese()
    {
        auto both = [](const Record &r, const char *field) {
            const QJsonValue v = r.object.value(QLatin1StringView(field));
            if (v.isUndefined() || (v.isString() && v.toString().isEmpty()))
                return true; // absent or empty optional field
            const QJsonObject o = v.toObject();
            return !o["en"_L1].toString().isEmpty() && !o["zh"_L1].toString().isEmpty();
        };
        for (const Record &s : records("sources")) {
            for (const char *f : {"title", "publishedNote", "note"})
                QVERIFY2(both(s, f), qPrintable(s.where + u'.' + QLatin1StringView(f)));
        }
        for (const Record &e : records("entities")) {
            for (const char *f : {"name", "note"})
                QVERIFY2(both(e, f), qPrintable(e.where + u'.' + QLatin1StringView(f)));
        }
        for (const Record &e : records("events")) {
            for (const char *f : {"title", "summary", "dateNote"})
                QVERIFY2(both(e, f), qPrintable(e.where + u'.' + QLatin1StringView(f)));
        }
        for (const Record &p : points()) {
            for (const char *f : {"claim", "dateNote"})
                QVERIFY2(both(p, f), qPrintable(p.where + u'.' + QLatin1StringView(f)));
        }
        for (const Record &m : records("markets")) {
            for (const char *f : {"name", "note"})
                QVERIFY2(both(m, f), qPrintable(m.where + u'.' + QLatin1StringView(f)));
        }
        for (const Record &q : records("quotes")) {
            for (const char *f : {"speaker", "role", "organisation", "dateNote"})
                QVERIFY2(both(q, f), qPrintable(q.where + u'.' + QLatin1StringView(f)));
            if (q.object["paraphrase"_L1].toBool())
                QVERIFY2(both(q, "text"), qPrintable(q.where + u".text"_s));
        }
    }
};

QTEST_GUILESS_MAIN(TestContentRules)
#include "tst_contentrules.moc"
