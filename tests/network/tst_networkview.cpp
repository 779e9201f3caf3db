// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
// The network view as a view of the model, linked like every view: lines drawn on their day and not the day
// before, positions that stay put while the cursor moves, discs sized as of the cursor, the selection both
// ways (and the timeline following a click), plain-text tooltips, a keyboard that reaches every company
// and line, the filter, the play control, the layout on a worker thread, and the big network's drawing
// the same whichever way the cursor came.
#include "app/core/colors.h"
#include "app/core/document.h"
#include "app/core/import/json/jsonreader.h"
#include "app/core/sourcecardmodel.h"
#include "app/core/timeextent.h"
#include "app/core/viewstate.h"
#include "tests/support/synthetic.h"
#include "ui/network/layoutrunner.h"
#include "ui/network/networkcanvas.h"
#include "ui/network/networkview.h"
#include "ui/network/playcontrol.h"
#include "ui/quotes/quotepanel.h"
#include "ui/timeline/timelineview.h"

#include <QApplication>
#include <QComboBox>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSlider>
#include <QTest>
#include <QToolTip>
#include <cmath>
#include <memory>

using namespace Qt::StringLiterals;
using namespace at;

namespace {

double jd(const char *isoDate)
{
    return double(QDate::fromString(QString::fromLatin1(isoDate), Qt::ISODate).toJulianDay());
}

// Whether a pixel within `radius` of `p` has exactly `color`.
bool colourNear(const QImage &image, QPointF p, QColor color, int radius = 1)
{
    const QPoint c = p.toPoint();
    for (int dy = -radius; dy <= radius; ++dy) {
        for (int dx = -radius; dx <= radius; ++dx) {
            const QPoint q = c + QPoint(dx, dy);
            if (image.rect().contains(q) && image.pixelColor(q).rgb() == color.rgb())
                return true;
        }
    }
    return false;
}

} // namespace

class TestNetworkView : public QObject {
    Q_OBJECT
    Document m_document;
    const QLocale m_en{QLocale::English, QLocale::UnitedKingdom};
    const QLocale m_zh{QLocale::Chinese, QLocale::China};

    const Dataset &d() const { return m_document.dataset(); }
    int entity(const char *id) const { return d().entityIndex(QString::fromLatin1(id)); }
    int event(const char *id) const { return d().eventIndex(QString::fromLatin1(id)); }

    std::unique_ptr<NetworkView> makeView(ViewState *state, const QLocale &locale, QSize size = {1000, 600})
    {
        auto view = std::make_unique<NetworkView>(&m_document, state);
        view->setLocale(locale);
        view->resize(size);
        view->show();
        if (!QTest::qWaitForWindowExposed(view.get()))
            return nullptr;
        return view;
    }

    // The first line of an event (its lowest-numbered pair), and a point on it away from the discs.
    int lineOf(const NetworkView &view, const char *eventId) const
    {
        return int(view.data()->graph.edgesOfEvent(event(eventId)).first);
    }
    QPointF onLine(const NetworkCanvas &canvas, int edge, double along = 0.5) const
    {
        return canvas.renderer().edgeLine(edge, canvas.viewport()).pointAt(along);
    }

private Q_SLOTS:
    void initTestCase()
    {
        const LoadResult loaded = readEmbeddedDataset();
        QVERIFY(loaded);
        m_document.setDataset(*loaded, QStringLiteral("embedded"));
    }

    // The embedded network is laid out at once: the first paint draws it.
    void drawsAtOnce()
    {
        ViewState state;
        NetworkView view(&m_document, &state);
        QVERIFY(view.data());
        QCOMPARE(view.data()->graph.edges().size(), size_t(23));
        QVERIFY(!view.layoutRunner()->isRunning());
    }

    // A line is drawn from its event's day on, not the day before: Sina and China Unicom's alliance.
    void lineAppearsOnItsDay()
    {
        ViewState state;
        const auto view = makeView(&state, m_en);
        QVERIFY(view);
        NetworkCanvas *canvas = view->canvas();
        const int edge = lineOf(*view, "sina-china-unicom"); // a confirmed alliance: solid, kind colour
        // Away from both discs, and from its neighbour (the video plan's line beside it).
        const QPointF p = onLine(*canvas, edge, 0.55);
        QVERIFY(canvas->renderer().entityAt(p, canvas->viewport(), jd("2011-06-14")) < 0);
        state.setCurrentTime(jd("2011-06-13"));
        QVERIFY(!colourNear(canvas->grab().toImage(), p, kindColor(Kind::Alliance)));
        state.setCurrentTime(jd("2011-06-14"));
        QVERIFY(colourNear(canvas->grab().toImage(), p, kindColor(Kind::Alliance)));
    }

