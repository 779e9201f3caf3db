// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
// The window's wiring: one filter, one time cursor and one selection reaching every view; the filter bar's
// effect on the count in the status bar; docks that close and reopen from the View menu; the layout and
// visible range saved and restored; Copy with citation; About.
#include "app/core/annotations/annotation.h"
#include "app/core/annotations/annotationedits.h"
#include "app/core/annotations/annotationfilterproxy.h"
#include "app/core/annotations/annotationstore.h"
#include "app/core/document.h"
#include "app/core/eventfilterproxy.h"
#include "app/core/eventmodel.h"
#include "app/core/import/json/jsonreader.h"
#include "app/core/roles.h"
#include "app/core/settings.h"
#include "app/core/sourcecardmodel.h"
#include "app/core/timeextent.h"
#include "app/core/viewstate.h"
#include "tests/support/synthetic.h"
#include "ui/annotations/annotationeditor.h"
#include "ui/annotations/annotationspanel.h"
#include "ui/annotations/workspaceactions.h"
#include "ui/application/applicationviews.h"
#include "ui/charts/marketsharechart.h"
#include "ui/charts/timemarkers.h"
#include "ui/charts/usercountchart.h"
#include "ui/details/eventdetailspanel.h"
#include "ui/export/exportdialog.h"
#include "ui/exportviews/exportcontroller.h"
#include "ui/filterbar/filterbar.h"
#include "ui/mainwindow/abouttext.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/quotes/quotepanel.h"
#include "ui/timeline/render/frameplan.h"
#include "ui/timeline/render/paintkit.h"
#include "ui/timeline/timelinetext.h"
#include "ui/timeline/timelineview.h"

#include <QAction>
#include <QClipboard>
#include <QDockWidget>
#include <QFile>
#include <QGuiApplication>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QListView>
#include <QMenu>
#include <QMenuBar>
#include <QPieSlice>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSet>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>
#include <cmath>

using namespace Qt::StringLiterals;

