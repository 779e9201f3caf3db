// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
// What the quote panel shows for each kind of selection, the sources view, search and filters, and the
// citation an analyst copies: all of it pure functions of the embedded dataset.
#include "app/core/displaytext.h"
#include "app/core/import/json/jsonreader.h"
#include "app/core/quotequery.h"
#include "app/core/sourcecardmodel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace Qt::StringLiterals;
using at::QuoteQuery;

// Long texts: on a mismatch, print both in full (QCOMPARE cuts them short).
#define COMPARE_TEXT(actual, expected)                                                                       \
    do {                                                                                                     \
        const QString a_ = (actual);                                                                         \
        const QString e_ = (expected);                                                                       \
        if (a_ != e_)                                                                                        \
            qWarning().noquote() << "\nactual:  " << a_ << "\nexpected:" << e_;                              \
        QCOMPARE(a_, e_);                                                                                    \
    } while (false)
using at::SourceItem;

class TestQuoteQuery : public QObject {
    Q_OBJECT
    std::shared_ptr<const at::Dataset> m_data;
    const QLocale m_en{QLocale::English, QLocale::UnitedKingdom};
    const QLocale m_zh{QLocale::Chinese, QLocale::China};

    const at::Dataset &d() const { return *m_data; }
    int quote(const QString &id) const { return d().quoteIndex(id); }
    int event(const QString &id) const { return d().eventIndex(id); }
    // The ids of the items, "event:sina-msn-alliance", "quote:xie-wen-pressure", for readable comparisons.
    QStringList ids(const QList<SourceItem> &items) const
    {
        QStringList out;
        for (const SourceItem &i : items) {
            switch (i.type) {
            case SourceItem::Type::Article:
                out << u"article:"_s + d().sources[i.index].id;
                break;
            case SourceItem::Type::Quote:
                out << u"quote:"_s + d().quotes[i.index].id;
                break;
            case SourceItem::Type::Event:
                out << u"event:"_s + d().string(d().events[size_t(i.index)].id);
                break;
            case SourceItem::Type::Point:
                out << u"point:"_s + d().series[i.index].id + u'#' + QString::number(i.point);
                break;
            case SourceItem::Type::Market:
                out << u"market:"_s + d().markets[i.index].id;
                break;
            }
        }
        return out;
    }
    QStringList ids(const QList<at::SourceCard> &cards) const
    {
        QList<SourceItem> items;
        for (const at::SourceCard &c : cards)
            items << c.item;
        return ids(items);
    }

private Q_SLOTS:
    void initTestCase()
    {
        const auto r = at::readEmbeddedDataset();
        QVERIFY(r.hasValue());
        m_data = *r;
    }

    void noSelectionListsAllQuotesInDateOrder()
    {
        const auto items = QuoteQuery::forSelection(d(), at::Selection::none());
        QCOMPARE(items.size(), 20);
        QCOMPARE(ids(items).first(), u"quote:huang-jing-aggregator"_s); // week of 8 Nov 2010, first by id
        QCOMPARE(ids(items).last(), u"quote:wang-gao-wechat-challenge"_s);
        for (qsizetype i = 1; i < items.size(); ++i)
            QVERIFY(d().quotes[items[i - 1].index].date.middle() <= d().quotes[items[i].index].date.middle());
        QCOMPARE(QuoteQuery::scopeTitle(d(), at::Selection::none(), m_en), u"All quotes, in date order"_s);
    }

