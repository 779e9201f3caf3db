// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
// The embedded dataset checked against the five articles (tests/data/articles/, copies of the seeds).
// The expected values below were read off the articles by hand, independently of the JSON file.
#include "app/core/import/json/jsonreader.h"
#include "tests/core/articles.h"

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
    int paragraph;
};

// What each article states, with the source and paragraph the record cites.
const ExpectedEvent expectedEvents[] = {
    {"sina-msn-alliance", "2010-11-11", "alliance", "confirmed", "sina weibo msn-china", "technode-sina-msn",
     1},
    {"msn-weibo-presence-plan", "2010-11-11", "plan", "announced", "weibo msn-china", "technode-sina-msn", 5},
    {"sina-msn-finance-channel", "2010-11-11", "plan", "announced", "sina msn-china", "technode-sina-msn", 6},
    {"sinauc-offers-live-messenger", "2010-11", "milestone", "confirmed", "sina sinauc msn-china",
     "technode-sina-msn", 8},
    {"live-spaces-closing", "2010-11", "milestone", "confirmed", "msn-china", "technode-sina-msn", 2},
    {"qq-360-ultimatum", "2010-W44", "dispute", "confirmed", "tencent qq qihoo-360", "ft-msn-sina", 10},
    {"qq-360-truce", "2010-W45", "dispute", "confirmed", "qq qihoo-360", "ft-msn-sina", 10},
    {"msn-china-aggregation-plan", "2010-W45", "plan", "announced", "msn-china", "ft-msn-sina", 13},
    {"renren-open-platform-plan", "2010-W45", "plan", "announced", "renren", "ft-msn-sina", 14},
    {"weibo-open-platform", "2010-Q4", "milestone", "confirmed", "weibo", "technode-sina-enemy", 4},
    {"weibo-kaixin001-traffic", "2010-Q4", "milestone", "confirmed", "weibo kaixin001", "technode-sina-enemy",
     1},
    {"weibo-group-service-test", "2010-Q4", "launch", "confirmed", "weibo", "technode-sina-enemy", 6},
    {"weibo-lbs-groupbuy", "2011-Q2", "launch", "confirmed", "sina weibo", "weibo-telecoms", 1},
    {"weibo-china-telecom", "2011-06-03", "alliance", "announced", "weibo china-telecom", "weibo-telecoms",
     3},
    {"weibo-telecom-189-brew", "2011-06-03", "plan", "announced", "weibo china-telecom", "weibo-telecoms", 4},
    {"sina-china-unicom", "2011-06-14", "alliance", "confirmed", "sina weibo china-unicom", "weibo-telecoms",
     6},
    {"weibo-video-plan", "2011-06-14", "plan", "announced", "sina weibo china-unicom", "weibo-telecoms", 7},
    {"weibo-english-us-plan", "2011-06", "plan", "rumoured", "weibo", "weibo-telecoms", 9},
    {"baidu-sohu-weibo-investment", "2011-Q2", "investment", "rumoured", "baidu sohu sohu-weibo",
     "weibo-telecoms", 14},
    // "would likely exceed Twitter in May or June": a forecast, not confirmed.
    {"weibo-twitter-top100-forecast", "2011-Q2", "milestone", "unconfirmed", "weibo twitter",
     "weibo-telecoms", 10},
    {"wechat-launch", "2011", "launch", "confirmed", "wechat", "sina-alibaba", 4},
    // "registering 300 million users by January 15": the bound's day, as printed.
    {"wechat-300m", "2013-01-15", "milestone", "confirmed", "wechat", "sina-alibaba", 4},
    // "exceeded 500 million by the end of December 2012, Sina said in February": the statement's month,
    // never a day on which 500 million was passed.
    {"weibo-500m", "2013-02", "milestone", "confirmed", "weibo", "sina-alibaba", 4},
    {"sina-alibaba-alliance", "2013", "alliance", "confirmed", "sina weibo alibaba", "sina-alibaba", 2},
    {"alibaba-weibo-stake", "2013", "investment", "confirmed", "alibaba weibo", "sina-alibaba", 3},
    {"sina-alibaba-connectivity-plan", "2013", "plan", "announced", "sina alibaba", "sina-alibaba", 8},
    {"wechat-shopping-login", "2013", "milestone", "confirmed", "tencent wechat", "sina-alibaba", 7},
};

// The two events whose day the article prints ("On 3 June 2011", "on 14 June 2011"); every other date
// was derived and carries a note.
const char *const printedDays[] = {"weibo-china-telecom", "sina-china-unicom"};

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
     4}, // "exceeded 500 million by the end of December 2012"
    {"weibo-registered-users", "weibo", "registeredUsers", "2011-Q1", 140e6, "exact", "weibo-telecoms", 10},
    {"twitter-accounts", "twitter", "accounts", "2011-06", 300e6, "over", "weibo-telecoms",
     10}, // "over 300 millions"
    {"wechat-registered-users", "wechat", "registeredUsers", "2013-01-15", 300e6, "atLeast", "sina-alibaba",
     4}, // "registering 300 million users by January 15": reached on or before that day
    {"wechat-users-as-stated", "wechat", "usersAsStated", "2013", 400e6, "approaching", "sina-alibaba", 6},
    {"alibaba-weibo-stake", "alibaba", "stake", "2013", 18, "exact", "sina-alibaba", 3},
};

