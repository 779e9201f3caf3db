#include "mainwindow.h"

#include "datasetreader.h"
#include "document.h"
#include "entitymodel.h"
#include "eventfilterproxy.h"
#include "eventmodel.h"
#include "quotemodel.h"
#include "seriesmodel.h"
#include "settings.h"
#include "viewstate.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileDialog>
#include <QHeaderView>
#include <QMenuBar>
#include <QMessageBox>
#include <QTableView>
#include <QTreeView>

namespace at {

MainWindow::MainWindow(Document *document, ViewState *state, Settings *settings, const QLocale &locale,
                       QWidget *parent)
    : QMainWindow(parent), m_document(document), m_state(state), m_settings(settings), m_locale(locale)
{
    setObjectName(QStringLiteral("MainWindow"));
    setWindowTitle(tr("Alliance Timeline"));
    createMenus();
    createViews();
    if (!restoreGeometry(m_settings->value(keys::windowGeometry)))
        resize(1280, 800);
    restoreState(m_settings->value(keys::windowState));
}

MainWindow::~MainWindow() = default;

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open = file->addAction(QIcon::fromTheme(QStringLiteral("document-open")), tr("&Open Dataset…"), this,
                                    &MainWindow::openDataset);
    open->setShortcut(QKeySequence::Open);
    file->addAction(tr("&Reload Embedded Dataset"), this, &MainWindow::reloadEmbedded);
    file->addSeparator();
    QAction *quit = file->addAction(QIcon::fromTheme(QStringLiteral("application-exit")), tr("&Quit"), this,
                                    &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    m_viewMenu = menuBar()->addMenu(tr("&View"));
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Alliance Timeline"), this, &MainWindow::showAbout);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

void MainWindow::createViews()
{
    auto *events = new EventModel(m_document, this);
    events->setLocale(m_locale);
    auto *proxy = new EventFilterProxy(m_document, this);
    proxy->setSourceModel(events);
    auto *eventView = new QTableView(this);
    eventView->setObjectName(QStringLiteral("eventTable"));
    eventView->setModel(proxy);
    eventView->setSortingEnabled(true);
    eventView->sortByColumn(EventModel::DateColumn, Qt::AscendingOrder);
    eventView->horizontalHeader()->setSectionResizeMode(EventModel::TitleColumn, QHeaderView::Stretch);
    eventView->setSelectionBehavior(QAbstractItemView::SelectRows);
    setCentralWidget(eventView);

    auto addDock = [this](QWidget *widget, const QString &title, const QString &name, Qt::DockWidgetArea area) {
        auto *dock = new QDockWidget(title, this);
        dock->setObjectName(name);
        dock->setWidget(widget);
        addDockWidget(area, dock);
        m_viewMenu->addAction(dock->toggleViewAction());
        return dock;
    };
    auto *series = new SeriesModel(m_document, this);
    series->setLocale(m_locale);
    auto *seriesView = new QTreeView(this);
    seriesView->setModel(series);
    seriesView->expandAll();
    addDock(seriesView, tr("User Counts"), QStringLiteral("seriesDock"), Qt::BottomDockWidgetArea);

    auto *quotes = new QuoteModel(m_document, this);
    quotes->setLocale(m_locale);
    auto *quoteView = new QTableView(this);
    quoteView->setModel(quotes);
    quoteView->setWordWrap(true);
    quoteView->horizontalHeader()->setSectionResizeMode(QuoteModel::TextColumn, QHeaderView::Stretch);
    addDock(quoteView, tr("Quotes"), QStringLiteral("quoteDock"), Qt::RightDockWidgetArea);
}

void MainWindow::openDataset()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Dataset"), QString(),
                                                      tr("Alliance Timeline datasets (*.json)"));
    if (path.isEmpty())
        return;
    const LoadResult result = readDatasetFile(path);
    if (!result.ok()) {
        QMessageBox box(QMessageBox::Warning, tr("Open Dataset"),
                        tr("The file was not loaded; the current data is unchanged."), QMessageBox::Ok, this);
        box.setDetailedText(toStrings(result.errors).join(u'\n'));
        box.exec();
        return;
    }
    m_document->setDataset(result.dataset, path);
}

void MainWindow::reloadEmbedded()
{
    const LoadResult result = readEmbeddedDataset();
    if (result.ok())
        m_document->setDataset(result.dataset, tr("Embedded dataset 2010–2013"));
}

void MainWindow::showAbout()
{
    QStringList sources;
    for (const Source &s : m_document->dataset().sources)
        sources << QStringLiteral("• %1 (%2, %3)").arg(s.title, s.publisher, s.published.toDisplayString(m_locale));
    QMessageBox box(this);
    box.setWindowTitle(tr("About Alliance Timeline"));
    box.setTextFormat(Qt::PlainText);
    box.setText(tr("Alliance Timeline %1\nQt %2\n\nData sources:\n%3")
                    .arg(QApplication::applicationVersion(), QString::fromLatin1(qVersion()), sources.join(u'\n')));
    box.exec();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_settings->setValue(keys::windowGeometry, saveGeometry());
    m_settings->setValue(keys::windowState, saveState());
    event->accept();
}

} // namespace at