    void eventShowsItsClaimThenItsQuotes()
    {
        const int e = event(u"sina-msn-alliance"_s);
        const auto items = QuoteQuery::forSelection(d(), at::Selection::event(e));
        QCOMPARE(ids(items), (QStringList{u"event:sina-msn-alliance"_s, u"quote:liu-xingliang-butterfly"_s,
                                          u"quote:xie-wen-cross-selling"_s, u"quote:xie-wen-open-platforms"_s,
                                          u"quote:xie-wen-pressure"_s, u"quote:gang-lu-big-winner"_s}));
        QCOMPARE(QuoteQuery::scopeTitle(d(), at::Selection::event(e), m_en),
                 u"Event: Sina and MSN China form a strategic partnership"_s);

        // The claim the event rests on, with its article and paragraph.
        const at::SourceCard card = QuoteQuery::card(d(), items.first(), {}, m_en);
        COMPARE_TEXT(
            card.plainText(),
            u"Event · 11 Nov 2010 · alliance · confirmed\n"
            "Sina and MSN China form a strategic partnership\n"
            "The partners start linking their services: Weibo posts can appear in Windows Live Messenger, "
            "MSN "
            "account names can be used to sign in to Weibo, and Sina becomes the exclusive Chinese partner "
            "of "
            "Windows Live Spaces, whose bloggers can move their blogs to Sina Blog.\n"
            "Parties: Sina Corp, Sina Weibo, MSN China\n"
            "Source: [TechNode: Sina's strategic partnership with MSN China], ¶1, 4; Microsoft China Venture "
            "Partnes with Sina, ¶3–4 · Publisher: TechNode (per "
            "the "
            "author's bio line) · Author: Gang Lu · Published: Nov 2010\n"
            "Date note: Date printed in technode-sina-msn ¶1; ft-msn-sina ¶3 says the linking started on a "
            "Thursday, which 11 Nov 2010 was."_s);
    }

    void quoteCardShowsWordsSpeakerAndSource()
    {
        const at::SourceCard card =
            QuoteQuery::card(d(), SourceItem::quote(quote(u"xie-wen-pressure"_s)), {}, m_en);
        COMPARE_TEXT(
            card.plainText(),
            u"Quote · week of 8 Nov 2010\n"
            "“If Sina is serious about this and moves fast enough, they could create significant pressure on "
            "QQ, Sohu and Netease”\n"
            "— Xie Wen, Former head of Yahoo China; prominent internet industry expert, Yahoo China "
            "(former)\n"
            "About: Sina Corp, QQ, Sohu, NetEase\n"
            "Source: Microsoft China Venture Partnes with Sina, ¶7–8 · Publisher: Not printed (a Microsoft "
            "news "
            "archive page) · Author: Not printed · Published: week of 8 Nov 2010\n"
            "Date note: Reported in the week of Thursday 11 Nov 2010 (ISO week 45), the week of the article, "
            "which is not dated in print (see the source's publishedNote)."_s);
        QVERIFY(!card.paraphrase);

        // A paraphrase is marked and gets no quotation marks; a speaker without role or organisation leaves
        // no dangling separators.
        const int ponyMa = quote(u"pony-ma-threat"_s);
        const at::SourceCard pony = QuoteQuery::card(d(), SourceItem::quote(ponyMa), {}, m_en);
        QVERIFY(pony.paraphrase);
        COMPARE_TEXT(
            pony.plainText().section(u'\n', 0, 4),
            u"Paraphrase · Q4 2010\n"
            "Pony Ma said recently that he feels the threat every day.\n"
            "— Pony Ma\n"
            "About: Sina Corp, Tencent\n"
            "Source: [TechNode: Could Sina be Tencent's next enemy?], ¶1, 7 · Publisher: TechNode (per "
            "the author's "
            "bio line) · Author: Gang Lu · Published: Q4 2010"_s);
        // A quote about no entity has no "About:" line (every embedded quote names one: clear them).
        at::Dataset aboutNobody = d();
        aboutNobody.quotes[ponyMa].entities.clear();
        QCOMPARE(QuoteQuery::card(aboutNobody, SourceItem::quote(ponyMa), {}, m_en)
                     .plainText()
                     .section(u'\n', 3, 3)
                     .section(u':', 0, 0),
                 u"Source"_s);

        // Chinese: dates and entity names follow the locale.
        const at::SourceCard zh =
            QuoteQuery::card(d(), SourceItem::quote(quote(u"xie-wen-pressure"_s)), {}, m_zh);
        QCOMPARE(zh.lines[0].segments[1].text, u"2010年11月8日当周"_s);
        // The printed words stay; our translation follows them, labelled as ours, before the speaker.
        QCOMPARE(zh.lines[1].segments[0].text,
                 u"“If Sina is serious about this and moves fast enough, they could create significant "
                 "pressure on QQ, Sohu and Netease”"_s);
        QVERIFY2(
            zh.plainText()
                .section(u'\n', 2, 2)
                .startsWith(at::DisplayText::translationLabel() + u" 如果新浪认真对待此事并且行动足够快"_s),
            qPrintable(zh.plainText()));
        QCOMPARE(zh.lines[4].segments[0].text, u"新浪、QQ、搜狐、网易"_s);
    }

