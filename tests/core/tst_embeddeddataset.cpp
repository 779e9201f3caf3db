// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
// The embedded dataset checked against the five articles (tests/data/articles/, copies of the seeds).
// The expected values below were read off the articles by hand, independently of the JSON file.
#include "app/core/import/json/jsonreader.h"
#include "tests/core/articles.h"

#include <QTest>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

struct ExpectedEvent {
    const char *id;
    const char *start;
    const char *kind;
    const char *status;
    const char *parties;   // space-separated entity ids, in order
    const char *citations; // "SOURCE:P1,P2;SOURCE2:P3", the primary citation first
};

// What each article states, with every paragraph the record relies on.
const ExpectedEvent expectedEvents[] = {
    {"sina-msn-alliance", "2010-11-11", "alliance", "confirmed", "sina weibo msn-china",
     "technode-sina-msn:1,4;ft-msn-sina:3,4"},
    {"msn-weibo-presence-plan", "2010-11-11", "plan", "announced", "weibo msn-china",
     "technode-sina-msn:1,5"},
    {"sina-msn-finance-channel", "2010-11-11", "plan", "announced", "sina msn-china",
     "technode-sina-msn:1,6"},
    {"sinauc-offers-live-messenger", "2010-11", "milestone", "confirmed", "sina sinauc msn-china",
     "technode-sina-msn:8"},
    {"live-spaces-closing", "2010-11", "milestone", "confirmed", "msn-china", "technode-sina-msn:2"},
    {"qq-360-ultimatum", "2010-W44", "dispute", "confirmed", "tencent qq qihoo-360", "ft-msn-sina:5,10"},
    {"qq-360-truce", "2010-W45", "dispute", "confirmed", "qq qihoo-360", "ft-msn-sina:10"},
    {"msn-china-aggregation-plan", "2010-W45", "plan", "announced", "msn-china", "ft-msn-sina:13"},
    {"renren-open-platform-plan", "2010-W45", "plan", "announced", "renren", "ft-msn-sina:14"},
    {"weibo-open-platform", "2010-Q4", "milestone", "confirmed", "weibo", "technode-sina-enemy:2,4"},
    {"weibo-kaixin001-traffic", "2010-Q4", "milestone", "confirmed", "weibo kaixin001",
     "technode-sina-enemy:1"},
    {"weibo-group-service-test", "2010-Q4", "launch", "confirmed", "weibo", "technode-sina-enemy:6"},
    {"weibo-lbs-groupbuy", "2011-Q2", "launch", "confirmed", "sina weibo", "weibo-telecoms:1"},
    {"weibo-china-telecom", "2011-06-03", "alliance", "announced", "weibo china-telecom", "weibo-telecoms:3"},
    {"weibo-telecom-189-brew", "2011-06-03", "plan", "announced", "weibo china-telecom",
     "weibo-telecoms:3,4"},
    {"sina-china-unicom", "2011-06-14", "alliance", "confirmed", "sina weibo china-unicom",
     "weibo-telecoms:6"},
    {"weibo-video-plan", "2011-06-14", "plan", "announced", "sina weibo china-unicom", "weibo-telecoms:6,7"},
    {"weibo-english-us-plan", "2011-06", "plan", "rumoured", "weibo", "weibo-telecoms:9"},
    {"baidu-sohu-weibo-investment", "2011-Q2", "investment", "rumoured", "baidu sohu sohu-weibo",
     "weibo-telecoms:13,14"},
    // "would likely exceed Twitter in May or June": a forecast, not confirmed.
    {"weibo-twitter-top100-forecast", "2011-Q2", "milestone", "unconfirmed", "weibo twitter",
     "weibo-telecoms:10"},
    {"wechat-launch", "2011", "launch", "confirmed", "wechat", "sina-alibaba:4"},
    // "registering 300 million users by January 15": the bound's day, as printed.
    {"wechat-300m", "2013-01-15", "milestone", "confirmed", "wechat", "sina-alibaba:4"},
    // "exceeded 500 million by the end of December 2012, Sina said in February": the statement's month,
    // never a day on which 500 million was passed.
    {"weibo-500m", "2013-02", "milestone", "confirmed", "weibo", "sina-alibaba:4"},
    {"sina-alibaba-alliance", "2013", "alliance", "confirmed", "sina weibo alibaba", "sina-alibaba:2,13"},
    {"alibaba-weibo-stake", "2013", "investment", "confirmed", "alibaba weibo", "sina-alibaba:3"},
    {"sina-alibaba-connectivity-plan", "2013", "plan", "announced", "sina alibaba", "sina-alibaba:8"},
    {"wechat-shopping-login", "2013", "milestone", "confirmed", "tencent wechat", "sina-alibaba:7"},
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
    const char *citations;
};

