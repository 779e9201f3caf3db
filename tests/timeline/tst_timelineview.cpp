// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
// The timeline widget as a user meets it, offscreen, on the embedded dataset: wheel zoom keeps
// the time under the pointer, click and keyboard selection go to the shared ViewState and come back from
// it, the cursor drag sets the current time, the filter removes events, and the grabbed image shows a known
// event's marker at its date in its lane and a link joining its parties' lanes. Data-derived text (tooltip,
// accessible name) stays plain.
#include "app/core/colors.h"
#include "app/core/document.h"
#include "app/core/eventfilter.h"
#include "app/core/import/json/jsonreader.h"
#include "app/core/viewstate.h"
#include "tests/support/synthetic.h"
#include "ui/timeline/timelineview.h"

#include <QAccessible>
#include <QApplication>
#include <QHelpEvent>
#include <QLabel>
#include <QMenu>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>
#include <QTextDocument>
#include <QTimer>
#include <QToolTip>
#include <QWheelEvent>
#include <memory>

using namespace at;
using namespace Qt::StringLiterals;

namespace {

double jd(int y, int m, int d)
{
    return double(QDate(y, m, d).toJulianDay());
}

std::shared_ptr<const Dataset> embedded()
{
    static const LoadResult r = readEmbeddedDataset();
    return *r;
}

// A view on its own document and state, shown offscreen at a fixed size, in English. The default size
// shows every lane of the embedded dataset.
struct Fixture {
    explicit Fixture(std::shared_ptr<const Dataset> dataset = embedded(), QSize size = QSize(1400, 1200))
    {
        document.setDataset(std::move(dataset), u"test"_s);
        view = std::make_unique<TimelineView>(&document, &state);
        view->setLocale(QLocale(QLocale::English, QLocale::UnitedKingdom));
        view->resize(size);
        view->show();
    }
    const Dataset &data() const { return document.dataset(); }
    int event(const char16_t *id) const { return data().eventIndex(id); }
    int entity(const char16_t *id) const { return data().entityIndex(id); }
    // Paints the widget as the screen would (the last frame is what hit-testing reads).
    QImage grab() const { return view->grab().toImage().convertToFormat(QImage::Format_RGB32); }
    // Where the widget drew `event` in `entity`'s lane, in viewport coordinates (null if it did not).
    QPoint marker(int event, int entity) const
    {
        return view->renderer().markerCenter(event, view->laneLayout().rowOfEntity(entity)).toPoint();
    }
    QRect plot() const { return view->renderer().frame().plot; }
    // A row's extent on screen, in viewport coordinates.
    std::pair<double, double> rowSpan(int entity) const
    {
        const LaneRow &r = view->laneLayout().rows()[size_t(view->laneLayout().rowOfEntity(entity))];
        const double top = plot().top() + r.top - view->verticalOffset();
        return {top, top + r.height};
    }

    Document document;
    ViewState state;
    std::unique_ptr<TimelineView> view;
};

void sendWheel(QWidget *viewport, QPoint pos, int angleY, Qt::KeyboardModifiers modifiers = {})
{
    QWheelEvent wheel(pos, viewport->mapToGlobal(pos), QPoint(), QPoint(0, angleY), Qt::NoButton, modifiers,
                      Qt::NoScrollPhase, false);
    QCoreApplication::sendEvent(viewport, &wheel);
}

// Qt's colour blend of `fg` over an opaque `bg`, as the renderer computes it for its opaque fills.
QColor over(const QColor &fg, const QColor &bg)
{
    const double a = fg.alphaF();
    return QColor::fromRgbF(float(fg.redF() * a + bg.redF() * (1 - a)),
                            float(fg.greenF() * a + bg.greenF() * (1 - a)),
                            float(fg.blueF() * a + bg.blueF() * (1 - a)));
}

bool near(QRgb a, QRgb b, int tolerance)
{
    return std::abs(qRed(a) - qRed(b)) <= tolerance && std::abs(qGreen(a) - qGreen(b)) <= tolerance &&
           std::abs(qBlue(a) - qBlue(b)) <= tolerance;
}

QString hex(QRgb c)
{
    return QColor(c).name();
}

} // namespace

