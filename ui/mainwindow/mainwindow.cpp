// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#include "ui/mainwindow/mainwindow.h"

#include "app/core/annotations/annotationedits.h"
#include "app/core/document.h"
#include "app/core/eventfilterproxy.h"
#include "app/core/eventmodel.h"
#include "app/core/quotequery.h"
#include "app/core/settings.h"
#include "app/core/timeextent.h"
#include "app/core/userseries.h"
#include "app/core/viewstate.h"
#include "ui/annotations/annotationeditor.h"
#include "ui/annotations/annotationspanel.h"
#include "ui/annotations/connectionindicator.h"
#include "ui/annotations/rangeannotations.h"
#include "ui/annotations/undohistoryview.h"
#include "ui/details/eventdetailspanel.h"
#include "ui/exportviews/exportcontroller.h"
#include "ui/filterbar/filterbar.h"
#include "ui/mainwindow/abouttext.h"
#include "ui/mainwindow/eventtableview.h"
#include "ui/quotes/quotepanel.h"
#include "ui/timeline/timelineview.h"
#include "ui/viewregistry/viewregistry.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileInfo>
#include <QLabel>
#include <QMessageBox>
#include <QScreen>
#include <QShowEvent>
#include <QStatusBar>
#include <QUndoStack>

namespace at {

namespace {
constexpr int layoutVersion = 2; // bump when dock names change, so that an old layout is not restored
}

MainWindow::MainWindow(const ViewRegistry *views, Document *document, ViewState *state, Settings *settings,
                       AnnotationEdits *edits, const QLocale &locale, QWidget *parent)
    : QMainWindow(parent), m_views(views), m_document(document), m_state(state), m_settings(settings),
      m_edits(edits), m_locale(locale)
{
    setObjectName(QStringLiteral("MainWindow"));
    setDockOptions(AnimatedDocks | AllowNestedDocks | AllowTabbedDocks | GroupedDragging);
    m_events = new EventModel(document, this);
    m_events->setLocale(locale);
    m_proxy = new EventFilterProxy(document, this);
    m_proxy->setSourceModel(m_events);
    m_exporter = new ExportController(
        views, ViewContext{document, state, locale, edits ? edits->store() : nullptr},
        [this](const ViewDescriptor &view) { return viewWidget(view); }, this);

    createCentralView();
    createActions();
    createDocks();
    createStatusBar();
    m_defaultState = saveState(layoutVersion);

    // Indexes in the selection belong to the dataset they were made in.
    connect(document, &Document::aboutToReplace, this, [this] { m_state->select(Selection::none()); });
    connect(document, &Document::replaced, this, &MainWindow::updateTitle);
    connect(document, &Document::replaced, this, &MainWindow::updateBadges);
    connect(document, &Document::replaced, this, &MainWindow::placeCursor);
    if (m_edits) {
        AnnotationStore *store = m_edits->store();
        for (auto signal : {&AnnotationStore::inserted, &AnnotationStore::removed, &AnnotationStore::changed})
            connect(store, signal, this, &MainWindow::updateBadges);
        connect(store, &AnnotationStore::reset, this, &MainWindow::updateBadges);
        setUndoStack(m_edits->undoStack());
    }
    updateTitle();
    updateBadges();
    placeCursor();
    restoreSettings();
}

ViewContext MainWindow::viewContext() const
{
    return ViewContext{m_document, m_state, m_locale, m_edits ? m_edits->store() : nullptr};
}

void MainWindow::placeCursor()
{
    // The current time starts at the end of what the data covers, so that the share charts show the
    // latest market record. Reading the same dataset again keeps it where the user put it, while that is
    // inside the data; another dataset starts at its own end, as the timeline shows it whole.
    const TimeExtent extent = timeExtent(m_document->dataset());
    const double now = m_state->currentTime();
    const bool sameData = m_document->identity() == m_cursorData;
    m_cursorData = m_document->identity();
    if (!extent.isEmpty() && (!sameData || now < extent.from || now > extent.to))
        m_state->setCurrentTime(extent.to);
}

MainWindow::~MainWindow() = default;

void MainWindow::createCentralView()
{
    const ViewDescriptor *central = m_views->central();
    QWidget *view = central ? central->create(viewContext()) : nullptr;
    // The window's zoom actions, lanes and badges are the timeline's.
    m_timeline = qobject_cast<TimelineView *>(view);
    if (!m_timeline)
        qFatal("the central view of the registry must be the timeline");
    setCentralWidget(m_timeline);
    connect(m_timeline, &TimelineView::eventActivated, this, &MainWindow::showDetails);
    if (m_edits) {
        connect(m_timeline, &TimelineView::annotationRequested, this, [this](const AnnotationTarget &target) {
            RangeAnnotations::annotate(m_edits, m_document->dataset(), target, m_locale, this);
        });
        connect(m_timeline, &TimelineView::annotationRangeRequested, this,
                [this](const QString &id, const AnnotationTarget &range) {
                    RangeAnnotations::setRange(m_edits, id, range, this);
                });
    }
}

void MainWindow::createDocks()
{
    QDockWidget *quotes =
        addPanel(QStringLiteral("quotesDock"), tr("Quotes and Sources"), Qt::RightDockWidgetArea, [this] {
            auto *panel = new QuotePanel(m_document, m_state);
            panel->setLocale(m_locale);
            return panel;
        });
    QDockWidget *details =
        addPanel(QStringLiteral("detailsDock"), tr("Event Details"), Qt::RightDockWidgetArea, [this] {
            auto *panel = new EventDetailsPanel(m_document, m_state);
            panel->setLocale(m_locale);
            if (m_edits) {
                auto *editor = new AnnotationEditor(m_edits, m_document);
                editor->setLocale(m_locale);
                editor->followSelection(m_state);
                panel->setAnnotationEditor(editor);
            }
            return panel;
        });
    splitDockWidget(quotes, details, Qt::Vertical);
    const QList<QDockWidget *> viewDocks = createViewDocks();
    QDockWidget *list =
        addPanel(QStringLiteral("eventsDock"), tr("Event List"), Qt::BottomDockWidgetArea, [this] {
            auto *table = new EventTableView(m_proxy, m_state);
            connect(table, &EventTableView::eventActivated, this, &MainWindow::showDetails);
            return table;
        });
    // The event list joins the views below the timeline, after the last of them; the first is in front.
    QList<QDockWidget *> below;
    for (QDockWidget *d : viewDocks) {
        if (dockWidgetArea(d) == Qt::BottomDockWidgetArea)
            below.append(d);
    }
    if (!below.isEmpty()) {
        tabifyDockWidget(below.constLast(), list);
        below.constFirst()->raise();
    }
    if (m_edits) {
        QDockWidget *annotations =
            addPanel(QStringLiteral("annotationsDock"), tr("Annotations"), Qt::RightDockWidgetArea, [this] {
                auto *panel = new AnnotationsPanel(m_edits, m_document, m_state);
                panel->setLocale(m_locale);
                connect(panel, &AnnotationsPanel::annotationActivated, this, &MainWindow::showDetails);
                return panel;
            });
        QDockWidget *history =
            addPanel(QStringLiteral("historyDock"), tr("Undo History"), Qt::RightDockWidgetArea,
                     [this] { return new UndoHistoryView(m_edits->undoStack()); });
        tabifyDockWidget(quotes, annotations);
        tabifyDockWidget(annotations, history);
        quotes->raise();
    }
    resizeDocks({quotes, details}, {560, 340}, Qt::Vertical);
    resizeDocks({quotes}, {500}, Qt::Horizontal);
    resizeDocks({below.isEmpty() ? list : below.constFirst()}, {330}, Qt::Vertical);
}

QList<QDockWidget *> MainWindow::createViewDocks()
{
    QList<QDockWidget *> docks;
    for (const ViewDescriptor &view : m_views->views()) {
        if (view.placement.kind != ViewPlacement::Kind::Dock)
            continue;
        QDockWidget *d = addPanel(view.placement.dockName, view.title(), view.placement.area, [this, &view] {
            QWidget *widget = view.create(viewContext());
            widget->addActions(viewActions(view.name)); // its context menu
            return widget;
        });
        if (QDockWidget *group =
                view.placement.tabbedWith.isEmpty() ? nullptr : dock(view.placement.tabbedWith))
            tabifyDockWidget(group, d);
        docks.append(d);
    }
    return docks;
}

QDockWidget *MainWindow::addPanel(const QString &objectName, const QString &title, Qt::DockWidgetArea area,
                                  std::function<QWidget *()> create)
{
    auto *dock = new QDockWidget(title, this);
    dock->setObjectName(objectName);
    dock->setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable |
                      QDockWidget::DockWidgetFloatable);
    addDockWidget(area, dock);
    m_panelsMenu->addAction(dock->toggleViewAction());
    m_pending.insert(objectName, std::move(create));
    connect(dock, &QDockWidget::visibilityChanged, this, [this, objectName](bool visible) {
        if (visible)
            dockContent(objectName);
    });
    return dock;
}

