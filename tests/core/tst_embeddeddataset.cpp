// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
// The embedded dataset checked against the five articles (tests/data/articles/, copies of the seeds).
// The expected values below were read off the articles by hand, independently of the JSON file.
#include "app/core/datasetreader.h"

#include <QDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

struct ExpectedEvent {
    const char *id;
    const char *start;
    const char *kind;
    const char *status;
    const char *parties; // space-separated entity ids, in order
    const char *source;
};

// What each article states (article file, then paragraph as the dataset cites it).
const ExpectedEvent expectedEvents[] = {
    {"sina-msn-alliance", "2010-11-11", "alliance", "confirmed", "sina weibo msn-china", "technode-sina-msn"},
    {"msn-weibo-presence-plan", "2010-11-11", "plan", "announced", "weibo msn-china", "technode-sina-msn"},
    {"sina-msn-finance-channel", "2010-11-11", "plan", "announced", "sina msn-china", "technode-sina-msn"},
    {"live-spaces-closing", "2010-11", "milestone", "confirmed", "msn-china", "technode-sina-msn"},
    {"qq-360-ultimatum", "2010-W44", "dispute", "confirmed", "tencent qq qihoo-360", "ft-msn-sina"},
    {"qq-360-truce", "2010-W45", "dispute", "confirmed", "qq qihoo-360", "ft-msn-sina"},
    {"msn-china-aggregation-plan", "2010-W45", "plan", "announced", "msn-china", "ft-msn-sina"},
    {"renren-open-platform-plan", "2010-W45", "plan", "announced", "renren", "ft-msn-sina"},
    {"weibo-group-service-test", "2010-Q4", "launch", "confirmed", "weibo", "technode-sina-enemy"},
    {"weibo-china-telecom", "2011-06-03", "alliance", "announced", "weibo china-telecom", "weibo-telecoms"},
    {"weibo-telecom-189-brew", "2011-06-03", "plan", "announced", "weibo china-telecom", "weibo-telecoms"},
    {"sina-china-unicom", "2011-06-14", "alliance", "confirmed", "sina weibo china-unicom", "weibo-telecoms"},
    {"weibo-video-plan", "2011-06-14", "plan", "announced", "sina weibo china-unicom", "weibo-telecoms"},
    {"weibo-english-us-plan", "2011-06", "plan", "rumoured", "weibo", "weibo-telecoms"},
    {"baidu-sohu-weibo-investment", "2011-Q2", "investment", "rumoured", "baidu sohu sohu-weibo",
     "weibo-telecoms"},
    {"sina-alibaba-alliance", "2013", "alliance", "confirmed", "sina weibo alibaba", "sina-alibaba"},
    {"alibaba-weibo-stake", "2013", "investment", "confirmed", "alibaba weibo", "sina-alibaba"},
    {"sina-alibaba-connectivity-plan", "2013", "plan", "announced", "sina alibaba", "sina-alibaba"},
    {"wechat-launch", "2011", "launch", "confirmed", "wechat", "sina-alibaba"},
    {"wechat-300m", "2013-01-15", "milestone", "confirmed", "wechat", "sina-alibaba"},
    {"weibo-500m", "2012-12-31", "milestone", "confirmed", "weibo", "sina-alibaba"},
};

struct ExpectedPoint {
    const char *series;
    const char *entity;
    const char *metric;
    const char *date;
    double value;
    const char *qualifier;
    const char *source;
    int paragraph;
};

