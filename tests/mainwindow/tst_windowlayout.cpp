// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
// The window as it first opens on a 1600x1000 screen (an offscreen screen of that size, set up before the
// application starts): the screen's whole available area when nothing was saved, and docks at shares of
// it where their content reads.
#include "app/core/annotations/annotationedits.h"
#include "app/core/annotations/annotationstore.h"
#include "app/core/document.h"
#include "app/core/import/json/jsonreader.h"
#include "app/core/settings.h"
#include "app/core/viewstate.h"
#include "ui/application/applicationviews.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/timeline/timelineview.h"

#include <QApplication>
#include <QDockWidget>
#include <QFile>
#include <QScreen>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;

class TestWindowLayout : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    at::Document m_document;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const auto r = at::readEmbeddedDataset();
        QVERIFY(r.hasValue());
        m_document.setDataset(*r, u"embedded"_s);
    }

    void opensAtTheAvailableSizeWithDocksAtShares()
    {
        QScreen *screen = QGuiApplication::primaryScreen();
        QCOMPARE(screen->availableGeometry(), QRect(0, 0, 1600, 1000));
        const at::ViewRegistry views = at::applicationViews();
        at::ViewState state;
        at::Settings settings(m_dir.filePath(u"fresh.ini"_s)); // nothing saved
        at::AnnotationStore store;
        QVERIFY(store.openOrCreate(m_dir.filePath(u"workspace.atws"_s)));
        QUndoStack stack;
        at::AnnotationEdits edits(&store, &stack);
        at::MainWindow mw(&views, &m_document, &state, &settings, &edits, QLocale(QLocale::English));
        mw.show();
        QVERIFY(QTest::qWaitForWindowExposed(&mw));
        QCOMPARE(mw.geometry(), QRect(0, 0, 1600, 1000));

        // Below the timeline, the charts and the other tabbed views: 32% of the height (320 px) down to the
        // status bar, their tabs included. The right column: 33% of the width; in it the event's details
        // (323 px) taller than the quotes (239 px), so that an event shows whole above its annotation form.
        QDockWidget *charts = mw.dock(u"userCountsDock"_s);
        QDockWidget *quotes = mw.dock(u"quotesDock"_s);
        QDockWidget *details = mw.dock(u"detailsDock"_s);
        QCOMPARE(mw.dockWidgetArea(charts), Qt::BottomDockWidgetArea);
        QCOMPARE(mw.statusBar()->y() - charts->y(), 320);
        QCOMPARE(charts->width(), 1600);
        QCOMPARE(quotes->geometry(), QRect(1072, 58, 528, 239));
        QCOMPARE(details->geometry(), QRect(1072, 329, 528, 323));
        QCOMPARE(mw.centralWidget()->geometry(), QRect(0, 58, 1066, 594));
        QCOMPARE(mw.timeline()->height(), 594);
    }
};

// A screen of the size the window is looked at under Xvfb, before QApplication starts: the offscreen
// platform's own is 800x800, where the window cannot even fit its docks' minimum sizes.
int main(int argc, char *argv[])
{
    QTemporaryDir dir;
    const QString config = dir.filePath(u"offscreen.json"_s);
    QFile file(config);
    if (!dir.isValid() || !file.open(QIODevice::WriteOnly) ||
        file.write(R"({"windowFrameMargins": false, "screens": [{"name": "screen", "x": 0, "y": 0,
                      "width": 1600, "height": 1000, "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]})") <
            0)
        return 1;
    file.close();
    qputenv("QT_QPA_PLATFORM", "offscreen:configfile=" + QFile::encodeName(config));
    QApplication app(argc, argv);
    TestWindowLayout test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_windowlayout.moc"