QDockWidget *MainWindow::dock(const QString &objectName) const
{
    return findChild<QDockWidget *>(objectName, Qt::FindDirectChildrenOnly);
}

QWidget *MainWindow::dockContent(const QString &objectName)
{
    QDockWidget *d = dock(objectName);
    if (!d)
        return nullptr;
    if (auto it = m_pending.find(objectName); it != m_pending.end()) {
        const auto create = std::move(it.value());
        m_pending.erase(it);
        QWidget *content = create();
        // Born at about the size the dock will give it, since a view shown inside setWidget() lays itself
        // out at once: at a widget's default size, the quote list laid all its cards out at a width it
        // never showed (bench_startup).
        content->resize(d->size());
        d->setWidget(content);
    }
    return d->widget();
}

QWidget *MainWindow::viewWidget(const ViewDescriptor &view)
{
    return view.placement.kind == ViewPlacement::Kind::Central ? centralWidget()
                                                               : dockContent(view.placement.dockName);
}

QList<QAction *> MainWindow::viewActions(const QString &viewName) const
{
    return {findChild<QAction *>(QStringLiteral("export-") + viewName),
            findChild<QAction *>(QStringLiteral("export-data-") + viewName)};
}

void MainWindow::createStatusBar()
{
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("eventCount"));
    statusBar()->addPermanentWidget(m_status);
    if (m_edits)
        statusBar()->addPermanentWidget(new ConnectionIndicator(m_edits->store(), this));
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_proxy, signal, this, &MainWindow::updateStatus);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &MainWindow::updateStatus);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &MainWindow::updateStatus);
    connect(m_exporter, &ExportController::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 6000); });
    updateStatus();
}