    void entityShowsQuotesAboutIt()
    {
        const int tencent = d().entityIndex(u"tencent");
        const auto items = QuoteQuery::forSelection(d(), at::Selection::entity(tencent));
        QCOMPARE(ids(items), (QStringList{u"quote:pony-ma-threat"_s, u"quote:experts-self-defence"_s,
                                          u"quote:wang-gao-wechat-challenge"_s}));
        QCOMPARE(QuoteQuery::scopeTitle(d(), at::Selection::entity(tencent), m_en),
                 u"Quotes about Tencent"_s);
        QCOMPARE(QuoteQuery::scopeTitle(d(), at::Selection::entity(tencent), m_zh), u"Quotes about 腾讯"_s);
        const int kaixin = d().entityIndex(u"kaixin001");
        QVERIFY(QuoteQuery::forSelection(d(), at::Selection::entity(kaixin)).isEmpty());
    }

    void dataPointShowsItsClaimAndPlace()
    {
        const int s = d().seriesIndex(u"qq-active-accounts");
        const auto items = QuoteQuery::forSelection(d(), at::Selection::dataPoint(s, 0));
        QCOMPARE(ids(items), (QStringList{u"point:qq-active-accounts#0"_s, u"market:im-active-2010q3"_s}));
        QCOMPARE(QuoteQuery::scopeTitle(d(), at::Selection::dataPoint(s, 0), m_en),
                 u"Data point: QQ — active accounts, Q3 2010"_s);
        const at::SourceCard card = QuoteQuery::card(d(), items[0], {}, m_en);
        COMPARE_TEXT(
            card.plainText().section(u'\n', 0, 4),
            u"Data point · Q3 2010\n"
            "Tencent's QQ has more than 600 million active accounts; MSN ranks second after it.\n"
            "QQ — active accounts · more than 600 million\n"
            "About: QQ\n"
            "Source: Microsoft China Venture Partnes with Sina, ¶5 · Publisher: Not printed (a Microsoft "
            "news "
            "archive page) · Author: Not printed · Published: week of 8 Nov 2010"_s);
        const at::SourceCard market = QuoteQuery::card(d(), items[1], {}, m_en);
        QCOMPARE(market.lines[2].segments[0].text, u"858 million"_s);
        QCOMPARE(market.lines[2].segments[2].text, u"MSN China"_s);
    }

    void quoteSelectionShowsTheQuoteAndItsEvents()
    {
        const int q = quote(u"liu-xingliang-butterfly"_s);
        QCOMPARE(ids(QuoteQuery::forSelection(d(), at::Selection::quote(q))),
                 (QStringList{u"quote:liu-xingliang-butterfly"_s, u"event:sina-msn-alliance"_s,
                              u"event:qq-360-ultimatum"_s}));
        QCOMPARE(QuoteQuery::scopeTitle(d(), at::Selection::quote(q), m_en), u"Quote by Liu Xingliang"_s);
    }

    void clickingSelectsTheLinkedEvent()
    {
        const auto linked =
            QuoteQuery::selectionFor(d(), SourceItem::quote(quote(u"liu-xingliang-butterfly"_s)));
        QVERIFY(linked);
        QCOMPARE(*linked, at::Selection::event(event(u"sina-msn-alliance"_s)));
        // A quote without a linked event selects itself.
        const int pony = quote(u"pony-ma-threat"_s);
        QCOMPARE(*QuoteQuery::selectionFor(d(), SourceItem::quote(pony)), at::Selection::quote(pony));
        // A market selects its member's point at the market's date; an article selects nothing.
        const int m = 0;
        QCOMPARE(d().markets[m].id, u"im-active-2010q3"_s);
        QCOMPARE(*QuoteQuery::selectionFor(d(), SourceItem::market(m)),
                 at::Selection::dataPoint(d().seriesIndex(u"qq-active-accounts"), 0));
        QVERIFY(!QuoteQuery::selectionFor(d(), SourceItem::article(0)));
    }