const ExpectedPoint expectedPoints[] = {
    {"qq-active-accounts", "qq", "activeAccounts", "2010-Q3", 600e6, "over",
     "ft-msn-sina:5"}, // "more than 600m"
    {"qq-peak-concurrent", "qq", "peakConcurrentUsers", "2010-Q4", 120e6, "exact",
     "technode-sina-enemy:1"}, // "at one time has reached 120millions"
    {"weibo-users-as-stated", "weibo", "usersAsStated", "2010-Q4", 50e6, "exact", "technode-sina-enemy:1,3"},
    {"weibo-users-as-stated", "weibo", "usersAsStated", "2012-12-31", 500e6, "over",
     "sina-alibaba:4"}, // "exceeded 500 million by the end of December 2012"
    {"weibo-registered-users", "weibo", "registeredUsers", "2011-Q1", 140e6, "exact", "weibo-telecoms:10"},
    {"twitter-accounts", "twitter", "accounts", "2011-06", 300e6, "over",
     "weibo-telecoms:10"}, // "over 300 millions"
    {"wechat-registered-users", "wechat", "registeredUsers", "2013-01-15", 300e6, "atLeast",
     "sina-alibaba:4"}, // "registering 300 million users by January 15": reached on or before that day
    {"wechat-users-as-stated", "wechat", "usersAsStated", "2013", 400e6, "approaching", "sina-alibaba:5,6"},
    {"alibaba-weibo-stake", "alibaba", "stake", "2013", 18, "exact", "sina-alibaba:3"},
};

struct ExpectedQuote {
    const char *id;
    const char *speaker;
    bool paraphrase;
    const char *entities; // space-separated entity ids, in order
    const char *citations;
};

const ExpectedQuote expectedQuotes[] = {
    {"xie-wen-open-platforms", "Xie Wen", false, "sina msn-china", "ft-msn-sina:6,7"},
    {"xie-wen-cross-selling", "Xie Wen", false, "sina msn-china", "ft-msn-sina:6,7"},
    {"xie-wen-pressure", "Xie Wen", false, "sina qq sohu netease", "ft-msn-sina:7,8"},
    {"liu-xingliang-butterfly", "Liu Xingliang", false, "msn-china sina qq qihoo-360", "ft-msn-sina:11"},
    {"liu-zhenyu-aggregation", "Liu Zhenyu", true, "msn-china", "ft-msn-sina:13"},
    {"renren-open-platform", "Renren", true, "renren", "ft-msn-sina:14"},
    {"huang-jing-aggregator", "Huang Jing", false, "renren", "ft-msn-sina:15"},
    {"gang-lu-big-winner", "Gang Lu", false, "sina msn-china", "technode-sina-msn:8,9"},
    {"pony-ma-threat", "Pony Ma", true, "sina tencent", "technode-sina-enemy:1,7"},
    {"sina-ceo-twitter-difference", "Sina's chief executive (not named)", true, "sina weibo twitter",
     "weibo-telecoms:11"},
    {"experts-self-defence", "Industry experts (not named)", true, "sina alibaba tencent", "sina-alibaba:1"},
    {"sina-statement-social-commerce", "Sina Corp", false, "sina alibaba weibo", "sina-alibaba:2"},
    {"wang-gao-no-shopping", "Wang Gao", false, "sina alibaba taobao tmall", "sina-alibaba:5"},
    {"wang-gao-new-models", "Wang Gao", false, "sina alibaba", "sina-alibaba:5"},
    {"wang-gao-wechat-challenge", "Wang Gao", false, "wechat tencent taobao tmall", "sina-alibaba:5,6"},
    {"li-yanchuan-semantic", "Li Yanchuan", true, "facebook", "sina-alibaba:9"},
    {"li-yanchuan-kickback", "Li Yanchuan", false, "weibo taobao", "sina-alibaba:9,10"},
    {"li-yanchuan-privacy", "Li Yanchuan", true, "weibo", "sina-alibaba:9,11"},
    {"li-yanchuan-life-cycle", "Li Yanchuan", false, "weibo", "sina-alibaba:9,12"},
    {"sina-statement-380m", "Sina Corp", false, "sina alibaba weibo", "sina-alibaba:13"},
};

QStringList paragraphs(const QString &sourceId)
{
    return at::test::articleParagraphs(sourceId);
}

// "SOURCE:P1,P2;SOURCE2:P3", in citation order.
template <typename List> QString citationsText(const at::Dataset &d, const List &citations)
{
    QStringList parts;
    int source = -1;
    QStringList paragraphs;
    for (const at::Citation &c : citations) {
        if (c.source != source && source >= 0) {
            parts << d.sources[source].id + u':' + paragraphs.join(u',');
            paragraphs.clear();
        }
        source = c.source;
        paragraphs << QString::number(c.paragraph);
    }
    if (source >= 0)
        parts << d.sources[source].id + u':' + paragraphs.join(u',');
    return parts.join(u';');
}