const ExpectedPoint expectedPoints[] = {
    {"qq-active-accounts", "qq", "activeAccounts", "2010-Q3", 600e6, "over", "ft-msn-sina",
     5}, // "more than 600m"
    {"qq-peak-concurrent", "qq", "peakConcurrentUsers", "2010-Q4", 120e6, "exact", "technode-sina-enemy",
     1}, // "at one time has reached 120millions"
    {"weibo-users-as-stated", "weibo", "usersAsStated", "2010-Q4", 50e6, "exact", "technode-sina-enemy", 1},
    {"weibo-users-as-stated", "weibo", "usersAsStated", "2012-12-31", 500e6, "over", "sina-alibaba",
     4}, // "exceeded 500 million"
    {"weibo-registered-users", "weibo", "registeredUsers", "2011-Q1", 140e6, "exact", "weibo-telecoms", 10},
    {"twitter-accounts", "twitter", "accounts", "2011-06", 300e6, "over", "weibo-telecoms",
     10}, // "over 300 millions"
    {"wechat-registered-users", "wechat", "registeredUsers", "2013-01-15", 300e6, "exact", "sina-alibaba", 4},
    {"wechat-users-as-stated", "wechat", "usersAsStated", "2013", 400e6, "approaching", "sina-alibaba", 6},
    {"alibaba-weibo-stake", "alibaba", "stake", "2013", 18, "exact", "sina-alibaba", 3},
};

struct ExpectedQuote {
    const char *id;
    const char *speaker;
    bool paraphrase;
};

const ExpectedQuote expectedQuotes[] = {
    {"xie-wen-open-platforms", "Xie Wen", false},
    {"xie-wen-cross-selling", "Xie Wen", false},
    {"xie-wen-pressure", "Xie Wen", false},
    {"liu-xingliang-butterfly", "Liu Xingliang", false},
    {"liu-zhenyu-aggregation", "Liu Zhenyu", true},
    {"renren-open-platform", "Renren", true},
    {"huang-jing-aggregator", "Huang Jing", false},
    {"gang-lu-big-winner", "Gang Lu", false},
    {"pony-ma-threat", "Pony Ma", true},
    {"sina-ceo-twitter-difference", "Sina's chief executive (not named)", true},
    {"experts-self-defence", "Industry experts (not named)", true},
    {"sina-statement-social-commerce", "Sina Corp", false},
    {"wang-gao-no-shopping", "Wang Gao", false},
    {"wang-gao-new-models", "Wang Gao", false},
    {"wang-gao-wechat-challenge", "Wang Gao", false},
    {"li-yanchuan-semantic", "Li Yanchuan", true},
    {"li-yanchuan-kickback", "Li Yanchuan", false},
    {"li-yanchuan-privacy", "Li Yanchuan", true},
    {"li-yanchuan-life-cycle", "Li Yanchuan", false},
    {"sina-statement-380m", "Sina Corp", false},
};

const std::pair<const char *, const char *> articleFiles[] = {
    {"ft-msn-sina", "000_b992bc255d4d46db.txt"},    {"technode-sina-msn", "001_6f7407005e905319.txt"},
    {"weibo-telecoms", "002_00854b73394d2ea6.txt"}, {"technode-sina-enemy", "003_005dc033512c4640.txt"},
    {"sina-alibaba", "004_cac375d557fed293.txt"},
};

// Paragraph N of an article = its Nth non-empty line (resources/README.md).
QStringList paragraphs(const QString &sourceId)
{
    for (const auto &[id, file] : articleFiles) {
        if (sourceId == QLatin1StringView(id)) {
            QFile f(QStringLiteral(AT_TEST_DATA "/articles/") + QLatin1StringView(file));
            if (!f.open(QIODevice::ReadOnly))
                return {};
            QStringList lines;
            for (const QString &line : QString::fromUtf8(f.readAll()).split(u'\n')) {
                if (!line.trimmed().isEmpty())
                    lines << line;
            }
            return lines;
        }
    }
    return {};
}

} // namespace

class TestEmbeddedDataset : public QObject {
    Q_OBJECT
    std::shared_ptr<const at::Dataset> m_d;

private Q_SLOTS:
    void initTestCase()
    {
        const auto r = at::readEmbeddedDataset();
        QVERIFY2(r.ok(), qPrintable(at::toStrings(r.errors).join(u'\n')));
        m_d = r.dataset;
    }