class TestMainWindow : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    at::Document m_document;
    const QLocale m_en{QLocale::English, QLocale::UnitedKingdom};

    QString iniFile() const { return m_dir.filePath(u"settings.ini"_s); }
    static double jd(int y, int m, int d) { return double(QDate(y, m, d).toJulianDay()); }
    int series(const QString &id) const { return m_document.dataset().seriesIndex(id); }
    int market(const QString &id) const
    {
        const auto &markets = m_document.dataset().markets;
        for (qsizetype i = 0; i < markets.size(); ++i)
            if (markets[i].id == id)
                return int(i);
        return -1;
    }
    // The events the timeline drew in its last frame.
    static QSet<int> drawnEvents(at::TimelineView *timeline)
    {
        timeline->viewport()->grab();
        QSet<int> events;
        for (const at::FramePlan::Item &item : timeline->renderer().frame().items)
            events.insert(int(item.event));
        return events;
    }
    // How many pixels of the cursor's colour the timeline's column at `julianDay` has.
    static int cursorPixelsAt(at::TimelineView *timeline, double julianDay)
    {
        const QImage image = timeline->viewport()->grab().toImage();
        const QRect plot = timeline->renderer().frame().plot;
        const int x = int(std::round(timeline->timeScale().toX(julianDay)));
        int n = 0;
        for (int y = plot.top(); y <= plot.bottom(); ++y)
            n += image.pixelColor(x, y) == at::paintkit::cursorColor ? 1 : 0;
        return n;
    }
    int event(const QString &id) const { return m_document.dataset().eventIndex(id); }

    // A window as the application makes one, on its own settings file.
    struct Window {
        at::ViewRegistry views = at::applicationViews();
        at::ViewState state;
        at::Settings settings;
        at::AnnotationStore store;
        QUndoStack stack;
        at::AnnotationEdits edits{&store, &stack};
        at::MainWindow window;
        Window(at::Document *document, const QString &ini, const QString &workspace, const QLocale &locale)
            : settings(ini), window(&views, document, &state, &settings, openStore(workspace), locale)
        {}
        at::AnnotationEdits *openStore(const QString &path)
        {
            return store.openOrCreate(path) ? &edits : nullptr;
        }
    };
    std::unique_ptr<Window> makeWindow(bool show = true)
    {
        auto w = std::make_unique<Window>(&m_document, iniFile(), m_dir.filePath(u"workspace.atws"_s), m_en);
        if (show) {
            w->window.show();
            if (!QTest::qWaitForWindowExposed(&w->window))
                return nullptr;
        }
        return w;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const auto r = at::readEmbeddedDataset();
        QVERIFY(r.hasValue());
        m_document.setDataset(*r, u"embedded"_s);
    }

    void init()
    {
        QFile::remove(iniFile());
        QFile::remove(m_dir.filePath(u"workspace.atws"_s));
    }

    // The filter bar writes the shared filter; the status bar counts what each view keeps of it.
    void filterBarDrivesTheCountInTheStatusBar()
    {
        auto w = makeWindow();
        QVERIFY(w);
        at::MainWindow &mw = w->window;
        QCOMPARE(mw.statusText(), u"27 of 27 events, 7 of 7 user-count series, 20 of 20 quotes shown"_s);
        at::FilterBar *bar = mw.filterBar();
        at::EventFilter f;
        f.kinds = {at::Kind::Alliance};
        bar->setFilter(f);
        QCOMPARE(w->state.filter(), f);
        QCOMPARE(mw.statusText(), u"4 of 27 events, 7 of 7 user-count series, 11 of 20 quotes shown"_s);
        QCOMPARE(mw.eventProxy()->filter(), f);
        f.statuses = {at::Status::Announced};
        bar->setFilter(f);
        QCOMPARE(mw.statusText(), u"1 of 27 events, 7 of 7 user-count series, 0 of 20 quotes shown"_s);
        f = {};
        f.text = u"联通"_s;
        bar->setFilter(f);
        QCOMPARE(mw.statusText(), u"2 of 27 events, 2 of 7 user-count series, 0 of 20 quotes shown"_s);
        f = {};
        f.text = u"WeChat"_s;
        bar->setFilter(f);
        QCOMPARE(mw.statusText(), u"3 of 27 events, 2 of 7 user-count series, 1 of 20 quotes shown"_s);
        bar->clear();
        QCOMPARE(mw.statusText(), u"27 of 27 events, 7 of 7 user-count series, 20 of 20 quotes shown"_s);
        // Set elsewhere (the state), the bar shows it.
        f = {};
        f.kinds = {at::Kind::Investment};
        w->state.setFilter(f);
        QCOMPARE(bar->filter(), f);
        QCOMPARE(mw.eventProxy()->rowCount(), 2);
    }

    // One filter, set in the shared state, reaches every view: the timeline draws only the events it keeps,
    // the event list lists them, the user-count chart draws the series of the companies kept and the lines
    // of the events kept, the share charts mark what is outside it, the quotes and the annotations narrow
    // to it, and the status bar counts it. Cleared, everything comes back.
    void filterReachesEveryView()
    {
        auto w = makeWindow();
        QVERIFY(w);
        at::MainWindow &mw = w->window;
        const at::Dataset &d = m_document.dataset();
        const int launch = event(u"wechat-launch"_s), ultimatum = event(u"qq-360-ultimatum"_s);
        QVERIFY(launch >= 0 && ultimatum >= 0);
        auto *chart = qobject_cast<at::UserCountChart *>(mw.dockContent(u"userCountsDock"_s));
        auto *imShares = qobject_cast<at::MarketShareChart *>(mw.dockContent(u"imShareDock"_s));
        auto *quotes = qobject_cast<at::QuotePanel *>(mw.dockContent(u"quotesDock"_s));
        auto *annotations = qobject_cast<at::AnnotationsPanel *>(mw.dockContent(u"annotationsDock"_s));
        QVERIFY(chart && imShares && quotes && annotations);
        for (int e : {launch, ultimatum})
            QVERIFY(
                w->edits.add(w->edits.draft(at::AnnotationTarget::event(d.string(d.events[size_t(e)].id)))));
        QCOMPARE(annotations->proxy()->rowCount(), 2);
        const QSet<int> allDrawn = drawnEvents(mw.timeline());
        QVERIFY(allDrawn.contains(launch) && allDrawn.contains(ultimatum));
        const int qq = d.entityIndex(u"qq"_s);
        QVERIFY(imShares->filterScope().keepsAll());

        at::EventFilter f;
        f.text = u"WeChat"_s;
        w->state.setFilter(f);
        QCOMPARE(mw.timeline()->filter(), f);
        const QSet<int> drawn = drawnEvents(mw.timeline());
        QVERIFY(drawn.contains(launch));
        QVERIFY(!drawn.contains(ultimatum));
        QCOMPARE(mw.eventProxy()->rowCount(), 3);
        QCOMPARE(chart->drawnSeries(),
                 (QList<int>{series(u"wechat-registered-users"_s), series(u"wechat-users-as-stated"_s)}));
        QVERIFY(chart->eventMarkers()->drawsEvent(launch));
        QVERIFY(!chart->eventMarkers()->drawsEvent(ultimatum));
        QVERIFY(!imShares->filterScope().keepsAll());
        QVERIFY(!imShares->filterScope().keepsEntity(qq));
        QVERIFY(imShares->noteText().contains(u"Pale: outside the filter."_s));
        QCOMPARE(quotes->countText(), u"1 of 20 shown (filtered)"_s);
        QCOMPARE(annotations->proxy()->rowCount(), 1);
        QCOMPARE(annotations->proxy()->index(0, 0).data(at::IdRole).toString(),
                 w->store.annotationsFor(at::AnnotationTarget::event(u"wechat-launch"_s)).value(0).id);
        QCOMPARE(mw.statusText(), u"3 of 27 events, 2 of 7 user-count series, 1 of 20 quotes shown"_s);

        w->state.setFilter({});
        QVERIFY(drawnEvents(mw.timeline()).contains(ultimatum));
        QCOMPARE(mw.eventProxy()->rowCount(), 27);
        QCOMPARE(chart->drawnSeries().size(), 7);
        QVERIFY(chart->eventMarkers()->drawsEvent(ultimatum));
        QVERIFY(imShares->filterScope().keepsAll());
        QCOMPARE(quotes->countText(), u"20 shown"_s);
        QCOMPARE(annotations->proxy()->rowCount(), 2);
    }

    // One time cursor, set in the shared state, reaches every view that shows time: the timeline draws it,
    // the user-count chart draws it, the share charts show the market as of it, and the quote panel (with
    // nothing selected) puts what was said nearest it first.
    void cursorReachesEveryView()
    {
        auto w = makeWindow();
        QVERIFY(w);
        at::MainWindow &mw = w->window;
        auto *chart = qobject_cast<at::UserCountChart *>(mw.dockContent(u"userCountsDock"_s));
        auto *imShares = qobject_cast<at::MarketShareChart *>(mw.dockContent(u"imShareDock"_s));
        auto *quotes = qobject_cast<at::QuotePanel *>(mw.dockContent(u"quotesDock"_s));
        QVERIFY(chart && imShares && quotes);
        const double before = jd(2010, 6, 30), after = jd(2011, 6, 14);
        w->state.setCurrentTime(before);
        QCOMPARE(chart->timeCursor()->time(), before);
        QCOMPARE(imShares->currentMarket(), -1);
        QCOMPARE(quotes->scopeText(), u"Quotes nearest the time cursor (30 Jun 2010) first"_s);
        QVERIFY(cursorPixelsAt(mw.timeline(), before) > 100);
        QCOMPARE(cursorPixelsAt(mw.timeline(), after), 0);

        w->state.setCurrentTime(after);
        QCOMPARE(chart->timeCursor()->time(), after);
        QCOMPARE(imShares->currentMarket(), market(u"im-active-2010q3"_s));
        QCOMPARE(quotes->scopeText(), u"Quotes nearest the time cursor (14 Jun 2011) first"_s);
        const at::SourceItem first = quotes->model()->card(0).item;
        QCOMPARE(first.type, at::SourceItem::Type::Quote);
        QCOMPARE(m_document.dataset().quotes[first.index].id, u"sina-ceo-twitter-difference"_s);
        QVERIFY(cursorPixelsAt(mw.timeline(), after) > 100);
        QCOMPARE(cursorPixelsAt(mw.timeline(), before), 0);
    }

    // Each view's context menu offers its picture and its data; the data is what the view draws, with the
    // window's filter.
    void eachViewsDataWithTheWindowsFilter()
    {
        auto w = makeWindow();
        QVERIFY(w);
        at::MainWindow &mw = w->window;
        for (const QString &name :
             {u"timeline"_s, u"users"_s, u"im-share"_s, u"microblog-share"_s, u"network"_s}) {
            const at::ViewDescriptor *view = w->views.find(name);
            QVERIFY(view);
            QWidget *widget = view->placement.kind == at::ViewPlacement::Kind::Dock
                                  ? mw.dockContent(view->placement.dockName)
                                  : static_cast<QWidget *>(mw.timeline());
            QVERIFY(widget);
            QStringList texts;
            for (const QAction *action : widget->actions())
                texts << action->objectName();
            QVERIFY2(texts.contains(u"export-data-"_s + name), qPrintable(texts.join(u' ')));
        }
        at::EventFilter f;
        f.text = u"WeChat"_s;
        w->state.setFilter(f);
        const QString path = m_dir.filePath(u"users.csv"_s);
        QVERIFY(mw.exporter()->writeData(u"users"_s, path));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QStringList lines = QString::fromUtf8(file.readAll()).split(u"\r\n"_s, Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3); // the header, then WeChat's two figures
        QVERIFY2(lines[1].startsWith(u"wechat-registered-users,wechat,"_s), qPrintable(lines[1]));
        QVERIFY2(lines[2].startsWith(u"wechat-users-as-stated,wechat,"_s), qPrintable(lines[2]));
        w->state.setFilter({});
        QVERIFY(mw.exporter()->writeData(u"users"_s, path));
        file.close();
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(QString::fromUtf8(file.readAll()).split(u"\r\n"_s, Qt::SkipEmptyParts).size() > 3);
    }

    // The export dialog writes the view's data when the file it is given ends in .csv, with the filter
    // applied, as File > Export View > data does.
    void exportDialogWritesDataForACsvName()
    {
        auto w = makeWindow();
        QVERIFY(w);
        at::EventFilter f;
        f.text = u"WeChat"_s;
        w->state.setFilter(f);
        const QString path = m_dir.filePath(u"from-dialog.csv"_s);
        QFile::remove(path);
        bool answered = false;
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<at::ExportDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            dialog->setPath(path);
            dialog->accept();
            answered = true;
        });
        w->window.exporter()->exportView(u"users"_s);
        QVERIFY(answered);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QStringList lines = QString::fromUtf8(file.readAll()).split(u"\r\n"_s, Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3); // the header, then WeChat's two figures: data, not a picture
        QVERIFY2(lines[1].startsWith(u"wechat-registered-users,wechat,"_s), qPrintable(lines[1]));
    }

    // Every view follows one selection, whichever view made it.
    void selectionReachesEveryView()
    {
        auto w = makeWindow();
        QVERIFY(w);
        at::MainWindow &mw = w->window;
        const int e = event(u"sina-china-unicom"_s);
        const QString title = m_document.dataset().string(m_document.dataset().events[size_t(e)].title);
        auto *chart = qobject_cast<at::UserCountChart *>(mw.dockContent(u"userCountsDock"_s));
        auto *quotes = qobject_cast<at::QuotePanel *>(mw.dockContent(u"quotesDock"_s));
        auto *details = qobject_cast<at::EventDetailsPanel *>(mw.dockContent(u"detailsDock"_s));
        auto *list = qobject_cast<QTableView *>(mw.dockContent(u"eventsDock"_s));
        QVERIFY(chart && quotes && details && list);
        w->state.select(at::Selection::event(e));
        QCOMPARE(mw.timeline()->accessibleName(),
                 at::timelinetext::eventAccessibleName(m_document.dataset(), e));
        QCOMPARE(chart->eventMarkers()->selectedEvent(), e);
        QCOMPARE(quotes->scopeText(), u"Event: "_s + title);
        QCOMPARE(details->eventIndex(), e);
        QCOMPARE(list->currentIndex().data(at::IndexRole).toInt(), e);
        // Made in the list, it reaches the others.
        const int other = event(u"wechat-launch"_s);
        for (int row = 0; row < list->model()->rowCount(); ++row) {
            if (list->model()->index(row, 0).data(at::IndexRole).toInt() == other)
                list->setCurrentIndex(list->model()->index(row, 0));
        }
        QCOMPARE(w->state.selection(), at::Selection::event(other));
        QCOMPARE(chart->eventMarkers()->selectedEvent(), other);
        QCOMPARE(details->eventIndex(), other);

        // The share chart pulls out the slice of a selected point's company; the annotations panel
        // highlights the annotations of the selected event.
        auto *imShares = qobject_cast<at::MarketShareChart *>(mw.dockContent(u"imShareDock"_s));
        auto *annotations = qobject_cast<at::AnnotationsPanel *>(mw.dockContent(u"annotationsDock"_s));
        QVERIFY(imShares && annotations);
        w->state.setCurrentTime(jd(2011, 1, 1));
        const int qq = m_document.dataset().seriesIndex(u"qq-active-accounts"_s);
        QVERIFY(imShares->sliceOf(qq));
        QVERIFY(!imShares->sliceOf(qq)->isExploded());
        w->state.select(at::Selection::dataPoint(qq, 0));
        QVERIFY(imShares->sliceOf(qq)->isExploded());
        QVERIFY(w->edits.add(w->edits.draft(at::AnnotationTarget::event(u"wechat-launch"_s))));
        QVERIFY(w->edits.add(w->edits.draft(at::AnnotationTarget::event(u"sina-china-unicom"_s))));
        QItemSelectionModel *rows = annotations->view()->selectionModel();
        QVERIFY(!rows->hasSelection());
        w->state.select(at::Selection::event(other));
        QCOMPARE(rows->selectedRows().size(), 1);
        QCOMPARE(rows->selectedRows().value(0).data(at::IdRole).toString(),
                 w->store.annotationsFor(at::AnnotationTarget::event(u"wechat-launch"_s)).value(0).id);
        w->state.select(at::Selection::event(e));
        QCOMPARE(rows->selectedRows().value(0).data(at::IdRole).toString(),
                 w->store.annotationsFor(at::AnnotationTarget::event(u"sina-china-unicom"_s)).value(0).id);
        w->state.select(at::Selection::none());
        QVERIFY(!rows->hasSelection());
    }

    // The first window covers every event and every figure: the user-count chart, which follows the
    // timeline, shows QQ's "more than 600 million" of 2010-Q3.
    void everyViewOpensOnAllItsData()
    {
        auto w = makeWindow();
        QVERIFY(w);
        auto *chart = qobject_cast<at::UserCountChart *>(w->window.dockContent(u"userCountsDock"_s));
        QVERIFY(chart);
        const QCPRange range = chart->xAxis->range();
        QVERIFY2(range.lower <= double(QDate(2010, 7, 1).toJulianDay()),
                 qPrintable(QString::number(range.lower)));
        QVERIFY(range.upper >= double(QDate(2013, 12, 31).toJulianDay()));
        QCOMPARE(w->state.visibleFrom(), range.lower);
        QVERIFY(w->window.timeline()->visibleFrom() <= double(QDate(2010, 7, 1).toJulianDay()));
    }

    void docksCloseAndReopenFromTheViewMenu()
    {
        auto w = makeWindow();
        QVERIFY(w);
        at::MainWindow &mw = w->window;
        for (const QString &name : {u"quotesDock"_s, u"detailsDock"_s, u"userCountsDock"_s}) {
            QDockWidget *dock = mw.dock(name);
            QVERIFY2(dock, qPrintable(name));
            QVERIFY(dock->isVisible());
            QVERIFY(dock->features().testFlags(QDockWidget::DockWidgetClosable |
                                               QDockWidget::DockWidgetMovable |
                                               QDockWidget::DockWidgetFloatable));
            // Its View > Panels entry.
            QAction *toggle = dock->toggleViewAction();
            QVERIFY(!toggle->associatedObjects().isEmpty());
            dock->close();
            QVERIFY(!dock->isVisible());
            QVERIFY(!toggle->isChecked());
            toggle->trigger();
            QVERIFY(dock->isVisible());
        }
        // The visible docks got their content when first shown.
        QVERIFY(qobject_cast<at::QuotePanel *>(mw.dockContent(u"quotesDock"_s)));
    }

    // The event list shows whole dates, kinds and statuses; the title takes the rest of the width.
    void eventListColumnsFitTheirText()
    {
        auto w = makeWindow();
        QVERIFY(w);
        at::MainWindow &mw = w->window;
        mw.dock(u"eventsDock"_s)->raise();
        auto *table = qobject_cast<QTableView *>(mw.dockContent(u"eventsDock"_s));
        QVERIFY(table);
        QTRY_VERIFY(table->isVisible());
        const QFontMetrics metrics(table->font());
        for (int column : {int(at::EventModel::DateColumn), int(at::EventModel::KindColumn),
                           int(at::EventModel::StatusColumn)}) {
            int widest = 0;
            for (int row = 0; row < table->model()->rowCount(); ++row)
                widest = std::max(
                    widest, metrics.horizontalAdvance(table->model()->index(row, column).data().toString()));
            QVERIFY2(table->horizontalHeader()->sectionSize(column) >= widest,
                     qPrintable(QString::number(column)));
        }
        QVERIFY(table->horizontalHeader()->sectionSize(at::EventModel::TitleColumn) >
                table->horizontalHeader()->sectionSize(at::EventModel::DateColumn));
    }

    void hiddenDocksAreBuiltOnlyWhenShown()
    {
        auto w = makeWindow(false);
        at::MainWindow &mw = w->window;
        QDockWidget *quotes = mw.dock(u"quotesDock"_s);
        QCOMPARE(quotes->widget(), nullptr); // not shown yet: nothing built
        mw.show();
        QVERIFY(QTest::qWaitForWindowExposed(&mw));
        QVERIFY(qobject_cast<at::QuotePanel *>(quotes->widget()));
    }

    // Selecting an event shows it at the top of the details panel, its fields above the annotation form;
    // saving the first annotation neither scrolls the panel nor moves the form.
    void detailsShowTheEventAboveTheAnnotationForm()
    {
        auto w = makeWindow(false);
        QVERIFY(w);
        at::MainWindow &mw = w->window;
        mw.resize(1600, 1000);
        mw.show();
        QVERIFY(QTest::qWaitForWindowExposed(&mw));
        auto *panel = qobject_cast<at::EventDetailsPanel *>(mw.dockContent(u"detailsDock"_s));
        QVERIFY(panel);
        auto *editor = qobject_cast<at::AnnotationEditor *>(panel->annotationEditor());
        QVERIFY(editor);
        w->state.select(at::Selection::event(event(u"sina-msn-alliance"_s)));
        QCoreApplication::processEvents();
        auto *scroll = panel->findChild<QScrollArea *>();
        QVERIFY(scroll && scroll->isVisible());
        auto *title = panel->findChild<QLabel *>(u"title"_s);
        auto *parties = panel->findChild<QLabel *>(u"parties"_s);
        QCOMPARE(title->text(), u"Sina and MSN China form a strategic partnership"_s);
        QVERIFY(title->isVisible() && parties->isVisible() && editor->isVisible());
        const auto top = [&](QWidget *widget) { return widget->mapTo(scroll->widget(), QPoint(0, 0)).y(); };
        QVERIFY(top(title) < top(parties));
        QVERIFY(top(parties) < top(editor));
        QCOMPARE(scroll->verticalScrollBar()->value(), 0);
        QVERIFY(!title->visibleRegion().isEmpty()); // in view, at the top

        QVERIFY(!editor->listView()->isVisible());
        const int formTop = top(editor->textEdit());
        editor->textEdit()->setFocus();
        QTest::keyClicks(editor->textEdit(), u"Read with the MSN deal"_s);
        QVERIFY(editor->commitPending());
        QCOMPARE(w->store.count(), 1);
        QCoreApplication::processEvents();
        QCOMPARE(scroll->verticalScrollBar()->value(), 0);
        QCOMPARE(top(editor->textEdit()), formTop);
        QVERIFY(!editor->listView()->isVisible()); // the one being edited: nothing to choose

        // A second annotation makes a choice: the list shows both.
        QTest::mouseClick(editor->findChild<QPushButton *>(u"newAnnotation"_s), Qt::LeftButton);
        QVERIFY(editor->listView()->isVisible());
        QCOMPARE(editor->listView()->model()->rowCount(), 1);
    }

    void layoutAndVisibleRangeAreSavedAndRestored()
    {
        const double from = double(QDate(2011, 1, 1).toJulianDay());
        const double to = double(QDate(2011, 12, 31).toJulianDay());
        QSize size;
        {
            auto w = makeWindow();
            QVERIFY(w);
            at::MainWindow &mw = w->window;
            mw.resize(1200, 760);
            QDockWidget *quotes = mw.dock(u"quotesDock"_s);
            QDockWidget *details = mw.dock(u"detailsDock"_s);
            mw.addDockWidget(Qt::LeftDockWidgetArea, quotes);
            mw.tabifyDockWidget(quotes, details);
            mw.dock(u"userCountsDock"_s)->close();
            w->state.setVisibleRange(from, to);
            QTest::qWait(50);
            size = mw.size();
            mw.close(); // closing writes the settings
        }
        auto w = makeWindow();
        QVERIFY(w);
        at::MainWindow &mw = w->window;
        QCOMPARE(mw.size(), size);
        QCOMPARE(mw.dockWidgetArea(mw.dock(u"quotesDock"_s)), Qt::LeftDockWidgetArea);
        QCOMPARE(mw.tabifiedDockWidgets(mw.dock(u"quotesDock"_s)),
                 QList<QDockWidget *>{mw.dock(u"detailsDock"_s)});
        QVERIFY(!mw.dock(u"userCountsDock"_s)->isVisible());
        QVERIFY(mw.dock(u"userCountsDock"_s)->isHidden());
        QCOMPARE(w->state.visibleFrom(), from);
        QCOMPARE(w->state.visibleTo(), to);
    }

    void copyPutsTheSelectionWithItsCitationOnTheClipboard()
    {
        auto w = makeWindow();
        QVERIFY(w);
        at::MainWindow &mw = w->window;
        w->state.select(at::Selection::event(event(u"alibaba-weibo-stake"_s)));
        mw.centralView()->setFocus();
        auto *copy = mw.findChild<QAction *>(u"actionCopy"_s);
        QCOMPARE(copy->shortcut(), QKeySequence(QKeySequence::Copy));
        copy->trigger();
        QCOMPARE(
            QGuiApplication::clipboard()->text(),
            u"Alibaba buys an 18% stake in Weibo (2013) — [Sina–Alibaba alliance seen as a defence against "
            "Tencent], ¶3 (Chinanews.com (footer); interviews by the Global Times, 2013)"_s);

        // In the quote panel, the card the user is on is copied.
        w->state.select(at::Selection::event(event(u"sina-alibaba-alliance"_s)));
        auto *panel = qobject_cast<at::QuotePanel *>(mw.dockContent(u"quotesDock"_s));
        QVERIFY(panel);
        mw.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&mw));
        panel->view()->setFocus();
        panel->view()->setCurrentIndex(panel->model()->index(1, 0));
        copy->trigger();
        QCOMPARE(
            QGuiApplication::clipboard()->text(),
            u"(paraphrase) The Sina–Alibaba alliance may be a defensive move meant to fend off aggressive "
            "competition from Tencent. — Industry experts (not named) (Chinanews.com (footer); interviews by "
            "the Global Times, 2013)"_s);
    }

    void menusAndShortcuts()
    {
        auto w = makeWindow(false);
        at::MainWindow &mw = w->window;
        QStringList menus;
        for (QAction *a : mw.menuBar()->actions())
            menus << a->text();
        QCOMPARE(menus, (QStringList{u"&File"_s, u"&Edit"_s, u"&View"_s, u"&Help"_s}));
        auto action = [&](const char *name) { return mw.findChild<QAction *>(QString::fromLatin1(name)); };
        QCOMPARE(action("actionImport")->shortcut(), QKeySequence(u"Ctrl+I"_s));
        QCOMPARE(mw.workspace()->openAction()->shortcut(), QKeySequence(QKeySequence::Open));
        QCOMPARE(mw.workspace()->newAction()->shortcut(), QKeySequence(QKeySequence::New));
        QCOMPARE(action("actionPreferences")->shortcut(), QKeySequence(QKeySequence::Preferences));
        QCOMPARE(action("actionQuit")->shortcut(), QKeySequence(QKeySequence::Quit));
        QCOMPARE(action("actionUndo")->shortcut(), QKeySequence(QKeySequence::Undo));
        QCOMPARE(action("actionRedo")->shortcut(), QKeySequence(QKeySequence::Redo));
        QCOMPARE(action("actionZoomIn")->shortcut(), QKeySequence(QKeySequence::ZoomIn));
        QCOMPARE(action("actionZoomOut")->shortcut(), QKeySequence(QKeySequence::ZoomOut));
        QCOMPARE(action("actionFind")->shortcut(), QKeySequence(QKeySequence::Find));
        QCOMPARE(action("actionExport")->shortcut(), QKeySequence(u"Ctrl+E"_s));
        QVERIFY(action("actionExport")->isEnabled());
        QCOMPARE(mw.exporter()->views().names(),
                 (QStringList{u"timeline"_s, u"users"_s, u"im-share"_s, u"microblog-share"_s, u"network"_s}));

        // Undo and Redo follow the annotations' stack: an annotation added is one step, undone from the menu.
        QVERIFY(!action("actionUndo")->isEnabled());
        at::Annotation a = w->edits.draft(at::AnnotationTarget::event(u"sina-msn-alliance"_s));
        a.text = u"First note"_s;
        QVERIFY(w->edits.add(a));
        QVERIFY(action("actionUndo")->isEnabled());
        QCOMPARE(action("actionUndo")->text(), u"&Undo "_s + w->stack.undoText());
        QCOMPARE(w->store.count(), 1);
        action("actionUndo")->trigger();
        QCOMPARE(w->stack.index(), 0);
        QCOMPARE(w->store.count(), 0);
        QVERIFY(action("actionRedo")->isEnabled());
        action("actionRedo")->trigger();
        QCOMPARE(w->store.count(), 1);
    }

    void aboutNamesSourcesAndVersions()
    {
        const QString text = at::AboutText::text(m_document.dataset(), m_en);
        QVERIFY(text.contains(u"Data sources (5 articles):"_s));
        QVERIFY(text.contains(
            u"• Microsoft China Venture Partnes with Sina — Not printed (a Microsoft news archive "
            "page); Not printed; week of 8 Nov 2010"_s));
        QVERIFY(text.contains(u"Qt "_s + QString::fromLatin1(qVersion())));
        QVERIFY(text.contains(u"QCustomPlot 2.1"_s));
    }

    void replacingTheDatasetClearsTheSelection()
    {
        auto w = makeWindow(false);
        w->state.select(at::Selection::event(3));
        const auto r = at::readEmbeddedDataset();
        m_document.setDataset(*r, u"embedded"_s);
        QVERIFY(w->state.selection().isNone());
        QCOMPARE(w->window.statusText(),
                 u"27 of 27 events, 7 of 7 user-count series, 20 of 20 quotes shown"_s);
    }

    void theTimeCursorStaysForAReloadAndStartsAtTheEndOfAnotherDataset()
    {
        auto w = makeWindow(false);
        const double end = at::timeExtent(m_document.dataset()).to;
        QCOMPARE(w->state.currentTime(), end);
        // The same dataset read again: the cursor stays where the analyst put it.
        w->state.setCurrentTime(jd(2011, 6, 14));
        m_document.setDataset(*at::readEmbeddedDataset(), u"embedded"_s);
        QCOMPARE(w->state.currentTime(), jd(2011, 6, 14));
        // Another dataset whose span holds that day too: the cursor goes to its end.
        at::SyntheticSpec spec;
        spec.events = 200;
        spec.startYear = 2000;
        spec.years = 20;
        const auto other = at::makeSyntheticDataset(spec);
        const double otherEnd = at::timeExtent(*other).to;
        QVERIFY(otherEnd > jd(2019, 1, 1));
        m_document.setDataset(other, u"other.json"_s);
        QCOMPARE(w->state.currentTime(), otherEnd);
        // And back: the embedded dataset's end again.
        m_document.setDataset(*at::readEmbeddedDataset(), u"embedded"_s);
        QCOMPARE(w->state.currentTime(), end);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