    // One layout for the whole span: nothing moves while the cursor does.
    void positionsStayPutWhileTheCursorMoves()
    {
        ViewState state;
        const auto view = makeView(&state, m_en);
        QVERIFY(view);
        const NetworkCanvas *canvas = view->canvas();
        const auto data = view->data();
        std::vector<QPointF> before;
        for (int e = 0; e < d().entities.size(); ++e)
            before.push_back(canvas->renderer().nodeCentre(e, canvas->viewport()));
        const NetworkViewport viewport = canvas->viewport();
        for (const char *date : {"2010-11-11", "2011-06-14", "2012-12-31", "2013-07-02"}) {
            state.setCurrentTime(jd(date));
            (void)view->grab();
            QCOMPARE(view->data(), data);
            QVERIFY(canvas->viewport() == viewport);
            for (int e = 0; e < d().entities.size(); ++e)
                QCOMPARE(canvas->renderer().nodeCentre(e, canvas->viewport()), before[size_t(e)]);
        }
    }

    // Sizes as of the cursor: the area follows the figure, a lower bound is marked as one, no figure no size.
    void discsSizedAsOfTheCursor()
    {
        ViewState state;
        const auto view = makeView(&state, m_en);
        QVERIFY(view);
        view->setSizeMetric(Metric::UsersAsStated);
        QCOMPARE(view->metricBox()->currentData().toInt(), int(Metric::UsersAsStated));
        const NetworkRenderer &r = view->canvas()->renderer();
        const NetworkViewport vp = view->canvas()->viewport();
        const int weibo = entity("weibo");
        const NodeLook early = r.nodeLook(weibo, vp, jd("2011-01-01"));
        QCOMPARE(early.mark, NodeLook::Mark::Exact);
        QCOMPARE(early.radius, std::max(1.5, std::sqrt(0.1) * vp.scale));
        const NodeLook late = r.nodeLook(weibo, vp, jd("2013-01-01"));
        QCOMPARE(late.mark, NodeLook::Mark::AtLeast);
        QCOMPARE(late.radius, vp.scale);
        QVERIFY(late.extent() > late.radius + 2); // the "at least" ring outside the disc
        const NodeLook wechat = r.nodeLook(entity("wechat"), vp, jd("2013-07-02"));
        QCOMPARE(wechat.mark, NodeLook::Mark::AtMost);
        QCOMPARE(wechat.radius, std::sqrt(0.8) * vp.scale);
        const NodeLook tencent = r.nodeLook(entity("tencent"), vp, jd("2013-07-02"));
        QCOMPARE(tencent.mark, NodeLook::Mark::NoFigure);
        // Back to one size for all.
        view->setSizeMetric(std::nullopt);
        QCOMPARE(r.nodeLook(weibo, vp, jd("2013-01-01")).mark, NodeLook::Mark::Plain);
        QCOMPARE(r.nodeLook(weibo, vp, jd("2013-01-01")).radius, r.nodeLook(entity("tencent"), vp, 0).radius);
    }