struct ExpectedQuote {
    const char *id;
    const char *speaker;
    bool paraphrase;
    const char *entities; // space-separated entity ids, in order
};

const ExpectedQuote expectedQuotes[] = {
    {"xie-wen-open-platforms", "Xie Wen", false, "sina msn-china"},
    {"xie-wen-cross-selling", "Xie Wen", false, "sina msn-china"},
    {"xie-wen-pressure", "Xie Wen", false, "sina qq sohu netease"},
    {"liu-xingliang-butterfly", "Liu Xingliang", false, "msn-china sina qq qihoo-360"},
    {"liu-zhenyu-aggregation", "Liu Zhenyu", true, "msn-china"},
    {"renren-open-platform", "Renren", true, "renren"},
    {"huang-jing-aggregator", "Huang Jing", false, "renren"},
    {"gang-lu-big-winner", "Gang Lu", false, "sina msn-china"},
    {"pony-ma-threat", "Pony Ma", true, "sina tencent"},
    {"sina-ceo-twitter-difference", "Sina's chief executive (not named)", true, "sina weibo twitter"},
    {"experts-self-defence", "Industry experts (not named)", true, "sina alibaba tencent"},
    {"sina-statement-social-commerce", "Sina Corp", false, "sina alibaba weibo"},
    {"wang-gao-no-shopping", "Wang Gao", false, "sina alibaba taobao tmall"},
    {"wang-gao-new-models", "Wang Gao", false, "sina alibaba"},
    {"wang-gao-wechat-challenge", "Wang Gao", false, "wechat tencent taobao tmall"},
    {"li-yanchuan-semantic", "Li Yanchuan", true, "facebook"},
    {"li-yanchuan-kickback", "Li Yanchuan", false, "weibo taobao"},
    {"li-yanchuan-privacy", "Li Yanchuan", true, "weibo"},
    {"li-yanchuan-life-cycle", "Li Yanchuan", false, "weibo"},
    {"sina-statement-380m", "Sina Corp", false, "sina alibaba weibo"},
};

QStringList paragraphs(const QString &sourceId)
{
    return at::test::articleParagraphs(sourceId);
}

} // namespace

class TestEmbeddedDataset : public QObject {
    Q_OBJECT
    std::shared_ptr<const at::Dataset> m_d;

private Q_SLOTS:
    void initTestCase()
    {
        const auto r = at::readEmbeddedDataset();
        QVERIFY2(r.hasValue(), qPrintable(at::toStrings(at::errorsOf(r)).join(u'\n')));
        m_d = *r;
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
        QCOMPARE(m_d->sources[m_d->sourceIndex(u"ft-msn-sina")].title.primary(),
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
            QCOMPARE(int(e.paragraph), x.paragraph);
            // A date that is not printed as such says how it was derived.
            const bool printed = std::any_of(std::begin(printedDays), std::end(printedDays),
                                             [&](const char *id) { return QByteArrayView(id) == x.id; });
            QCOMPARE(m_d->view(e.dateNote).isEmpty(), printed);
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

    // The re-check's corrections: the president "hoped to create" a platform; MSN China never said it
    // "wants to become" one.
    void theParaphraseKeepsTheMeaning()
    {
        const at::Quote &q = m_d->quotes[m_d->quoteIndex(u"liu-zhenyu-aggregation")];
        QCOMPARE(
            q.text.primary(),
            u"MSN China hoped to build an aggregation platform by cooperating more with local partners."_s);
        const at::Event &e = m_d->events[size_t(m_d->eventIndex(u"msn-china-aggregation-plan"))];
        QCOMPARE(m_d->string(e.title),
                 u"MSN China hopes to build an aggregation platform with local partners"_s);
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
            QCOMPARE(q.speaker.primary(), QString::fromUtf8(x.speaker));
            QCOMPARE(q.paraphrase, x.paraphrase);
            QStringList entities;
            for (int i : q.entities)
                entities << m_d->entities[i].id;
            QCOMPARE(entities.join(u' '), QString::fromLatin1(x.entities));
            QVERIFY2(!q.dateNote.isEmpty(), x.id); // no quote's date is printed
            const QStringList pars = paragraphs(m_d->sources[q.source].id);
            QVERIFY(q.paragraph >= 1 && q.paragraph <= pars.size());
            if (!q.paraphrase) {
                // Word for word: the quote is exactly in the paragraph it cites.
                QVERIFY2(pars[q.paragraph - 1].contains(q.text.primary()), x.id);
            } else {
                // A paraphrase is in our own words: not a copy of the paragraph.
                QVERIFY2(!pars[q.paragraph - 1].contains(q.text.primary()), x.id);
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
