// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
// The window's wiring: the filter bar's effect on the count in the status bar, docks that close and reopen
// from the View menu, the layout and visible range saved and restored, Copy with citation, About.
#include "app/core/annotations/annotationedits.h"
#include "app/core/annotations/annotationstore.h"
#include "app/core/datasetreader.h"
#include "app/core/document.h"
#include "app/core/eventfilterproxy.h"
#include "app/core/eventmodel.h"
#include "app/core/settings.h"
#include "app/core/sourcecardmodel.h"
#include "app/core/viewstate.h"
#include "ui/annotations/workspaceactions.h"
#include "ui/application/applicationviews.h"
#include "ui/exportviews/exportcontroller.h"
#include "ui/filterbar/filterbar.h"
#include "ui/mainwindow/abouttext.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/quotes/quotepanel.h"

#include <QAction>
#include <QClipboard>
#include <QDockWidget>
#include <QGuiApplication>
#include <QHeaderView>
#include <QListView>
#include <QMenu>
#include <QMenuBar>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;

class TestMainWindow : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    at::Document m_document;
    const QLocale m_en{QLocale::English, QLocale::UnitedKingdom};

    QString iniFile() const { return m_dir.filePath(u"settings.ini"_s); }
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
        QVERIFY(r.ok());
        m_document.setDataset(r.dataset, u"embedded"_s);
    }

    void init()
    {
        QFile::remove(iniFile());
        QFile::remove(m_dir.filePath(u"workspace.atws"_s));
    }

    void filterBarDrivesTheCountInTheStatusBar()
    {
        auto w = makeWindow();
        QVERIFY(w);
        at::MainWindow &mw = w->window;
        QCOMPARE(mw.statusText(), u"27 of 27 events shown"_s);
        at::FilterBar *bar = mw.filterBar();
        at::EventFilter f;
        f.kinds = {at::Kind::Alliance};
        bar->setFilter(f);
        QCOMPARE(mw.statusText(), u"4 of 27 events shown"_s);
        QCOMPARE(mw.eventProxy()->filter(), f);
        f.statuses = {at::Status::Announced};
        bar->setFilter(f);
        QCOMPARE(mw.statusText(), u"1 of 27 events shown"_s); // Weibo and China Telecom
        f = {};
        f.text = u"联通"_s;
        bar->setFilter(f);
        QCOMPARE(mw.statusText(), u"2 of 27 events shown"_s);
        f = {};
        f.from = double(QDate(2013, 1, 1).toJulianDay());
        bar->setFilter(f);
        // WeChat's 300 million, Sina's February statement on Weibo's 500 million, and the four events the
        // article places only in 2013.
        QCOMPARE(mw.statusText(), u"6 of 27 events shown"_s);
        bar->clear();
        QCOMPARE(mw.statusText(), u"27 of 27 events shown"_s);
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
                 (QStringList{u"timeline"_s, u"users"_s, u"im-share"_s, u"microblog-share"_s}));

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
        m_document.setDataset(r.dataset, u"embedded"_s);
        QVERIFY(w->state.selection().isNone());
        QCOMPARE(w->window.statusText(), u"27 of 27 events shown"_s);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