    // A click on a company selects it, on a line its event; a selection made elsewhere shows here; the
    // timeline scrolls to the company's lane.
    void selectionBothWays()
    {
        ViewState state;
        state.setCurrentTime(jd("2013-07-02"));
        const auto view = makeView(&state, m_en);
        QVERIFY(view);
        TimelineView timeline(&m_document, &state);
        timeline.resize(800, 200); // a few lanes at a time: the others scroll
        timeline.show();
        QVERIFY(QTest::qWaitForWindowExposed(&timeline));
        const int before = timeline.verticalScrollBar()->value();

        NetworkCanvas *canvas = view->canvas();
        const int facebook = entity("facebook"); // the last lane
        QTest::mouseClick(canvas, Qt::LeftButton, {},
                          canvas->renderer().nodeCentre(facebook, canvas->viewport()).toPoint());
        QCOMPARE(state.selection(), Selection::entity(facebook));
        QCOMPARE(canvas->emphasis().selectedEntity, facebook);
        QVERIFY(timeline.verticalScrollBar()->value() != before);

        const int truce = lineOf(*view, "qq-360-truce");
        QTest::mouseClick(canvas, Qt::LeftButton, {}, onLine(*canvas, truce).toPoint());
        QCOMPARE(state.selection(), Selection::event(event("qq-360-truce")));
        QCOMPARE(canvas->emphasis().selectedEvent, event("qq-360-truce"));

        state.select(Selection::entity(entity("sina")));
        QCOMPARE(canvas->emphasis().selectedEntity, entity("sina"));
        QCOMPARE(canvas->focusEntity(), entity("sina"));

        // The quote panel follows a click here, and a card clicked there shows here.
        QuotePanel quotes(&m_document, &state);
        quotes.setLocale(m_en);
        QTest::mouseClick(canvas, Qt::LeftButton, {},
                          canvas->renderer().nodeCentre(entity("qihoo-360"), canvas->viewport()).toPoint());
        QCOMPARE(quotes.scopeText(), u"Quotes about Qihoo 360"_s);
        quotes.setScope(QuotePanel::Scope::Sources);
        const int card = quotes.model()->rowOf(SourceItem::event(event("sina-china-unicom")));
        QVERIFY(card >= 0);
        quotes.activateRow(card);
        QCOMPARE(canvas->emphasis().selectedEvent, event("sina-china-unicom"));
        QCOMPARE(canvas->emphasis().selectedEntity, -1);
        // Empty space clears it.
        QTest::mouseClick(canvas, Qt::LeftButton, {}, QPoint(3, canvas->height() - 3));
        QVERIFY(state.selection().isNone());
    }

    // Hover text, one fact a line, data shown literally.
    void toolTipsArePlainText()
    {
        ViewState state;
        state.setCurrentTime(jd("2013-07-02"));
        const auto view = makeView(&state, m_en);
        QVERIFY(view);
        const NetworkCanvas *canvas = view->canvas();
        const QPoint qihoo = canvas->renderer().nodeCentre(entity("qihoo-360"), canvas->viewport()).toPoint();
        QCOMPARE(canvas->toolTipText(qihoo).split(u'\n').mid(0, 2),
                 QStringList({u"Qihoo 360"_s, u"Sector: security software"_s}));
        QVERIFY(canvas->toolTipText(qihoo).endsWith(
            u"As of 2 Jul 2013: 0 lines in force, 0 uncertain, 3 over"_s));
        const QPoint tencent = canvas->renderer().nodeCentre(entity("tencent"), canvas->viewport()).toPoint();
        QVERIFY(canvas->toolTipText(tencent).contains(u"Products: QQ, WeChat"_s));
        const QStringList line =
            canvas->toolTipText(onLine(*canvas, lineOf(*view, "qq-360-truce")).toPoint()).split(u'\n');
        QCOMPARE(line.value(0), u"QQ and Qihoo 360"_s);
        QCOMPARE(line.value(1), d().string(d().events[size_t(event("qq-360-truce"))].title));
        QCOMPARE(line.value(4), u"Over since week of 8 Nov 2010"_s);
        QVERIFY(line.value(5).startsWith(u"Source: "_s));
        QVERIFY(canvas->toolTipText(QPoint(2, canvas->height() - 2)).isEmpty());

        // In Chinese, company names in Chinese.
        view->setLocale(m_zh);
        QVERIFY(canvas->toolTipText(qihoo).startsWith(u"奇虎360\n"_s));

        // Markup in data is shown as text, not taken for rich text.
        Document markup;
        const LoadResult loaded = readDatasetFile(QStringLiteral(AT_TEST_DATA "/network/ranged.json"));
        QVERIFY(loaded);
        markup.setDataset(*loaded, QStringLiteral("markup"));
        ViewState other;
        other.setCurrentTime(jd("2011-07-01"));
        NetworkView plain(&markup, &other);
        plain.setLocale(m_en);
        plain.resize(600, 400);
        plain.show();
        QVERIFY(QTest::qWaitForWindowExposed(&plain));
        const QPoint alpha = plain.canvas()->renderer().nodeCentre(0, plain.canvas()->viewport()).toPoint();
        QVERIFY(plain.canvas()->toolTipText(alpha).startsWith(u"Alpha <b>Co</b>\n"_s));
        QHelpEvent help(QEvent::ToolTip, alpha, plain.canvas()->mapToGlobal(alpha));
        QApplication::sendEvent(plain.canvas(), &help);
        QTRY_VERIFY(QToolTip::isVisible());
        QVERIFY(QToolTip::text().contains(u"Alpha &lt;b&gt;Co&lt;/b&gt;"_s));
        QToolTip::hideText();
    }

