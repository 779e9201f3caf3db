// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
// Dataset text in the UI's language, in every place the views take it from: the Chinese in a Chinese UI,
// the English in an English one; text a record lacks in that language is shown in the other behind a mark;
// a quote stays the words the article printed, with our translation labelled as ours.
#include "app/core/displaytext.h"
#include "app/core/document.h"
#include "app/core/eventdetails.h"
#include "app/core/eventmodel.h"
#include "app/core/import/json/jsonreader.h"
#include "app/core/language.h"
#include "app/core/quotemodel.h"
#include "app/core/quotequery.h"
#include "app/core/seriesmodel.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QLocale english(QLocale::English, QLocale::UnitedStates);
const QLocale chinese(QLocale::Chinese, QLocale::China);

// The segments of the card's first line in `style`, as "label text" or "text".
QStringList segments(const at::SourceCard &card, at::CardLine::Style style)
{
    for (const at::CardLine &line : card.lines) {
        if (line.style != style)
            continue;
        QStringList out;
        for (const at::CardSegment &s : line.segments)
            out << (s.label.isEmpty() ? s.text : s.label + u' ' + s.text);
        return out;
    }
    return {};
}

} // namespace

class TestDisplayText : public QObject {
    Q_OBJECT
    std::shared_ptr<const at::Dataset> m_d;

    int quote(QStringView id) const { return m_d->quoteIndex(id); }
    at::SourceCard quoteCard(QStringView id, const QLocale &locale) const
    {
        return at::QuoteQuery::card(*m_d, at::SourceItem::quote(quote(id)), {}, locale);
    }

private Q_SLOTS:
    void initTestCase()
    {
        const auto r = at::readEmbeddedDataset();
        QVERIFY2(r.hasValue(), qPrintable(at::toStrings(at::errorsOf(r)).join(u'\n')));
        m_d = *r;
        // The marks and labels are in the UI's language: load the Chinese translation, as the app does.
        QVERIFY(at::applyLanguage(*QCoreApplication::instance(), chinese).appTranslation);
    }

    void aFallbackIsMarkedInTheUiLanguage()
    {
        const at::LocalText englishOnly{u"Sina and MSN China"_s, {}};
        QCOMPARE(at::displayText(englishOnly, english), u"Sina and MSN China"_s);
        QCOMPARE(at::displayText(englishOnly, chinese), u"［英文］Sina and MSN China"_s);
        // Any Chinese locale is a Chinese UI.
        QCOMPARE(at::displayText(englishOnly, QLocale(QLocale::Chinese, QLocale::Taiwan)),
                 u"［英文］Sina and MSN China"_s);
        const at::LocalText chineseOnly{{}, u"新浪"_s};
        QCOMPARE(at::displayText(chineseOnly, chinese), u"新浪"_s);
        QCOMPARE(at::displayText(chineseOnly, english),
                 u"［中文］新浪"_s); // translated: the UI is Chinese here
        QCOMPARE(at::displayText(at::LocalText{}, chinese), QString());
        // A name is never marked: it is shown as printed where it has no Chinese form.
        QCOMPARE(at::localName(at::LocalText{u"Wang Gao"_s, u"Wang Gao"_s}, chinese), u"Wang Gao"_s);
        QCOMPARE(at::localName(at::LocalText{u"Xie Wen"_s, u"谢文"_s}, chinese), u"谢文"_s);
        QCOMPARE(at::localName(at::LocalText{u"Xie Wen"_s, {}}, chinese), u"Xie Wen"_s);
    }

    void theDetailsPanelIsInTheUiLanguage()
    {
        const int i = m_d->eventIndex(u"sina-alibaba-alliance");
        const at::EventDetails zh = at::EventDescription::describe(*m_d, i, chinese);
        QCOMPARE(zh.title, u"新浪与阿里巴巴结成社会化电商合作伙伴"_s);
        QVERIFY2(zh.summary.startsWith(u"新浪称已与阿里巴巴合作"_s), qPrintable(zh.summary));
        QVERIFY2(zh.dateNote.startsWith(u"新浪在文章发表前不久的一个周一发布声明"_s),
                 qPrintable(zh.dateNote));
        // Every paragraph it relies on, with the source's title in Chinese.
        QCOMPARE(zh.source, u"[新浪与阿里巴巴结盟被视为抵御腾讯之举]，第 2、13 段"_s);
        const at::EventDetails en = at::EventDescription::describe(*m_d, i, english);
        QCOMPARE(en.title, u"Sina and Alibaba form a social-commerce partnership"_s);
        // The title in English; the words around it come from the translation loaded, Chinese here.
        QCOMPARE(en.source, u"[Sina–Alibaba alliance seen as a defence against Tencent]，第 2、13 段"_s);
    }