class TestTimelineView : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void wheelZoomKeepsTimeUnderPointer();
    void clickSelects();
    void selectionFromOutsideScrollsAndHighlights();
    void draggingTheCursorSetsCurrentTime();
    void tabVisitsEventsInTimeOrder();
    void enterAndDoubleClickActivate();
    void filterRemovesEventsFromHitTesting();
    void markerAtItsDateInItsLane();
    void linkJoinsThePartiesLanes();
    void accessibleNameOfSelectedEvent();
    void tooltipIsPlainText();
    void fitAllShowsEveryEventAndFigure();
    void anotherDatasetIsShownWholeAReloadKeepsTheWindow();
    void badgeOpensIntoItsEvents();
    void annotationCountsLookUnlikeGroupCounts();
    void lanesFitTheWindowWhenTheyCan();
};

void TestTimelineView::wheelZoomKeepsTimeUnderPointer()
{
    Fixture f;
    f.view->setVisibleRange(jd(2011, 1, 1), jd(2012, 1, 1));
    f.grab();
    const TimeScale before = f.view->timeScale();
    const QPoint pos(int(before.x0() + before.width() * 0.3), f.plot().center().y());
    const double t = before.toTime(pos.x());

    sendWheel(f.view->viewport(), pos, 120); // one notch in
    QCOMPARE(f.view->timeScale().span(), before.span() / 1.2);
    QVERIFY(std::abs(f.view->timeScale().toTime(pos.x()) - t) < 1e-6);
    sendWheel(f.view->viewport(), pos, -360); // three notches out
    QVERIFY(std::abs(f.view->timeScale().span() - before.span() / 1.2 * std::pow(1.2, 3)) < 1e-6);
    QVERIFY(std::abs(f.view->timeScale().toTime(pos.x()) - t) < 1e-6);
    // The shared state shows what the view shows.
    QCOMPARE(f.state.visibleFrom(), f.view->visibleFrom());
    QCOMPARE(f.state.visibleTo(), f.view->visibleTo());

    // Shift+wheel pans instead: same span, later times under the pointer after a notch down.
    const double span = f.view->timeScale().span();
    sendWheel(f.view->viewport(), pos, -120, Qt::ShiftModifier);
    QCOMPARE(f.view->timeScale().span(), span);
    QVERIFY(f.view->timeScale().toTime(pos.x()) > t + 1);
}

void TestTimelineView::clickSelects()
{
    Fixture f;
    f.view->setVisibleRange(jd(2011, 5, 1), jd(2011, 8, 1));
    f.grab();
    const int event = f.event(u"weibo-china-telecom");
    const QPoint at = f.marker(event, f.entity(u"china-telecom"));
    QVERIFY(!at.isNull());
    QTest::mouseClick(f.view->viewport(), Qt::LeftButton, {}, at);
    QCOMPARE(f.state.selection(), Selection::event(event));
    // A click where nothing is clears the selection.
    QTest::mouseClick(f.view->viewport(), Qt::LeftButton, {}, QPoint(f.plot().right() - 5, at.y()));
    QCOMPARE(f.state.selection(), Selection::none());
}

void TestTimelineView::selectionFromOutsideScrollsAndHighlights()
{
    Fixture f(embedded(), QSize(1400, 700));
    // Renren's lane is below the fold, and its event is years away from what is shown.
    f.view->setVisibleRange(jd(2012, 6, 1), jd(2013, 3, 1));
    f.view->verticalScrollBar()->setValue(0);
    const int event = f.event(u"renren-open-platform-plan");
    const int renren = f.entity(u"renren");
    const double time = f.data().events[size_t(event)].time();
    f.grab();
    QVERIFY(f.rowSpan(renren).first > f.plot().bottom());
    QVERIFY(time < f.view->visibleFrom());

    f.state.select(Selection::event(event));
    QVERIFY(f.view->visibleFrom() < time && time < f.view->visibleTo());
    QCOMPARE(f.state.visibleFrom(), f.view->visibleFrom()); // and the other views follow
    const QImage image = f.grab();
    const auto [top, bottom] = f.rowSpan(renren);
    QVERIFY(top >= f.plot().top() && bottom <= f.plot().bottom() + 1);
    const QPoint at = f.marker(event, renren);
    QVERIFY(!at.isNull());
    // Ringed in the highlight colour: three pixels outside the marker's edge, left and right of it.
    const QRgb highlight = f.view->palette().color(QPalette::Highlight).rgb();
    int radius = 0;
    for (const FramePlan::Item &item : f.view->renderer().frame().items) {
        if (item.type == FramePlan::Item::Type::Marker && int(item.event) == event)
            radius = int(item.rect.width() / 2);
    }
    QCOMPARE(radius, 5);
    // (The ring is antialiased and the marker's centre falls between pixels: one of the three pixels about
    // three outside its edge is the ring's colour.)
    for (int side : {-1, 1}) {
        QStringList seen;
        bool ringed = false;
        for (int d : {2, 3, 4}) {
            const QRgb ring = image.pixel(at + QPoint(side * (radius + d), 0));
            ringed = ringed || near(ring, highlight, 60);
            seen << hex(ring);
        }
        QVERIFY2(ringed, qPrintable(seen.join(u' ') + u" vs "_s + hex(highlight)));
    }
    // Unselected again: no ring.
    f.state.select(Selection::none());
    const QImage plain = f.grab();
    QVERIFY(!near(plain.pixel(at + QPoint(radius + 3, 0)), highlight, 60));
}