void MainWindow::applyFilter(const EventFilter &filter)
{
    // The views follow the state themselves; the event list's proxy is the window's.
    m_proxy->setFilter(filter);
    updateStatus();
}

QString MainWindow::statusText() const
{
    return m_status->text();
}

void MainWindow::updateStatus()
{
    const Dataset &d = m_document->dataset();
    const std::shared_ptr<const FilterScope> scope = m_state->scope(m_document->sharedDataset());
    // The series counted are those the user-count chart draws.
    const QList<int> series = userCountSeries(d);
    const auto keptSeries =
        std::count_if(series.cbegin(), series.cend(), [&](int s) { return scope->keepsSeries(s); });
    auto n = [this](qsizetype value) { return m_locale.toString(qint64(value)); };
    m_status->setText(tr("%1 of %2 events, %3 of %4 user-count series, %5 of %6 quotes shown")
                          .arg(n(scope->events().kept), n(scope->events().total), n(keptSeries),
                               n(series.size()), n(scope->quotes().kept), n(scope->quotes().total)));
}

void MainWindow::updateBadges()
{
    if (m_edits)
        m_timeline->setAnnotationCounts(m_edits->store()->annotationCountsByEvent(m_document->dataset()));
}

void MainWindow::setUndoStack(QUndoStack *stack)
{
    connect(m_undo, &QAction::triggered, stack, &QUndoStack::undo);
    connect(m_redo, &QAction::triggered, stack, &QUndoStack::redo);
    connect(stack, &QUndoStack::canUndoChanged, m_undo, &QAction::setEnabled);
    connect(stack, &QUndoStack::canRedoChanged, m_redo, &QAction::setEnabled);
    connect(stack, &QUndoStack::undoTextChanged, m_undo, [this](const QString &text) {
        m_undo->setText(text.isEmpty() ? tr("&Undo") : tr("&Undo %1").arg(text));
    });
    connect(stack, &QUndoStack::redoTextChanged, m_redo, [this](const QString &text) {
        m_redo->setText(text.isEmpty() ? tr("&Redo") : tr("&Redo %1").arg(text));
    });
    m_undo->setEnabled(stack->canUndo());
    m_redo->setEnabled(stack->canRedo());
}