    // Left and Right reach every company, Down and Up every line of the focused one; Enter selects.
    void keyboardReachesEveryCompanyAndLine()
    {
        ViewState state;
        state.setCurrentTime(jd("2013-07-02"));
        const auto view = makeView(&state, m_en);
        QVERIFY(view);
        NetworkCanvas *canvas = view->canvas();
        canvas->setFocus();
        QSet<int> companies;
        QSet<int> lines;
        for (int i = 0; i < d().entities.size() + 2; ++i) {
            QTest::keyClick(canvas, Qt::Key_Right);
            companies << canvas->focusEntity();
            for (int k = 0; k < 8; ++k) {
                QTest::keyClick(canvas, Qt::Key_Down);
                if (canvas->focusEdge() >= 0)
                    lines << canvas->focusEdge();
            }
            QTest::keyClick(canvas, Qt::Key_Up);
            while (canvas->focusEdge() >= 0)
                QTest::keyClick(canvas, Qt::Key_Up);
        }
        QCOMPARE(companies.size(), int(d().entities.size()));
        QCOMPARE(lines.size(), 23); // every line has begun by mid-2013
        // The focused company in words, for assistive technology; Enter selects it.
        QTest::keyClick(canvas, Qt::Key_Home);
        QCOMPARE(canvas->focusEntity(), entity("sina"));
        QCOMPARE(canvas->accessibleName(), u"Sina Corp, portal"_s);
        QTest::keyClick(canvas, Qt::Key_Return);
        QCOMPARE(state.selection(), Selection::entity(entity("sina")));
        QTest::keyClick(canvas, Qt::Key_Down);
        QVERIFY(canvas->focusEdge() >= 0);
        QVERIFY(canvas->accessibleName().startsWith(u"Sina Corp and MSN China: "_s));
        QTest::keyClick(canvas, Qt::Key_Space);
        QCOMPARE(state.selection().type, Selection::Type::Event);
        QCOMPARE(int(view->data()->graph.edges()[size_t(canvas->focusEdge())].event),
                 state.selection().index);
        QTest::keyClick(canvas, Qt::Key_Escape);
        QVERIFY(state.selection().isNone());
    }

    // The shared filter keeps the lines of the events it keeps; companies it leaves out are drawn faint.
    void filterApplies()
    {
        ViewState state;
        state.setCurrentTime(jd("2013-07-02"));
        const auto view = makeView(&state, m_en);
        QVERIFY(view);
        EventFilter filter;
        filter.entities = {entity("qihoo-360")};
        state.setFilter(filter);
        QCOMPARE(view->kept().edges.size(), size_t(3));
        NetworkCanvas *canvas = view->canvas();
        const QPoint sina = canvas->renderer().nodeCentre(entity("sina"), canvas->viewport()).toPoint();
        QVERIFY(canvas->toolTipText(sina).endsWith(u"0 lines in force, 0 uncertain, 0 over"_s));
        // The Sina–Alibaba line is gone; the QQ–Qihoo one is there.
        const QImage image = canvas->grab().toImage();
        const int sinaAlibaba = lineOf(*view, "sina-alibaba-connectivity-plan");
        QVERIFY(canvas->renderer().edgeAt(onLine(*canvas, sinaAlibaba), canvas->viewport(),
                                          jd("2013-07-02")) != sinaAlibaba);
        QVERIFY(canvas->renderer().edgeAt(onLine(*canvas, lineOf(*view, "qq-360-truce")), canvas->viewport(),
                                          jd("2013-07-02")) >= 0);
        // A faint disc: the sector colour at 30% over the background.
        const QColor faint =
            blendOver(sectorColor(Sector::Portal), 0.3, canvas->palette().color(QPalette::Base));
        QVERIFY(colourNear(image, sina, faint));
        // A view opened while a filter is set starts from it (as the command line's exports do).
        const auto second = makeView(&state, m_en);
        QVERIFY(second);
        QCOMPARE(second->kept().edges.size(), size_t(3));
        state.setFilter({});
        QCOMPARE(view->kept().edges.size(), size_t(23));
        QCOMPARE(second->kept().edges.size(), size_t(23));
    }