void TestTimelineView::draggingTheCursorSetsCurrentTime()
{
    Fixture f;
    // Mid-2012 has no events: the cursor is the only thing under the pointer.
    f.view->setVisibleRange(jd(2012, 1, 1), jd(2012, 11, 1));
    f.state.setCurrentTime(jd(2012, 6, 1));
    f.grab();
    const TimeScale &s = f.view->timeScale();
    const int x = int(std::round(s.toX(jd(2012, 6, 1))));
    const int y = f.plot().top() + 120;
    QCOMPARE(f.view->hitTest(QPoint(x, y)).type, TimelineHit::Type::Cursor);
    QTest::mousePress(f.view->viewport(), Qt::LeftButton, {}, QPoint(x, y));
    QTest::mouseMove(f.view->viewport(), QPoint(x + 60, y + 3));
    QTest::mouseMove(f.view->viewport(), QPoint(x + 150, y + 5));
    QCOMPARE(f.state.currentTime(), s.toTime(x + 150));
    QTest::mouseRelease(f.view->viewport(), Qt::LeftButton, {}, QPoint(x + 150, y + 5));
    QCOMPARE(f.state.currentTime(), s.toTime(x + 150));
    QCOMPARE(f.state.selection(), Selection::none()); // a drag of the cursor selects nothing
    // A press on the axis puts the cursor there at once.
    const QPoint onAxis(x - 200, f.view->renderer().frame().axis.center().y());
    QTest::mouseClick(f.view->viewport(), Qt::LeftButton, {}, onAxis);
    QCOMPARE(f.state.currentTime(), s.toTime(x - 200));
    // And the state moves the drawn cursor: its handle is at the new time.
    f.state.setCurrentTime(jd(2012, 3, 1));
    QCOMPARE(f.view->hitTest(QPoint(int(std::round(s.toX(jd(2012, 3, 1)))), y)).type,
             TimelineHit::Type::Cursor);
}

void TestTimelineView::tabVisitsEventsInTimeOrder()
{
    Fixture f;
    f.view->fitAll();
    f.view->setFocus();
    const int n = int(f.data().events.size());
    QList<int> visited;
    for (int i = 0; i < n; ++i) {
        QTest::keyClick(f.view.get(), Qt::Key_Tab);
        visited << f.state.selection().index;
        QCOMPARE(f.state.selection().type, Selection::Type::Event);
    }
    // Every event once, in the store's order, which is time order.
    QList<int> all;
    for (int i = 0; i < n; ++i)
        all << i;
    QCOMPARE(visited, all);
    for (int i = 1; i < n; ++i)
        QVERIFY(f.data().events[size_t(i - 1)].time() <= f.data().events[size_t(i)].time());
    // Past the last one the selection stays; Shift+Tab walks back.
    QTest::keyClick(f.view.get(), Qt::Key_Tab);
    QCOMPARE(f.state.selection(), Selection::event(n - 1));
    QTest::keyClick(f.view.get(), Qt::Key_Backtab, Qt::ShiftModifier);
    QCOMPARE(f.state.selection(), Selection::event(n - 2));
    QTest::keyClick(f.view.get(), Qt::Key_Backtab, Qt::ShiftModifier);
    QCOMPARE(f.state.selection(), Selection::event(n - 3));

    // Filtered-out events and hidden lanes are skipped.
    EventFilter filter;
    filter.kinds = {Kind::Alliance};
    f.view->setFilter(filter);
    f.state.select(Selection::none());
    QList<int> alliances;
    for (int i = 0; i < n; ++i) {
        if (f.data().events[size_t(i)].kind == Kind::Alliance)
            alliances << i;
    }
    QVERIFY(alliances.size() >= 3);
    visited.clear();
    for (qsizetype i = 0; i < alliances.size(); ++i) {
        QTest::keyClick(f.view.get(), Qt::Key_Tab);
        visited << f.state.selection().index;
    }
    QCOMPARE(visited, alliances);
}