    void sourcesMatchTheArticles()
    {
        QCOMPARE(m_d->sources.size(), 5);
        for (const at::Source &s : m_d->sources) {
            const QStringList pars = paragraphs(s.id);
            QVERIFY2(!pars.isEmpty(), qPrintable(s.id));
            QCOMPARE(s.paragraphs, pars.size());
            // An inferred publication date says what it was inferred from.
            QVERIFY2(!s.publishedNote.isEmpty(), qPrintable(s.id));
        }
        QCOMPARE(m_d->sources[m_d->sourceIndex(u"ft-msn-sina")].title,
                 u"Microsoft China Venture Partnes with Sina"_s);
        QCOMPARE(m_d->sources[m_d->sourceIndex(u"technode-sina-msn")].author, u"Gang Lu"_s);
    }

    void everyEventAsTheArticlesSay()
    {
        QCOMPARE(m_d->events.size(), std::size(expectedEvents));
        for (const ExpectedEvent &x : expectedEvents) {
            const int i = m_d->eventIndex(QString::fromLatin1(x.id));
            QVERIFY2(i >= 0, x.id);
            const at::Event &e = m_d->events[size_t(i)];
            QCOMPARE(e.start.toIsoString(), QString::fromLatin1(x.start));
            QVERIFY2(!e.isRanged(), x.id);
            QCOMPARE(at::jsonName(e.kind), QString::fromLatin1(x.kind));
            QCOMPARE(at::jsonName(e.status), QString::fromLatin1(x.status));
            QStringList parties;
            for (quint16 p : m_d->partiesOf(e))
                parties << m_d->entities[p].id;
            QCOMPARE(parties.join(u' '), QString::fromLatin1(x.parties));
            QCOMPARE(m_d->sources[e.source].id, QString::fromLatin1(x.source));
            // A date that is not printed as such says how it was derived.
            if (e.start.precision != at::Precision::Day || QByteArrayView(x.id) == "sina-msn-alliance")
                continue;
        }
        // Relative dates carry their reasoning.
        for (const char *derived : {"qq-360-ultimatum", "qq-360-truce", "sina-alibaba-alliance",
                                    "wechat-launch", "wechat-300m", "weibo-group-service-test"}) {
            const at::Event &e = m_d->events[size_t(m_d->eventIndex(QString::fromLatin1(derived)))];
            QVERIFY2(!m_d->view(e.dateNote).isEmpty(), derived);
        }
    }

    void everyFigureAsTheArticlesSay()
    {
        QCOMPARE(m_d->points.size(), std::size(expectedPoints));
        QHash<QString, int> nextPoint;
        for (const ExpectedPoint &x : expectedPoints) {
            const int s = m_d->seriesIndex(QString::fromLatin1(x.series));
            QVERIFY2(s >= 0, x.series);
            const at::Series &series = m_d->series[s];
            QCOMPARE(m_d->entities[series.entity].id, QString::fromLatin1(x.entity));
            QCOMPARE(at::jsonName(series.metric), QString::fromLatin1(x.metric));
            const int k = nextPoint[series.id]++;
            const at::SeriesPoint &p = m_d->pointsOf(series)[size_t(k)];
            QCOMPARE(p.date.toIsoString(), QString::fromLatin1(x.date));
            QCOMPARE(p.value, x.value);
            QCOMPARE(at::jsonName(p.qualifier), QString::fromLatin1(x.qualifier));
            QCOMPARE(m_d->sources[p.source].id, QString::fromLatin1(x.source));
            QCOMPARE(int(p.paragraph), x.paragraph);
            QVERIFY(!m_d->view(p.claim).isEmpty());
        }
    }

    void metricsAreNeverMerged()
    {
        // One series = one entity and one metric.
        QSet<QString> seen;
        for (const at::Series &s : m_d->series) {
            const QString key = m_d->entities[s.entity].id + u'/' + at::jsonName(s.metric);
            QVERIFY2(!seen.contains(key), qPrintable(key));
            seen.insert(key);
        }
    }