    // Play moves the shared cursor at the chosen speed and stops at the end; from the end it starts over.
    void playControlMovesTheCursor()
    {
        ViewState state;
        const auto view = makeView(&state, m_en);
        QVERIFY(view);
        PlayControl *play = view->playControl();
        const TimeExtent extent = timeExtent(d());
        QCOMPARE(play->from(), extent.from);
        QCOMPARE(play->to(), extent.to);
        state.setCurrentTime(extent.from);
        play->setSpeedIndex(3); // a year a second
        QCOMPARE(play->speed(), 365.0);
        play->advance(500);
        QCOMPARE(state.currentTime(), extent.from + 182.5);
        play->play();
        QVERIFY(play->isPlaying());
        state.setCurrentTime(extent.to - 10);
        play->advance(1000);
        QCOMPARE(state.currentTime(), extent.to);
        QVERIFY(!play->isPlaying());
        play->play(); // from the end: back to the beginning
        QCOMPARE(state.currentTime(), extent.from);
        QTRY_VERIFY(state.currentTime() > extent.from); // the timer moves it
        play->pause();
        QVERIFY(!play->isPlaying());
        // The slider follows the cursor and moves it.
        state.setCurrentTime(jd("2012-01-01"));
        QCOMPARE(play->slider()->value(), int(jd("2012-01-01")));
        play->slider()->setValue(int(jd("2011-06-14")));
        QCOMPARE(state.currentTime(), jd("2011-06-14"));
    }

    // A big network is laid out on a worker thread, with progress, and can be cancelled.
    void bigNetworkLaidOutOffTheGuiThread()
    {
        SyntheticSpec spec;
        spec.lanes = 200;
        spec.events = 4000;
        Document big;
        big.setDataset(makeSyntheticDataset(spec), QStringLiteral("synthetic"));
        ViewState state;
        NetworkView view(&big, &state);
        QVERIFY(!view.data()); // not yet: it is being laid out
        QVERIFY(view.layoutRunner()->isRunning());
        QSignalSpy finished(view.layoutRunner(), &LayoutRunner::finished);
        QVERIFY(finished.wait(60000));
        QVERIFY(view.data());
        QCOMPARE(view.data()->layout.centres.size(), size_t(200));

        // A new dataset while one is running: the old layout is dropped, cancelled.
        big.setDataset(makeSyntheticDataset(spec), QStringLiteral("again"));
        QVERIFY(view.layoutRunner()->isRunning());
        QSignalSpy failed(view.layoutRunner(), &LayoutRunner::failed);
        view.layoutRunner()->cancel();
        QVERIFY(failed.wait(60000));
        QCOMPARE(failed.first().first().value<LayoutError>().kind, LayoutError::Kind::Cancelled);
        QVERIFY(!view.data());
    }

    // A big network's frame comes from pictures kept along the way; moved forward and back it is the same
    // picture as a fresh drawing at that moment.
    void bigNetworkSameWhicheverWayTheCursorCame()
    {
        SyntheticSpec spec;
        spec.lanes = 150;
        spec.events = 12000;
        Document big;
        big.setDataset(makeSyntheticDataset(spec), QStringLiteral("synthetic"));
        const TimeExtent extent = timeExtent(big.dataset());
        ViewState state;
        NetworkView view(&big, &state);
        view.resize(900, 600);
        view.show();
        view.waitForLayout();
        QVERIFY(view.data());
        QVERIFY(view.canvas()->renderer().thin());
        NetworkCanvas *canvas = view.canvas();
        auto frameAt = [&](double t) {
            state.setCurrentTime(t);
            return canvas->grab().toImage();
        };
        const double middle = (extent.from + extent.to) / 2;
        const QImage walked = [&] {
            for (int i = 0; i <= 20; ++i)
                frameAt(extent.from + (extent.to - extent.from) * i / 20);
            frameAt(middle + 30);
            return frameAt(middle);
        }();
        NetworkView fresh(&big, &state);
        fresh.resize(900, 600);
        fresh.show();
        fresh.waitForLayout();
        const QImage direct = fresh.canvas()->grab().toImage();
        QCOMPARE(walked, direct);
        // And moving the cursor changes the picture.
        QVERIFY(frameAt(extent.from + 400) != direct);
    }
};

QTEST_MAIN(TestNetworkView)
#include "tst_networkview.moc"