void TestTimelineView::enterAndDoubleClickActivate()
{
    Fixture f;
    f.view->setVisibleRange(jd(2012, 10, 1), jd(2013, 4, 1));
    QSignalSpy activated(f.view.get(), &TimelineView::eventActivated);
    QTest::keyClick(f.view.get(), Qt::Key_Return); // nothing selected: nothing to open
    QCOMPARE(activated.count(), 0);
    const int event = f.event(u"wechat-300m");
    f.state.select(Selection::event(event));
    QTest::keyClick(f.view.get(), Qt::Key_Return);
    QCOMPARE(activated.count(), 1);
    QCOMPARE(activated.at(0).at(0).toInt(), event);
    QTest::keyClick(f.view.get(), Qt::Key_Enter);
    QCOMPARE(activated.count(), 2);

    const int other = f.event(u"weibo-500m");
    f.grab();
    const QPoint at = f.marker(other, f.entity(u"weibo"));
    QVERIFY(!at.isNull());
    QTest::mouseDClick(f.view->viewport(), Qt::LeftButton, {}, at);
    QCOMPARE(activated.count(), 3);
    QCOMPARE(activated.at(2).at(0).toInt(), other);
    QCOMPARE(f.state.selection(), Selection::event(other));
}

void TestTimelineView::filterRemovesEventsFromHitTesting()
{
    Fixture f;
    f.view->setVisibleRange(jd(2011, 5, 1), jd(2011, 8, 1));
    f.grab();
    const int event = f.event(u"sina-china-unicom");
    const QPoint at = f.marker(event, f.entity(u"china-unicom"));
    QVERIFY(!at.isNull());
    QCOMPARE(f.view->hitTest(at).event, event);

    EventFilter filter;
    filter.kinds = {Kind::Plan, Kind::Milestone}; // no alliances
    f.view->setFilter(filter);
    f.grab();
    for (const FramePlan::Item &item : f.view->renderer().frame().items)
        QVERIFY(int(item.event) != event && f.data().events[item.event].kind != Kind::Alliance);
    QVERIFY(f.view->hitTest(at).event != event);
    QTest::mouseClick(f.view->viewport(), Qt::LeftButton, {}, at);
    QVERIFY(f.state.selection() != Selection::event(event));
    // The plan of the same day is still there to be hit.
    const int plan = f.event(u"weibo-video-plan");
    const QPoint planAt = f.marker(plan, f.entity(u"china-unicom"));
    QVERIFY(!planAt.isNull());
    QCOMPARE(f.view->hitTest(planAt).event, plan);

    f.view->setFilter({});
    f.grab();
    QVERIFY(!f.marker(event, f.entity(u"china-unicom")).isNull());
}