    void sourcesViewListsEachArticleInParagraphOrder()
    {
        const auto items = QuoteQuery::bySource(d());
        const QStringList all = ids(items);
        // Every article once, everything taken from the dataset under each article it cites: once, but
        // for the Sina–MSN alliance, which cites TechNode (first) and the FT.
        QCOMPARE(all.count(u"article:ft-msn-sina"_s), 1);
        QCOMPARE(items.size(), d().sources.size() + qsizetype(d().events.size()) +
                                   qsizetype(d().points.size()) + d().markets.size() + d().quotes.size() + 1);
        QCOMPARE(all.count(u"event:sina-msn-alliance"_s), 2);
        const qsizetype second = all.indexOf(u"article:technode-sina-msn"_s);
        QCOMPARE(
            all.mid(0, second),
            (QStringList{u"article:ft-msn-sina"_s, u"event:sina-msn-alliance"_s, u"event:qq-360-ultimatum"_s,
                         u"point:qq-active-accounts#0"_s, u"market:im-active-2010q3"_s,
                         u"quote:xie-wen-cross-selling"_s, u"quote:xie-wen-open-platforms"_s,
                         u"quote:xie-wen-pressure"_s, u"event:qq-360-truce"_s,
                         u"quote:liu-xingliang-butterfly"_s, u"event:msn-china-aggregation-plan"_s,
                         u"quote:liu-zhenyu-aggregation"_s, u"event:renren-open-platform-plan"_s,
                         u"quote:renren-open-platform"_s, u"quote:huang-jing-aggregator"_s}));
        // Under an article the card leads with the paragraph and leaves out the repeated source line.
        const auto cards = QuoteQuery::cards(d(), items, {}, m_en);
        COMPARE_TEXT(cards[0].plainText().section(u'\n', 0, 2),
                     u"Article · 19 paragraphs\n"
                     "Microsoft China Venture Partnes with Sina\n"
                     "Publisher: Not printed (a Microsoft news archive page) · Author: Not printed · "
                     "Published: week of "
                     "8 Nov 2010"_s);
        // Under its article a record leads with its first paragraph there, which orders the list.
        const qsizetype pressure = all.indexOf(u"quote:xie-wen-pressure"_s);
        QCOMPARE(cards[pressure].plainText().section(u'\n', 0, 0), u"¶7 · Quote · week of 8 Nov 2010"_s);
        QVERIFY(!cards[pressure].plainText().contains(u"Source:"_s));
        // The alliance under the FT at its paragraph there, under TechNode at its first paragraph there.
        QCOMPARE(cards[1].plainText().section(u'\n', 0, 0),
                 u"¶3 · Event · 11 Nov 2010 · alliance · confirmed"_s);
        const qsizetype technode = all.indexOf(u"event:sina-msn-alliance"_s, 2);
        QVERIFY(technode > second);
        QCOMPARE(cards[technode].plainText().section(u'\n', 0, 0),
                 u"¶1 · Event · 11 Nov 2010 · alliance · confirmed"_s);
    }

    void searchIsCaseInsensitiveAndHighlightsMatches()
    {
        QCOMPARE(at::findMatches(u"QQ, Sohu and qq", u"qQ"), (QList<at::TextMatch>{{0, 2}, {13, 2}}));
        QVERIFY(at::findMatches(u"anything", u"").isEmpty());

        const auto all = QuoteQuery::forSelection(d(), at::Selection::none());
        at::QuoteFilter f;
        f.text = u"qq"_s;
        const auto cards = QuoteQuery::cards(d(), all, f, m_en);
        QCOMPARE(ids(cards), (QStringList{u"quote:liu-xingliang-butterfly"_s, u"quote:xie-wen-pressure"_s}));
        // The words line of xie-wen-pressure: the match is where "QQ" is.
        const at::CardSegment &words = cards[1].lines[1].segments[0];
        const qsizetype at = words.text.indexOf(u"QQ"_s);
        QCOMPARE(words.matches, (QList<at::TextMatch>{{at, 2}}));
        // Tags ("Quote") are ours and not searched.
        f.text = u"Paraphrase"_s;
        QVERIFY(QuoteQuery::cards(d(), all, f, m_en).isEmpty());
    }

