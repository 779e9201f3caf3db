// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
// The quote panel as a user meets it: its content for each selection, search and filters typed into its
// controls, a click that selects the linked event and back, copy with citation, and data shown as text.
#include "app/core/document.h"
#include "app/core/import/json/jsonreader.h"
#include "app/core/sourcecardmodel.h"
#include "app/core/viewstate.h"
#include "ui/quotes/quotepanel.h"
#include "ui/quotes/sourcecarddelegate.h"

#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QSignalSpy>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFragment>
#include <cmath>

using namespace Qt::StringLiterals;
using at::SourceItem;

namespace {

const QString markup = u"<img src=x> and <b>bold</b>"_s;

// The embedded dataset with markup in a quote's words and speaker and in an event's title.
std::shared_ptr<const at::Dataset> datasetWithMarkup()
{
    QFile file(QString::fromLatin1(at::embeddedDatasetPath));
    if (!file.open(QIODevice::ReadOnly))
        return nullptr;
    QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    QJsonArray quotes = root[u"quotes"].toArray();
    for (qsizetype i = 0; i < quotes.size(); ++i) {
        QJsonObject q = quotes[i].toObject();
        if (q[u"id"].toString() == u"xie-wen-pressure") {
            q[u"text"] = markup;
            q[u"speaker"] = u"<b>Xie Wen</b>"_s;
            quotes[i] = q;
        }
    }
    root[u"quotes"] = quotes;
    QJsonArray events = root[u"events"].toArray();
    for (qsizetype i = 0; i < events.size(); ++i) {
        QJsonObject e = events[i].toObject();
        if (e[u"id"].toString() == u"sina-msn-alliance") {
            e[u"title"] = u"<i>Sina</i> & MSN <img src=x>"_s;
            events[i] = e;
        }
    }
    root[u"events"] = events;
    const auto r = at::readDatasetJson(QJsonDocument(root).toJson(), u"markup.json"_s);
    if (!r.hasValue())
        qWarning() << at::toStrings(at::errorsOf(r));
    return *r;
}

} // namespace

class TestQuotePanel : public QObject {
    Q_OBJECT
    at::Document m_document;
    at::ViewState m_state;
    std::unique_ptr<at::QuotePanel> m_panel;
    const QLocale m_en{QLocale::English, QLocale::UnitedKingdom};

    const at::Dataset &d() const { return m_document.dataset(); }
    const at::SourceCardModel *model() const { return m_panel->model(); }
    QString rowId(int row) const
    {
        const SourceItem item = model()->card(row).item;
        switch (item.type) {
        case SourceItem::Type::Quote:
            return d().quotes[item.index].id;
        case SourceItem::Type::Event:
            return d().string(d().events[size_t(item.index)].id);
        default:
            return {};
        }
    }
    static QStyleOptionViewItem viewOption(QListView *view)
    {
        QStyleOptionViewItem option;
        option.initFrom(view);
        option.widget = view;
        option.font = view->font();
        return option;
    }
    // Clicks a row the way a user does: on the middle of the card, after it was scrolled into view.
    void clickRow(int row)
    {
        QListView *view = m_panel->view();
        const QModelIndex index = model()->index(row, 0);
        view->scrollTo(index);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
    }

private Q_SLOTS:
    void initTestCase()
    {
        const auto r = at::readEmbeddedDataset();
        QVERIFY(r.hasValue());
        m_document.setDataset(*r, u"embedded"_s);
    }

    void init()
    {
        m_state.select(at::Selection::none());
        m_state.setCurrentTime(0);
        m_state.setFilter({});
        m_panel = std::make_unique<at::QuotePanel>(&m_document, &m_state);
        m_panel->setLocale(m_en);
        m_panel->resize(520, 800);
        m_panel->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
    }

    void cleanup() { m_panel.reset(); }