void TestTimelineView::markerAtItsDateInItsLane()
{
    Fixture f;
    f.view->setVisibleRange(jd(2012, 10, 1), jd(2013, 4, 1));
    const QImage image = f.grab();
    const int event = f.event(u"wechat-300m");
    const int wechat = f.entity(u"wechat");
    const Event &e = f.data().events[size_t(event)];
    QCOMPARE(e.kind, Kind::Milestone);
    QCOMPARE(e.status, Status::Confirmed);

    // The x of 15 January 2013 from the view's own scale, and WeChat's row from the layout.
    const int x = int(std::round(f.view->timeScale().toX(jd(2013, 1, 15))));
    const auto [top, bottom] = f.rowSpan(wechat);
    // Down the column at that x, inside WeChat's row: the marker, a disc in the event kind's colour.
    const QRgb kind = kindColor(Kind::Milestone).rgb();
    int first = -1, last = -1;
    for (int y = int(top); y < int(bottom); ++y) {
        if (image.pixel(x, y) == kind) {
            first = first < 0 ? y : first;
            last = y;
        }
    }
    QVERIFY2(first >= 0, "no marker pixels in WeChat's row at 15 January 2013");
    // About the marker's diameter (10 px) less its darker rim.
    QVERIFY2(last - first >= 4 && last - first <= 10, qPrintable(u"%1 to %2"_s.arg(first).arg(last)));
    // Not beside it: a day either side is background (the marker is 10 px wide; a day here is ~6 px).
    const double day = f.view->timeScale().pixelsPerDay();
    QVERIFY(day > 5 && day < 8);
    const int mid = (first + last) / 2;
    QVERIFY(image.pixel(x - 8, mid) != kind && image.pixel(x + 8, mid) != kind);
    // Only in its lane: the same column in the rows above and below has no such pixel.
    for (int y = f.plot().top(); y <= f.plot().bottom(); ++y) {
        if (y < top - 1 || y > bottom + 1)
            QVERIFY2(image.pixel(x, y) != kind, qPrintable(u"at y %1"_s.arg(y)));
    }
    // The lane is WeChat's: its swatch in the gutter, in the row of the marker, is WeChat's entity colour,
    // the colour every other view uses for WeChat.
    const int swatchX = f.view->renderer().frame().gutter.left() + 15;
    int swatch = 0;
    for (int y = int(top); y < int(bottom); ++y)
        swatch += image.pixel(swatchX, y) == entityColor(wechat).rgb() ? 1 : 0;
    QVERIFY2(swatch >= 6, qPrintable(u"%1 pixels of %2"_s.arg(swatch).arg(hex(entityColor(wechat).rgb()))));
}

void TestTimelineView::linkJoinsThePartiesLanes()
{
    Fixture f;
    // A month across the plot: the two events of 14 June 2011 stand side by side, each with its link.
    f.view->setVisibleRange(jd(2011, 5, 25), jd(2011, 6, 25));
    const QImage image = f.grab();
    const int event = f.event(u"sina-china-unicom");
    const Event &e = f.data().events[size_t(event)];
    QCOMPARE(e.kind, Kind::Alliance);
    const FramePlan &frame = f.view->renderer().frame();
    const auto link = std::find_if(frame.links.begin(), frame.links.end(),
                                   [&](const FramePlan::Link &l) { return int(l.event) == event; });
    QVERIFY(link != frame.links.end());

    // From the first of its parties' lanes to the last: Weibo (microblog) down to China Unicom (telecom),
    // through Sina's.
    double firstTop = 1e9, lastBottom = -1e9;
    int firstParty = -1, lastParty = -1;
    for (quint16 p : f.data().partiesOf(e)) {
        const auto [top, bottom] = f.rowSpan(p);
        if (top < firstTop) {
            firstTop = top;
            firstParty = p;
        }
        if (bottom > lastBottom) {
            lastBottom = bottom;
            lastParty = p;
        }
    }
    QCOMPARE(firstParty, f.entity(u"weibo"));
    QCOMPARE(lastParty, f.entity(u"china-unicom"));
    QVERIFY(std::abs(link->top - f.marker(event, firstParty).y()) <= 0.5);
    QVERIFY(std::abs(link->bottom - f.marker(event, lastParty).y()) <= 0.5);
    for (quint16 p : f.data().partiesOf(e))
        QCOMPARE(f.marker(event, p).x(), int(std::round(link->x - 1)));
    // At the event's day (spread within it, beside the other event of that day).
    const double day = f.view->timeScale().pixelsPerDay();
    QVERIFY(std::abs(link->x - f.view->timeScale().toX(jd(2011, 6, 14))) <= day / 2 + 1);

    // In the image: a solid line in the alliance colour through every row between, and nothing of that
    // colour above the first lane or below the last one.
    const QColor lineColor = over(QColor(0x1f, 0x77, 0xb4, 210), f.view->palette().color(QPalette::Base));
    QCOMPARE(kindColor(Kind::Alliance), QColor(0x1f, 0x77, 0xb4));
    const int x = int(std::floor(link->x - 1));
    int drawn = 0;
    for (int y = int(link->top) + 8; y < int(link->bottom) - 8; ++y) {
        const QRgb c = image.pixel(x, y);
        if (c == lineColor.rgb())
            ++drawn;
    }
    // Markers, labels of other lanes and the lanes' grid may cover a few pixels; the rest is the line.
    QVERIFY2(drawn > (link->bottom - link->top - 16) * 0.85,
             qPrintable(u"%1 of %2"_s.arg(drawn).arg(link->bottom - link->top)));
    for (int y : {int(link->top) - 12, int(link->bottom) + 12})
        QVERIFY(image.pixel(x, y) != lineColor.rgb());
    // Sohu Microblog's lane lies between and is not a party: crossed by the line, no marker.
    const int sohuWeibo = f.entity(u"sohu-weibo");
    const auto [sTop, sBottom] = f.rowSpan(sohuWeibo);
    QVERIFY(sTop > link->top && sBottom < link->bottom);
    QVERIFY(f.marker(event, sohuWeibo).isNull());
    QCOMPARE(hex(image.pixel(x, int((sTop + sBottom) / 2))), hex(lineColor.rgb()));

    // With China Unicom's lane scrolled out of view below, the link goes on a little past Sina's marker,
    // the last of its parties on screen: a stub that points the way to the third party.
    f.view->resize(1400, 700);
    f.view->verticalScrollBar()->setValue(0);
    const QImage small = f.grab();
    QVERIFY(f.rowSpan(lastParty).first > f.plot().bottom());
    const QPoint sina = f.marker(event, f.entity(u"sina"));
    QVERIFY(!sina.isNull() && sina.y() < f.plot().bottom() - 20);
    const FramePlan &cut = f.view->renderer().frame();
    const auto cutLink = std::find_if(cut.links.begin(), cut.links.end(),
                                      [&](const FramePlan::Link &l) { return int(l.event) == event; });
    QVERIFY(cutLink != cut.links.end());
    QVERIFY(std::abs(cutLink->bottom - (sina.y() + 14)) <= 0.5);
    QCOMPARE(hex(small.pixel(x, sina.y() + 10)), hex(lineColor.rgb()));
    QVERIFY(small.pixel(x, sina.y() + 18) != lineColor.rgb());
}