    void theEventTableIsInTheUiLanguage()
    {
        at::Document document;
        document.setDataset(m_d, u"embedded"_s);
        at::EventModel model(&document);
        model.setLocale(chinese);
        const int row = m_d->eventIndex(u"weibo-china-telecom");
        QCOMPARE(model.data(model.index(row, at::EventModel::TitleColumn)).toString(),
                 u"新浪微博与中国电信宣布深化合作"_s);
        QVERIFY(model.data(model.index(row, 0), Qt::ToolTipRole)
                    .toString()
                    .startsWith(u"双方宣布有意深化合作"_s));
        model.setLocale(english);
        QCOMPARE(model.data(model.index(row, at::EventModel::TitleColumn)).toString(),
                 u"Sina Weibo and China Telecom announce closer cooperation"_s);
    }

    void aFigureIsClaimedInTheUiLanguage()
    {
        at::Document document;
        document.setDataset(m_d, u"embedded"_s);
        at::SeriesModel model(&document);
        model.setLocale(chinese);
        const QModelIndex series = model.index(m_d->seriesIndex(u"weibo-registered-users"), 0);
        QCOMPARE(model.data(model.index(0, 0, series), Qt::ToolTipRole).toString(),
                 u"新浪 2011 年第一季度财报显示，新浪微博注册用户达 1.4 亿。"_s);
    }

    // A quote is what the article printed; in Chinese our translation follows it, labelled as ours, and the
    // speaker's name is in Chinese only where it is certain.
    void quotesKeepTheSpeakersWords()
    {
        using Style = at::CardLine::Style;
        const at::SourceCard zh = quoteCard(u"xie-wen-open-platforms", chinese);
        QCOMPARE(
            segments(zh, Style::Words),
            QStringList{
                u"“The US has been moving towards open platforms for five or six years but China hasn't”"_s});
        QCOMPARE(segments(zh, Style::Body),
                 QStringList{u"我们的译文： 美国向开放平台发展已有五六年，而中国还没有。"_s});
        QCOMPARE(segments(zh, Style::Speaker),
                 (QStringList{u"谢文"_s, u"雅虎中国前负责人，知名互联网业内专家"_s, u"雅虎中国（前）"_s}));
        QCOMPARE(segments(quoteCard(u"wang-gao-new-models", chinese), Style::Speaker),
                 (QStringList{u"Wang Gao"_s, u"中欧国际工商学院教授"_s, u"中欧国际工商学院"_s}));
        // In English: the printed words alone.
        const at::SourceCard en = quoteCard(u"xie-wen-open-platforms", english);
        QCOMPARE(segments(en, Style::Body), QStringList{});
        QCOMPARE(
            segments(en, Style::Speaker),
            (QStringList{u"Xie Wen"_s, u"Former head of Yahoo China; prominent internet industry expert"_s,
                         u"Yahoo China (former)"_s}));
        // A paraphrase is our wording, in the UI's language, without quotation marks.
        QCOMPARE(segments(quoteCard(u"liu-zhenyu-aggregation", chinese), Style::Words),
                 QStringList{u"MSN 中国希望通过与本地伙伴开展更多合作，打造聚合平台。"_s});
        // The one-line citation carries the translation too, labelled.
        QCOMPARE(
            at::QuoteModel::citationText(*m_d, m_d->quotes[quote(u"huang-jing-aggregator")], chinese)
                .section(u" — "_s, 0, 0),
            u"“In the future, the role of the aggregator will increasingly be played by social networking "
            u"sites and not by search engines” 我们的译文： 未来，聚合者的角色将越来越多地由社交网站而不是搜索引擎来扮演。"_s);
    }
};

QTEST_GUILESS_MAIN(TestDisplayText)
#include "tst_displaytext.moc"