void MainWindow::showDetails()
{
    if (QDockWidget *details = dock(QStringLiteral("detailsDock"))) {
        details->show();
        details->raise();
    }
}

void MainWindow::copy()
{
    // The quote panel copies the card the user is on; elsewhere, whatever is selected, with its source.
    QString text;
    auto *quotes = m_pending.contains(QStringLiteral("quotesDock"))
                       ? nullptr
                       : qobject_cast<QuotePanel *>(dock(QStringLiteral("quotesDock"))->widget());
    const QWidget *focus = QApplication::focusWidget();
    if (quotes && focus && quotes->isAncestorOf(focus) && quotes->currentItem())
        text = quotes->copyCurrent();
    else
        text = QuoteQuery::citationText(m_document->dataset(), m_state->selection(), m_locale);
    if (text.isEmpty())
        return;
    QApplication::clipboard()->setText(text);
    statusBar()->showMessage(tr("Copied: %1").arg(text), 4000);
}

void MainWindow::updateTitle()
{
    const QString origin = m_document->origin();
    // The application's display name is appended by Qt ("… — Alliance Timeline").
    setWindowTitle(QFileInfo::exists(origin) ? QFileInfo(origin).fileName() : origin);
    updateStatus();
}

void MainWindow::showAbout()
{
    QMessageBox box(this);
    box.setWindowTitle(tr("About Alliance Timeline"));
    box.setIconPixmap(windowIcon().pixmap(64, 64));
    box.setTextFormat(Qt::PlainText); // source titles are data
    box.setText(AboutText::text(m_document->dataset(), m_locale));
    box.exec();
}

void MainWindow::saveSettings()
{
    m_settings->setValue(keys::windowGeometry, saveGeometry());
    m_settings->setValue(keys::windowState, saveState(layoutVersion));
    m_settings->setValue(keys::laneState, m_timeline->saveLaneState());
    if (m_state->visibleTo() > m_state->visibleFrom()) {
        m_settings->setValue(keys::visibleFrom, m_state->visibleFrom());
        m_settings->setValue(keys::visibleTo, m_state->visibleTo());
    }
}

void MainWindow::restoreSettings()
{
    // The size the user left, else the whole screen but for its panels: a timeline wants the width.
    if (!restoreGeometry(m_settings->value(keys::windowGeometry))) {
        const QRect screen = this->screen() ? this->screen()->availableGeometry() : QRect(0, 0, 1600, 1000);
        setGeometry(screen);
    }
    m_sizeDocksOnShow = !restoreState(m_settings->value(keys::windowState), layoutVersion);
    m_timeline->restoreLaneState(m_settings->value(keys::laneState));
    const double from = m_settings->value(keys::visibleFrom);
    const double to = m_settings->value(keys::visibleTo);
    if (to > from && from > 0)
        m_state->setVisibleRange(from, to); // the timeline and the charts follow the state
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    if (m_sizeDocksOnShow) {
        m_sizeDocksOnShow = false;
        sizeDocksToWindow();
    }
}

void MainWindow::sizeDocksToWindow()
{
    // Docks at sizes where their content reads, as shares of the window: the charts a third of its height,
    // the right column a third of its width, and in it the event's details a little taller than the quotes,
    // so that a selected event shows whole above its annotation form.
    // (The event list is among the tabs below the timeline: sizing it sizes them.)
    QDockWidget *below = dock(QStringLiteral("eventsDock"));
    QDockWidget *quotes = dock(QStringLiteral("quotesDock"));
    QDockWidget *details = dock(QStringLiteral("detailsDock"));
    if (!below || !quotes || !details)
        return;
    const QSize s = size();
    resizeDocks({below}, {std::max(260, s.height() * 32 / 100)}, Qt::Vertical);
    resizeDocks({quotes}, {std::max(420, s.width() * 33 / 100)}, Qt::Horizontal);
    resizeDocks({quotes, details}, {45, 55}, Qt::Vertical);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    event->accept();
}

} // namespace at