void TestTimelineView::accessibleNameOfSelectedEvent()
{
    Fixture f;
    QCOMPARE(f.view->accessibleName(), u"Timeline"_s);
    const int event = f.event(u"sina-china-unicom");
    f.state.select(Selection::event(event));
    const QString title = f.data().string(f.data().events[size_t(event)].title);
    QCOMPARE(f.view->accessibleName(), title);
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(f.view.get());
    QVERIFY(iface);
    QCOMPARE(iface->text(QAccessible::Name), title);
    const QString description = f.view->accessibleDescription();
    QVERIFY2(description.startsWith(u"alliance, confirmed; 14 Jun 2011; parties: "_s),
             qPrintable(description));
    QVERIFY(description.contains(u"China Unicom"_s));
    f.state.select(Selection::none());
    QCOMPARE(f.view->accessibleName(), u"Timeline"_s);
}

void TestTimelineView::tooltipIsPlainText()
{
    // A small dataset whose first event's title looks like HTML.
    auto d = std::make_shared<Dataset>(*embedded());
    const int event = d->eventIndex(u"sina-msn-alliance");
    const QString title = u"Sina <img src=x> & <b>MSN</b> team up"_s;
    d->events[size_t(event)].title = d->pool.add(title);
    Fixture f(d);
    f.view->setVisibleRange(jd(2010, 10, 15), jd(2010, 12, 15));
    f.grab();
    const QPoint at = f.marker(event, f.entity(u"sina"));
    QVERIFY(!at.isNull());
    const QString text = f.view->toolTipText(at);
    QVERIFY2(text.startsWith(title + u'\n'), qPrintable(text));

    // What the user sees: the tooltip shows the characters, not an image and bold type.
    QHelpEvent help(QEvent::ToolTip, at, f.view->viewport()->mapToGlobal(at));
    QCoreApplication::sendEvent(f.view->viewport(), &help);
    QTRY_VERIFY(QToolTip::isVisible());
    QVERIFY(!QToolTip::text().contains(u"<img"_s));
    QLabel *tip = nullptr;
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (w->inherits("QTipLabel") && w->isVisible())
            tip = qobject_cast<QLabel *>(w);
    }
    QVERIFY(tip);
    QTextDocument shown;
    shown.setHtml(tip->text());
    QVERIFY2(shown.toPlainText().startsWith(title), qPrintable(shown.toPlainText()));
    QToolTip::hideText();
    // The accessible name is the title as written, too.
    f.state.select(Selection::event(event));
    QCOMPARE(f.view->accessibleName(), title);
}

