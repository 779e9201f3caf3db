// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
// The content rules of the embedded dataset, checked on the file as shipped against its five articles:
// every cited paragraph exists, every quote not marked as a paraphrase is verbatim in a cited paragraph,
// every entity is referred to, and every date not printed as such says how it was derived. Citations are
// read in both forms of the format: `source` + `paragraph` (version 1) and `citations` (version 2).
#include "tests/core/articles.h"

#include <algorithm>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using at::test::articleParagraphs;
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

// A record's citations as (source, paragraph) pairs, in citation order, from either form.
QList<std::pair<QString, int>> citations(const QJsonObject &record)
{
    if (record.contains("source"_L1))
        return {{record["source"_L1].toString(), record["paragraph"_L1].toInt()}};
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
        m_citing = records("events") + points() + records("markets") + records("quotes");
        QCOMPARE(m_citing.size(), 27 + 9 + 2 + 20);
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
};

QTEST_GUILESS_MAIN(TestContentRules)
#include "tst_contentrules.moc"