    void followsTheSelection()
    {
        QCOMPARE(model()->rowCount(), 20);
        QCOMPARE(m_panel->scopeText(), u"All quotes, in date order"_s);
        QCOMPARE(m_panel->countText(), u"20 shown"_s);
        QVERIFY(m_panel->findChild<QWidget *>(u"showAllButton"_s)->isHidden());

        m_state.select(at::Selection::event(d().eventIndex(u"sina-msn-alliance")));
        QCOMPARE(model()->rowCount(), 6);
        QCOMPARE(m_panel->scopeText(), u"Event: Sina and MSN China form a strategic partnership"_s);
        QCOMPARE(rowId(0), u"sina-msn-alliance"_s);
        QCOMPARE(rowId(1), u"liu-xingliang-butterfly"_s);
        QVERIFY(!m_panel->findChild<QWidget *>(u"showAllButton"_s)->isHidden());
        // The event's own card is current.
        QCOMPARE(*m_panel->currentItem(), SourceItem::event(d().eventIndex(u"sina-msn-alliance")));

        m_state.select(at::Selection::entity(d().entityIndex(u"tencent")));
        QCOMPARE(m_panel->scopeText(), u"Quotes about Tencent"_s);
        QCOMPARE(model()->rowCount(), 3);

        m_state.select(at::Selection::dataPoint(d().seriesIndex(u"weibo-registered-users"), 0));
        QCOMPARE(m_panel->scopeText(), u"Data point: Sina Weibo — registered users, Q1 2011"_s);
        QCOMPARE(model()->card(0).lines[1].segments[0].text,
                 u"Sina's Q1 2011 financial report puts Weibo's registered users at 140 million."_s);
        QCOMPARE(model()->rowCount(), 2); // the point and the microblog market record it is part of

        m_state.select(at::Selection::entity(d().entityIndex(u"kaixin001")));
        QCOMPARE(model()->rowCount(), 0);
        QCOMPARE(m_panel->countText(), u"The sources quote no one on this."_s);

        // "Show All" clears the selection.
        QTest::mouseClick(m_panel->findChild<QWidget *>(u"showAllButton"_s), Qt::LeftButton);
        QVERIFY(m_state.selection().isNone());
        QCOMPARE(model()->rowCount(), 20);
    }

    void searchAndFiltersFromTheControls()
    {
        auto *search = m_panel->findChild<QLineEdit *>(u"quoteSearch"_s);
        QVERIFY(search);
        QTest::keyClicks(search, u"qq"_s);
        QCOMPARE(model()->rowCount(), 2);
        QCOMPARE(m_panel->countText(), u"2 of 20 shown"_s);
        search->clear();
        search->setText(u"阿里巴巴"_s); // Alibaba Group's Chinese name, in an English UI
        QCOMPARE(model()->rowCount(), 5);
        search->clear();

        auto *speaker = m_panel->findChild<QComboBox *>(u"speakerFilter"_s);
        QCOMPARE(speaker->itemText(0), u"All speakers"_s);
        speaker->setCurrentIndex(speaker->findText(u"Li Yanchuan"_s));
        QCOMPARE(model()->rowCount(), 4);
        auto *organisation = m_panel->findChild<QComboBox *>(u"organisationFilter"_s);
        organisation->setCurrentIndex(organisation->findText(u"Renren"_s));
        QCOMPARE(model()->rowCount(), 0);
        QCOMPARE(m_panel->countText(), u"Nothing matches the search and filters."_s);
        speaker->setCurrentIndex(0);
        QCOMPARE(model()->rowCount(), 2);
        QCOMPARE(m_panel->filter(), (at::QuoteFilter{QString(), QString(), u"Renren"_s}));
    }