void TestTimelineView::fitAllShowsEveryEventAndFigure()
{
    Fixture f;
    f.view->setVisibleRange(jd(2011, 6, 1), jd(2011, 7, 1));
    f.view->fitAll();
    const double from = f.view->visibleFrom(), to = f.view->visibleTo();
    QCOMPARE(f.state.visibleFrom(), from);
    // Every date the dataset gives, whole (a date known to the year to its last day), is in view.
    auto inView = [&](const FuzzyDate &date, const QString &what) {
        if (date.isNull())
            return;
        QVERIFY2(date.first - 0.5 >= from && date.last() + 0.5 <= to,
                 qPrintable(what + u' ' + date.toIsoString()));
    };
    const Dataset &d = f.data();
    for (const Event &e : d.events) {
        inView(e.start, d.string(e.id));
        inView(e.end, d.string(e.id));
    }
    for (const SeriesPoint &p : d.points)
        inView(p.date, u"figure"_s);
    for (const Quote &q : d.quotes)
        inView(q.date, q.id);
    // And drawn whole: every marker inside the plot.
    f.grab();
    for (const FramePlan::Item &item : f.view->renderer().frame().items) {
        if (item.type != FramePlan::Item::Type::Bar)
            QVERIFY(QRectF(f.plot()).contains(item.rect));
    }
}

void TestTimelineView::anotherDatasetIsShownWholeAReloadKeepsTheWindow()
{
    Fixture f;
    f.view->setVisibleRange(jd(2011, 6, 1), jd(2011, 7, 1));
    // The same file read again: the window stays where the analyst left it.
    f.document.setDataset(embedded(), u"test"_s);
    QCOMPARE(f.view->visibleFrom(), jd(2011, 6, 1));
    QCOMPARE(f.view->visibleTo(), jd(2011, 7, 1));
    // Another dataset, of 2000 to 2019: shown whole, as fitAll() shows it, and the other views follow.
    SyntheticSpec spec;
    spec.events = 500;
    spec.startYear = 2000;
    spec.years = 20;
    f.document.setDataset(makeSyntheticDataset(spec), u"other.json"_s);
    const double from = f.view->visibleFrom(), to = f.view->visibleTo();
    QVERIFY2(from < jd(2000, 1, 1) && to > jd(2019, 12, 31), qPrintable(u"%1 to %2"_s.arg(from).arg(to)));
    QCOMPARE(f.state.visibleFrom(), from);
    QCOMPARE(f.state.visibleTo(), to);
    f.view->fitAll();
    QCOMPARE(f.view->visibleFrom(), from);
    QCOMPARE(f.view->visibleTo(), to);
}

void TestTimelineView::badgeOpensIntoItsEvents()
{
    // A window so small that one lane has a single track: events of one week are counted in a badge.
    Fixture f(embedded(), QSize(700, 500));
    f.view->fitAll();
    f.grab();
    const FramePlan &frame = f.view->renderer().frame();
    const auto badge = std::find_if(frame.items.begin(), frame.items.end(), [](const FramePlan::Item &i) {
        return i.type == FramePlan::Item::Type::Badge;
    });
    QVERIFY(badge != frame.items.end());
    const QPoint at = badge->rect.center().toPoint();
    const int count = int(badge->count);
    // Hovering says what it holds.
    const QString tip = f.view->toolTipText(at);
    QVERIFY2(tip.count(u"\n• "_s) == std::min(count, 8), qPrintable(tip));
    // A click opens the list of them: one entry per event (and the zoom), and picking one selects it.
    QStringList entries;
    QTimer::singleShot(0, [&] {
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        QVERIFY(menu);
        QAction *last = nullptr;
        for (QAction *a : menu->actions()) {
            if (!a->isSeparator())
                entries << a->text();
            last = a;
        }
        last->trigger();
        menu->close();
    });
    QTest::mouseClick(f.view->viewport(), Qt::LeftButton, {}, at);
    QCOMPARE(entries.size(), count + 1);
    QVERIFY2(entries.first().startsWith(u"Zoom In"_s), qPrintable(entries.first()));
    QCOMPARE(f.state.selection().type, Selection::Type::Event);
    const Event &chosen = f.data().events[size_t(f.state.selection().index)];
    QVERIFY(entries.last().endsWith(f.data().string(chosen.title).replace(u'&', u"&&"_s)));
}