    void chineseSearchFindsEntitiesByTheirChineseNames()
    {
        const auto all = QuoteQuery::forSelection(d(), at::Selection::none());
        at::QuoteFilter f;
        f.text = u"新浪"_s;
        const auto cards = QuoteQuery::cards(d(), all, f, m_en);
        QCOMPARE(cards.size(), 15);
        QCOMPARE(ids(cards).first(), u"quote:liu-xingliang-butterfly"_s);
        // In an English UI the matching Chinese name is shown next to the English one, highlighted.
        const at::CardSegment &about = cards.first().lines[3].segments[0];
        QCOMPARE(about.text, u"MSN China, Sina Corp (新浪), QQ, Qihoo 360"_s);
        QCOMPARE(about.matches, (QList<at::TextMatch>{{22, 2}}));
        f.text = u"微博"_s;
        QCOMPARE(QuoteQuery::cards(d(), all, f, m_en).size(), 6);
        // And the other way round in a Chinese UI.
        f.text = u"SINA CORP"_s;
        const auto zh = QuoteQuery::cards(
            d(), QuoteQuery::forSelection(d(), at::Selection::entity(d().entityIndex(u"tencent"))), f, m_zh);
        QCOMPARE(zh.size(), 2);
        QCOMPARE(zh.first().lines[3].segments[0].text, u"新浪 (Sina Corp)、腾讯"_s);
        QCOMPARE(zh.last().lines[3].segments[0].text, u"新浪 (Sina Corp)、阿里巴巴集团、腾讯"_s);
    }

    void speakerAndOrganisationFilters()
    {
        QCOMPARE(QuoteQuery::speakers(d()).size(), 12);
        QCOMPARE(QuoteQuery::speakers(d()).first(), u"Gang Lu"_s);
        QVERIFY(QuoteQuery::organisations(d()).contains(u"China Europe International Business School"_s));
        QVERIFY(!QuoteQuery::organisations(d()).contains(QString())); // no empty entry for unnamed ones

        const auto all = QuoteQuery::forSelection(d(), at::Selection::none());
        at::QuoteFilter f;
        f.speaker = u"Wang Gao"_s;
        QCOMPARE(QuoteQuery::cards(d(), all, f, m_en).size(), 3);
        f.text = u"wechat"_s;
        QCOMPARE(ids(QuoteQuery::cards(d(), all, f, m_en)),
                 QStringList{u"quote:wang-gao-wechat-challenge"_s});
        f = {};
        f.organisation = u"Sina Corp"_s;
        QCOMPARE(ids(QuoteQuery::cards(d(), all, f, m_en)),
                 (QStringList{u"quote:sina-ceo-twitter-difference"_s, u"quote:sina-statement-380m"_s,
                              u"quote:sina-statement-social-commerce"_s}));
        // A person filter leaves out claims, which nobody is quoted in.
        const auto eventItems =
            QuoteQuery::forSelection(d(), at::Selection::event(event(u"sina-alibaba-alliance"_s)));
        QCOMPARE(QuoteQuery::cards(d(), eventItems, f, m_en).size(), 2);
    }

    void sourcesViewSearchKeepsArticleHeadings()
    {
        const auto items = QuoteQuery::bySource(d());
        at::QuoteFilter f;
        f.speaker = u"Gang Lu"_s;
        QCOMPARE(ids(QuoteQuery::cards(d(), items, f, m_en)),
                 (QStringList{u"article:technode-sina-msn"_s, u"quote:gang-lu-big-winner"_s}));
        // A heading that matches keeps all its items.
        f = {};
        f.text = u"Could Sina be"_s;
        const auto cards = QuoteQuery::cards(d(), items, f, m_en);
        QCOMPARE(ids(cards).first(), u"article:technode-sina-enemy"_s);
        // The article; its Kaixin001, open-platform and group-test events; the QQ and Weibo points; Pony Ma.
        QCOMPARE(cards.size(), 1 + 6);
    }