    void matchesAreHighlightedInTheDrawnText()
    {
        m_panel->setFilter({u"butterfly"_s, {}, {}});
        QCOMPARE(model()->rowCount(), 1);
        const auto doc =
            at::SourceCardDelegate::document(model()->card(0), m_panel->font(), m_panel->palette(), 400);
        int highlighted = 0;
        for (QTextBlock b = doc->begin(); b.isValid(); b = b.next()) {
            for (auto it = b.begin(); !it.atEnd(); ++it) {
                if (it.fragment().charFormat().background().color() ==
                    at::SourceCardDelegate::matchBackground()) {
                    QCOMPARE(it.fragment().text(), u"butterfly"_s);
                    ++highlighted;
                }
            }
        }
        QCOMPARE(highlighted, 1);
        // And it is on screen: the highlight colour appears in the list's pixels (once the list has laid out
        // its rows, which it does from the event loop).
        auto highlightDrawn = [this] {
            const QImage image = m_panel->view()->viewport()->grab().toImage();
            for (int y = 0; y < image.height(); ++y) {
                for (int x = 0; x < image.width(); ++x) {
                    if (image.pixelColor(x, y) == at::SourceCardDelegate::matchBackground())
                        return true;
                }
            }
            return false;
        };
        QTRY_VERIFY(highlightDrawn());
    }

    void clickSelectsTheLinkedEventAndKeepsTheQuoteCurrent()
    {
        QSignalSpy spy(&m_state, &at::ViewState::selectionChanged);
        const int row = model()->rowOf(SourceItem::quote(d().quoteIndex(u"gang-lu-big-winner")));
        QVERIFY(row >= 0);
        clickRow(row);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(m_state.selection(), at::Selection::event(d().eventIndex(u"sina-msn-alliance")));
        // The list now shows that event's sources, and the quote that was clicked is still the current card.
        QCOMPARE(model()->rowCount(), 6);
        QCOMPARE(*m_panel->currentItem(), SourceItem::quote(d().quoteIndex(u"gang-lu-big-winner")));
        // Clicking the event's own card changes nothing.
        clickRow(0);
        QCOMPARE(spy.count(), 1);
        // A quote without a linked event selects the quote itself.
        m_state.select(at::Selection::none());
        clickRow(model()->rowOf(SourceItem::quote(d().quoteIndex(u"pony-ma-threat"))));
        QCOMPARE(m_state.selection(), at::Selection::quote(d().quoteIndex(u"pony-ma-threat")));
        QCOMPARE(m_panel->scopeText(), u"Quote by Pony Ma"_s);
    }

    void sourcesTabFollowsTheSelection()
    {
        m_panel->setScope(at::QuotePanel::Scope::Sources);
        QCOMPARE(model()->card(0).item, SourceItem::article(0));
        QCOMPARE(m_panel->scopeText(), u"Everything taken from each article, in paragraph order"_s);
        m_state.select(at::Selection::event(d().eventIndex(u"wechat-300m")));
        QCOMPARE(*m_panel->currentItem(), SourceItem::event(d().eventIndex(u"wechat-300m")));
        // Clicking a data point there selects it for the charts.
        const int row = model()->rowOf(SourceItem::dataPoint(d().seriesIndex(u"twitter-accounts"), 0));
        clickRow(row);
        QCOMPARE(m_state.selection(), at::Selection::dataPoint(d().seriesIndex(u"twitter-accounts"), 0));
        QCOMPARE(m_panel->view()->currentIndex().row(), row);
    }

    // A record citing two articles is listed under each: the copy clicked stays current, and copying it
    // cites the article it is under.
    void aRecordListedTwiceKeepsTheCopyClicked()
    {
        m_panel->setScope(at::QuotePanel::Scope::Sources);
        const SourceItem alliance = SourceItem::event(d().eventIndex(u"sina-msn-alliance"));
        QList<int> rows;
        for (int r = 0; r < model()->rowCount(); ++r) {
            if (model()->card(r).item == alliance)
                rows << r;
        }
        QCOMPARE(rows.size(), 2);
        QCOMPARE(model()->articleAbove(rows[0]), d().sourceIndex(u"ft-msn-sina"));
        QCOMPARE(model()->articleAbove(rows[1]), d().sourceIndex(u"technode-sina-msn"));
        clickRow(rows[1]);
        QCOMPARE(m_state.selection(), at::Selection::event(alliance.index));
        QCOMPARE(m_panel->view()->currentIndex().row(), rows[1]);
        QVERIFY(m_panel->copyCurrent().endsWith(
            u"— [TechNode: Sina's strategic partnership with MSN China], ¶1 (TechNode (per the author's bio "
            u"line), Nov 2010)"_s));
        clickRow(rows[0]); // the same selection: the list stays, the row clicked is current
        QCOMPARE(m_panel->view()->currentIndex().row(), rows[0]);
        QVERIFY(
            m_panel->copyCurrent().endsWith(u"— Microsoft China Venture Partnes with Sina, ¶3 (Not printed "
                                            u"(a Microsoft news archive page), week of 8 Nov 2010)"_s));
        m_panel->setScope(at::QuotePanel::Scope::Selection);
        m_state.select(at::Selection::none());
    }