// The text of every paragraph the record cites.
template <typename List> QStringList citedParagraphs(const at::Dataset &d, const List &citations)
{
    QStringList out;
    for (const at::Citation &c : citations)
        out << paragraphs(d.sources[c.source].id).value(c.paragraph - 1);
    return out;
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
        QCOMPARE(m_d->sources[m_d->sourceIndex(u"technode-sina-msn")].author.en, u"Gang Lu"_s);
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
            QCOMPARE(citationsText(*m_d, m_d->citationsOf(e)), QString::fromLatin1(x.citations));
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
            QCOMPARE(citationsText(*m_d, m_d->citationsOf(p)), QString::fromLatin1(x.citations));
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
            QCOMPARE(citationsText(*m_d, q.citations), QString::fromLatin1(x.citations));
            const QStringList pars = citedParagraphs(*m_d, q.citations);
            const QString text = q.text.primary();
            const bool verbatim =
                std::any_of(pars.cbegin(), pars.cend(), [&](const QString &p) { return p.contains(text); });
            // Word for word, the quote is in a paragraph it cites; a paraphrase is in our own words.
            QVERIFY2(verbatim == !q.paraphrase, x.id);
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
            const QStringList pars = citedParagraphs(*m_d, m_d->citationsOf(e));
            QVERIFY2(!copiesArticle(m_d->string(e.title), pars), qPrintable(m_d->string(e.id)));
            QVERIFY2(!copiesArticle(m_d->string(e.summary), pars), qPrintable(m_d->string(e.id)));
        }
        for (const at::SeriesPoint &p : m_d->points)
            QVERIFY2(!copiesArticle(m_d->string(p.claim), citedParagraphs(*m_d, m_d->citationsOf(p))),
                     qPrintable(m_d->string(p.claim)));
    }

    void everyRecordCitesAnExistingParagraph()
    {
        auto check = [&](const auto &citations) {
            return std::all_of(citations.begin(), citations.end(), [&](const at::Citation &c) {
                return c.source < m_d->sources.size() && c.paragraph >= 1 &&
                       c.paragraph <= m_d->sources[c.source].paragraphs;
            });
        };
        for (const at::Event &e : m_d->events)
            QVERIFY(check(m_d->citationsOf(e)));
        for (const at::SeriesPoint &p : m_d->points)
            QVERIFY(check(m_d->citationsOf(p)));
        for (const at::Quote &q : m_d->quotes)
            QVERIFY(check(q.citations));
        for (const at::Market &m : m_d->markets) {
            QVERIFY(check(m.citations));
            QCOMPARE(citationsText(*m_d, m.citations),
                     m.id == u"im-active-2010q3"_s ? u"ft-msn-sina:5"_s : u"weibo-telecoms:10,13"_s);
        }
    }

    // The Chinese is read as written (a sample; tst_contentrules checks that every record has it).
    void theChineseIsRead()
    {
        using L = at::TextLanguage;
        const at::Event &e = m_d->events[size_t(m_d->eventIndex(u"msn-china-aggregation-plan"))];
        QCOMPARE(m_d->text(e.title, L::Chinese).text, u"MSN 中国希望与本地伙伴合作打造聚合平台"_s);
        QCOMPARE(m_d->text(e.title, L::Chinese).fellBack, false);
        const at::SeriesPoint &p = m_d->pointsOf(m_d->series[m_d->seriesIndex(u"qq-active-accounts")])[0];
        QCOMPARE(m_d->text(p.claim, L::Chinese).text,
                 u"腾讯 QQ 的活跃账户超过 6 亿；MSN 排名第二，仅次于 QQ。"_s);
        const at::Quote &q = m_d->quotes[m_d->quoteIndex(u"xie-wen-open-platforms")];
        QCOMPARE(q.speaker.zh, u"谢文"_s);
        // The printed words stay English; the Chinese is our translation, kept apart.
        QCOMPARE(q.text.zh, QString());
        QCOMPARE(q.translation, u"美国向开放平台发展已有五六年，而中国还没有。"_s);
        QCOMPARE(m_d->sources[m_d->sourceIndex(u"ft-msn-sina")].title.zh, u"[微软中国合资公司与新浪合作]"_s);
        QCOMPARE(m_d->markets[0].note.zh,
                 u"总量来自易观国际（Analysys）第三季度数据；MSN 排名第二，仅次于 QQ，文章未给出其数字。"_s);
    }
};

QTEST_GUILESS_MAIN(TestEmbeddedDataset)
#include "tst_embeddeddataset.moc"