    void citationForReports()
    {
        {
            // Under an article's heading, a record is cited by that article, at its first paragraph there.
            const SourceItem alliance = SourceItem::event(event(u"sina-msn-alliance"_s));
            const int ft = d().sourceIndex(u"ft-msn-sina"), technode = d().sourceIndex(u"technode-sina-msn");
            QCOMPARE(QuoteQuery::paragraphIn(d(), alliance, ft), 3);
            QCOMPARE(QuoteQuery::paragraphIn(d(), alliance, technode), 1);
            const int other = d().sourceIndex(u"technode-sina-enemy");
            QVERIFY(other >= 0);
            QCOMPARE(QuoteQuery::paragraphIn(d(), alliance, other), -1);
            const QString title = u"Sina and MSN China form a strategic partnership (11 Nov 2010) — "_s;
            const QString byTechNode = title + u"[TechNode: Sina's strategic partnership with MSN China], ¶1 "
                                               u"(TechNode (per the author's bio line), Nov 2010)"_s;
            QCOMPARE(QuoteQuery::citationText(d(), alliance, m_en, ft),
                     title + u"Microsoft China Venture Partnes with Sina, ¶3 (Not printed (a Microsoft news "
                             u"archive page), week of 8 Nov 2010)"_s);
            QCOMPARE(QuoteQuery::citationText(d(), alliance, m_en, technode), byTechNode);
            QCOMPARE(QuoteQuery::citationText(d(), alliance, m_en), byTechNode); // the primary citation
            QCOMPARE(QuoteQuery::citationText(d(), alliance, m_en, other), byTechNode); // not cited there
        }
        QCOMPARE(
            QuoteQuery::citationText(d(), SourceItem::quote(quote(u"wang-gao-new-models"_s)), m_en),
            u"“Combining the two could mean more new business models, through trial and error, of course.” — "
            "Wang Gao, Professor at China Europe International Business School, China Europe International "
            "Business School (Chinanews.com (footer); interviews by the Global Times, 2013)"_s);
        QCOMPARE(
            QuoteQuery::citationText(d(), at::Selection::event(event(u"weibo-500m"_s)), m_en),
            u"Sina: Weibo users exceeded 500 million by end-2012 (Feb 2013) — [Sina–Alibaba alliance seen "
            u"as a defence against Tencent], ¶4 (Chinanews.com (footer); interviews by the Global Times, "
            u"2013)"_s);
        // In Chinese the clauses are joined and the asides bracketed with the full-width forms.
        QVERIFY(QuoteQuery::citationText(d(), SourceItem::quote(quote(u"wang-gao-new-models"_s)), m_zh)
                    .endsWith(
                        u" — Wang "
                        u"Gao，中欧国际工商学院教授，中欧国际工商学院（中国新闻网（据页脚）；采访来自《环球时"
                        u"报》，2013年）"_s));
        QCOMPARE(QuoteQuery::citationText(d(), at::Selection::event(event(u"weibo-500m"_s)), m_zh),
                 u"新浪：截至 2012 年底微博用户已超过 5 亿（2013年2月） — "
                 u"[新浪与阿里巴巴结盟被视为抵御腾讯之举]，¶4（中国新"
                 u"闻网（据页脚）；采访来自《环球时报》，2013年）"_s);
        QCOMPARE(QuoteQuery::card(d(), SourceItem::quote(quote(u"xie-wen-pressure"_s)), {}, m_zh)
                     .plainText()
                     .section(u'\n', 3, 3),
                 u"— 谢文，雅虎中国前负责人，知名互联网业内专家，雅虎中国（前）"_s);
        QVERIFY(QuoteQuery::citationText(d(), at::Selection::none(), m_en).isEmpty());
        QVERIFY(QuoteQuery::citationText(d(), at::Selection::event(100000), m_en).isEmpty());
    }

    void cardModel()
    {
        at::SourceCardModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const auto items = QuoteQuery::bySource(d());
        model.setCards(QuoteQuery::cards(d(), items, {}, m_en));
        QCOMPARE(model.rowCount(), int(items.size()));
        QCOMPARE(model.rowOf(SourceItem::quote(quote(u"xie-wen-pressure"_s))), 7);
        QCOMPARE(model.index(7).data(Qt::AccessibleTextRole).toString(), model.card(7).plainText());
        QCOMPARE(model.index(7).data(at::SourceCardModel::ItemTypeRole).toInt(),
                 int(SourceItem::Type::Quote));
        model.setCards({});
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestQuoteQuery)
#include "tst_quotequery.moc"