    void copiesTheQuoteWithItsCitation()
    {
        clickRow(model()->rowOf(SourceItem::quote(d().quoteIndex(u"huang-jing-aggregator"))));
        const QString expected = u"“In the future, the role of the aggregator will increasingly be played by "
                                 u"social networking sites "
                                 "and not by search engines” — Huang Jing, Director at Renren, Renren (Not "
                                 "printed (a Microsoft news "
                                 "archive page), week of 8 Nov 2010)"_s;
        QCOMPARE(m_panel->copyCurrent(), expected);
        QCOMPARE(QGuiApplication::clipboard()->text(), expected);
    }

    void markupInTheDataIsShownAsText()
    {
        const auto data = datasetWithMarkup();
        QVERIFY(data);
        at::Document document;
        document.setDataset(data, u"markup"_s);
        at::ViewState state;
        at::QuotePanel panel(&document, &state);
        panel.setLocale(m_en);
        panel.resize(520, 800);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));

        const int q = data->quoteIndex(u"xie-wen-pressure");
        const int row = panel.model()->rowOf(SourceItem::quote(q));
        QVERIFY(row >= 0);
        const auto doc =
            at::SourceCardDelegate::document(panel.model()->card(row), panel.font(), panel.palette(), 400);
        const QString text = doc->toPlainText();
        QVERIFY2(text.contains(u"“"_s + markup + u"”"_s), qPrintable(text));
        QVERIFY(text.contains(u"— <b>Xie Wen</b>, Former head"_s));
        // Nothing was interpreted: no image, and the words "bold" are not bold.
        for (QTextBlock b = doc->begin(); b.isValid(); b = b.next()) {
            for (auto it = b.begin(); !it.atEnd(); ++it) {
                QVERIFY(!it.fragment().charFormat().isImageFormat());
                if (it.fragment().text().contains(markup))
                    QCOMPARE(it.fragment().charFormat().fontWeight(), int(QFont::Normal));
            }
        }
        // A search for the markup itself finds and highlights it.
        panel.setFilter({u"<b>"_s, {}, {}});
        QCOMPARE(panel.model()->rowCount(), 1);
        QCOMPARE(panel.model()->card(0).lines[1].segments[0].matches.size(), 1);

        // The heading quotes an event title: plain text too.
        state.select(at::Selection::event(data->eventIndex(u"sina-msn-alliance")));
        auto *heading = panel.findChild<QLabel *>(u"scopeLabel"_s);
        QCOMPARE(heading->textFormat(), Qt::PlainText);
        QCOMPARE(heading->text(), u"Event: <i>Sina</i> & MSN <img src=x>"_s);
        // Every label in the panel is plain text.
        for (const QLabel *label : panel.findChildren<QLabel *>())
            QCOMPARE(label->textFormat(), Qt::PlainText);
        // The speaker filter lists the name as it is.
        auto *speaker = panel.findChild<QComboBox *>(u"speakerFilter"_s);
        QVERIFY(speaker->findText(u"<b>Xie Wen</b>"_s) > 0);
    }

    // The delegate keeps the cards it laid out; a kept layout must never stand in for another width.
    void cardHeightsFollowTheListWidth()
    {
        QListView *view = m_panel->view();
        auto heights = [&] {
            QList<int> out;
            for (int row = 0; row < model()->rowCount(); ++row)
                out << view->itemDelegate()->sizeHint(viewOption(view), model()->index(row, 0)).height();
            return out;
        };
        auto freshHeight = [&](int row) {
            // What a card needs at the list's width, laid out anew: padding 8 and margin 4 on each side, the
            // accent bar 4 wide.
            const qreal textWidth = view->viewport()->width() - 2 * 4 - 2 * 8 - 4;
            const auto doc = at::SourceCardDelegate::document(model()->card(row), view->font(),
                                                              view->palette(), textWidth);
            return int(std::ceil(doc->size().height())) + 2 * 4 + 2 * 8;
        };
        QVERIFY(model()->rowCount() >= 10);
        const QList<int> wide = heights();
        QCOMPARE(wide[0], freshHeight(0));
        m_panel->resize(300, 800);
        QTRY_COMPARE(view->viewport()->width() < 300, true);
        const QList<int> narrow = heights();
        QCOMPARE(narrow[0], freshHeight(0));
        int taller = 0;
        for (int row = 0; row < wide.size(); ++row)
            taller += narrow[row] > wide[row] ? 1 : 0;
        QVERIFY2(taller >= wide.size() / 2, qPrintable(QString::number(taller)));
        m_panel->resize(520, 800);
        QTRY_COMPARE(heights(), wide);
    }

    void followsADatasetReplacement()
    {
        m_state.select(at::Selection::event(0));
        const auto r = at::readEmbeddedDataset();
        m_document.setDataset(*r, u"again"_s);
        QCOMPARE(model()->rowCount(),
                 1 + 1); // event 0, the QQ ultimatum, and Liu Xingliang's butterfly effect
        QCOMPARE(m_panel->findChild<QComboBox *>(u"speakerFilter"_s)->count(), 13);
    }

    // The filter of the shared state narrows what was said, as it narrows the events.
    void followsTheFilter()
    {
        at::EventFilter filter;
        filter.text = u"WeChat"_s;
        m_state.setFilter(filter);
        QCOMPARE(model()->rowCount(), 1);
        QCOMPARE(rowId(0), u"wang-gao-wechat-challenge"_s);
        QCOMPARE(m_panel->countText(), u"1 of 20 shown (filtered)"_s);
        // The Sources tab is the bibliography: all of it.
        m_panel->setScope(at::QuotePanel::Scope::Sources);
        QVERIFY(model()->rowCount() > 20);
        m_panel->setScope(at::QuotePanel::Scope::Selection);
        m_state.setFilter({});
        QCOMPARE(model()->rowCount(), 20);
    }

    // With nothing selected, what was said nearest the time cursor comes first, and the heading says so.
    void followsTheCursorWithNothingSelected()
    {
        QCOMPARE(m_panel->scopeText(), u"All quotes, in date order"_s);
        QCOMPARE(rowId(0), u"huang-jing-aggregator"_s);
        m_state.setCurrentTime(double(QDate(2011, 6, 14).toJulianDay()));
        QCOMPARE(m_panel->scopeText(), u"Quotes nearest the time cursor (14 Jun 2011) first"_s);
        QCOMPARE(rowId(0), u"sina-ceo-twitter-difference"_s); // June 2011: the cursor is in its month
        QCOMPARE(model()->rowCount(), 20);
        m_state.setCurrentTime(double(QDate(2013, 3, 1).toJulianDay()));
        QCOMPARE(rowId(0), u"experts-self-defence"_s); // the first of the quotes dated 2013
        // The earliest (the week of 8 Nov 2010) are the farthest, in date order among themselves.
        QCOMPARE(rowId(13), u"huang-jing-aggregator"_s);
        QCOMPARE(rowId(19), u"xie-wen-pressure"_s);
        // A selection wins over the cursor.
        m_state.select(at::Selection::event(d().eventIndex(u"wechat-shopping-login")));
        QCOMPARE(m_panel->scopeText(),
                 u"Event: "_s +
                     d().string(d().events[size_t(d().eventIndex(u"wechat-shopping-login"))].title));
    }
};

QTEST_MAIN(TestQuotePanel)
#include "tst_quotepanel.moc"