void TestTimelineView::annotationCountsLookUnlikeGroupCounts()
{
    // In the window two small counts sit on the lanes: how many events a grey box groups, and how many
    // annotations an event has. They must not be taken for one another (nor the second for the amber
    // number boxes of the pictures): a grey, colourless rectangle with a white count, and an amber disc
    // with a black one.
    Fixture f(embedded(), QSize(700, 500));
    f.view->fitAll();
    f.grab();
    const FramePlan &plan = f.view->renderer().frame();
    const auto badge = std::find_if(plan.items.begin(), plan.items.end(), [](const FramePlan::Item &i) {
        return i.type == FramePlan::Item::Type::Badge;
    });
    const auto marker = std::find_if(plan.items.begin(), plan.items.end(), [](const FramePlan::Item &i) {
        return i.type == FramePlan::Item::Type::Marker;
    });
    QVERIFY(badge != plan.items.end());
    QVERIFY(marker != plan.items.end());
    f.view->setAnnotationCounts({{int(marker->event), 2}});
    const QImage image = f.grab();
    // The group count: grey to its very corners (a rectangle), no colour at all.
    const QRect box = badge->rect.toAlignedRect().adjusted(1, 1, -1, -1);
    for (const QPoint corner : {box.topLeft(), box.bottomRight()}) {
        const QColor c = image.pixelColor(corner);
        QCOMPARE(c.hsvSaturation(), 0);
        QVERIFY2(c.value() >= 0x60 && c.value() <= 0xa0, qPrintable(hex(c.rgb())));
    }
    // The annotation count: amber inside its disc, strongly coloured, and not in its bounding box's corner.
    const QRectF disc(marker->rect.right() - 1, marker->rect.top() - 3, 9, 9);
    const QColor inside = image.pixelColor(QPoint(int(disc.left()) + 1, int(disc.center().y())));
    QVERIFY2(inside.hsvSaturation() > 150, qPrintable(hex(inside.rgb())));
    QVERIFY2(std::abs(inside.hsvHue() - annotationSpanColor().hsvHue()) <= 10, qPrintable(hex(inside.rgb())));
    const QColor corner = image.pixelColor(QPoint(int(disc.left()), int(disc.top())));
    QVERIFY2(!near(corner.rgb(), annotationSpanColor().rgb(), 40), qPrintable(hex(corner.rgb())));
}

void TestTimelineView::lanesFitTheWindowWhenTheyCan()
{
    // Tall enough: every lane on screen, those with events at least one track of labelled markers tall,
    // those without a line for their name.
    Fixture f(embedded(), QSize(1400, 1200));
    f.grab();
    const LaneLayout &layout = f.view->laneLayout();
    const double track = f.view->renderer().trackHeight();
    QVERIFY(layout.totalHeight() <= f.plot().height());
    QCOMPARE(f.view->verticalScrollBar()->maximum(), 0);
    for (const LaneRow &row : layout.rows()) {
        if (row.isGroup())
            continue;
        const bool events = !f.view->eventIndex().lane(row.entity).events.empty();
        QVERIFY(events ? row.height >= track + 10 : row.height == track + 2);
    }
    // Too small for that: lanes keep their usual height and scroll.
    f.view->resize(1400, 600);
    f.grab();
    QVERIFY(layout.totalHeight() > f.plot().height());
    QVERIFY(f.view->verticalScrollBar()->maximum() > 0);
    for (const LaneRow &row : layout.rows()) {
        if (!row.isGroup() && !f.view->eventIndex().lane(row.entity).events.empty())
            QCOMPARE(row.height, f.view->renderer().defaultLaneHeight());
    }
}

QTEST_MAIN(TestTimelineView)
#include "tst_timelineview.moc"