    void theImMarketIsQqAgainstTheAnalysysTotal()
    {
        const at::Market &m = m_d->markets[0];
        QCOMPARE(m.id, u"im-active-2010q3"_s);
        QVERIFY(m.hasTotal);
        QCOMPARE(m.total, 858e6);
        QCOMPARE(m.date.toIsoString(), u"2010-Q3"_s);
        QCOMPARE(m.members, QList<int>{m_d->seriesIndex(u"qq-active-accounts")});
        QCOMPARE(m.otherIncludes, QList<int>{m_d->entityIndex(u"msn-china")});
        // The microblog record states no total: shares are unknown.
        QCOMPARE(m_d->markets[1].hasTotal, false);
    }

    void everyQuoteIsAttributedAndVerbatim()
    {
        QCOMPARE(m_d->quotes.size(), qsizetype(std::size(expectedQuotes)));
        for (const ExpectedQuote &x : expectedQuotes) {
            const int i = m_d->quoteIndex(QString::fromLatin1(x.id));
            QVERIFY2(i >= 0, x.id);
            const at::Quote &q = m_d->quotes[i];
            QCOMPARE(q.speaker, QString::fromUtf8(x.speaker));
            QCOMPARE(q.paraphrase, x.paraphrase);
            const QStringList pars = paragraphs(m_d->sources[q.source].id);
            QVERIFY(q.paragraph >= 1 && q.paragraph <= pars.size());
            if (!q.paraphrase) {
                // Word for word: the quote is exactly in the paragraph it cites.
                QVERIFY2(pars[q.paragraph - 1].contains(q.text), x.id);
            } else {
                // A paraphrase is in our own words: not a copy of the paragraph.
                QVERIFY2(!pars[q.paragraph - 1].contains(q.text), x.id);
            }
        }
    }

    void ownWordsAreNotCopied()
    {
        // Titles, summaries and claims are ours: none contains a run of 8 words from its article.
        auto copiesArticle = [](const QString &text, const QStringList &pars) {
            const QStringList words = text.split(u' ', Qt::SkipEmptyParts);
            for (qsizetype i = 0; i + 8 <= words.size(); ++i) {
                const QString run = words.mid(i, 8).join(u' ');
                for (const QString &p : pars) {
                    if (p.contains(run))
                        return true;
                }
            }
            return false;
        };
        for (const at::Event &e : m_d->events) {
            const QStringList pars = paragraphs(m_d->sources[e.source].id);
            QVERIFY2(!copiesArticle(m_d->string(e.title), pars), qPrintable(m_d->string(e.id)));
            QVERIFY2(!copiesArticle(m_d->string(e.summary), pars), qPrintable(m_d->string(e.id)));
        }
        for (const at::SeriesPoint &p : m_d->points)
            QVERIFY2(!copiesArticle(m_d->string(p.claim), paragraphs(m_d->sources[p.source].id)),
                     qPrintable(m_d->string(p.claim)));
    }

    void everyRecordCitesAnExistingParagraph()
    {
        auto check = [&](int source, int paragraph) {
            return source >= 0 && source < m_d->sources.size() && paragraph >= 1 &&
                   paragraph <= m_d->sources[source].paragraphs;
        };
        for (const at::Event &e : m_d->events)
            QVERIFY(check(e.source, e.paragraph));
        for (const at::SeriesPoint &p : m_d->points)
            QVERIFY(check(p.source, p.paragraph));
        for (const at::Quote &q : m_d->quotes)
            QVERIFY(check(q.source, q.paragraph));
        for (const at::Market &m : m_d->markets)
            QVERIFY(check(m.source, m.paragraph));
    }
};

QTEST_GUILESS_MAIN(TestEmbeddedDataset)
#include "tst_embeddeddataset.moc"
